#include "session/transcript.h"

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

void ConversationTranscript::addUserText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (!m_pendingUser.isEmpty())
        m_pendingUser += u'\n';
    m_pendingUser += t;
}

void ConversationTranscript::addUserSpeech(const QString &chunk)
{
    // Chunks carry their own leading spaces (live-protocol.md §4.5).
    m_pendingUser += chunk;
}

void ConversationTranscript::addModelText(const QString &chunk)
{
    m_pendingModel += chunk;
}

void ConversationTranscript::endModelTurn()
{
    commit(false, std::exchange(m_pendingUser, {}).simplified());
    commit(true, std::exchange(m_pendingModel, {}).simplified());
}

void ConversationTranscript::clear()
{
    m_turns.clear();
    m_characters = 0;
    m_pendingUser.clear();
    m_pendingModel.clear();
}

void ConversationTranscript::commit(bool model, QString text)
{
    if (text.isEmpty())
        return;
    if (!m_turns.isEmpty() && m_turns.last().model == model) {
        m_turns.last().text += u'\n' + text;
        m_characters += text.size() + 1;
    } else {
        m_characters += text.size();
        m_turns.append(Turn {model, std::move(text)});
    }
    while (!m_turns.isEmpty()
           && (m_turns.size() > m_limits.maxTurns || m_characters > m_limits.maxCharacters)) {
        if (m_turns.size() == 1) {
            // One turn longer than the whole budget: keep its end, the part nearest to now.
            Turn &only = m_turns.first();
            only.text = only.text.right(m_limits.maxCharacters);
            m_characters = only.text.size();
            break;
        }
        m_characters -= m_turns.constFirst().text.size();
        m_turns.removeFirst();
    }
}

QList<Content> ConversationTranscript::history() const
{
    QList<Content> out;
    for (const Turn &turn : m_turns) {
        if (out.isEmpty() && turn.model)
            continue; // history starts with the user
        out.append(Content {turn.model ? u"model"_s : u"user"_s, {Part {.text = turn.text}}});
    }
    return out;
}

} // namespace livedesk::session
