#include "app/cli/audiomodule.h"

#include "app/cli/clirun.h"
#include "audio/audioengine.h"
#include "audio/dsp/pcm.h"
#include "video/camerasource.h"
#include "video/screensource.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

QString listLine(const QString &id, const QString &description, bool isDefault)
{
    return u"  "_s + id.leftJustified(36) + u' ' + description
           + (isDefault ? u"  (default)"_s : QString()) + u'\n';
}

} // namespace

std::optional<audio::AudioDeviceInfo> chooseAudioDevice(const QList<audio::AudioDeviceInfo> &devices,
                                                        const QString &wanted, const QString &flag,
                                                        const QString &kind, QString *error)
{
    if (devices.isEmpty()) {
        *error = tr("--%1: no %2 found (see --list-devices)").arg(flag, kind);
        return std::nullopt;
    }
    if (wanted.isEmpty())
        return audio::AudioDeviceInfo {}; // the system default, followed when it changes
    for (const auto &d : devices) {
        if (QString::fromUtf8(d.id) == wanted)
            return d;
    }
    QList<audio::AudioDeviceInfo> matches;
    for (const auto &d : devices) {
        if (d.description.contains(wanted, Qt::CaseInsensitive)
            || QString::fromUtf8(d.id).contains(wanted, Qt::CaseInsensitive))
            matches.append(d);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    QStringList names;
    for (const auto &d : matches.isEmpty() ? devices : matches)
        names << u"\""_s + d.description + u"\" ("_s + QString::fromUtf8(d.id) + u')';
    *error = matches.isEmpty() ? tr("--%1 %2: no %3 matches; there are %4")
                                         .arg(flag, wanted, kind, names.join(u", "_s))
                               : tr("--%1 %2: %3 %4s match (%5); give its id")
                                         .arg(flag, wanted)
                                         .arg(matches.size())
                                         .arg(kind, names.join(u", "_s));
    return std::nullopt;
}

QString audioVideoDeviceList()
{
    QString text = tr("Microphones (--mic ID):") + u'\n';
    const auto inputs = audio::AudioEngine::inputDevices();
    for (const auto &d : inputs)
        text += listLine(QString::fromUtf8(d.id), d.description, d.isDefault);
    if (inputs.isEmpty())
        text += u"  "_s + tr("(none)") + u'\n';
    text += tr("Speakers (--speaker ID):") + u'\n';
    const auto outputs = audio::AudioEngine::outputDevices();
    for (const auto &d : outputs)
        text += listLine(QString::fromUtf8(d.id), d.description, d.isDefault);
    if (outputs.isEmpty())
        text += u"  "_s + tr("(none)") + u'\n';
    text += tr("Cameras (--camera ID, or its index):") + u'\n';
    const auto cameras = video::CameraSource::availableCameras();
    for (qsizetype i = 0; i < cameras.size(); ++i) {
        const auto &c = cameras.at(i);
        text += listLine(QString::number(i) + u"  "_s + QString::fromUtf8(c.id), c.description,
                         c.isDefault);
    }
    if (cameras.isEmpty())
        text += u"  "_s + tr("(none)") + u'\n';
    text += tr("Screens (--screen N):") + u'\n';
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        for (const auto &s : video::ScreenSource::availableScreens())
            text += listLine(QString::number(s.index),
                             s.name + u" ("_s + QString::number(s.sizePx.width()) + u"×"_s
                                     + QString::number(s.sizePx.height()) + u')',
                             s.isPrimary);
    } else {
        text += u"  "_s + tr("(no display: DISPLAY and WAYLAND_DISPLAY are not set)") + u'\n';
    }
    text.chop(1);
    return text;
}

AudioCliModule::AudioCliModule()
{
    m_playbackWatch.setInterval(50);
}

AudioCliModule::~AudioCliModule() = default;

QString AudioCliModule::title() const
{
    return tr("Audio devices");
}

QList<QCommandLineOption> AudioCliModule::options() const
{
    return {
            {u"mic"_s,
             tr("Speak live through a microphone: the default one, or the one whose id or name "
                "contains DEVICE. Not with --input."),
             u"DEVICE"_s},
            {u"speaker"_s,
             tr("Play the model's voice on the default output device, or the one whose id or "
                "name contains DEVICE (combines with --output)."),
             u"DEVICE"_s},
            {u"list-devices"_s, tr("List microphones, speakers, cameras and screens, and exit.")},
            {u"no-aec"_s, tr("Turn echo cancellation off (e.g. with headphones).")},
            {u"no-quiet-gate"_s,
             tr("Process and send the microphone even while nobody speaks and the model is "
                "silent.")},
            {u"barge-in"_s,
             tr("What talking over the model does at once, locally: off, duck (lower its "
                "voice; default) or stop."),
             u"MODE"_s},
            {u"speech-rate"_s, tr("Speed of the model's voice on the speaker, 0.5 to 2.0."), u"X"_s},
            {u"talk-mode"_s,
             tr("hands-free (the service detects turns; default) or local-voice (LiveDesk's "
                "voice detector starts and ends turns)."),
             u"MODE"_s},
    };
}

