// livedesk-cli's --listen system|app:NAME|mic (translate what the computer plays, or one
// application, instead of the microphone), --virtual-mic (the translation as the microphone
// "LiveDesk translation" that a call can pick), --hear-original [DB] and --send-original. The
// PulseAudio routing is PulseRoutes' (app/pulseroutes.h); this module creates it before the audio
// devices open, hands their ids to the AudioCliModule, and removes it when the run ends. Devices
// left by a run that was killed are removed first.
#pragma once

#include "app/cli/clioptions.h"
#include "app/pulseroutes.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace livedesk::app {

class AudioCliModule;

class ListenCliModule : public CliModule
{
public:
    // `audio` (not owned) opens the devices this module routes; it outlives the run's attach.
    explicit ListenCliModule(AudioCliModule *audio);
    ~ListenCliModule() override;

    QString title() const override;
    QList<QCommandLineOption> options() const override;
    QStringList optionalValueOptions() const override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

    std::optional<ListenSource> source() const { return m_source; }
    bool virtualMicrophone() const { return m_virtualMic; }

private:
    bool route(CliRun &run, QString *error);
    void followPlayback();

    AudioCliModule *m_audio;
    std::optional<ListenSource> m_source;
    bool m_virtualMic = false;
    bool m_speaker = false; // --speaker: the translation is heard too
    QString m_speakerName;
    std::optional<double> m_hearOriginalDb;
    bool m_sendOriginal = false;
    std::unique_ptr<PulseRoutes> m_routes;
    QTimer m_playbackPoll;
};

} // namespace livedesk::app
