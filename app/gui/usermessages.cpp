#include "app/gui/usermessages.h"

namespace livedesk::app {

void UserMessages::showError(const UserFacingError &error)
{
    if (error.isEmpty() || error == m_error)
        return;
    m_errorMaker = nullptr;
    setError(error);
}

void UserMessages::showErrorFrom(const ErrorMaker &make)
{
    const UserFacingError error = make();
    if (error.isEmpty())
        return;
    m_errorMaker = make;
    setError(error);
}

void UserMessages::setError(const UserFacingError &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void UserMessages::dismissError()
{
    m_errorMaker = nullptr;
    if (m_error.isEmpty())
        return;
    m_error = {};
    Q_EMIT errorChanged();
}

void UserMessages::dismissAudioWarning(audio::AudioWarning warning)
{
    if (m_error.audioWarning == warning && warning != audio::AudioWarning::None)
        dismissError();
}

void UserMessages::addNote(const QString &note)
{
    appendNote(note, nullptr);
}

void UserMessages::addNoteFrom(const NoteMaker &make)
{
    appendNote(make(), make);
}

void UserMessages::appendNote(const QString &note, const NoteMaker &make)
{
    if (note.isEmpty() || m_notes.contains(note))
        return;
    m_notes.append(note);
    m_noteMakers.append(make);
    Q_EMIT notesChanged();
}

void UserMessages::dismissNote(int index)
{
    if (index < 0 || index >= m_notes.size())
        return;
    m_notes.removeAt(index);
    m_noteMakers.removeAt(index);
    Q_EMIT notesChanged();
}

void UserMessages::retranslate()
{
    if (m_errorMaker)
        m_error = m_errorMaker();
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_noteMakers.at(i))
            m_notes[i] = m_noteMakers.at(i)();
    }
    Q_EMIT notesChanged();
    Q_EMIT errorChanged();
}

} // namespace livedesk::app
