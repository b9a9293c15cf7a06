// Helpers shared by the conversation tests (tst_conversation, tst_conversationrecords,
// tests/tools/tst_toolbox): a session config against a local endpoint, a conversation against
// the in-process simulator, and files written into a test's temporary folder.
#pragma once

#include "app/conversation.h"
#include "app/sessionconfig.h"
#include "session/modelcatalog.h"
#include "simulator/simulator.h"
#include "tests/testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtGlobal>

#include <optional>

namespace livedesk::testing {

// The built-in model table's config for `model` at `endpoint`, answering in text (no speech
// needed: quick turns). Null, with a warning saying why, when the table refuses it.
inline std::optional<app::SessionConfig> conversationConfig(const QString &model,
                                                            const QString &endpoint)
{
    app::SessionSettings s;
    s.model = model;
    s.endpoint = endpoint;
    s.apiKey = QStringLiteral("test");
    s.responseModality = protocol::Modality::Text;
    QString error;
    auto config = app::buildSessionConfig(s, session::ModelCatalog::builtIn(), &error);
    if (!config)
        qWarning() << error;
    return config;
}

// The model most conversation tests speak to: the simulator's default, with clientContent
// history seeding.
inline const QString kNativeAudioModel = QStringLiteral(
        "gemini-2.5-flash-native-audio-preview-12-2025");

// How long a conversation may take to become live on a busy machine.
constexpr int kLiveTimeoutMs = 20000;

// The set-up most conversation tests share: livedesk-sim in-process and one app::Conversation
// configured for it (the model's table entry, answering in text). Between prepare() and
// openLive() a test changes what it needs: config(), the talk mode, tools, a transcript.
class SimulatedConversation
{
public:
    sim::Simulator simulator; // declared first: it outlives the conversation talking to it
    app::Conversation conversation;

    // Starts the simulator and gives the conversation its config; false, with a warning saying
    // why, when either fails.
    [[nodiscard]] bool prepare(const QString &model = kNativeAudioModel)
    {
        QString error;
        if (!simulator.start(&error)) {
            qWarning() << "the simulator does not listen:" << error;
            return false;
        }
        const auto config = conversationConfig(model, simulator.url().toString());
        if (!config)
            return false;
        conversation.setConfig(*config);
        return true;
    }

    // Opens the conversation and waits until it is live.
    [[nodiscard]] bool openLive()
    {
        return conversation.open()
               && QTest::qWaitFor([this] { return conversation.session().isLive(); },
                                  kLiveTimeoutMs);
    }

    app::SessionConfig &config() { return conversation.config(); }
    session::LiveSession &session() { return conversation.session(); }
};

} // namespace livedesk::testing