QStringList AudioCliModule::optionalValueOptions() const
{
    return {u"mic"_s, u"speaker"_s};
}

bool AudioCliModule::answerNow(const QCommandLineParser &parser, QString *text)
{
    if (!parser.isSet(u"list-devices"_s))
        return false;
    *text = audioVideoDeviceList();
    return true;
}

bool AudioCliModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    m_mic = parser.isSet(u"mic"_s);
    m_speaker = parser.isSet(u"speaker"_s);
    m_micName = parser.value(u"mic"_s).trimmed();
    m_speakerName = parser.value(u"speaker"_s).trimmed();
    if (m_mic && parser.isSet(u"input"_s)) {
        *error = tr("use either --mic or --input, not both");
        return false;
    }
    const auto needs = [&](const QString &flag, bool have, const QString &what) {
        if (parser.isSet(flag) && !have) {
            *error = tr("--%1 needs %2").arg(flag, what);
            return false;
        }
        return true;
    };
    if (!needs(u"no-aec"_s, m_mic, u"--mic"_s) || !needs(u"no-quiet-gate"_s, m_mic, u"--mic"_s)
        || !needs(u"talk-mode"_s, m_mic, u"--mic"_s)
        || !needs(u"barge-in"_s, m_mic && m_speaker, u"--mic and --speaker"_s)
        || !needs(u"speech-rate"_s, m_speaker, u"--speaker"_s))
        return false;

    audio::AudioEngineSettings &s = m_settings;
    s.direction = m_mic && m_speaker ? audio::AudioDirection::Duplex
                  : m_mic            ? audio::AudioDirection::Capture
                                     : audio::AudioDirection::Playback;
    s.processing.echoCancellation = !parser.isSet(u"no-aec"_s);
    s.quietGate = parser.isSet(u"no-quiet-gate"_s) ? audio::QuietGate::Mode::Off
                                                   : audio::QuietGate::Mode::On;
    // Engine chunks line up with the session's messages when they can.
    s.chunkMs = options.chunkMs % 10 == 0 ? options.chunkMs : 40;
    if (parser.isSet(u"barge-in"_s)) {
        const auto mode = audio::bargeInModeFromString(parser.value(u"barge-in"_s));
        if (!mode) {
            *error = tr("--barge-in expects off, duck or stop, not \"%1\"")
                             .arg(parser.value(u"barge-in"_s));
            return false;
        }
        s.bargeIn = *mode;
    }
    if (parser.isSet(u"speech-rate"_s)) {
        bool ok = false;
        const double rate = parser.value(u"speech-rate"_s).toDouble(&ok);
        if (!ok || rate < 0.5 || rate > 2.0) {
            *error = tr("--speech-rate expects a number from 0.5 to 2.0, not \"%1\"")
                             .arg(parser.value(u"speech-rate"_s));
            return false;
        }
        s.speechRate = rate;
    }
    if (parser.isSet(u"talk-mode"_s)) {
        const auto mode = talkModeFromString(parser.value(u"talk-mode"_s));
        // Push-to-talk needs a person at a key; the CLI has none.
        if (!mode || *mode == TalkMode::PushToTalk) {
            *error = tr("--talk-mode expects hands-free or local-voice, not \"%1\"")
                             .arg(parser.value(u"talk-mode"_s));
            return false;
        }
        m_talkMode = *mode;
    }
    if (m_mic) {
        options.liveInput = true;
        // A conversation at the microphone ends when the person ends it, not after 5 minutes.
        if (!parser.isSet(u"turns"_s) && !parser.isSet(u"timeout"_s))
            options.timeoutS = 0;
    }
    return true;
}

void AudioCliModule::routeDevices(const std::optional<QByteArray> &inputId,
                                  const std::optional<QByteArray> &outputId)
{
    if (inputId) {
        m_mic = true;
        m_micName = QString::fromUtf8(*inputId);
        // The computer's sound without LiveDesk's voice (the routing leaves it out): no echo to
        // cancel, and the person being translated talks on over the translation.
        m_settings.processing.echoCancellation = false;
        m_settings.bargeIn = audio::BargeInMode::Off;
        m_routedInput = !inputId->isEmpty();
    }
    if (outputId) {
        m_speaker = true;
        m_speakerName = QString::fromUtf8(*outputId);
    }
    m_settings.direction = m_mic && m_speaker ? audio::AudioDirection::Duplex
                           : m_mic            ? audio::AudioDirection::Capture
                                              : audio::AudioDirection::Playback;
}

