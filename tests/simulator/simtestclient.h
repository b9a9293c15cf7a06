// A raw QWebSocket client for the simulator tests: sends JSON exactly as given, records every
// server frame (decoded with the client's lenient codec) and how the socket closed.
#pragma once

#include "audio/dsp/wavfile.h"
#include "session/protocol/codec.h"
#include "simulator/simulator.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace simtest {

using namespace Qt::StringLiterals;
using livedesk::protocol::ServerMessage;

inline const QString kModel = u"models/gemini-3.1-flash-live-preview"_s;
// Takes clientContent turns all session long and honours silenceDurationMs; 3.1 takes
// clientContent only as initial history and ignores silenceDurationMs (service-2026.md).
inline const QString kModel38 = u"models/gemini-3.8-live"_s;

inline QUrl liveUrl(const livedesk::sim::Simulator &sim, const QString &query = u"key=test-key"_s,
                    const QString &version = u"v1beta"_s,
                    const QString &method = u"BidiGenerateContent"_s)
{
    QUrl url = sim.url();
    url.setPath(u"/ws/google.ai.generativelanguage.%1.GenerativeService.%2"_s.arg(version, method));
    url.setQuery(query);
    return url;
}

class Client
{
public:
    Client()
        : socket(std::make_unique<QWebSocket>())
    {
        QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived, socket.get(),
                         [this](const QByteArray &m) {
                             ++binaryFrames;
                             record(m);
                         });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                         [this](const QString &m) {
                             ++textFrames;
                             record(m.toUtf8());
                         });
        QObject::connect(socket.get(), &QWebSocket::connected, socket.get(),
                         [this] { connected = true; });
        // Qt reports 1000 for a connection that died without a close frame; a browser or the
        // SDK's ws library says 1006, and so does this client.
        QObject::connect(socket.get(), &QWebSocket::aboutToClose, socket.get(),
                         [this] { closeFrameSeen = true; });
        QObject::connect(socket.get(), &QWebSocket::disconnected, socket.get(), [this] {
            disconnected = true;
            closeCode = closeFrameSeen ? int(socket->closeCode()) : 1006;
            closeReason = socket->closeReason();
        });
    }

    ~Client()
    {
        // Destroying a connected QWebSocket makes Qt 6.4 send a going-away close whose reason
        // string it then leaks; a test client that is done simply hangs up.
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
              int timeoutMs = 5000)
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        socket->open(request);
        // The upgrade counts even when the server closes right after it (a refused credential).
        return QTest::qWaitFor([this] { return connected || disconnected; }, timeoutMs)
               && connected;
    }

    void sendJson(const QByteArray &json) { socket->sendTextMessage(QString::fromUtf8(json)); }
    void sendBinary(const QByteArray &json) { socket->sendBinaryMessage(json); }
    void send(const livedesk::protocol::ClientMessage &message)
    {
        sendJson(livedesk::protocol::encodeClientMessage(message));
    }

    // A setup built from JSON fields merged over {"model": kModel}.
    void sendSetup(const QByteArray &extraFieldsJson = "{}", const QString &model = kModel)
    {
        QJsonObject setup = QJsonDocument::fromJson(extraFieldsJson).object();
        if (!setup.contains(u"model"_s))
            setup.insert(u"model"_s, model);
        sendJson(QJsonDocument(QJsonObject {{u"setup"_s, setup}}).toJson(QJsonDocument::Compact));
    }

    bool openAndSetUp(const QUrl &url, const QByteArray &extraFieldsJson = "{}",
                      const QString &model = kModel)
    {
        if (!open(url))
            return false;
        sendSetup(extraFieldsJson, model);
        return waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) >= 0;
    }

    void sendAudio(const QByteArray &pcm16k, int chunkBytes = 1280)
    {
        for (qsizetype i = 0; i < pcm16k.size(); i += chunkBytes) {
            livedesk::protocol::RealtimeInput in;
            in.audio = livedesk::protocol::Blob {u"audio/pcm;rate=16000"_s,
                                                 pcm16k.mid(i, chunkBytes)};
            send(in);
        }
    }

    void sendRealtimeText(const QString &text)
    {
        livedesk::protocol::RealtimeInput in;
        in.text = text;
        send(in);
    }

    // Waits for a message, from index `from` on, that matches; returns its index or -1.
    qsizetype waitFor(const std::function<bool(const ServerMessage &)> &match,
                      int timeoutMs = 10000, qsizetype from = 0)
    {
        qsizetype found = -1;
        (void) QTest::qWaitFor(
                [&] {
                    for (qsizetype i = from; i < messages.size(); ++i) {
                        if (match(messages.at(i))) {
                            found = i;
                            return true;
                        }
                    }
                    return disconnected;
                },
                timeoutMs);
        if (found < 0) {
            for (qsizetype i = from; i < messages.size(); ++i) {
                if (match(messages.at(i)))
                    return i;
            }
        }
        return found;
    }

    bool waitForClose(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return disconnected; }, timeoutMs);
    }

    qsizetype count(const std::function<bool(const ServerMessage &)> &match, qsizetype from = 0,
                    qsizetype to = -1) const
    {
        qsizetype n = 0;
        if (to < 0)
            to = messages.size();
        for (qsizetype i = from; i < to && i < messages.size(); ++i)
            n += match(messages.at(i)) ? 1 : 0;
        return n;
    }

    std::unique_ptr<QWebSocket> socket;
    QList<ServerMessage> messages;
    QList<QByteArray> raw;
    QStringList decodeErrors;
    int binaryFrames = 0;
    int textFrames = 0;
    bool connected = false;
    bool closeFrameSeen = false;
    bool disconnected = false;
    int closeCode = 0;
    QString closeReason;

