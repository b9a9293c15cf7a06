// Registers the app's C++ types (app/gui, which does not depend on QML) in the LiveDesk.Ui
// module. The AppController is a singleton whose instance the host provides per engine
// (provideController); everything else is reached through it and cannot be created from QML.
#pragma once

#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/buildinfo.h"
#include "app/gui/choicemodels.h"
#include "app/gui/conversationview.h"
#include "app/gui/devicemodel.h"
#include "app/gui/historymodels.h"
#include "app/gui/listensources.h"
#include "app/gui/modelistmodel.h"
#include "app/gui/modelnotice.h"
#include "app/gui/pageregistry.h"
#include "app/gui/secretstore.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/toolconfirmation.h"
#include "app/gui/transcriptmodel.h"
#include "app/gui/uilanguage.h"
#include "app/gui/userfacingerror.h"
#include "app/gui/usermessages.h"
#include "app/gui/videocontrol.h"
#include "app/gui/voicemeter.h"
#include "app/history/recordingcontroller.h"
#include "app/translationcaptions.h"

#include <QtQml/qqml.h>

class QJSEngine;
class QQmlEngine;

namespace livedesk::ui {

// Makes `controller` (not owned; it must outlive the engine) the AppController singleton of
// `engine`. Call before loading any QML that uses it.
void provideController(QQmlEngine *engine, app::AppController *controller);

struct AppControllerForeign
{
    Q_GADGET
    QML_FOREIGN(livedesk::app::AppController)
    QML_NAMED_ELEMENT(AppController)
    QML_SINGLETON
    // AppController.VoiceState.Speaking: the one VoiceState of app/voicestate.h.
    QML_EXTENDED_NAMESPACE(livedesk::app::voice)

public:
    static app::AppController *create(QQmlEngine *engine, QJSEngine *);
};

#define LIVEDESK_QML_UNCREATABLE(Type) \
    struct Type##Foreign \
    { \
        Q_GADGET \
        QML_FOREIGN(livedesk::app::Type) \
        QML_NAMED_ELEMENT(Type) \
        QML_UNCREATABLE("Provided by the AppController") \
    };

LIVEDESK_QML_UNCREATABLE(AppSettings)
LIVEDESK_QML_UNCREATABLE(SecretStore)
LIVEDESK_QML_UNCREATABLE(TranscriptModel)
LIVEDESK_QML_UNCREATABLE(ToolCallModel)
LIVEDESK_QML_UNCREATABLE(ToolConfirmation)
LIVEDESK_QML_UNCREATABLE(DeviceModel)
LIVEDESK_QML_UNCREATABLE(ListenSourceModel)
LIVEDESK_QML_UNCREATABLE(ModelListModel)
LIVEDESK_QML_UNCREATABLE(ModelNotice)
LIVEDESK_QML_UNCREATABLE(ChoiceModel)
LIVEDESK_QML_UNCREATABLE(PageRegistry)
LIVEDESK_QML_UNCREATABLE(BuildInfo)
LIVEDESK_QML_UNCREATABLE(UiLanguage)
LIVEDESK_QML_UNCREATABLE(VoiceMeter)
LIVEDESK_QML_UNCREATABLE(VideoControl)
LIVEDESK_QML_UNCREATABLE(ModeListModel)
LIVEDESK_QML_UNCREATABLE(HistoryListModel)
LIVEDESK_QML_UNCREATABLE(HistorySessionModel)
LIVEDESK_QML_UNCREATABLE(RecordingController)
LIVEDESK_QML_UNCREATABLE(CaptionsModel)
LIVEDESK_QML_UNCREATABLE(ConversationView)
LIVEDESK_QML_UNCREATABLE(UserMessages)

#undef LIVEDESK_QML_UNCREATABLE

// The conversation's figures, read whole: AppController.conversation.statistics.totalTokens.
struct ConversationStatisticsForeign
{
    Q_GADGET
    QML_FOREIGN(livedesk::app::ConversationStatistics)
    QML_VALUE_TYPE(conversationStatistics)
    QML_UNCREATABLE("Provided by the AppController")
};

// UserFacingError's enums (Action, Severity) for QML: UserFacingError.EnterKey, …
namespace UserFacingErrorForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(livedesk::app::UserFacingError)
QML_NAMED_ELEMENT(UserFacingError)
} // namespace UserFacingErrorForeign

} // namespace livedesk::ui
