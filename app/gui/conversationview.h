// What QML sees of the conversation: one object that lives as long as the app
// (AppController::conversation) and follows the current app::Conversation, so bindings never
// meet a null between conversations. It shows the app's conversation state, the voice state
// (voicestate.h's rule over the conversation's cues, the playback level and the mute), the talk
// mode, a stalled reply, the model and its warnings, and the figures as one value
// (ConversationStatistics), the last conversation's kept once it has gone.
//
//   AppController ─▶ ConversationView ─follow()─▶ Conversation (null between conversations)
//
// AppController decides the state (setState) and does the actions; the view only reflects.
#pragma once

#include "app/conversation.h"
#include "app/voicestate.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace livedesk::app {

class VoiceMeter;

class ConversationView : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY stateChanged)
    Q_PROPERTY(QString modelName READ modelName NOTIFY stateChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY stateChanged)
    Q_PROPERTY(livedesk::app::voice::VoiceState voiceState READ voiceState NOTIFY voiceStateChanged)
    Q_PROPERTY(Talk talkMode READ talkMode NOTIFY talkModeChanged)
    Q_PROPERTY(bool talking READ isTalking NOTIFY talkingChanged)
    Q_PROPERTY(bool microphoneMuted READ isMicrophoneMuted NOTIFY microphoneMutedChanged)
    // The session waits for a reply that does not come (Conversation::isReplyStalled).
    Q_PROPERTY(bool replyStalled READ isReplyStalled NOTIFY replyStalledChanged)
    Q_PROPERTY(livedesk::app::ConversationStatistics statistics READ statistics NOTIFY
                       statisticsChanged)

public:
    enum class State {
        Idle, // no conversation yet
        Preparing, // fetching a token, starting tool servers
        Connecting,
        Live,
        Reconnecting,
        Closing,
        Ended, // the last conversation ended normally
        Failed, // the last conversation ended with an error (AppController::messages says why)
    };
    Q_ENUM(State)

    // app::TalkMode, for QML.
    enum class Talk { HandsFree, LocalVoice, PushToTalk };
    Q_ENUM(Talk)

    // `meter` (not owned) says whether the model's voice is heard; `nextTalkMode` is the mode
    // shown between conversations.
    ConversationView(const VoiceMeter *meter, std::function<TalkMode()> nextTalkMode,
                     QObject *parent = nullptr);

    // A new conversation begins (Preparing): its figures, model and warnings start anew.
    enum class Kind { Service, Demo };
    void begin(Kind kind);
    // The conversation shown from now on (null: none; the last figures stay).
    void follow(Conversation *conversation);
    Conversation *conversation() const { return m_conversation; }
    void setState(State state);
    void setModelName(const QString &name);
    void addWarnings(const QStringList &warnings);
    void setMicrophoneMuted(bool muted);
    // The talk mode may have changed (a setting, or the conversation applied its own).
    void refreshTalkMode() { Q_EMIT talkModeChanged(); }

    State state() const { return m_state; }
    bool isActive() const;
    bool isDemo() const { return m_kind == Kind::Demo; }
    QString modelName() const { return m_modelName; }
    QStringList warnings() const { return m_warnings; }
    VoiceState voiceState() const { return m_voiceState; }
    Talk talkMode() const;
    bool isTalking() const;
    bool isMicrophoneMuted() const { return m_muted; }
    bool isReplyStalled() const;
    // The running conversation's figures (its clock ticking), else the last one's.
    ConversationStatistics statistics() const;

Q_SIGNALS:
    void stateChanged();
    void voiceStateChanged();
    void talkModeChanged();
    void talkingChanged();
    void microphoneMutedChanged();
    void replyStalledChanged();
    void statisticsChanged();

private:
    void updateVoiceState();
    void updateStatistics();

    const VoiceMeter *m_meter;
    std::function<TalkMode()> m_nextTalkMode;
    QPointer<Conversation> m_conversation;
    State m_state = State::Idle;
    Kind m_kind = Kind::Service;
    VoiceState m_voiceState = VoiceState::Idle;
    bool m_muted = false;
    QString m_modelName;
    QStringList m_warnings;
    ConversationStatistics m_statistics; // the conversation's, kept once it has gone
    QTimer m_clockTick; // the elapsed time shown while live
};

} // namespace livedesk::app
