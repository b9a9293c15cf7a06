#include "app/gui/userfacingerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(livedesk::app::ErrorText)
};

using Action = UserFacingError::Action;
using Severity = UserFacingError::Severity;
using Category = session::SessionError::Category;

QString detailsOf(const session::SessionError &error)
{
    QStringList parts;
    if (!error.reason.isEmpty())
        parts << error.reason;
    if (error.closeCode)
        parts << ErrorText::tr("close code %1").arg(error.closeCode);
    if (error.httpStatus)
        parts << ErrorText::tr("HTTP %1").arg(error.httpStatus);
    return parts.join(u" · "_s);
}

bool mentionsModel(const QString &reason)
{
    const QString r = reason.toLower();
    return r.contains(u"model") || r.contains(u"not found") || r.contains(u"not supported");
}

} // namespace

UserFacingError describeSessionError(const session::SessionError &error, const QString &modelId)
{
    UserFacingError e;
    e.severity = Severity::Error;
    e.details = detailsOf(error);
    switch (error.category) {
    case Category::None:
        return {};
    case Category::Auth:
        e.title = ErrorText::tr("The API key was not accepted");
        e.text = ErrorText::tr("Check that the key is complete and belongs to a project with the "
                               "Gemini API enabled, then enter it again.");
        e.action = Action::EnterKey;
        break;
    case Category::Quota:
        e.title = ErrorText::tr("Usage limit reached");
        e.text = ErrorText::tr("Your project has used its quota or has too many conversations "
                               "open. Try again in a few minutes.");
        e.action = Action::TryLater;
        break;
    case Category::ModelConfig:
        if (mentionsModel(error.reason) && !error.reason.contains(u"session", Qt::CaseInsensitive)) {
            e.title = ErrorText::tr("The model is not available");
            e.text = modelId.isEmpty()
                             ? ErrorText::tr("The service does not offer this model for live "
                                             "conversations. Choose another model.")
                             : ErrorText::tr(
                                       "The service does not offer “%1” for live conversations. "
                                       "Choose another model.")
                                       .arg(modelId);
            e.action = Action::ChooseModel;
        } else {
            e.title = ErrorText::tr("The settings were not accepted");
            e.text = ErrorText::tr("The service refused this combination of settings. Check the "
                                   "model and its options.");
            e.action = Action::OpenSettings;
        }
        break;
    case Category::Network:
        e.title = ErrorText::tr("No connection");
        e.text = ErrorText::tr("LiveDesk cannot reach the service. Check your internet "
                               "connection and try again.");
        e.action = Action::Retry;
        break;
    case Category::Server:
        e.title = ErrorText::tr("The service had a problem");
        e.text = ErrorText::tr("The conversation ended on the service's side. Start it again.");
        e.action = Action::Retry;
        break;
    case Category::Policy:
        e.title = ErrorText::tr("The service refused the conversation");
        e.text = ErrorText::tr("This may be a regional restriction or a content policy. The "
                               "details below say what the service reported.");
        e.action = Action::OpenSettings;
        break;
    case Category::Timeout:
        e.title = ErrorText::tr("The service did not answer");
        e.text = ErrorText::tr("The conversation could not start in time. Try again.");
        e.action = Action::Retry;
        break;
    case Category::Protocol:
        e.severity = Severity::Note;
        e.title = ErrorText::tr("A message from the service was skipped");
        e.text = ErrorText::tr("The conversation goes on.");
        e.action = Action::None;
        break;
    }
    return e;
}

UserFacingError describeAudioWarning(audio::AudioWarning warning, const QString &engineText)
{
    UserFacingError e;
    e.severity = Severity::Warning;
    e.details = engineText;
    e.audioWarning = warning;
    switch (warning) {
    case audio::AudioWarning::None:
        return {};
    case audio::AudioWarning::NoMicrophoneSignal:
        e.title = ErrorText::tr("The microphone is silent");
        e.text = ErrorText::tr("No sound arrives from the microphone. It may be muted in the "
                               "system or unplugged; choose another one if needed.");
        e.action = Action::ChooseMicrophone;
        break;
    case audio::AudioWarning::InputDeviceLost:
        e.title = ErrorText::tr("Microphone disconnected");
        e.text = ErrorText::tr("LiveDesk switched to the system's default microphone.");
        e.action = Action::ChooseMicrophone;
        break;
    case audio::AudioWarning::OutputDeviceLost:
        e.title = ErrorText::tr("Speaker disconnected");
        e.text = ErrorText::tr("LiveDesk switched to the system's default speaker.");
        e.action = Action::ChooseSpeaker;
        break;
    case audio::AudioWarning::InputDeviceFailed:
        e.title = ErrorText::tr("The microphone could not be used");
        e.text = ErrorText::tr("Choose another microphone.");
        e.action = Action::ChooseMicrophone;
        break;
    case audio::AudioWarning::OutputDeviceFailed:
        e.title = ErrorText::tr("The speaker could not be used");
        e.text = ErrorText::tr("Choose another speaker.");
        e.action = Action::ChooseSpeaker;
        break;
    case audio::AudioWarning::EchoCancellationUnavailable:
        e.severity = Severity::Note;
        e.title = ErrorText::tr("Echo cancellation is not available");
        e.text = ErrorText::tr("Use headphones so the model does not hear itself.");
        break;
    case audio::AudioWarning::SpeechRateUnavailable:
        e.severity = Severity::Note;
        e.title = ErrorText::tr("Speech rate cannot be changed");
        e.text = ErrorText::tr("The model speaks at its normal rate.");
        break;
    case audio::AudioWarning::CaptureOverflow:
        e.severity = Severity::Note;
        e.title = ErrorText::tr("Some microphone audio was lost");
        e.text = ErrorText::tr("The computer was too busy for a moment.");
        break;
    }
    return e;
}

UserFacingError describeAudioError(const QString &engineText)
{
    UserFacingError e;
    e.severity = Severity::Error;
    e.title = ErrorText::tr("No microphone or speaker");
    e.text = ErrorText::tr("LiveDesk could not open any audio device. Connect one or choose "
                           "another.");
    e.details = engineText;
    e.action = Action::ChooseMicrophone;
    return e;
}

UserFacingError describeVideoError(const QString &engineText, bool camera)
{
    UserFacingError e;
    e.severity = Severity::Warning;
    e.title = camera ? ErrorText::tr("The camera could not be shared")
                     : ErrorText::tr("The screen could not be shared");
    e.text = engineText;
    e.action = camera ? Action::ChooseCamera : Action::None;
    return e;
}

QString actionText(UserFacingError::Action action)
{
    switch (action) {
    case Action::None:
        return {};
    case Action::EnterKey:
        return ErrorText::tr("Enter key");
    case Action::OpenSettings:
        return ErrorText::tr("Open settings");
    case Action::ChooseModel:
        return ErrorText::tr("Choose a model");
    case Action::ChooseMicrophone:
        return ErrorText::tr("Choose a microphone");
    case Action::ChooseSpeaker:
        return ErrorText::tr("Choose a speaker");
    case Action::ChooseCamera:
        return ErrorText::tr("Choose a camera");
    case Action::Retry:
        return ErrorText::tr("Try again");
    case Action::TryLater:
        return ErrorText::tr("OK");
    case Action::RetryTurn:
        return ErrorText::tr("Ask again");
    }
    return {};
}

} // namespace livedesk::app
