#include "tools/httptool.h"

#include "tools/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {
constexpr qsizetype kRunawayBodyBytes = 64 * 1024 * 1024;
}

HttpToolHandler::HttpToolHandler(QString toolName, HttpToolConfig config,
                                 std::shared_ptr<const SecretScrubber> scrubber)
    : m_toolName(std::move(toolName))
    , m_config(std::move(config))
    , m_scrubber(scrubber ? std::move(scrubber) : std::make_shared<SecretScrubber>())
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

HttpToolHandler::~HttpToolHandler() = default;

void HttpToolHandler::start(ToolInvocation *invocation)
{
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json, text/plain;q=0.9, */*;q=0.5");
    for (const auto &[name, value] : m_config.headers)
        request.setRawHeader(name, value);
    const QByteArray body = QJsonDocument(invocation->arguments()).toJson(QJsonDocument::Compact);

    // The reply stays a child of the manager (which aborts it if it goes first); it is deleted
    // when it ends or the call is cancelled.
    QNetworkReply *reply = m_network->post(request, body);
    struct Body
    {
        QByteArray kept;
        qsizetype total = 0;
    };
    auto received = std::make_shared<Body>();
    const qsizetype keep = m_config.maxOutputBytes;
    QPointer<ToolInvocation> call(invocation);
    const QString toolName = m_toolName;
    // Shown to the model and logs: a URL can carry a key in its query, so it is scrubbed.
    const QString shownUrl = m_scrubber->scrub(m_config.url.toString(QUrl::RemoveUserInfo));

    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, received, keep] {
        const QByteArray chunk = reply->readAll();
        received->total += chunk.size();
        if (received->kept.size() <= keep)
            received->kept += chunk.left(keep + 1 - received->kept.size());
        if (received->total > kRunawayBodyBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, call, received, keep, toolName, shownUrl] {
                         reply->deleteLater();
                         if (!call || !call->isActive())
                             return; // cancelled or timed out: the reply was aborted
                         const QByteArray rest = reply->readAll();
                         received->total += rest.size();
                         received->kept += rest.left(
                                 qMax<qsizetype>(0, keep + 1 - received->kept.size()));
                         const int status = reply->attribute(
                                                         QNetworkRequest::HttpStatusCodeAttribute)
                                                    .toInt();
                         const QString excerpt = truncateForModel(received->kept,
                                                                  qMin<qsizetype>(keep, 2048),
                                                                  received->total)
                                                         .trimmed();
                         if (received->total > kRunawayBodyBytes) {
                             call->fail(u"'"_s + toolName + u"': the response from "_s + shownUrl
                                        + u" was larger than 64 MiB and was cut off"_s);
                             return;
                         }
                         if (status == 0) {
                             call->fail(u"'"_s + toolName + u"' could not reach "_s + shownUrl
                                        + u": "_s + reply->errorString());
                             return;
                         }
                         if (status < 200 || status >= 300) {
                             const QString reason
                                     = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                               .toString();
                             call->fail(u"'"_s + toolName + u"': "_s + shownUrl
                                        + u" answered HTTP "_s + QString::number(status)
                                        + (reason.isEmpty() ? QString() : u' ' + reason)
                                        + (excerpt.isEmpty() ? QString() : u": "_s + excerpt));
                             return;
                         }
                         const QString contentType
                                 = reply->header(QNetworkRequest::ContentTypeHeader).toString();
                         const bool truncated = received->total > keep;
                         if (!truncated && contentType.contains("json"_L1, Qt::CaseInsensitive)) {
                             const QJsonDocument doc = QJsonDocument::fromJson(received->kept);
                             if (doc.isObject()) {
                                 call->succeed(doc.object());
                                 return;
                             }
                             if (doc.isArray()) {
                                 call->succeed(doc.array());
                                 return;
                             }
                         }
                         call->succeed(truncateForModel(received->kept, keep, received->total));
                     });
    QObject::connect(invocation, &ToolInvocation::cancelled, reply, [reply] {
        reply->abort();
        reply->deleteLater();
    });
    qCDebug(lcTools).noquote() << "POST" << shownUrl << "for" << toolName;
}

} // namespace livedesk::tools
