#include "app/gui/tokenserverclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace livedesk::app {

TokenServerClient::TokenServerClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

TokenServerClient::~TokenServerClient()
{
    abort();
}

QString TokenServerClient::parseToken(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    const QJsonDocument json = QJsonDocument::fromJson(trimmed);
    if (json.isObject()) {
        const QJsonObject o = json.object();
        for (const auto key : {"token"_L1, "name"_L1, "access_token"_L1}) {
            const QString token = o.value(key).toString().trimmed();
            if (!token.isEmpty())
                return token;
        }
        return {};
    }
    // A plain-text token: one line of printable characters.
    const QString text = QString::fromUtf8(trimmed);
    if (text.isEmpty() || text.size() > 4096 || text.contains(u'\n') || text.contains(u' ')
        || text.startsWith(u'<'))
        return {};
    return text;
}

void TokenServerClient::fetch(const QUrl &url)
{
    abort();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network->post(request, QByteArrayLiteral("{}"));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            Q_EMIT failed(tr("The token server %1 could not be reached: %2")
                                  .arg(url.host(), reply->errorString()));
            return;
        }
        if (status < 200 || status >= 300) {
            Q_EMIT failed(tr("The token server answered HTTP %1.").arg(status));
            return;
        }
        const QString token = parseToken(reply->readAll());
        if (token.isEmpty()) {
            Q_EMIT failed(tr("The token server's answer contains no token."));
            return;
        }
        Q_EMIT tokenReady(token);
    });
}

void TokenServerClient::abort()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace livedesk::app
