// Fetches an ephemeral token from the user's own token server (the "Ephemeral-token server"
// backend): the long-lived key stays on that server, and the app connects with a short-lived
// "auth_tokens/…" token (live-protocol.md §1.2).
//
// The request is a POST with an empty JSON object; the answer is either JSON with the token in
// "token" or "name" (the shape of the API's own auth_tokens response), or the token as plain
// text. The token is never logged.
#pragma once

#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace livedesk::app {

class TokenServerClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 15000;

    explicit TokenServerClient(QObject *parent = nullptr);
    ~TokenServerClient() override;

    void fetch(const QUrl &url);
    void abort();

    // Reads a token out of a response body; empty when there is none.
    static QString parseToken(const QByteArray &body);

Q_SIGNALS:
    void tokenReady(const QString &token);
    void failed(const QString &message);

private:
    QNetworkAccessManager *m_network; // child
    QNetworkReply *m_reply = nullptr; // child of m_network while a request runs
};

} // namespace livedesk::app
