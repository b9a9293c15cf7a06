// EphemeralTokenClient against a minimal HTTP peer on 127.0.0.1: the request carries the real
// key only in the x-goog-api-key header and the token settings in the body; the answer's
// auth_tokens/… name comes back; refusals and malformed answers are categorised errors.
#include "session/ephemeraltoken.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using namespace livedesk::session;
using namespace Qt::StringLiterals;

namespace {

// Answers one HTTP request per connection with a fixed status and body; keeps what it got.
class HttpPeer : public QObject
{
public:
    HttpPeer(int status, QByteArray body)
        : m_status(status)
        , m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const { return u"ws://127.0.0.1:"_s + QString::number(m_server.serverPort()); }

    QByteArray requestLine;
    QByteArray headers;
    QByteArray body;

private:
    void onData(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        requestLine = head.left(head.indexOf("\r\n"));
        headers = head.toLower();
        body = m_buffer.mid(end + 4, length);
        socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                      + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n"
                      + m_body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_status;
    QByteArray m_body;
    QByteArray m_buffer;
};

} // namespace

class tst_EphemeralToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void created();
    void refused_data();
    void refused();
    void needsTheRealKey();
};

void tst_EphemeralToken::created()
{
    HttpPeer peer(200, R"({"name":"auth_tokens/f00d","expireTime":"2030-01-01T00:30:00Z"})");
    QVERIFY(peer.listen());
    EndpointConfig endpoint;
    endpoint.baseUrl = QUrl(peer.base());
    endpoint.apiKey = u"REAL-KEY"_s;
    EphemeralTokenRequest request;
    request.uses = 1;
    request.expireTime = QDateTime(QDate(2030, 1, 1), QTime(0, 30), QTimeZone::utc());
    livedesk::protocol::Setup locked;
    locked.model = u"models/gemini-x"_s;
    request.lockedSetup = locked;
    request.lockedFields = {u"model"_s};

    EphemeralTokenClient client;
    QSignalSpy created(&client, &EphemeralTokenClient::created);
    QSignalSpy failed(&client, &EphemeralTokenClient::failed);
    client.create(endpoint, request);
    QVERIFY(created.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(created.first().at(0).toString(), u"auth_tokens/f00d"_s);
    QCOMPARE(created.first().at(1).toDateTime(), *request.expireTime);

    QCOMPARE(peer.requestLine, "POST /v1alpha/auth_tokens HTTP/1.1"_ba);
    QVERIFY(peer.headers.contains("x-goog-api-key: real-key")); // lower-cased by the peer
    const QJsonObject body = QJsonDocument::fromJson(peer.body).object();
    QCOMPARE(body.value(u"uses"_s).toInt(), 1);
    QCOMPARE(body.value(u"expireTime"_s).toString(), u"2030-01-01T00:30:00Z"_s);
    QCOMPARE(body.value(u"fieldMask"_s).toString(), u"model"_s);
    QCOMPARE(body.value(u"bidiGenerateContentSetup"_s).toObject().value(u"model"_s).toString(),
             u"models/gemini-x"_s);
}

void tst_EphemeralToken::refused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a wrong key is an auth error with Google's message")
            << 403 << R"({"error":{"code":403,"message":"API key not valid."}})"_ba
            << ErrorCategory::Auth << u"API key not valid."_s;
    QTest::newRow("v1beta has no token API: 404 is configuration")
            << 404 << "{}"_ba << ErrorCategory::ModelConfig << u"404"_s;
    QTest::newRow("an answer without a token name")
            << 200 << R"({"name":"tokens/x"})"_ba << ErrorCategory::Protocol << u"auth_tokens"_s;
}

void tst_EphemeralToken::refused()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCategory, category);
    QFETCH(QString, mentions);
    HttpPeer peer(status, body);
    QVERIFY(peer.listen());
    EndpointConfig endpoint;
    endpoint.baseUrl = QUrl(peer.base());
    endpoint.apiKey = u"k"_s;
    EphemeralTokenClient client;
    QSignalSpy failed(&client, &EphemeralTokenClient::failed);
    client.create(endpoint, {});
    QVERIFY(failed.wait(5000));
    const auto error = failed.first().at(0).value<SessionError>();
    QCOMPARE(error.category, category);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void tst_EphemeralToken::needsTheRealKey()
{
    EphemeralTokenClient client;
    QSignalSpy failed(&client, &EphemeralTokenClient::failed);
    EndpointConfig endpoint;
    endpoint.apiKey = u"auth_tokens/abc"_s; // a token cannot mint tokens
    client.create(endpoint, {});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<SessionError>().category, ErrorCategory::Auth);
}

QTEST_GUILESS_MAIN(tst_EphemeralToken)
#include "tst_ephemeraltoken.moc"
