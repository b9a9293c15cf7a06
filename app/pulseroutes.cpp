#include "app/pulseroutes.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cmath>
#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

constexpr int kPactlTimeoutMs = 5000;
constexpr int kPollMs = 2000;
// module-loopback's own buffering: low enough to keep the original in step with the picture.
constexpr int kLoopbackLatencyMs = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::PulseRoutes", text);
}

struct Pactl
{
    bool ok = false;
    QByteArray out;
    QString error;
};

Pactl pactl(const QStringList &args)
{
    QProcess process;
    process.start(u"pactl"_s, args);
    Pactl result;
    if (!process.waitForStarted(kPactlTimeoutMs)) {
        result.error = tr("pactl could not be started (install pulseaudio-utils)");
        return result;
    }
    if (!process.waitForFinished(kPactlTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error = tr("pactl %1 did not answer within %2 s")
                               .arg(args.value(0))
                               .arg(kPactlTimeoutMs / 1000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return result;
}

// For changes that need no answer (volume, mute, moves while running): not waited for.
void pactlDetached(QObject *owner, const QStringList &args)
{
    auto *process = new QProcess(owner);
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::errorOccurred, process, &QObject::deleteLater);
    process->start(u"pactl"_s, args);
}

QJsonArray pactlJson(const QString &what)
{
    const Pactl result = pactl({u"-f"_s, u"json"_s, u"list"_s, what});
    return result.ok ? QJsonDocument::fromJson(result.out).array() : QJsonArray();
}

QString pidTag()
{
    return u"livedesk.pid="_s + QString::number(QCoreApplication::applicationPid());
}

// A property list for a module argument: the description quoted, LiveDesk's tag added.
QString properties(const QString &key, const QString &description)
{
    return key + u"=\"device.description='"_s + description + u"' "_s + pidTag() + u'"';
}

// module-stream-restore keys a loopback's streams by what they lack (an application name), so all
// of them would share one remembered volume and mute; and one key on both streams of a loopback
// gave its source-output the mute or volume saved for its sink-input (the original to the call
// stayed muted once a translation had muted it; the original on the speaker came out at twice the
// attenuation). Each stream gets its own key; LiveDesk sets both anyway.
QString streamProperties(const QString &key, const QString &name, const QString &restoreId)
{
    return key + u"=\"media.name='"_s + name + u"' module-stream-restore.id=livedesk-"_s + restoreId
           + u' ' + pidTag() + u'"';
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid)
    return false; // PulseAudio routing is for Linux; elsewhere nothing is removed
#endif
}

QString sinkName(const QJsonArray &sinks, int index)
{
    for (const auto &s : sinks) {
        if (s.toObject().value(u"index"_s).toInt(-1) == index)
            return s.toObject().value(u"name"_s).toString();
    }
    return {};
}

// PulseAudio's volume for `db`, in its own units (PA_VOLUME_NORM at 0 dB, cubic in amplitude, as
// pa_sw_volume_from_dB): what pactl is given is then exactly what it reports back. pactl takes
// "-22dB" after "--" for an option and refuses it, so dB are not passed as text.
constexpr qint64 kVolumeNorm = 0x10000;
qint64 paVolume(double db)
{
    return std::llround(std::cbrt(std::pow(10.0, db / 20.0)) * double(kVolumeNorm));
}

// How often the mute and volume of LiveDesk's loopback streams are set and read back before
// LiveDesk gives up: one round normally suffices, the second confirms it.
constexpr int kSettleRounds = 4;

QJsonObject findStream(const QJsonArray &streams, int index)
{
    for (const auto &v : streams) {
        if (v.toObject().value(u"index"_s).toInt(-1) == index)
            return v.toObject();
    }
    return {};
}

// Asks for `muted` and `volume` on the stream `index` of `kind` ("sink-input", "source-output")
// unless it has them already; true when it had them.
bool settleStream(const QJsonArray &streams, const QString &kind, int index, bool muted,
                  qint64 volume)
{
    if (index < 0)
        return true;
    const QJsonObject stream = findStream(streams, index);
    if (stream.isEmpty())
        return true; // gone (its module unloaded meanwhile): nothing to set
    bool settled = true;
    if (stream.value(u"mute"_s).toBool() != muted) {
        settled = false;
        pactl({u"set-"_s + kind + u"-mute"_s, QString::number(index), muted ? u"1"_s : u"0"_s});
    }
    const QJsonObject channels = stream.value(u"volume"_s).toObject();
    const bool volumeRight = std::all_of(channels.begin(), channels.end(), [volume](const auto &c) {
        return std::abs(qint64(c.toObject().value(u"value"_s).toDouble()) - volume) <= 1;
    });
    if (!volumeRight) {
        settled = false;
        pactl({u"set-"_s + kind + u"-volume"_s, QString::number(index), QString::number(volume)});
    }
    return settled;
}

} // namespace

