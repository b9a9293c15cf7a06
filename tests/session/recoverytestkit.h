// Shared by the recovery tests (tests/session), the long handover test (tests/e2e) and the soak
// benchmark (bench/bench_soak): a simulator tuned for speed, a session tuned for scaled-down
// timers, espeak-ng speech, an endless speech stream with pauses, and the frame-log check that
// every audio chunk the client produced reached the simulator exactly once, in order.
#pragma once

#include "audio/dsp/wavfile.h"
#include "session/livesession.h"
#include "simulator/framelog.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>

namespace livedesk::testing {

using namespace Qt::StringLiterals;

inline constexpr auto kRecoveryModel = "gemini-2.5-flash-native-audio-preview-12-2025";

inline sim::SimulatorOptions fastSimulator()
{
    sim::SimulatorOptions o;
    o.speechSpeedFactor = 50; // replies arrive 50× faster than real time
    o.inputTranscriptionDelayMs = 20;
    return o;
}

inline session::EndpointConfig endpointFor(const QUrl &url, const QString &key = u"k"_s)
{
    session::EndpointConfig e;
    e.baseUrl = url;
    e.apiKey = key;
    return e;
}

enum class Compression { On, Off };

inline protocol::Setup recoverySetup(Compression compression = Compression::On)
{
    using namespace protocol;
    Setup s;
    s.model = u"models/"_s + QString::fromLatin1(kRecoveryModel);
    GenerationConfig g;
    g.responseModalities = {Modality::Audio};
    s.generationConfig = g;
    s.inputAudioTranscription = AudioTranscriptionConfig {};
    s.outputAudioTranscription = AudioTranscriptionConfig {};
    s.sessionResumption = SessionResumptionConfig {};
    if (compression == Compression::On)
        s.contextWindowCompression = ContextWindowCompression {{}, SlidingWindow {}};
    return s;
}

// Timers scaled for tests: short backoff, handovers allowed on young connections.
inline session::LiveSessionOptions quickRecoveryOptions()
{
    session::LiveSessionOptions o;
    o.connectTimeoutMs = 5000;
    o.setupTimeoutMs = 5000;
    o.closeTimeoutMs = 1000;
    o.backoff.baseDelayMs = 100;
    o.backoff.maxDelayMs = 1000;
    o.backoff.quotaBaseDelayMs = 1500;
    o.backoff.jitter = 0;
    o.handoverMarginMs = 500;
    o.minConnectionAgeForHandoverMs = 200;
    o.networkWatch = session::NetworkWatch::Ignore;
    return o;
}

// espeak-ng speech as 16 kHz mono s16le, cached in `dir`. Empty when espeak-ng is missing.
inline QByteArray espeakSpeech(const QString &dir, const QString &text)
{
    const QString espeak = QStandardPaths::findExecutable(u"espeak-ng"_s);
    if (espeak.isEmpty())
        return {};
    const QString path = dir + u"/speech-"_s + QString::number(qHash(text), 16) + u".wav"_s;
    if (!QFile::exists(path)) {
        QProcess p;
        p.start(espeak, {u"-w"_s, path, text});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
    }
    return dsp::readWavAsLiveInput(path).pcm;
}

// An endless user: utterances separated by pauses, looped, with ±1 LSB of deterministic dither so
// that every 40 ms chunk is unique (silence would otherwise hash alike and hide a duplicate).
class SpeechStream
{
public:
    SpeechStream(QList<QByteArray> utterances, int pauseMs)
        : m_utterances(std::move(utterances))
        , m_pauseBytes(qint64(pauseMs) * 32)
    { }

    bool isValid() const { return !m_utterances.isEmpty() && !m_utterances.first().isEmpty(); }

    // The next `bytes` of the timeline (even).
    QByteArray next(qint64 bytes)
    {
        QByteArray out;
        out.reserve(bytes);
        while (out.size() < bytes) {
            const QByteArray &speech = m_utterances.at(m_index);
            const qint64 segment = speech.size() + m_pauseBytes;
            const qint64 take = std::min<qint64>(bytes - out.size(), segment - m_offset);
            if (m_offset < speech.size()) {
                const qint64 fromSpeech = std::min<qint64>(take, speech.size() - m_offset);
                out.append(speech.mid(m_offset, fromSpeech));
                out.append(QByteArray(take - fromSpeech, '\0'));
            } else {
                out.append(QByteArray(take, '\0'));
            }
            m_offset += take;
            if (m_offset >= segment) {
                m_offset = 0;
                m_index = (m_index + 1) % int(m_utterances.size());
                ++m_utterancesCompleted;
            }
        }
        auto *samples = reinterpret_cast<qint16 *>(out.data());
        for (qsizetype i = 0; i < out.size() / 2; ++i) {
            m_dither = m_dither * 1103515245u + 12345u;
            const int delta = int((m_dither >> 16) % 3) - 1;
            samples[i] = qint16(std::clamp(int(samples[i]) + delta, -32768, 32767));
        }
        return out;
    }

