#include "session/ephemeraltoken.h"

#include "session/logging.h"
#include "session/protocol/codec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace livedesk::session {

namespace {

QString toRfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject EphemeralTokenRequest::toJson() const
{
    QJsonObject o;
    o.insert("uses"_L1, uses);
    if (expireTime)
        o.insert("expireTime"_L1, toRfc3339(*expireTime));
    if (newSessionExpireTime)
        o.insert("newSessionExpireTime"_L1, toRfc3339(*newSessionExpireTime));
    if (lockedSetup)
        o.insert("bidiGenerateContentSetup"_L1, protocol::setupToJson(*lockedSetup));
    if (!lockedFields.isEmpty())
        o.insert("fieldMask"_L1, lockedFields.join(u','));
    return o;
}

EphemeralTokenClient::EphemeralTokenClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

EphemeralTokenClient::~EphemeralTokenClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void EphemeralTokenClient::create(const EndpointConfig &endpoint,
                                  const EphemeralTokenRequest &request)
{
    if (m_reply) {
        qCWarning(lcSession, "ephemeral token request already running");
        return;
    }
    if (endpoint.apiKey.isEmpty() || isEphemeralToken(endpoint.apiKey)) {
        SessionError e;
        e.category = ErrorCategory::Auth;
        e.message = tr("Creating an ephemeral token needs the long-lived API key.");
        Q_EMIT failed(e);
        return;
    }
    const QUrl url = authTokensUrl(endpoint);
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    http.setRawHeader("x-goog-api-key", endpoint.apiKey.toUtf8());
    http.setTransferTimeout(kTimeoutMs);
    qCInfo(lcSession, "requesting an ephemeral token from %s", qPrintable(redactUrl(url)));
    m_reply = m_network->post(http, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &EphemeralTokenClient::finish);
}

void EphemeralTokenClient::finish()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
        SessionError e;
        if (status > 0) {
            // Google's error body: {"error":{"code":403,"message":"…","status":"…"}}
            const QString detail = json.value("error"_L1).toObject().value("message"_L1).toString();
            e = classifyHttpStatus(status, detail.isEmpty() ? reply->errorString() : detail);
        } else {
            e = classifySocketError(QAbstractSocket::UnknownSocketError, reply->errorString());
            if (reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError) {
                e.category = ErrorCategory::Timeout;
                e.message = tr("The token service did not answer within %1 s.")
                                    .arg(kTimeoutMs / 1000);
            }
        }
        Q_EMIT failed(e);
        return;
    }
    const QString name = json.value("name"_L1).toString();
    if (!isEphemeralToken(name)) {
        SessionError e;
        e.category = ErrorCategory::Protocol;
        e.message = tr("The token service answered without an auth_tokens/… name.");
        Q_EMIT failed(e);
        return;
    }
    Q_EMIT created(name, QDateTime::fromString(json.value("expireTime"_L1).toString(), Qt::ISODate));
}

} // namespace livedesk::session