QString ListenSource::toString() const
{
    switch (kind) {
    case ListenKind::Microphone:
        return u"mic"_s;
    case ListenKind::System:
        return u"system"_s;
    case ListenKind::Application:
        return u"app:"_s + application;
    }
    return {};
}

std::optional<ListenSource> parseListenSource(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t == u"mic"_s || t == u"microphone"_s)
        return ListenSource {ListenKind::Microphone, {}};
    if (t == u"system"_s)
        return ListenSource {ListenKind::System, {}};
    if (t.startsWith(u"app:"_s)) {
        const QString name = t.mid(4).trimmed();
        if (!name.isEmpty())
            return ListenSource {ListenKind::Application, name};
        *error = tr("--listen app:NAME needs the application's name, e.g. app:firefox");
        return std::nullopt;
    }
    *error = tr("--listen expects system, app:NAME or mic, not \"%1\"").arg(text);
    return std::nullopt;
}

PulseRoutes::PulseRoutes(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PulseRoutes::pollStreams);
}

PulseRoutes::~PulseRoutes()
{
    tearDown();
}

QString PulseRoutes::checkAvailable()
{
    const Pactl result = pactl({u"info"_s});
    if (result.ok)
        return {};
    return result.error.isEmpty() ? tr("no PulseAudio server answers (pactl info failed)")
                                  : tr("no PulseAudio server: %1").arg(result.error);
}

QString PulseRoutes::defaultSink()
{
    const Pactl result = pactl({u"get-default-sink"_s});
    return result.ok ? QString::fromUtf8(result.out).trimmed() : QString();
}

int PulseRoutes::removeStale()
{
    const Pactl list = pactl({u"list"_s, u"short"_s, u"modules"_s});
    if (!list.ok)
        return -1;
    static const QRegularExpression pidPattern(u"livedesk\\.pid=(\\d+)"_s);
    static const QRegularExpression restorePattern(u"livedesk\\.restore_sink=(\\S+?)['\" ]"_s);
    QList<int> stale;
    QString restoreSink;
    for (const QByteArray &line : list.out.split('\n')) {
        const QString text = QString::fromUtf8(line);
        const auto match = pidPattern.match(text);
        if (!match.hasMatch() || !processIsGone(match.captured(1).toLongLong()))
            continue;
        stale.prepend(text.section(u'\t', 0, 0).toInt()); // the last loaded goes first
        if (const auto restore = restorePattern.match(text); restore.hasMatch())
            restoreSink = restore.captured(1);
    }
    if (stale.isEmpty())
        return 0;
    // Give the default sink back before its replacement goes, so the streams on it follow.
    const QString current = defaultSink();
    if (!restoreSink.isEmpty() && current == QLatin1String(kListenSink))
        pactl({u"set-default-sink"_s, restoreSink});
    for (int module : std::as_const(stale))
        pactl({u"unload-module"_s, QString::number(module)});
    qCInfo(lcApp, "removed %d PulseAudio modules left by a LiveDesk that is gone",
           int(stale.size()));
    return int(stale.size());
}

int PulseRoutes::loadModule(const QString &module, const QStringList &args, QString *error)
{
    const Pactl result = pactl(QStringList {u"load-module"_s, module} + args);
    bool ok = false;
    const int index = result.ok ? QString::fromUtf8(result.out).trimmed().toInt(&ok) : -1;
    if (!ok) {
        *error = tr("PulseAudio could not load %1: %2")
                         .arg(module, result.error.isEmpty() ? tr("no reason given") : result.error);
        return -1;
    }
    m_modules.append(index);
    return index;
}

