// The desktop app's controller: the composition root behind the QML interface, a façade. It owns
// what lives as long as the app (the settings, the keychain entries, the audio and video engines
// with their device lists, levels and previews, the history store, the language, the error
// banner and notes: UserMessages) and, per conversation, one app::Conversation (conversation.h:
// the session, the bridge, the toolbox, the demo's simulator, the transcript, recovery, the end
// and the voice's cues, as livedesk-cli builds them) with its ConversationRecords. QML sees one
// object (the AppController singleton of the LiveDesk.Ui module) with the long-lived objects,
// the list models and the actions; the current conversation is AppController.conversation, a
// ConversationView that follows each Conversation in turn.
//
//   start() ─▶ credentials (keychain, token server) ─▶ buildSessionConfig ─▶ Toolbox ready
//           ─▶ session + bridge + engines ─▶ open ─▶ Live … stop() ─▶ Closed (engines stopped,
//              calls abandoned, per-conversation objects deleted)
//
// Lives on the GUI thread. Secrets never reach QML, logs or the settings file.
#pragma once

#include "app/conversation.h"
#include "app/conversationrecords.h"
#include "app/gui/conversationview.h"
#include "app/gui/usermessages.h"
#include "app/sessionconfig.h"
#include "app/voicestate.h"
#include "session/livesession.h"
#include "session/modelcatalog.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace livedesk::audio {
class AudioEngine;
struct AudioEngineSettings;
} // namespace livedesk::audio
namespace livedesk::sim {
class Simulator;
}
namespace livedesk::tools {
class Toolbox;
class QtDesktopIntegration;
} // namespace livedesk::tools

namespace livedesk::app {

class AppSettings;
class CaptionsModel;
class HistoryListModel;
class HistorySessionModel;
class HistoryStore;
class ModeListModel;
class RecordingController;
class BuildInfo;
class ChoiceModel;
class Conversation;
class ConversationRecords;
class ConversationBridge;
class DeviceModel;
class ListenSourceModel;
class ModelListModel;
class ModelNotice;
class PageRegistry;
class SecretStore;
class TokenServerClient;
class ToolCallModel;
class ToolConfirmation;
class Transcript;
class TranscriptModel;
class UiLanguage;
class VideoControl;
class VoiceMeter;
enum class KeychainUse;
enum class TalkMode;

} // namespace livedesk::app

// The property types, complete for moc (they are only declared above).
Q_MOC_INCLUDE("app/gui/appsettings.h")
Q_MOC_INCLUDE("app/gui/buildinfo.h")
Q_MOC_INCLUDE("app/gui/choicemodels.h")
Q_MOC_INCLUDE("app/gui/devicemodel.h")
Q_MOC_INCLUDE("app/gui/listensources.h")
Q_MOC_INCLUDE("app/gui/historymodels.h")
Q_MOC_INCLUDE("app/gui/modelistmodel.h")
Q_MOC_INCLUDE("app/gui/modelnotice.h")
Q_MOC_INCLUDE("app/history/recordingcontroller.h")
Q_MOC_INCLUDE("app/translationcaptions.h")
Q_MOC_INCLUDE("app/gui/pageregistry.h")
Q_MOC_INCLUDE("app/gui/secretstore.h")
Q_MOC_INCLUDE("app/gui/toolcallmodel.h")
Q_MOC_INCLUDE("app/gui/toolconfirmation.h")
Q_MOC_INCLUDE("app/gui/transcriptmodel.h")
Q_MOC_INCLUDE("app/gui/uilanguage.h")
Q_MOC_INCLUDE("app/gui/videocontrol.h")
Q_MOC_INCLUDE("app/gui/voicemeter.h")

