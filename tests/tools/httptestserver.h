// A minimal HTTP/1.1 server on 127.0.0.1 for tests: it records each request and answers with
// whatever the test scripted (status, content type, body, a delay, or no answer at all).
#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

struct HttpTestRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpTestResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0;
    bool hang = false; // never answer
};

class HttpTestServer : public QObject
{
    Q_OBJECT

public:
    HttpTestResponse response;
    QList<HttpTestRequest> requests;

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(port()) + path;
    }

    HttpTestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

Q_SIGNALS:
    void requestReceived();

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        HttpTestRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        Q_EMIT requestReceived();
        const HttpTestResponse r = response;
        if (r.hang)
            return;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(r.delayMs, this, [guard, r] {
            if (!guard)
                return;
            guard->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n");
            guard->write("Content-Type: " + r.contentType + "\r\n");
            guard->write("Content-Length: " + QByteArray::number(r.body.size()) + "\r\n");
            guard->write("Connection: close\r\n\r\n");
            guard->write(r.body);
            guard->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