// Loads a loopback from `source` to `sink` and finds its two streams.
bool PulseRoutes::loadLoopback(const QString &source, const QString &sink, const QString &name,
                               const QString &restoreId, Loopback *loopback, QString *error)
{
    loopback->module = loadModule(u"module-loopback"_s,
                                  {u"source="_s + source, u"sink="_s + sink,
                                   u"latency_msec="_s + QString::number(kLoopbackLatencyMs),
                                   u"source_dont_move=true"_s, u"sink_dont_move=true"_s,
                                   streamProperties(u"sink_input_properties"_s, name,
                                                    restoreId + u"-playback"_s),
                                   streamProperties(u"source_output_properties"_s, name,
                                                    restoreId + u"-capture"_s)},
                                  error);
    if (loopback->module < 0)
        return false;
    const auto owned = [loopback](const QJsonArray &streams) {
        for (const auto &v : streams) {
            const QJsonObject o = v.toObject();
            if (o.value(u"owner_module"_s).toString().toInt() == loopback->module)
                return o.value(u"index"_s).toInt(-1);
        }
        return -1;
    };
    loopback->sinkInput = owned(pactlJson(u"sink-inputs"_s));
    loopback->sourceOutput = owned(pactlJson(u"source-outputs"_s));
    if (loopback->sinkInput < 0 || loopback->sourceOutput < 0) {
        *error = tr("PulseAudio loaded the loopback %1 but it has no streams").arg(name);
        return false;
    }
    return true;
}

bool PulseRoutes::startListening(const ListenSource &source, const QString &speakerSink,
                                 QString *error)
{
    if (source.kind == ListenKind::Microphone)
        return true;
    const QJsonArray sinks = pactlJson(u"sinks"_s);
    for (const auto &s : sinks) {
        if (s.toObject().value(u"name"_s).toString() == QLatin1String(kListenSink)) {
            *error = tr("another LiveDesk is already listening to the computer (the PulseAudio "
                        "sink %1 exists)")
                             .arg(QLatin1String(kListenSink));
            return false;
        }
    }
    m_source = source;
    const QString originalDefault = defaultSink();
    m_speakerSink = speakerSink.isEmpty() ? originalDefault : speakerSink;
    if (m_speakerSink.isEmpty()) {
        *error = tr("there is no output device to listen to");
        return false;
    }
    const auto fail = [this] {
        tearDown();
        return false;
    };
    // The sink carries the default to give back, for removeStale() after a crash.
    const QString restore = source.kind == ListenKind::System
                                    ? u" livedesk.restore_sink="_s + originalDefault
                                    : QString();
    if (loadModule(u"module-null-sink"_s,
                   {u"sink_name="_s + QLatin1String(kListenSink),
                    u"sink_properties=\"device.description='LiveDesk listening' "_s + pidTag()
                            + restore + u'"'},
                   error)
        < 0)
        return fail();
    m_listening = true;
    if (loadModule(u"module-remap-source"_s,
                   {u"source_name="_s + QLatin1String(kListenSource),
                    u"master="_s + QLatin1String(kListenSink) + u".monitor"_s,
                    properties(u"source_properties"_s, u"LiveDesk listening (input)"_s)},
                   error)
        < 0)
        return fail();
    if (!loadLoopback(QLatin1String(kListenSink) + u".monitor"_s, m_speakerSink,
                      u"LiveDesk: the original"_s, u"original"_s, &m_hearLoopback, error))
        return fail();
    if (source.kind == ListenKind::System) {
        m_restoreDefaultSink = originalDefault;
        const Pactl result = pactl({u"set-default-sink"_s, QLatin1String(kListenSink)});
        if (!result.ok) {
            *error = tr("PulseAudio did not accept %1 as the default sink: %2")
                             .arg(QLatin1String(kListenSink), result.error);
            return fail();
        }
    }
    applyOriginalLevels();
    // The streams playing now are moved at once; later ones by the poll.
    onStreams(pactl({u"-f"_s, u"json"_s, u"list"_s, u"sink-inputs"_s}).out);
    m_poll.start();
    // A new stream is moved as soon as the server announces it, so the first words of a video
    // started now are not lost; the poll is for a subscription that could not start.
    m_subscription = new QProcess(this);
    connect(m_subscription, &QProcess::readyReadStandardOutput, this, [this] {
        bool newStream = false;
        while (m_subscription->canReadLine()) {
            const QByteArray line = m_subscription->readLine();
            newStream = newStream || (line.contains("'new'") && line.contains("sink-input"));
        }
        if (newStream)
            pollStreams();
    });
    m_subscription->start(u"pactl"_s, {u"subscribe"_s});
    qCInfo(lcApp, "listening to %s through %s, heard on %s", qPrintable(source.toString()),
           kListenSink, qPrintable(m_speakerSink));
    return true;
}

