// Listening to what the computer plays, and the translation as a microphone, on PulseAudio (and
// PipeWire's PulseAudio server), driven through pactl. How it is used: docs/translation.md,
// "Listening to the computer".
//
//   system     every stream but LiveDesk's own is moved to the null sink livedesk_listen, which is
//              also the default sink while listening (new streams go there too). LiveDesk
//              captures its monitor (remapped as the source livedesk_listen_in, because Qt does not
//              list monitors) and plays its voice on the real sink, so its voice is never in what
//              it captures: nothing to cancel, nothing to translate twice. A loopback plays the
//              original on the real sink at the "hear the original" level, muted when that is off.
//   app:NAME   the same, for the streams of the applications whose name or binary contains NAME
//              only; the default sink is left alone.
//   virtual microphone  the null sink livedesk_translation_out; its monitor is remapped as the
//              source "LiveDesk translation" (livedesk_translation) that a call can pick. The
//              translation plays into it. "Send the original" loops livedesk_listen into it too,
//              muted while a translation plays.
//
// A loopback is two streams, a source-output from its source and a sink-input into its sink, and
// PulseAudio's module-stream-restore gives each the mute and volume it remembers for its key. So
// each stream has a key of its own, and LiveDesk sets the mute and volume of both streams of every
// loopback it loads and reads them back until they are what it asked for.
//
// Every module LiveDesk loads carries livedesk.pid=<its process id>; removeStale() unloads those
// whose process is gone (a crash, kill -9) and gives the default sink back. New streams are seen
// as the server announces them (pactl subscribe; a poll every 2 s besides), so an application
// that starts playing later is captured too: the hot-plug of a source.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QProcess;

#include <optional>

namespace livedesk::app {

enum class ListenKind {
    Microphone, // the default (or chosen) microphone: no routing
    System, // everything the computer plays, except LiveDesk
    Application, // one application's streams
};

struct ListenSource
{
    ListenKind kind = ListenKind::Microphone;
    QString application; // ListenKind::Application: part of its name or binary

    QString toString() const; // "mic", "system", "app:NAME"
};

// "mic", "system" or "app:NAME"; nullopt with a one-line `error` otherwise.
std::optional<ListenSource> parseListenSource(const QString &text, QString *error);

class PulseRoutes : public QObject
{
    Q_OBJECT

public:
    // The devices, by PulseAudio name (= Qt Multimedia's device id).
    static constexpr const char *kListenSink = "livedesk_listen";
    static constexpr const char *kListenSource = "livedesk_listen_in";
    static constexpr const char *kVirtualMicSink = "livedesk_translation_out";
    static constexpr const char *kVirtualMicSource = "livedesk_translation";
    static constexpr const char *kVirtualMicName = "LiveDesk translation";
    // "Hear the original": Google's own translation example plays it under the translation at
    // 8 %, -22 dB; quieter than -60 dB is not heard over the translation anyway.
    static constexpr double kDefaultOriginalDb = -22.0;
    static constexpr double kMinOriginalDb = -60.0;

    explicit PulseRoutes(QObject *parent = nullptr);
    ~PulseRoutes() override; // tearDown()

    // Empty when pactl can talk to a PulseAudio server, else why not (for people).
    static QString checkAvailable();
    // Unloads the modules of LiveDesk processes that are gone; returns how many (-1: pactl failed).
    static int removeStale();
    // The default sink's name, empty when there is none.
    static QString defaultSink();

    // Captures `source` (System or Application). `speakerSink` is where LiveDesk's voice and the
    // original are heard (empty: the default sink). Returns false with `error` and nothing left
    // behind when a module cannot be loaded or another LiveDesk is already listening.
    bool startListening(const ListenSource &source, const QString &speakerSink, QString *error);
    // Creates the virtual microphone; `alsoSpeakerSink` non-empty: the translation is heard there
    // too (a loopback from the virtual microphone's sink).
    bool createVirtualMicrophone(const QString &alsoSpeakerSink, QString *error);
    // Everything back as it was: streams to their sinks, the default sink, modules unloaded.
    void tearDown();

    // The original on the speaker: nullopt mutes it. Applies at once when listening.
    void setHearOriginal(std::optional<double> levelDb);
    // The original into the virtual microphone while no translation plays.
    void setSendOriginal(bool send);
    // Mutes the original in the virtual microphone while a translation plays.
    void setTranslationPlaying(bool playing);

    bool isListening() const { return m_listening; }
    bool hasVirtualMicrophone() const { return m_virtualMic; }
    QString speakerSink() const { return m_speakerSink; }
    int capturedStreams() const { return int(m_moved.size()); }

Q_SIGNALS:
    // A stream was moved into what is captured ("Firefox", "paplay").
    void streamCaptured(const QString &application);

private:
    struct Loopback
    {
        int module = -1;
        int sinkInput = -1; // its stream into the sink
        int sourceOutput = -1; // its stream from the source
    };

    int loadModule(const QString &module, const QStringList &args, QString *error);
    bool loadLoopback(const QString &source, const QString &sink, const QString &name,
                      const QString &restoreId, Loopback *loopback, QString *error);
    void pollStreams();
    void onStreams(const QByteArray &json);
    void applyOriginalLevels();
    bool wantsStream(const QJsonObject &stream) const;

    ListenSource m_source;
    bool m_listening = false;
    bool m_virtualMic = false;
    QString m_speakerSink;
    QString m_restoreDefaultSink; // System: the default sink before listening
    QList<int> m_modules; // in load order
    Loopback m_hearLoopback; // the original on the speaker
    Loopback m_sendLoopback; // the original into the virtual microphone
    Loopback m_translationLoopback; // the translation on the speaker too
    std::optional<double> m_hearOriginalDb;
    bool m_sendOriginal = false;
    bool m_translationPlaying = false;
    QHash<int, QString> m_moved; // sink-input index -> the sink it came from
    QTimer m_poll;
    QProcess *m_subscription = nullptr; // child; pactl subscribe while listening
    bool m_pollRunning = false;
    bool m_pollAgain = false;
};

} // namespace livedesk::app
