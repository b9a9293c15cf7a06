// A bounded text transcript of the conversation, kept by the session so that a conversation
// whose server-side state is gone (no handle, an expired handle, a refused resume, a session
// ended by its length cap) can continue in a fresh session seeded with it as clientContent
// history (live-protocol.md §4.1 step 4).
//
// User turns come from typed text and input transcription; model turns from output
// transcription or TEXT parts. A turn pair is committed at turnComplete; what is still under way
// is not part of history(), so a replayed question is not also sent as history. Bounded by turns
// and characters; the oldest go first.
#pragma once

#include "session/protocol/types.h"

#include <QList>
#include <QString>

namespace livedesk::session {

class ConversationTranscript
{
public:
    struct Limits
    {
        int maxTurns = 200;
        int maxCharacters = 40000; // roughly 10k tokens of history
    };

    ConversationTranscript() = default;
    explicit ConversationTranscript(Limits limits)
        : m_limits(limits)
    { }

    void addUserText(const QString &text); // a typed turn (whole)
    void addUserSpeech(const QString &chunk); // an inputTranscription chunk
    void addModelText(const QString &chunk); // an outputTranscription chunk or a TEXT part
    void endModelTurn(); // turnComplete: commits the pending user and model text
    // A model turn cut by a lost connection will be generated again: forget its partial text.
    void discardPendingModelText() { m_pendingModel.clear(); }
    void clear();

    // Committed turns as Content with roles "user"/"model", consecutive turns of one role merged,
    // starting with a user turn.
    QList<protocol::Content> history() const;
    int turnCount() const { return int(m_turns.size()); }
    qsizetype characters() const { return m_characters; }

private:
    struct Turn
    {
        bool model = false;
        QString text;
    };
    void commit(bool model, QString text);

    Limits m_limits;
    QList<Turn> m_turns;
    qsizetype m_characters = 0;
    QString m_pendingUser;
    QString m_pendingModel;
};

} // namespace livedesk::session