    // Utterances whose speech and following pause have been produced completely.
    int utterancesCompleted() const { return m_utterancesCompleted; }
    // True while inside an utterance's speech (not its pause).
    bool inSpeech() const { return m_offset < m_utterances.at(m_index).size(); }

private:
    QList<QByteArray> m_utterances;
    qint64 m_pauseBytes;
    int m_index = 0;
    qint64 m_offset = 0;
    int m_utterancesCompleted = 0;
    quint32 m_dither = 1;
};

// Fingerprints of the chunks the session will send for a PCM stream pushed in any pieces (it
// re-chunks to `chunkBytes`), computed as the frame log does.
class ChunkLedger
{
public:
    explicit ChunkLedger(qsizetype chunkBytes = 1280)
        : m_chunkBytes(chunkBytes)
    { }

    void add(const QByteArray &pcm)
    {
        m_pending += pcm;
        while (m_pending.size() >= m_chunkBytes) {
            m_hashes.append(sim::FrameLog::fingerprint(m_pending.left(m_chunkBytes)));
            m_pending.remove(0, m_chunkBytes);
        }
    }
    // What LiveSession::flushAudio() sends last (a whole number of samples).
    void flush()
    {
        m_pending.truncate(m_pending.size() & ~qsizetype(1));
        if (!m_pending.isEmpty())
            m_hashes.append(sim::FrameLog::fingerprint(m_pending));
        m_pending.clear();
    }
    const QStringList &hashes() const { return m_hashes; }

private:
    qsizetype m_chunkBytes;
    QByteArray m_pending;
    QStringList m_hashes;
};

// The user's audio at real-time pace: what `stream` has due at `elapsedMs` (16 kHz mono 16-bit,
// 32 bytes a millisecond, whole samples) beyond the `sentBytes` already sent goes to the session
// and into the ledger.
inline void sendDueAudio(session::LiveSession &session, SpeechStream &stream, ChunkLedger &ledger,
                         qint64 elapsedMs, qint64 &sentBytes)
{
    const qint64 due = elapsedMs * 32 & ~qint64(1);
    if (due <= sentBytes)
        return;
    const QByteArray pcm = stream.next(due - sentBytes);
    ledger.add(pcm);
    session.sendAudio(pcm);
    sentBytes = due;
}

struct FrameLogSummary
{
    QStringList audioHashes; // in arrival order, across connections
    int connections = 0;
    int clientContents = 0;
};

inline FrameLogSummary readFrameLog(const QString &path)
{
    FrameLogSummary s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return s;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value(u"event"_s).toString() == u"open")
            ++s.connections;
        const QString kind = line.value(u"kind"_s).toString();
        if (kind == u"realtimeInput.audio")
            s.audioHashes.append(line.value(u"hash"_s).toString());
        else if (kind == u"clientContent")
            ++s.clientContents;
    }
    return s;
}

// How the chunks that arrived compare with the chunks that were produced.
struct DeliveryCheck
{
    int expected = 0;
    int received = 0;
    int delivered = 0; // expected chunks found, in order
    int missing = 0; // expected chunks that never arrived
    int extra = 0; // arrivals that were not the next expected chunk (duplicates, reordering)

    bool exactlyOnceInOrder() const { return missing == 0 && extra == 0; }
    QString describe() const
    {
        return u"expected %1, received %2, delivered in order %3, missing %4, extra %5"_s
                .arg(expected)
                .arg(received)
                .arg(delivered)
                .arg(missing)
                .arg(extra);
    }
};

inline DeliveryCheck checkDelivery(const QStringList &expected, const QStringList &received)
{
    DeliveryCheck c;
    c.expected = int(expected.size());
    c.received = int(received.size());
    // Chunks are unique (dithered), so a greedy walk finds the in-order deliveries.
    qsizetype next = 0;
    for (const QString &hash : received) {
        const qsizetype at = expected.indexOf(hash, next);
        if (at == next) {
            ++next;
            ++c.delivered;
        } else if (at > next) {
            c.missing += int(at - next); // skipped over: lost
            next = at + 1;
            ++c.delivered;
        } else {
            ++c.extra;
        }
    }
    c.missing += int(expected.size() - next);
    return c;
}

} // namespace livedesk::testing
