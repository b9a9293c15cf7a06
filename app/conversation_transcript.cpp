// Conversation: transcript attachment, recovery as the person sees it, and the end that waits
// for the last reply. Both front ends use these; what they show of them is theirs (the CLI
// prints its own lines, the app a banner and a Retry button).
#include "app/conversation.h"

#include "app/conversationbridge.h"
#include "app/conversationrecords.h"
#include "app/logging.h"
#include "app/transcript.h"
#include "tools/toolbox.h"

namespace livedesk::app {

void Conversation::attachTranscript(Transcript *transcript)
{
    Q_ASSERT(!m_transcript);
    m_transcript = transcript;
    if (!transcript)
        return;
    transcript->attach(m_session, m_bridge, m_toolbox ? m_toolbox->dispatcher() : nullptr);
    using session::LiveSession;
    connect(m_session, &LiveSession::reconnected, transcript, [transcript] {
        // Discreet: the user did nothing, the conversation simply went on.
        transcript->addNotice(NoticeKind::Reconnected, tr("Reconnected"));
    });
    connect(m_session, &LiveSession::contextRestored, transcript, [transcript](int turns) {
        transcript->addNotice(NoticeKind::ContextRestored,
                              tr("Context restored from the last %n turn(s): the model no "
                                 "longer remembers what it heard or saw before.",
                                 nullptr, turns));
    });
}

Transcript *Conversation::transcript() const
{
    return m_transcript;
}

// ---- Recovery ----

void Conversation::connectRecovery()
{
    using session::LiveSession;
    connect(m_session, &LiveSession::replyStalled, this,
            [this](session::StallCause, qint64 silentMs) { setReplyStalled(true, silentMs); });
    connect(m_session, &LiveSession::stalledChanged, this, [this](bool stalled) {
        if (!stalled)
            setReplyStalled(false, 0);
    });
    connect(m_session, &LiveSession::stateChanged, this, [this](LiveSession::State state) {
        if (state == LiveSession::State::Closed || state == LiveSession::State::Failed) {
            m_replyPlayout.stop();
            setReplyStalled(false, 0);
        }
    });
    m_replyPlayout.setInterval(50);
    connect(&m_replyPlayout, &QTimer::timeout, this, &Conversation::closeWhenReplyHeard);
}

void Conversation::setReplyStalled(bool stalled, qint64 silentMs)
{
    // A second watchdog turn while stalled says so again (the silence is longer now).
    if (!stalled && !m_replyStalled)
        return;
    m_replyStalled = stalled;
    Q_EMIT replyStalledChanged(stalled, silentMs);
}

bool Conversation::retryStalledTurn()
{
    return m_session->retryStalledTurn();
}

// ---- The end ----

void Conversation::setRecords(ConversationRecords *records)
{
    m_records = records;
}

void Conversation::end()
{
    switch (m_ending) {
    case Ending::Closing:
        return;
    case Ending::AwaitingReplyPlayout:
        // Asked again while the last reply plays into the recording: now.
        closeSession();
        return;
    case Ending::Running:
        break;
    }
    // The service sends a reply faster than it is spoken: ending while one plays would cut it
    // off the recording. The microphone stops at once; the session closes once the reply has
    // arrived and been heard. The playback has no signal for that: it is polled.
    if (m_records && m_session->isLive() && m_records->holdsEndForReply()) {
        m_ending = Ending::AwaitingReplyPlayout;
        m_bridge->setMicrophoneMuted(true);
        m_replyPlayoutClock.start();
        m_replyPlayout.start();
        return;
    }
    closeSession();
}

void Conversation::closeWhenReplyHeard()
{
    // Bounded: a reply that goes on and on is cut, as before.
    if (m_records && m_session->isLive() && m_records->holdsEndForReply()
        && m_replyPlayoutClock.elapsed() < kMaxReplyPlayoutMs)
        return;
    closeSession();
}

void Conversation::closeSession()
{
    m_ending = Ending::Closing;
    m_replyPlayout.stop();
    m_session->close();
}

} // namespace livedesk::app