namespace livedesk::app {

// The command line's choices for this run of the app (app/desktop/guimain.cpp, docs/app.md),
// over the settings and never saved.
struct ConversationOverrides
{
    QString endpoint; // every conversation's WebSocket URL
    QString model;
    std::optional<TalkMode> talkMode;
    // Vertex AI: locations to try, in order, when the current one is unavailable.
    QStringList failoverLocations;
    // livedesk-cli's --events and --metrics files, written by the same code (ConversationLog);
    // each conversation writes them anew.
    QString eventsPath;
    QString metricsPath;
    // livedesk-cli's --record: each conversation is recorded there from the moment it is live.
    QString recordPath;
    // livedesk-cli's --screen N: the screen shared from the moment a conversation is live.
    std::optional<int> screen;
};

struct AppControllerOptions
{
    std::unique_ptr<QSettings> settings; // null: the user's settings file
    KeychainUse keychain = KeychainUse(0); // Unspecified = the platform keychain
    // The offline demo's simulator: its speech runs this much faster than real time.
    double demoSpeechSpeedFactor = 4.0;
    QString keychainService = QStringLiteral("io.github.livedesk.LiveDesk");
    // The history database (empty: HistoryStore::defaultPath(), shared with livedesk-cli) and the
    // saved modes (empty: ModeStore::defaultPath()).
    QString historyPath;
    QString modesPath;
    // Where the recording toggle saves (empty: RecordingController::defaultPath()'s folder).
    QString recordingFolder;
    // The session's reply watchdog (LiveSessionOptions::replyTimeoutMs); 0 keeps its default.
    int replyTimeoutMs = 0;
    // The model table (resources/models.json's format), so a user can follow the service's model
    // changes without a new build. Empty: models.json in the app's config folder if there is
    // one, else the built-in table.
    QString modelTablePath;
    ConversationOverrides overrides;
};

class AppController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(livedesk::app::AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(livedesk::app::SecretStore *apiKey READ apiKey CONSTANT)
    Q_PROPERTY(livedesk::app::SecretStore *vertexCredential READ vertexCredential CONSTANT)
    Q_PROPERTY(livedesk::app::TranscriptModel *transcript READ transcript CONSTANT)
    Q_PROPERTY(livedesk::app::ToolCallModel *toolCalls READ toolCalls CONSTANT)
    Q_PROPERTY(livedesk::app::ToolConfirmation *confirmation READ confirmation CONSTANT)
    Q_PROPERTY(livedesk::app::DeviceModel *microphones READ microphones CONSTANT)
    // Translation: what it listens to (appcontroller_listen.cpp).
    Q_PROPERTY(livedesk::app::ListenSourceModel *listenSources READ listenSources CONSTANT)
    Q_PROPERTY(livedesk::app::DeviceModel *speakers READ speakers CONSTANT)
    Q_PROPERTY(livedesk::app::DeviceModel *cameras READ cameras CONSTANT)
    Q_PROPERTY(livedesk::app::ModelListModel *models READ models CONSTANT)
    // A legacy, deprecated or retired model: a notice of its own, apart from the errors.
    Q_PROPERTY(livedesk::app::ModelNotice *modelNotice READ modelNotice CONSTANT)
    Q_PROPERTY(livedesk::app::ChoiceModel *voices READ voices CONSTANT)
    Q_PROPERTY(livedesk::app::ChoiceModel *responseLanguages READ responseLanguages CONSTANT)
    Q_PROPERTY(livedesk::app::ChoiceModel *uiLanguages READ uiLanguages CONSTANT)
    Q_PROPERTY(livedesk::app::PageRegistry *pages READ pages CONSTANT)
    Q_PROPERTY(livedesk::app::BuildInfo *buildInfo READ buildInfo CONSTANT)
    Q_PROPERTY(livedesk::app::UiLanguage *language READ language CONSTANT)
    Q_PROPERTY(livedesk::app::VoiceMeter *meter READ meter CONSTANT)
    Q_PROPERTY(livedesk::app::VideoControl *video READ video CONSTANT)
    Q_PROPERTY(livedesk::app::ModeListModel *modes READ modes CONSTANT)
    Q_PROPERTY(livedesk::app::CaptionsModel *captions READ captions CONSTANT)
    Q_PROPERTY(livedesk::app::RecordingController *recording READ recording CONSTANT)
    Q_PROPERTY(livedesk::app::HistoryListModel *history READ history CONSTANT)
    Q_PROPERTY(livedesk::app::HistorySessionModel *historySession READ historySession CONSTANT)
    // The mode the next conversation starts in (a ModeListModel id), and whether the current
    // (or last) conversation translates: the captions view applies.
    Q_PROPERTY(QString modeId READ modeId WRITE setModeId NOTIFY modeChanged)
    Q_PROPERTY(bool translating READ isTranslating NOTIFY modeChanged)
    Q_PROPERTY(bool historyAvailable READ isHistoryAvailable NOTIFY historyStatusChanged)
    Q_PROPERTY(QString historyStatus READ historyStatus NOTIFY historyStatusChanged)
    Q_PROPERTY(int historyRetentionDays READ historyRetentionDays NOTIFY historyStatusChanged)
    // The history file exists but could not be opened (damaged, or not a LiveDesk history).
    Q_PROPERTY(bool historyDamaged READ isHistoryDamaged NOTIFY historyStatusChanged)
    // The current conversation (state, voice, talk mode, figures), never null.
    Q_PROPERTY(livedesk::app::ConversationView *conversation READ conversation CONSTANT)
    // The error banner and the notes.
    Q_PROPERTY(livedesk::app::UserMessages *messages READ messages CONSTANT)
    Q_PROPERTY(bool needsCredentials READ needsCredentials NOTIFY credentialsChanged)
    // Whether a system tray icon is shown (the shell sets it): closing can then hide the window.
    Q_PROPERTY(bool trayAvailable READ isTrayAvailable WRITE setTrayAvailable NOTIFY
                       trayAvailableChanged)

public:
    // For C++ readers; QML names them ConversationView.State and ConversationView.Talk.
    using SessionState = ConversationView::State;
    using Talk = ConversationView::Talk;

    explicit AppController(AppControllerOptions options = {}, QObject *parent = nullptr);
    ~AppController() override;

    // Reads the keychain (asynchronous) and applies the interface language. Call once, after
    // the QGuiApplication exists.
    void initialize();

    AppSettings *settings() const { return m_settings; }
    SecretStore *apiKey() const { return m_apiKey; }
    SecretStore *vertexCredential() const { return m_vertexCredential; }
    TranscriptModel *transcript() const { return m_transcriptModel; }
    ToolCallModel *toolCalls() const { return m_toolCalls; }
    ToolConfirmation *confirmation() const { return m_confirmation; }
    DeviceModel *microphones() const { return m_microphones; }
    ListenSourceModel *listenSources() const;
    DeviceModel *speakers() const { return m_speakers; }
    DeviceModel *cameras() const { return m_cameras; }
    ModelListModel *models() const { return m_models; }
    ModelNotice *modelNotice() const { return m_modelNotice; }
    ChoiceModel *voices() const { return m_voices; }
    ChoiceModel *responseLanguages() const { return m_responseLanguages; }
    ChoiceModel *uiLanguages() const { return m_uiLanguages; }
    PageRegistry *pages() const { return m_pages; }
    BuildInfo *buildInfo() const { return m_buildInfo; }
    UiLanguage *language() const { return m_language; }
    VoiceMeter *meter() const { return m_meter; }
    VideoControl *video() const { return m_video; }
    ModeListModel *modes() const { return m_modes; }
    CaptionsModel *captions() const { return m_captions; }
    RecordingController *recording() const { return m_recording; }
    HistoryListModel *history() const { return m_historyList; }
    HistorySessionModel *historySession() const { return m_historySession; }
    HistoryStore *historyStore() const { return m_historyStore.get(); }
    // The history entry of the current (or last) conversation; 0 when none was saved.
    qint64 historySessionId() const { return m_historySessionId; }

    QString modeId() const;
    void setModeId(const QString &id);
    bool isTranslating() const { return m_translating; }
    bool isHistoryAvailable() const;
    QString historyStatus() const { return m_historyStatus; }
    int historyRetentionDays() const;
    bool isHistoryDamaged() const { return m_historyDamaged; }

    // For the shell and tests: the conversation's parts (null between conversations).
    Transcript *transcriptRecord() const { return m_transcript; }
    audio::AudioEngine *audioEngine() const { return m_audio.get(); }
    session::LiveSession *session() const { return m_session; }
    sim::Simulator *simulator() const;
    const session::ModelCatalog &catalog() const { return m_catalog; }

    ConversationView *conversation() const { return m_view; }
    UserMessages *messages() const { return m_messages; }
    bool needsCredentials() const;
    bool isTrayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);

public Q_SLOTS:
    // Starts a conversation with the configured backend (the demo when that is chosen).
    void start();
    // Starts the offline demo against the in-process simulator, whatever the backend.
    void startDemo();
    void stop();
    // The talk control (ConversationBridge): click-to-talk toggles, hold-to-talk begins and ends.
    void beginTalk();
    void endTalk();
    void toggleTalk();
    void setMicrophoneMuted(bool muted);
    void toggleMicrophoneMuted() { setMicrophoneMuted(!m_view->isMicrophoneMuted()); }
    // A typed message; false when no conversation takes it.
    bool sendText(const QString &text);
    void clearConversation();
    void copyTranscript();
    void copyText(const QString &text);
    void cancelToolCall(quint64 serial);
    // Asks the window to show a page ("conversation", "settings", or a registered one) and,
    // within it, a section ("connection", "model", "audio", …).
    void navigate(const QString &pageId, const QString &section = {});
    // The error banner's button: does what the current error's action says.
    void triggerErrorAction();
    // The recording toggle: starts recording the conversation (to RecordingController's default
    // path) or stops it. Recording needs a running conversation.
    void toggleRecording();
    // Days to keep conversations in the history (0: forever); empty on success, else why not.
    QString setHistoryRetentionDays(int days);
    // A damaged history: moves it aside (HistoryStore::moveAside) and starts a new one. Empty on
    // success (historyStatus says where the old one went), else why not.
    QString startNewHistory();
    // After replyStalled: asks the session to send the turn again (or reconnect).
    void retryStalledTurn();

Q_SIGNALS:
    void credentialsChanged();
    void navigationRequested(const QString &pageId, const QString &section);
    void trayAvailableChanged();
    void modeChanged();
    void historyStatusChanged();
    // A model reply finished: its words, for screen readers to announce.
    void replyCompleted(const QString &text);

private:
    void startWith(bool demo);
    bool prepareCredentials(SessionSettings *s, QString *error);
    void continueWithToken(const QString &token);
    void buildAndOpen(SessionSettings settings);
    void openWhenToolsReady();
    void openSession();
    void teardown();
    void setState(SessionState state) { m_view->setState(state); }
    void onSessionState(session::LiveSession::State state);
    void onSessionError(const session::SessionError &error);
    void applySettingChange(const QString &key);
    void updateModelNotice(); // for the model the next conversation would use
    void retranslate();
    void announceReply();
    // appcontroller_log.cpp: the events and metrics files of a conversation (ConversationLog).
    bool beginConversationLog(QString *error);
    void endConversationLog(session::LiveSession::State state);
    TalkMode chosenTalkMode() const;
    QString backendChoice() const; // the backend setting, as --endpoint changes it
    // appcontroller_records.cpp: modes, captions, recording and history.
    void setUpRecords(const AppControllerOptions &options);
    void applyChosenMode(SessionSettings &s);
    void createRecords();
    void beginRecords();
    void endRecords(const QString &reason);
    void onReplyStalled(bool stalled, qint64 silentMs);