bool AudioCliModule::attach(CliRun &run, QString *error)
{
    if (!m_mic && !m_speaker)
        return true;
    // The conversation makes the setup agree (client-driven turns: no activity detection).
    run.conversation().setTalkMode(m_mic ? m_talkMode : TalkMode::HandsFree);
    if (!openDevices(run, error)) {
        run.setAttachFailureCode(ExitCode::Device);
        return false;
    }
    watchPlayback(run);
    QObject::connect(&run, &CliRun::finishing, m_engine.get(), [this, &run] {
        run.log().detachAudio();
        m_playbackWatch.stop();
        m_engine->stop();
    });
    return true;
}

bool AudioCliModule::openDevices(CliRun &run, QString *error)
{
    if (m_mic) {
        const auto device = chooseAudioDevice(audio::AudioEngine::inputDevices(), m_micName,
                                              u"mic"_s, tr("microphone"), error);
        if (!device)
            return false;
        m_settings.inputDeviceId = device->id;
    }
    if (m_speaker) {
        const auto device = chooseAudioDevice(audio::AudioEngine::outputDevices(), m_speakerName,
                                              u"speaker"_s, tr("speaker"), error);
        if (!device)
            return false;
        m_settings.outputDeviceId = device->id;
    }
    if (const QString problem = audio::AudioEngine::validate(m_settings); !problem.isEmpty()) {
        *error = problem;
        return false;
    }

    m_engine = std::make_unique<audio::AudioEngine>();
    audio::AudioEngine *engine = m_engine.get();
    engine->setSettings(m_settings);
    QObject::connect(engine, &audio::AudioEngine::warning, engine,
                     [this, &run](audio::AudioWarning code, const QString &text) {
                         // A paused video is silence, not a muted microphone.
                         if (code == audio::AudioWarning::NoMicrophoneSignal && m_routedInput)
                             return;
                         if (code == audio::AudioWarning::InputDeviceFailed
                             || code == audio::AudioWarning::OutputDeviceFailed)
                             m_openFailure = text;
                         run.warn(text);
                         run.log().recordAudioWarning(text);
                     });
    QObject::connect(engine, &audio::AudioEngine::errorOccurred, engine,
                     [this](const QString &text) { m_openFailure = text; });
    // Its events and latency figures, as the desktop app's.
    run.conversation().attachAudio(engine,
                                   m_mic ? Conversation::AudioInput::Microphone
                                         : Conversation::AudioInput::None,
                                   Conversation::LatencyFigures::Measured);

    if (!engine->start()) {
        *error = tr("audio devices could not be opened: %1")
                         .arg(m_openFailure.isEmpty() ? tr("no reason given") : m_openFailure);
        return false;
    }
    if (m_mic && engine->currentInputDevice().id.isEmpty()) {
        *error = tr("--mic: the microphone could not be opened%1")
                         .arg(m_openFailure.isEmpty() ? QString() : u": "_s + m_openFailure);
        return false;
    }
    if (m_speaker && engine->currentOutputDevice().id.isEmpty()) {
        *error = tr("--speaker: the output device could not be opened%1")
                         .arg(m_openFailure.isEmpty() ? QString() : u": "_s + m_openFailure);
        return false;
    }
    // After start(): a device that fails or vanishes later is a warning (the engine falls back);
    // losing every device ends the run.
    QObject::connect(engine, &audio::AudioEngine::errorOccurred, &run, [&run](const QString &text) {
        run.finish(ExitCode::Device, tr("audio device failure: %1").arg(text));
    });
    if (m_mic)
        run.log().recordAudioDevice(u"input"_s, engine->currentInputDevice());
    if (m_speaker)
        run.log().recordAudioDevice(u"output"_s, engine->currentOutputDevice());
    return true;
}

void AudioCliModule::watchPlayback(CliRun &run)
{
    if (!m_speaker)
        return;
    // The turns may be done while the speaker still has seconds of the reply to play (the
    // service sends faster than real time): the run waits for it.
    session::LiveSession *session = &run.session();
    QObject::connect(session, &session::LiveSession::audioReceived, m_engine.get(), [this, &run] {
        m_modelTurnOpen = true;
        if (!m_finishHeld) {
            m_finishHeld = true;
            run.holdFinish();
            m_playbackWatch.start();
        }
    });
    const auto turnOver = [this] { m_modelTurnOpen = false; };
    QObject::connect(session, &session::LiveSession::turnCompleted, m_engine.get(), turnOver);
    QObject::connect(session, &session::LiveSession::interrupted, m_engine.get(), turnOver);
    QObject::connect(&m_playbackWatch, &QTimer::timeout, m_engine.get(), [this, &run] {
        if (m_modelTurnOpen || m_engine->playback().speaking)
            return;
        m_playbackWatch.stop();
        m_finishHeld = false;
        run.releaseFinish();
    });
}

} // namespace livedesk::app
