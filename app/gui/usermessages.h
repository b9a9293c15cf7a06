// The error banner and the notes, for the whole app (AppController::messages): an error from
// starting a conversation, its end, the devices or the settings, and the quiet notes beside it.
// Both are made by functions where they can be, so a change of the interface language says them
// again in the new one (retranslate()).
#pragma once

#include "app/gui/userfacingerror.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace livedesk::app {

class UserMessages : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(livedesk::app::UserFacingError::Severity errorSeverity READ errorSeverity NOTIFY
                       errorChanged)
    Q_PROPERTY(QString errorTitle READ errorTitle NOTIFY errorChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetails READ errorDetails NOTIFY errorChanged)
    Q_PROPERTY(
            livedesk::app::UserFacingError::Action errorAction READ errorAction NOTIFY errorChanged)
    Q_PROPERTY(QString errorActionText READ errorActionText NOTIFY errorChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY notesChanged)

public:
    using ErrorMaker = std::function<UserFacingError()>;
    using NoteMaker = std::function<QString()>;

    explicit UserMessages(QObject *parent = nullptr)
        : QObject(parent)
    { }

    const UserFacingError &error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    UserFacingError::Severity errorSeverity() const { return m_error.severity; }
    QString errorTitle() const { return m_error.title; }
    QString errorText() const { return m_error.text; }
    QString errorDetails() const { return m_error.details; }
    UserFacingError::Action errorAction() const { return m_error.action; }
    QString errorActionText() const { return actionText(m_error.action); }
    QStringList notes() const { return m_notes; }

    // An error in the words of the moment (not said again in another language).
    void showError(const UserFacingError &error);
    // An error made by `make`, made again when the language changes.
    void showErrorFrom(const ErrorMaker &make);
    void addNote(const QString &note);
    void addNoteFrom(const NoteMaker &make);
    // Takes the banner down when it shows `warning` (its cause is over).
    void dismissAudioWarning(audio::AudioWarning warning);
    // The banner and the notes in the interface's language of now.
    void retranslate();

public Q_SLOTS:
    void dismissError();
    void dismissNote(int index);

Q_SIGNALS:
    void errorChanged();
    void notesChanged();

private:
    void setError(const UserFacingError &error);
    void appendNote(const QString &note, const NoteMaker &make);

    UserFacingError m_error;
    ErrorMaker m_errorMaker; // null: the error is not made again in another language
    QStringList m_notes;
    QList<NoteMaker> m_noteMakers; // one per note; null: not made again
};

} // namespace livedesk::app
