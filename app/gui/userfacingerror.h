// Errors in plain language with the one action that fixes them: a refused key opens the key
// field, an exhausted quota says to try later, an unknown model opens the model list, a missing
// microphone opens the device list. The server's own words stay available as the details line.
#pragma once

#include "audio/audiotypes.h"
#include "session/sessionerror.h"

#include <QObject>
#include <QString>

namespace livedesk::app {

class UserFacingError
{
    Q_GADGET

public:
    enum class Action {
        None,
        EnterKey, // open the settings at the API key
        OpenSettings, // open the settings at the connection
        ChooseModel,
        ChooseMicrophone,
        ChooseSpeaker,
        ChooseCamera,
        Retry, // start the conversation again
        TryLater, // nothing to do now (quota)
        RetryTurn, // the reply stalled: send the turn again (LiveSession::retryStalledTurn)
    };
    Q_ENUM(Action)

    enum class Severity { None, Note, Warning, Error };
    Q_ENUM(Severity)

    Severity severity = Severity::None;
    QString title; // one short line
    QString text; // what happened and what to do
    QString details; // the server's words (verbatim), close code, HTTP status
    Action action = Action::None;
    // For the audio engine's warnings: which one (the controller takes a warning back when its
    // cause is over).
    audio::AudioWarning audioWarning = audio::AudioWarning::None;

    bool isEmpty() const { return severity == Severity::None; }
    friend bool operator==(const UserFacingError &, const UserFacingError &) = default;
};

UserFacingError describeSessionError(const session::SessionError &error, const QString &modelId);
// Device and processing warnings from the audio engine; EchoCancellationUnavailable is a quiet
// note, the others are warnings with a device action.
UserFacingError describeAudioWarning(audio::AudioWarning warning, const QString &engineText);
UserFacingError describeAudioError(const QString &engineText);
UserFacingError describeVideoError(const QString &engineText, bool camera);
// The button text for an action ("Enter key", "Choose a model", …); empty for None.
QString actionText(UserFacingError::Action action);

} // namespace livedesk::app
