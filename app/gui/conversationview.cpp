#include "app/gui/conversationview.h"

#include "app/conversationbridge.h"
#include "app/gui/voicemeter.h"
#include "session/livesession.h"

namespace livedesk::app {

namespace {

constexpr int kClockTickMs = 1000;

} // namespace

ConversationView::ConversationView(const VoiceMeter *meter, std::function<TalkMode()> nextTalkMode,
                                   QObject *parent)
    : QObject(parent)
    , m_meter(meter)
    , m_nextTalkMode(std::move(nextTalkMode))
{
    m_clockTick.setInterval(kClockTickMs);
    connect(&m_clockTick, &QTimer::timeout, this, &ConversationView::updateStatistics);
    connect(m_meter, &VoiceMeter::activityChanged, this, [this] {
        // The model's voice is the answer: whatever was awaited has arrived.
        if (m_meter->isModelSpeaking() && m_conversation)
            m_conversation->setAwaitingReply(false);
        updateVoiceState();
    });
}

void ConversationView::begin(Kind kind)
{
    m_kind = kind;
    m_modelName.clear();
    m_warnings.clear();
    m_statistics = {};
    Q_EMIT statisticsChanged();
    Q_EMIT stateChanged();
}

void ConversationView::follow(Conversation *conversation)
{
    if (m_conversation == conversation)
        return;
    if (m_conversation) {
        updateStatistics(); // its last figures stay
        m_conversation->disconnect(this);
        m_conversation->session().disconnect(this);
        m_conversation->bridge().disconnect(this);
    }
    m_conversation = conversation;
    if (conversation) {
        session::LiveSession *session = &conversation->session();
        connect(conversation, &Conversation::voiceCuesChanged, this,
                &ConversationView::updateVoiceState);
        connect(conversation, &Conversation::replyStalledChanged, this,
                &ConversationView::replyStalledChanged);
        connect(&conversation->bridge(), &ConversationBridge::talkingChanged, this,
                &ConversationView::talkingChanged);
        using S = session::LiveSession;
        connect(session, &S::usageUpdated, this, &ConversationView::updateStatistics);
        connect(session, &S::turnCompleted, this, &ConversationView::updateStatistics);
        connect(session, &S::reconnecting, this, &ConversationView::updateStatistics);
        connect(session, &S::reconnected, this, &ConversationView::updateStatistics);
        connect(session, &S::stateChanged, this, &ConversationView::updateStatistics);
    }
    Q_EMIT talkModeChanged();
    Q_EMIT talkingChanged();
    Q_EMIT replyStalledChanged();
    updateVoiceState();
}

void ConversationView::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Live)
        m_clockTick.start();
    else if (!isActive())
        m_clockTick.stop();
    Q_EMIT stateChanged();
    updateVoiceState();
}

void ConversationView::setModelName(const QString &name)
{
    if (m_modelName == name)
        return;
    m_modelName = name;
    Q_EMIT stateChanged();
}

void ConversationView::addWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return;
    m_warnings.append(warnings);
    Q_EMIT stateChanged();
}

void ConversationView::setMicrophoneMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    Q_EMIT microphoneMutedChanged();
    updateVoiceState();
}

bool ConversationView::isActive() const
{
    switch (m_state) {
    case State::Preparing:
    case State::Connecting:
    case State::Live:
    case State::Reconnecting:
    case State::Closing:
        return true;
    case State::Idle:
    case State::Ended:
    case State::Failed:
        return false;
    }
    return false;
}

ConversationView::Talk ConversationView::talkMode() const
{
    switch (m_conversation ? m_conversation->talkMode() : m_nextTalkMode()) {
    case TalkMode::HandsFree:
        return Talk::HandsFree;
    case TalkMode::LocalVoice:
        return Talk::LocalVoice;
    case TalkMode::PushToTalk:
        return Talk::PushToTalk;
    }
    return Talk::HandsFree;
}

bool ConversationView::isTalking() const
{
    return m_conversation && m_conversation->bridge().isTalking();
}

bool ConversationView::isReplyStalled() const
{
    return m_conversation && m_conversation->isReplyStalled();
}

ConversationStatistics ConversationView::statistics() const
{
    if (isActive() && m_conversation)
        return m_conversation->statistics();
    return m_statistics;
}

void ConversationView::updateStatistics()
{
    // The conversation's figures, as its log writes them.
    if (m_conversation)
        m_statistics = m_conversation->statistics();
    Q_EMIT statisticsChanged();
}

void ConversationView::updateVoiceState()
{
    // The rule is voicestate.h's; the cues are the conversation's, plus what the app sees.
    VoiceCues cues = m_conversation ? m_conversation->voiceCues() : VoiceCues {};
    switch (m_state) {
    case State::Idle:
    case State::Ended:
    case State::Failed:
    case State::Closing:
        cues.phase = ConversationPhase::Inactive;
        break;
    case State::Preparing:
    case State::Connecting:
        cues.phase = ConversationPhase::Connecting;
        break;
    case State::Reconnecting:
        cues.phase = ConversationPhase::Reconnecting;
        break;
    case State::Live:
        cues.phase = ConversationPhase::Live;
        break;
    }
    cues.modelSpeaking = m_meter->isModelSpeaking();
    cues.microphoneMuted = m_muted;
    const VoiceState state = deriveVoiceState(cues);
    if (state == m_voiceState)
        return;
    m_voiceState = state;
    Q_EMIT voiceStateChanged();
}

} // namespace livedesk::app
