#include "app/cli/listencli.h"

#include "app/cli/audiomodule.h"
#include "app/cli/clirun.h"
#include "audio/audioengine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QThread>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

constexpr double kDefaultOriginalDb = PulseRoutes::kDefaultOriginalDb;
constexpr double kMinOriginalDb = PulseRoutes::kMinOriginalDb;
// Qt Multimedia learns of a new PulseAudio device from the server's events, a moment later.
constexpr int kDeviceAppearMs = 5000;
constexpr int kPlaybackPollMs = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

bool hasDevice(const QList<audio::AudioDeviceInfo> &devices, const QByteArray &id)
{
    return std::any_of(devices.cbegin(), devices.cend(),
                       [&id](const audio::AudioDeviceInfo &d) { return d.id == id; });
}

// Waits for Qt Multimedia to list the devices PulseRoutes created.
bool waitForDevices(const QByteArray &inputId, const QByteArray &outputId)
{
    const QDeadlineTimer deadline(kDeviceAppearMs);
    while (!deadline.hasExpired()) {
        if ((inputId.isEmpty() || hasDevice(audio::AudioEngine::inputDevices(), inputId))
            && (outputId.isEmpty() || hasDevice(audio::AudioEngine::outputDevices(), outputId)))
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return false;
}

} // namespace

ListenCliModule::ListenCliModule(AudioCliModule *audio)
    : m_audio(audio)
{
    m_playbackPoll.setInterval(kPlaybackPollMs);
}

ListenCliModule::~ListenCliModule() = default;

QString ListenCliModule::title() const
{
    return tr("Listening and the virtual microphone (translation)");
}

QList<QCommandLineOption> ListenCliModule::options() const
{
    return {
            {u"listen"_s,
             tr("What is translated: system (everything the computer plays, except LiveDesk), "
                "app:NAME (the application whose name contains NAME) or mic (the default "
                "microphone). Not with --mic or --input. Needs PulseAudio or PipeWire."),
             u"SOURCE"_s},
            {u"virtual-mic"_s,
             tr("Play the translation into the virtual microphone \"LiveDesk translation\" that "
                "a call can pick (with --speaker: on the speaker too). Removed on exit.")},
            {u"hear-original"_s,
             tr("With --listen system or app: hear the original under the translation, DB "
                "below full level (default %1).")
                     .arg(kDefaultOriginalDb),
             u"DB"_s},
            {u"send-original"_s,
             tr("With --listen system or app and --virtual-mic: the original goes to the virtual "
                "microphone while there is no translation.")},
    };
}

QStringList ListenCliModule::optionalValueOptions() const
{
    return {u"hear-original"_s};
}

bool ListenCliModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    m_virtualMic = parser.isSet(u"virtual-mic"_s);
    m_speaker = parser.isSet(u"speaker"_s);
    m_speakerName = parser.value(u"speaker"_s).trimmed();
    if (parser.isSet(u"listen"_s)) {
        if (parser.isSet(u"mic"_s) || parser.isSet(u"input"_s)) {
            *error = tr("use one of --listen, --mic and --input");
            return false;
        }
        m_source = parseListenSource(parser.value(u"listen"_s), error);
        if (!m_source)
            return false;
        options.liveInput = true;
        // What the computer plays has no end of its own, like a microphone.
        if (!parser.isSet(u"turns"_s) && !parser.isSet(u"timeout"_s))
            options.timeoutS = 0;
    }
    const bool routed = m_source && m_source->kind != ListenKind::Microphone;
    if (parser.isSet(u"hear-original"_s)) {
        if (!routed) {
            *error = tr("--hear-original needs --listen system or --listen app:NAME");
            return false;
        }
        m_hearOriginalDb = kDefaultOriginalDb;
        if (const QString value = parser.value(u"hear-original"_s).trimmed(); !value.isEmpty()) {
            bool ok = false;
            const double db = value.toDouble(&ok);
            if (!ok || db < kMinOriginalDb || db > 0) {
                *error = tr("--hear-original expects a level from %1 to 0 dB, not \"%2\"")
                                 .arg(kMinOriginalDb)
                                 .arg(value);
                return false;
            }
            m_hearOriginalDb = db;
        }
    }
    m_sendOriginal = parser.isSet(u"send-original"_s);
    if (m_sendOriginal && (!routed || !m_virtualMic)) {
        *error = tr("--send-original needs --virtual-mic and --listen system or app:NAME");
        return false;
    }
    return true;
}

