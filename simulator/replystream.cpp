#include "simulator/replystream.h"

#include "audio/dsp/pcm.h"

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using protocol::Blob;
using protocol::Content;
using protocol::Part;
using protocol::ServerContent;
using protocol::ServerMessage;
using protocol::Transcription;

namespace {

constexpr int kTranscriptWordsPerChunk = 3;
constexpr int kTextWordsPerChunk = 4;

ServerMessage audioMessage(const QByteArray &pcm)
{
    ServerContent content;
    Part part;
    part.inlineData = Blob {u"audio/pcm;rate=24000"_s, pcm};
    content.modelTurn = Content {{}, {part}};
    ServerMessage m;
    m.serverContent = content;
    return m;
}

ServerMessage transcriptionMessage(const QString &text, const QString &language)
{
    ServerContent content;
    content.outputTranscription = Transcription {.text = text, .languageCode = language};
    ServerMessage m;
    m.serverContent = content;
    return m;
}

ServerMessage textMessage(const QString &text)
{
    ServerContent content;
    content.modelTurn = Content {{}, {Part {.text = text}}};
    ServerMessage m;
    m.serverContent = content;
    return m;
}

} // namespace

QStringList splitIntoChunks(const QString &text, int wordsPerChunk)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList chunks;
    for (qsizetype i = 0; i < words.size(); i += wordsPerChunk) {
        const QString chunk = words.mid(i, wordsPerChunk).join(u' ');
        chunks.append(chunks.isEmpty() ? chunk : u' ' + chunk);
    }
    return chunks;
}

ReplyStream::ReplyStream(ReplyPlan plan, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplyStream::tick);

    const double intervalMs = plan.speedFactor > 0 ? plan.chunkMs / plan.speedFactor : 0.0;
    if (plan.modality == ReplyModality::Text) {
        const QStringList chunks = splitIntoChunks(plan.text, kTextWordsPerChunk);
        for (qsizetype i = 0; i < chunks.size(); ++i)
            m_items.append(
                    Item {double(i) * intervalMs, textMessage(chunks.at(i)), 0, chunks.at(i)});
    } else {
        const qsizetype chunkBytes = qMax<qsizetype>(2, dsp::msToBytes(plan.chunkMs,
                                                                       dsp::kOutputSampleRate));
        const qsizetype audioChunks = (plan.pcm24k.size() + chunkBytes - 1) / chunkBytes;
        const QStringList transcript = plan.outputTranscription
                                               ? splitIntoChunks(plan.text, kTranscriptWordsPerChunk)
                                               : QStringList();
        qsizetype nextTranscript = 0;
        for (qsizetype i = 0; i < audioChunks; ++i) {
            const QByteArray pcm = plan.pcm24k.mid(i * chunkBytes, chunkBytes);
            const double due = double(i) * intervalMs;
            m_items.append(Item {due, audioMessage(pcm), pcm.size(), {}});
            // Transcript chunk j goes out with the audio around fraction j/m of the reply: near
            // its words, but not aligned to them (the service does not align them either).
            while (nextTranscript < transcript.size()
                   && nextTranscript * audioChunks <= i * transcript.size()) {
                const QString &t = transcript.at(nextTranscript++);
                m_items.append(Item {due, transcriptionMessage(t, plan.language), 0, t});
            }
        }
        for (; nextTranscript < transcript.size(); ++nextTranscript) {
            const QString &t = transcript.at(nextTranscript);
            m_items.append(Item {double(audioChunks) * intervalMs,
                                 transcriptionMessage(t, plan.language), 0, t});
        }
    }
    m_timer.setInterval(qBound(0, int(intervalMs), 20));
}

void ReplyStream::start()
{
    m_clock.start();
    m_timer.start();
    // The first chunk is due now, not one timer interval from now; queued, so that a reply never
    // finishes inside the call that started it.
    QMetaObject::invokeMethod(this, &ReplyStream::tick, Qt::QueuedConnection);
}

void ReplyStream::stop()
{
    m_stopped = true;
    m_timer.stop();
}

qint64 ReplyStream::audioSentMs() const
{
    return dsp::bytesToMs(m_audioBytesSent, dsp::kOutputSampleRate);
}

void ReplyStream::tick()
{
    if (m_stopped || !m_timer.isActive())
        return;
    const double nowMs = double(m_clock.nsecsElapsed()) / 1e6;
    while (m_next < m_items.size() && m_items.at(m_next).dueMs <= nowMs) {
        const Item &item = m_items.at(m_next++);
        m_audioBytesSent += item.audioBytes;
        m_textSent += item.text;
        Q_EMIT message(item.message);
        if (m_stopped) // a receiver stopped us (the connection closed meanwhile)
            return;
    }
    if (m_next >= m_items.size()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

} // namespace livedesk::sim