    session::ModelCatalog m_catalog;
    AppSettings *m_settings; // child
    SecretStore *m_apiKey; // child
    SecretStore *m_vertexCredential; // child
    Transcript *m_transcript; // child
    TranscriptModel *m_transcriptModel; // child
    ToolCallModel *m_toolCalls; // child
    ToolConfirmation *m_confirmation; // child
    DeviceModel *m_microphones; // child
    DeviceModel *m_speakers; // child
    DeviceModel *m_cameras; // child
    ModelListModel *m_models; // child
    ModelNotice *m_modelNotice; // child
    ChoiceModel *m_voices; // child
    ChoiceModel *m_responseLanguages; // child
    ChoiceModel *m_uiLanguages; // child
    PageRegistry *m_pages; // child
    BuildInfo *m_buildInfo; // child
    UiLanguage *m_language; // child
    VoiceMeter *m_meter; // child
    VideoControl *m_video; // child
    ModeListModel *m_modes = nullptr; // child
    CaptionsModel *m_captions = nullptr; // child
    RecordingController *m_recording = nullptr; // child
    ConversationView *m_view; // child
    UserMessages *m_messages; // child
    HistoryListModel *m_historyList = nullptr; // child
    HistorySessionModel *m_historySession = nullptr; // child
    std::unique_ptr<HistoryStore> m_historyStore;
    qint64 m_historySessionId = 0;
    QString m_historyStatus;
    bool m_historyDamaged = false;
    QString m_historyPath; // of a damaged history
    bool m_translating = false;
    bool m_modeWantsCamera = false;
    RecordsSettings m_recordsSettings; // the current conversation's mode and translation
    std::unique_ptr<audio::AudioEngine> m_audio;
    std::unique_ptr<tools::QtDesktopIntegration> m_desktop;
    double m_demoSpeedFactor;
    QString m_recordingFolder;
    int m_replyTimeoutMs = 0;
    ConversationOverrides m_overrides;
    bool m_logEnded = true; // the current conversation's events and metrics are written
    // GOOGLE_API_KEY / GEMINI_API_KEY, used when no key is stored; held in memory only.
    QString m_environmentApiKey;

    // One conversation.
    Conversation *m_conversation = nullptr; // child; deleted after it ends
    session::LiveSession *m_session = nullptr; // m_conversation's
    ConversationBridge *m_bridge = nullptr; // m_conversation's
    // Its recording, history entry and subtitles (shared with livedesk-cli); made with it,
    // deleted once it has ended.
    ConversationRecords *m_records = nullptr; // child
    tools::Toolbox *m_toolbox = nullptr; // the conversation's (Conversation::setUpTools)
    TokenServerClient *m_tokenClient = nullptr; // child, token-server backend
    std::optional<SessionConfig> m_config;
    QTimer m_toolsTimeout;

    qint64 m_announcedReplyId = 0; // the transcript item last announced
    bool m_trayAvailable = false;

    // Translation sources and the virtual microphone (appcontroller_listen.cpp).
    void routeListening(audio::AudioEngineSettings &settings);
    void releaseListening();
    mutable ListenSourceModel *m_listenSources = nullptr; // child, made when first asked for
};

} // namespace livedesk::app