bool PulseRoutes::createVirtualMicrophone(const QString &alsoSpeakerSink, QString *error)
{
    for (const auto &s : pactlJson(u"sources"_s)) {
        if (s.toObject().value(u"name"_s).toString() == QLatin1String(kVirtualMicSource)) {
            *error = tr("another LiveDesk already has the virtual microphone \"%1\"")
                             .arg(QLatin1String(kVirtualMicName));
            return false;
        }
    }
    const auto fail = [this] {
        tearDown();
        return false;
    };
    if (loadModule(u"module-null-sink"_s,
                   {u"sink_name="_s + QLatin1String(kVirtualMicSink),
                    properties(u"sink_properties"_s, u"LiveDesk translation (output)"_s)},
                   error)
        < 0)
        return fail();
    m_virtualMic = true;
    if (loadModule(u"module-remap-source"_s,
                   {u"source_name="_s + QLatin1String(kVirtualMicSource),
                    u"master="_s + QLatin1String(kVirtualMicSink) + u".monitor"_s,
                    properties(u"source_properties"_s, QLatin1String(kVirtualMicName))},
                   error)
        < 0)
        return fail();
    if (!alsoSpeakerSink.isEmpty()
        && !loadLoopback(QLatin1String(kVirtualMicSink) + u".monitor"_s, alsoSpeakerSink,
                         u"LiveDesk: translation"_s, u"translation"_s, &m_translationLoopback,
                         error))
        return fail();
    if (m_listening
        && !loadLoopback(QLatin1String(kListenSink) + u".monitor"_s, QLatin1String(kVirtualMicSink),
                         u"LiveDesk: original to the call"_s, u"to-call"_s, &m_sendLoopback, error))
        return fail();
    applyOriginalLevels();
    qCInfo(lcApp, "virtual microphone %s created", kVirtualMicSource);
    return true;
}

void PulseRoutes::tearDown()
{
    m_poll.stop();
    if (m_subscription) {
        m_subscription->disconnect(this);
        m_subscription->kill();
        m_subscription->waitForFinished(1000);
        delete m_subscription;
        m_subscription = nullptr;
    }
    if (m_modules.isEmpty())
        return;
    if (!m_restoreDefaultSink.isEmpty())
        pactl({u"set-default-sink"_s, m_restoreDefaultSink});
    // The moved streams go back where they were before their sink goes away.
    if (m_listening) {
        const QJsonArray sinks = pactlJson(u"sinks"_s);
        for (const auto &v : pactlJson(u"sink-inputs"_s)) {
            const QJsonObject o = v.toObject();
            const int index = o.value(u"index"_s).toInt(-1);
            if (sinkName(sinks, o.value(u"sink"_s).toInt(-1)) != QLatin1String(kListenSink)
                || m_modules.contains(o.value(u"owner_module"_s).toString().toInt()))
                continue;
            const QString back = m_moved.value(index, m_speakerSink);
            pactl({u"move-sink-input"_s, QString::number(index), back});
        }
    }
    for (auto it = m_modules.crbegin(); it != m_modules.crend(); ++it)
        pactl({u"unload-module"_s, QString::number(*it)});
    qCInfo(lcApp, "PulseAudio devices removed (%d modules)", int(m_modules.size()));
    m_modules.clear();
    m_moved.clear();
    m_restoreDefaultSink.clear();
    m_hearLoopback = {};
    m_sendLoopback = {};
    m_translationLoopback = {};
    m_listening = false;
    m_virtualMic = false;
}

void PulseRoutes::setHearOriginal(std::optional<double> levelDb)
{
    m_hearOriginalDb = levelDb;
    applyOriginalLevels();
}

void PulseRoutes::setSendOriginal(bool send)
{
    m_sendOriginal = send;
    applyOriginalLevels();
}

void PulseRoutes::setTranslationPlaying(bool playing)
{
    if (playing == m_translationPlaying)
        return;
    m_translationPlaying = playing;
    // Not waited for: this follows the playback as it starts and stops.
    if (m_sendOriginal && m_sendLoopback.sinkInput >= 0)
        pactlDetached(this, {u"set-sink-input-mute"_s, QString::number(m_sendLoopback.sinkInput),
                             playing ? u"1"_s : u"0"_s});
}

