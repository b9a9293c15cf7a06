#include "bench/benchrun/conversation.h"

#include "tests/audio/pulsetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace livedesk::bench {

namespace {

Step stepFromJson(const QJsonObject &o)
{
    Step s;
    s.say = o.value(u"say"_s).toString();
    s.interruptAfterMs = o.value(u"interruptAfterMs"_s).toInt();
    s.pauseAfterMs = o.value(u"pauseAfterMs"_s).toInt();
    return s;
}

// The simulator's side of a step: its scenario turn (strict format, so only known keys).
QJsonObject turnFromJson(const QJsonObject &o)
{
    QJsonObject turn {{u"transcript"_s, o.value(u"say"_s)}, {u"reply"_s, o.value(u"reply"_s)}};
    if (o.contains(u"toolCall"_s))
        turn[u"toolCall"_s] = o.value(u"toolCall"_s);
    return turn;
}

constexpr int kReplyStartTimeoutMs = 25000; // a tool call and a long first synthesis fit easily
constexpr int kReplyEndTimeoutMs = 90000;

void pump(ReplyWatcher &watcher, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        watcher.poll();
        QTest::qSleep(10);
    }
}

bool waitFor(ReplyWatcher &watcher, const std::function<bool()> &done,
             const std::function<bool()> &alive, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        watcher.poll();
        if (done())
            return true;
        if (!alive())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(10);
    }
    return false;
}

} // namespace