private:
    void record(const QByteArray &json)
    {
        raw.append(json);
        auto decoded = livedesk::protocol::decodeServerMessage(json);
        if (decoded)
            messages.append(std::move(decoded).value());
        else
            decodeErrors.append(decoded.error().message);
    }
};

// A simulator started with `options` (127.0.0.1 and a free port unless they say otherwise); when
// it cannot start, a warning says why (the test's connection then fails).
inline std::unique_ptr<livedesk::sim::Simulator> startedSimulator(
        const livedesk::sim::SimulatorOptions &options)
{
    auto sim = std::make_unique<livedesk::sim::Simulator>(options);
    QString error;
    if (!sim->start(&error))
        qWarning() << error;
    return sim;
}

// Predicates.
inline bool isTurnComplete(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->turnComplete;
}
inline bool isGenerationComplete(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->generationComplete;
}
inline bool isInterrupted(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->interrupted;
}
inline bool hasAudio(const ServerMessage &m)
{
    if (!m.serverContent || !m.serverContent->modelTurn)
        return false;
    for (const auto &p : m.serverContent->modelTurn->parts) {
        if (p.inlineData && p.inlineData->mimeType == u"audio/pcm;rate=24000")
            return true;
    }
    return false;
}
inline bool hasOutputTranscription(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->outputTranscription;
}
inline bool hasInputTranscription(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->inputTranscription;
}
inline bool isSetupComplete(const ServerMessage &m)
{
    return m.setupComplete.has_value();
}
inline bool isToolCall(const ServerMessage &m)
{
    return m.toolCall.has_value();
}
inline bool hasHandle(const ServerMessage &m)
{
    return m.sessionResumptionUpdate && !m.sessionResumptionUpdate->newHandle.isEmpty();
}

// The newest resumable handle the client was given, or empty.
inline QString latestHandle(const Client &client)
{
    for (qsizetype i = client.messages.size() - 1; i >= 0; --i) {
        const auto &u = client.messages.at(i).sessionResumptionUpdate;
        if (u && u->resumable && !u->newHandle.isEmpty())
            return u->newHandle;
    }
    return {};
}

inline QString outputTranscript(const QList<ServerMessage> &messages, qsizetype from = 0)
{
    QString text;
    for (qsizetype i = from; i < messages.size(); ++i) {
        const auto &m = messages.at(i);
        if (m.serverContent && m.serverContent->outputTranscription)
            text += m.serverContent->outputTranscription->text;
        if (m.serverContent && m.serverContent->modelTurn) {
            for (const auto &p : m.serverContent->modelTurn->parts)
                text += p.text;
        }
    }
    return text;
}

inline QString inputTranscript(const QList<ServerMessage> &messages, qsizetype from = 0)
{
    QString text;
    for (qsizetype i = from; i < messages.size(); ++i) {
        const auto &m = messages.at(i);
        if (m.serverContent && m.serverContent->inputTranscription)
            text += m.serverContent->inputTranscription->text;
    }
    return text;
}

// Speech generated now with the espeak-ng program, as 16 kHz s16le mono; empty (with a reason)
// when espeak-ng is not installed.
inline QByteArray speechPcm16k(const QString &text, QString *error)
{
    const QString espeak = QStandardPaths::findExecutable(u"espeak-ng"_s);
    if (espeak.isEmpty()) {
        *error = u"espeak-ng is not installed"_s;
        return {};
    }
    QTemporaryDir dir;
    const QString wav = dir.filePath(u"speech.wav"_s);
    QProcess process;
    process.start(espeak, {u"-w"_s, wav, text});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *error = u"espeak-ng failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    const auto pcm = livedesk::dsp::readWavAsLiveInput(wav, 16000);
    if (!pcm.error.isEmpty())
        *error = pcm.error;
    return pcm.pcm;
}

inline QByteArray silencePcm16k(int ms)
{
    return QByteArray(qsizetype(ms) * 32, '\0');
}

} // namespace simtest