void PulseRoutes::applyOriginalLevels()
{
    struct Wanted
    {
        const Loopback &loopback;
        bool muted;
        qint64 volume;
    };
    const QList<Wanted> wanted {
            {m_hearLoopback, !m_hearOriginalDb,
             m_hearOriginalDb ? paVolume(*m_hearOriginalDb) : kVolumeNorm},
            {m_translationLoopback, false, kVolumeNorm},
            {m_sendLoopback, !m_sendOriginal || m_translationPlaying, kVolumeNorm},
    };
    if (std::none_of(wanted.begin(), wanted.end(),
                     [](const Wanted &w) { return w.loopback.module >= 0; }))
        return;
    for (int round = 0; round < kSettleRounds; ++round) {
        const QJsonArray inputs = pactlJson(u"sink-inputs"_s);
        const QJsonArray outputs = pactlJson(u"source-outputs"_s);
        bool settled = true;
        for (const Wanted &w : wanted) {
            // The source-output side always passes everything: the level is the sink-input's.
            settled = settleStream(outputs, u"source-output"_s, w.loopback.sourceOutput, false,
                                   kVolumeNorm)
                      && settled;
            settled = settleStream(inputs, u"sink-input"_s, w.loopback.sinkInput, w.muted, w.volume)
                      && settled;
        }
        if (settled)
            return;
    }
    qCWarning(lcApp, "PulseAudio did not keep the levels LiveDesk set on its loopbacks");
}

bool PulseRoutes::wantsStream(const QJsonObject &stream) const
{
    const QJsonObject p = stream.value(u"properties"_s).toObject();
    // LiveDesk's own voice is never captured: that is the point of the routing.
    if (p.value(u"application.process.id"_s).toString().toLongLong()
        == QCoreApplication::applicationPid())
        return false;
    if (m_modules.contains(stream.value(u"owner_module"_s).toString().toInt()))
        return false;
    // Another LiveDesk's loopbacks (a second instance, or the test environment's) stay put.
    if (p.contains(u"livedesk.pid"_s))
        return false;
    if (m_source.kind == ListenKind::System)
        return true;
    return p.value(u"application.name"_s)
                   .toString()
                   .contains(m_source.application, Qt::CaseInsensitive)
           || p.value(u"application.process.binary"_s)
                      .toString()
                      .contains(m_source.application, Qt::CaseInsensitive);
}

void PulseRoutes::pollStreams()
{
    if (!m_listening)
        return;
    if (m_pollRunning) {
        m_pollAgain = true; // a stream announced meanwhile may not be in that answer
        return;
    }
    m_pollRunning = true;
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process] {
        m_pollRunning = false;
        if (process->exitCode() == 0)
            onStreams(process->readAllStandardOutput());
        process->deleteLater();
        if (std::exchange(m_pollAgain, false))
            pollStreams();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process] {
        m_pollRunning = false;
        process->deleteLater();
    });
    process->start(u"pactl"_s, {u"-f"_s, u"json"_s, u"list"_s, u"sink-inputs"_s});
}

void PulseRoutes::onStreams(const QByteArray &json)
{
    if (!m_listening)
        return;
    const QJsonArray streams = QJsonDocument::fromJson(json).array();
    QJsonArray sinks;
    for (const auto &v : streams) {
        const QJsonObject o = v.toObject();
        const int index = o.value(u"index"_s).toInt(-1);
        if (index < 0 || !wantsStream(o))
            continue;
        if (sinks.isEmpty())
            sinks = pactlJson(u"sinks"_s);
        const QString sink = sinkName(sinks, o.value(u"sink"_s).toInt(-1));
        if (sink == QLatin1String(kListenSink) || sink == QLatin1String(kVirtualMicSink))
            continue;
        // "system" is what the speaker plays: other sinks (another program's virtual devices)
        // are not the computer's sound.
        if (m_source.kind == ListenKind::System && sink != m_speakerSink)
            continue;
        m_moved.insert(index, sink);
        pactlDetached(this,
                      {u"move-sink-input"_s, QString::number(index), QLatin1String(kListenSink)});
        const QJsonObject p = o.value(u"properties"_s).toObject();
        const QString name = p.value(u"application.name"_s).toString();
        qCInfo(lcApp, "capturing the stream of %s", qPrintable(name));
        Q_EMIT streamCaptured(name);
    }
}

} // namespace livedesk::app
