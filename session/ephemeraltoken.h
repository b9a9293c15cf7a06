// Creates an ephemeral token (POST /v1alpha/auth_tokens with the real API key in the
// x-goog-api-key header, live-protocol.md §1.2). A client that must not hold the long-lived key
// connects with the token instead: EndpointConfig::apiKey = "auth_tokens/…" selects the
// BidiGenerateContentConstrained method and the access_token query item.
#pragma once

#include "session/endpoint.h"
#include "session/protocol/clientmessages.h"
#include "session/sessionerror.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace livedesk::session {

struct EphemeralTokenRequest
{
    int uses = 1; // 0: unlimited; resuming a session does not use one up
    std::optional<QDateTime> expireTime; // default (server side): now + 30 min
    std::optional<QDateTime> newSessionExpireTime; // default (server side): now + 60 s
    std::optional<protocol::Setup> lockedSetup; // bidiGenerateContentSetup
    QStringList lockedFields; // fieldMask; empty with a lockedSetup locks everything

    QJsonObject toJson() const;
};

class EphemeralTokenClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 15000;

    explicit EphemeralTokenClient(QObject *parent = nullptr);
    ~EphemeralTokenClient() override;

    // `endpoint.apiKey` is the long-lived key; only its base URL and key are used.
    void create(const EndpointConfig &endpoint, const EphemeralTokenRequest &request);
    bool isBusy() const { return m_reply != nullptr; }

Q_SIGNALS:
    void created(const QString &token, const QDateTime &expireTime);
    void failed(const livedesk::session::SessionError &error);

private:
    void finish();

    QNetworkAccessManager *m_network; // owned (child)
    QNetworkReply *m_reply = nullptr; // owned while a request runs
};

} // namespace livedesk::session
