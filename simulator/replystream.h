// One model turn on the wire: 24 kHz audio in modelTurn.parts[].inlineData chunks (or text parts
// for TEXT sessions) with outputTranscription chunks interleaved, paced faster than real time
// (live-protocol.md §4.2). Stoppable at any point for barge-in.
#pragma once

#include "session/protocol/servermessages.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace livedesk::sim {

enum class ReplyModality { Audio, Text };

struct ReplyPlan
{
    ReplyModality modality = ReplyModality::Audio;
    QString text; // what is said (and transcribed) or written
    QByteArray pcm24k; // Audio: s16le mono at 24 kHz
    bool outputTranscription = false;
    QString language; // outputTranscription.languageCode; empty: not sent
    int chunkMs = 40; // audio per inlineData part
    double speedFactor = 4.0; // ≤ 0: as fast as possible
};

class ReplyStream : public QObject
{
    Q_OBJECT

public:
    explicit ReplyStream(ReplyPlan plan, QObject *parent = nullptr);

    void start();
    void stop(); // no further messages; finished() is not emitted
    bool isRunning() const { return m_timer.isActive(); }

    qint64 audioSentMs() const; // for usage: only what actually went out
    qsizetype textSentCharacters() const { return m_textSent.size(); }
    QString textSent() const { return m_textSent; }
    int messageCount() const { return int(m_items.size()); }

Q_SIGNALS:
    void message(const livedesk::protocol::ServerMessage &message);
    void finished();

private:
    struct Item
    {
        double dueMs = 0;
        protocol::ServerMessage message;
        qsizetype audioBytes = 0;
        QString text; // text this item adds to what has been said or written
    };
    void tick();

    QList<Item> m_items;
    qsizetype m_next = 0;
    qsizetype m_audioBytesSent = 0;
    QString m_textSent;
    bool m_stopped = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

// Splits text into chunks of `wordsPerChunk` words; every chunk but the first keeps its leading
// space, so joining the chunks gives the text back (as with the service's transcription chunks).
QStringList splitIntoChunks(const QString &text, int wordsPerChunk);

} // namespace livedesk::sim
