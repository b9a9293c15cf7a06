// livedesk-cli's audio devices: --mic [DEVICE] (a live microphone instead of --input),
// --speaker [DEVICE] (the model's voice on an output device, with or without --output),
// --list-devices, --no-aec, --no-quiet-gate, --barge-in off|duck|stop, --speech-rate X and
// --talk-mode hands-free|local-voice. The AudioEngine it builds is wired to the session by the
// run's ConversationBridge, like the GUI's; this module only chooses devices and settings,
// has the conversation's log report its events and figures (ConversationLog), and keeps the run open while the speaker is
// still playing a reply. Devices are opened before the session connects, so a missing or
// unusable one ends the run at once with ExitCode::Device.
#pragma once

#include "app/cli/clioptions.h"
#include "app/conversationbridge.h"
#include "audio/audiotypes.h"

#include <QTimer>

#include <memory>

namespace livedesk::audio {
class AudioEngine;
}

namespace livedesk::app {

// Picks a device by exact id, else by a case-insensitive part of its id or description; an empty
// `wanted` means the system default. nullopt with a one-line `error` naming the choices when none
// or several match, or when there is no device at all. `kind` is "microphone" or "speaker".
std::optional<audio::AudioDeviceInfo> chooseAudioDevice(const QList<audio::AudioDeviceInfo> &devices,
                                                        const QString &wanted, const QString &flag,
                                                        const QString &kind, QString *error);

// The text --list-devices prints: microphones, speakers and cameras, with ids and the defaults.
QString audioVideoDeviceList();

class AudioCliModule : public CliModule
{
public:
    AudioCliModule();
    ~AudioCliModule() override;

    QString title() const override;
    QList<QCommandLineOption> options() const override;
    QStringList optionalValueOptions() const override;
    bool answerNow(const QCommandLineParser &parser, QString *text) override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

    bool usesMicrophone() const { return m_mic; }
    bool usesSpeaker() const { return m_speaker; }
    QString microphoneName() const { return m_micName; } // empty: the default
    QString speakerName() const { return m_speakerName; }
    TalkMode talkMode() const { return m_talkMode; }
    const audio::AudioEngineSettings &engineSettings() const { return m_settings; }
    audio::AudioEngine *engine() const { return m_engine.get(); } // null before attach()

    // --listen and --virtual-mic (ListenCliModule) route the audio through devices of their
    // own: called before attach(). nullopt leaves that side as the flags chose it; an empty id
    // is the default device.
    void routeDevices(const std::optional<QByteArray> &inputId,
                      const std::optional<QByteArray> &outputId);

private:
    bool openDevices(CliRun &run, QString *error);
    void watchPlayback(CliRun &run);

    bool m_mic = false;
    bool m_speaker = false;
    QString m_micName;
    QString m_speakerName;
    bool m_routedInput = false; // --listen system|app: the computer's sound, not a microphone
    TalkMode m_talkMode = TalkMode::HandsFree;
    audio::AudioEngineSettings m_settings;

    std::unique_ptr<audio::AudioEngine> m_engine;
    QString m_openFailure; // what the engine said while opening a device
    QTimer m_playbackWatch;
    bool m_finishHeld = false;
    bool m_modelTurnOpen = false;
};

} // namespace livedesk::app