std::optional<ConversationScript> ConversationScript::load(const QString &path, Length length,
                                                           QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: %2 at offset %3"_s.arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    ConversationScript script;
    QJsonArray turns;
    for (const QJsonValue &v : root.value(u"steps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (length == Length::Smoke && !o.value(u"smoke"_s).toBool())
            continue;
        Step step = stepFromJson(o);
        if (length == Length::Smoke) // the pauses are for realism; the smoke run checks the harness
            step.pauseAfterMs = std::min(step.pauseAfterMs, 1000);
        script.steps << step;
        turns << turnFromJson(o);
    }
    QJsonArray generic;
    if (length == Length::Full) {
        for (const QJsonValue &v : root.value(u"smallTalk"_s).toArray()) {
            script.smallTalk << stepFromJson(v.toObject());
            generic << turnFromJson(v.toObject());
        }
    }
    if (script.steps.isEmpty()) {
        *error = u"%1: no steps"_s.arg(path);
        return std::nullopt;
    }
    for (const Step &s : std::as_const(script.steps)) {
        if (s.say.isEmpty()) {
            *error = u"%1: a step has nothing to say"_s.arg(path);
            return std::nullopt;
        }
    }
    QJsonObject scenario {{u"name"_s, u"bench/run"_s}, {u"turns"_s, turns}};
    if (!generic.isEmpty()) {
        scenario[u"afterLastTurn"_s] = u"generic"_s;
        scenario[u"genericTurns"_s] = generic;
    }
    script.simulatorScenario = QJsonDocument(scenario).toJson();
    return script;
}

bool ConversationScript::synthesize(const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    const auto speakInto = [&](Step &step) {
        const QByteArray id = QCryptographicHash::hash(step.say.toUtf8(), QCryptographicHash::Md5)
                                      .toHex()
                                      .left(12);
        step.wavPath = QDir(dir).filePath(u"say-%1.wav"_s.arg(QString::fromLatin1(id)));
        if (QFileInfo(step.wavPath).size() > 44)
            return true;
        QProcess espeak;
        espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-gb+f3"_s, u"-w"_s, step.wavPath, step.say});
        if (!espeak.waitForFinished(30000) || espeak.exitCode() != 0) {
            *error = u"espeak-ng failed for \"%1\": %2"_s
                             .arg(step.say,
                                  QString::fromLocal8Bit(espeak.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    };
    for (Step &s : steps) {
        if (!speakInto(s))
            return false;
    }
    for (Step &s : smallTalk) {
        if (!speakInto(s))
            return false;
    }
    return true;
}

RoomNoise::RoomNoise(int latencyMs)
{
    m_pacat.start(u"pacat"_s,
                  {u"--playback"_s, u"--device=livedesk_mic_feed"_s, u"--format=s16le"_s,
                   u"--rate=16000"_s, u"--channels=1"_s, u"--latency-msec=%1"_s.arg(latencyMs)});
    m_pacat.waitForStarted(5000);
    m_clock.start();
    QObject::connect(&m_timer, &QTimer::timeout, [this] { feed(); });
    m_timer.start(20);
    feed();
}

RoomNoise::~RoomNoise()
{
    m_timer.stop();
    m_pacat.closeWriteChannel();
    m_pacat.terminate();
    m_pacat.waitForFinished(3000);
}

void RoomNoise::feed()
{
    // Stay 200 ms ahead of real time; pacat and the pipe hold it.
    const qint64 target = (m_clock.elapsed() + 200) * 16;
    if (target <= m_samplesWritten)
        return;
    QByteArray block(qsizetype(target - m_samplesWritten) * 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(block.data());
    for (qint64 i = 0; i < target - m_samplesWritten; ++i) {
        // Uniform noise in ±√3·σ has RMS σ; σ = 10^(−60/20) of full scale ≈ 33.
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        const double u = double((m_state * 0x2545F4914F6CDD1DULL) >> 11) / double(1ULL << 53);
        out[i] = qint16(std::lround((2.0 * u - 1.0) * std::sqrt(3.0) * 32.768));
    }
    m_pacat.write(block);
    m_samplesWritten = target;
}

void CliEventWatcher::poll()
{
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly))
            return;
    }
    m_partial += m_file.readAll();
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QJsonObject e = QJsonDocument::fromJson(m_partial.left(newline)).object();
        m_partial.remove(0, newline + 1);
        ++m_counts[e.value(u"type"_s).toString()];
    }
}

void CliEventWatcher::mark()
{
    poll();
    m_audioAtMark = count(u"audio_out"_s);
    m_turnsAtMark = count(u"turn_complete"_s);
    m_playbackAtMark = count(u"playback"_s);
}

bool CliEventWatcher::replyStarted()
{
    return count(u"audio_out"_s) > m_audioAtMark;
}

bool CliEventWatcher::replyDone()
{
    return count(u"turn_complete"_s) > m_turnsAtMark;
}

bool CliEventWatcher::replyHeard()
{
    return count(u"playback"_s) > m_playbackAtMark;
}

ScriptOutcome speakScript(const ConversationScript &script, ReplyWatcher &watcher,
                          const QElapsedTimer &live, qint64 minDurationMs, qint64 maxDurationMs,
                          const std::function<bool()> &alive,
                          const std::function<void(Phase)> &onPhase)
{
    ScriptOutcome outcome;
    const auto timeLeft = [&] { return maxDurationMs <= 0 || live.elapsed() < maxDurationMs; };
    const auto going = [&] { return alive() && timeLeft(); };
    const auto say = [&](const Step &step, int index) {
        QProcess play;
        if (!playInto(play, step.wavPath)) {
            outcome.notes << u"step %1: paplay did not start"_s.arg(index + 1);
            return false;
        }
        waitFor(
                watcher, [&] { return play.state() == QProcess::NotRunning; }, [] { return true; },
                60000);
        ++outcome.utterances;
        watcher.mark();
        if (step.interruptAfterMs > 0) {
            if (!waitFor(
                        watcher, [&] { return watcher.replyStarted(); }, going,
                        kReplyStartTimeoutMs)) {
                if (going())
                    outcome.notes << u"step %1 (\"%2\"): no reply to interrupt"_s.arg(index + 1).arg(
                            step.say);
                return going();
            }
            pump(watcher, step.interruptAfterMs);
            return going();
        }
        if (!waitFor(
                    watcher, [&] { return watcher.replyDone(); }, going,
                    kReplyStartTimeoutMs + kReplyEndTimeoutMs)) {
            if (going())
                outcome.notes << u"step %1 (\"%2\"): the reply did not end"_s.arg(index + 1).arg(
                        step.say);
            return going();
        }
        // The pause is timed from turn_complete as the next utterance always was; idle is only
        // its part after the reply has been played out. turn_complete comes with the reply's
        // last chunk, before the speaker has played it, and a tool call's turn ("NEED_MORE_INPUT")
        // completes before the answer is even spoken: counted from there, the idle stretches
        // held the end of every reply and one whole answer.
        QElapsedTimer pause;
        pause.start();
        if (step.pauseAfterMs > 0)
            waitFor(
                    watcher, [&] { return watcher.replyHeard(); },
                    [&] { return going() && pause.elapsed() < step.pauseAfterMs; },
                    step.pauseAfterMs);
        const int idleMs = int(step.pauseAfterMs - pause.elapsed());
        if (onPhase && idleMs > 0)
            onPhase(Phase::IdleBegins);
        pump(watcher, std::max(idleMs, 0));
        if (onPhase && idleMs > 0)
            onPhase(Phase::IdleEnds);
        return going();
    };
    int index = 0;
    for (const Step &step : script.steps) {
        if (!say(step, index++))
            return outcome;
    }
    for (int i = 0; !script.smallTalk.isEmpty() && live.elapsed() < minDurationMs; ++i) {
        if (!say(script.smallTalk[i % script.smallTalk.size()], index++))
            return outcome;
    }
    return outcome;
}

} // namespace livedesk::bench