bool ListenCliModule::attach(CliRun &run, QString *error)
{
    if (!m_source && !m_virtualMic)
        return true;
    if (!route(run, error)) {
        m_routes.reset();
        run.setAttachFailureCode(ExitCode::Device);
        return false;
    }
    // After the audio module has stopped its engine (finishing): no stream is left on a sink
    // that goes away.
    QObject::connect(&run, &CliRun::finished, m_routes.get(), [this] {
        m_playbackPoll.stop();
        m_routes->tearDown();
    });
    return true;
}

bool ListenCliModule::route(CliRun &run, QString *error)
{
    const bool routed = m_source && m_source->kind != ListenKind::Microphone;
    std::optional<QByteArray> inputId;
    if (m_source && m_source->kind == ListenKind::Microphone)
        inputId = QByteArray(); // the default microphone
    if (!routed && !m_virtualMic) {
        m_audio->routeDevices(inputId, std::nullopt);
        return true;
    }
    if (const QString problem = PulseRoutes::checkAvailable(); !problem.isEmpty()) {
        *error = tr("--listen and --virtual-mic need PulseAudio or PipeWire: %1").arg(problem);
        return false;
    }
    if (const int removed = PulseRoutes::removeStale(); removed > 0)
        run.events().write(u"stale_devices_removed"_s, {{u"modules"_s, removed}});

    QString speakerSink;
    if (m_speaker && !m_speakerName.isEmpty()) {
        const auto device = chooseAudioDevice(audio::AudioEngine::outputDevices(), m_speakerName,
                                              u"speaker"_s, tr("speaker"), error);
        if (!device)
            return false;
        speakerSink = QString::fromUtf8(device->id);
    }
    if (speakerSink.isEmpty())
        speakerSink = PulseRoutes::defaultSink();

    m_routes = std::make_unique<PulseRoutes>();
    QObject::connect(m_routes.get(), &PulseRoutes::streamCaptured, m_routes.get(),
                     [&run](const QString &application) {
                         run.events().write(u"listen_stream"_s, {{u"application"_s, application}});
                     });
    if (routed) {
        if (!m_routes->startListening(*m_source, speakerSink, error))
            return false;
        inputId = QByteArray(PulseRoutes::kListenSource);
        m_routes->setHearOriginal(m_hearOriginalDb);
    }
    // Where LiveDesk's voice goes: never the default sink while listening to the system, which
    // is then what is captured.
    std::optional<QByteArray> outputId;
    if (m_virtualMic) {
        if (!m_routes->createVirtualMicrophone(m_speaker ? speakerSink : QString(), error))
            return false;
        outputId = QByteArray(PulseRoutes::kVirtualMicSink);
        m_routes->setSendOriginal(m_sendOriginal);
    } else if (routed) {
        outputId = speakerSink.toUtf8();
    }
    if (!waitForDevices(inputId.value_or(QByteArray()), outputId.value_or(QByteArray()))) {
        *error = tr("the PulseAudio devices LiveDesk created did not appear within %1 s")
                         .arg(kDeviceAppearMs / 1000);
        return false;
    }
    m_audio->routeDevices(inputId, outputId);
    if (routed)
        run.events().write(u"listen"_s, {{u"source"_s, m_source->toString()},
                                         {u"device"_s, QLatin1String(PulseRoutes::kListenSource)},
                                         {u"speaker"_s, speakerSink},
                                         {u"streams"_s, m_routes->capturedStreams()}});
    if (m_virtualMic) {
        run.events().write(u"virtual_mic"_s,
                           {{u"source"_s, QLatin1String(PulseRoutes::kVirtualMicSource)},
                            {u"name"_s, QLatin1String(PulseRoutes::kVirtualMicName)}});
        followPlayback();
    }
    run.setMetric(u"listen"_s,
                  QJsonObject {{u"source"_s, m_source ? m_source->toString() : QString()},
                               {u"virtual_mic"_s, m_virtualMic},
                               {u"hear_original_db"_s,
                                m_hearOriginalDb ? QJsonValue(*m_hearOriginalDb) : QJsonValue()},
                               {u"send_original"_s, m_sendOriginal}});
    return true;
}

// "Send the original" gives way to the translation while it plays: the engine's playback state
// is polled (it is made to be), and only changes reach PulseAudio.
void ListenCliModule::followPlayback()
{
    if (!m_sendOriginal)
        return;
    QObject::connect(&m_playbackPoll, &QTimer::timeout, m_routes.get(), [this] {
        if (const audio::AudioEngine *engine = m_audio->engine())
            m_routes->setTranslationPlaying(engine->playback().speaking);
    });
    m_playbackPoll.start();
}

} // namespace livedesk::app
