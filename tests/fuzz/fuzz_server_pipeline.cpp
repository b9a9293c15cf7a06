// libFuzzer target: server messages through everything that consumes them, not only the decoder
// (fuzz_server_message). The input is split at '\n' into up to 16 frames, fed in order to a
// LiveSession that is Live, so sequences (content, interruption, turnComplete, goAway, tool calls)
// are reached. What the session emits goes where the app sends it: model audio through the soxr
// resampler (to 48 kHz, as the playback and the reply WAV take it) and the CLI's recording
// timeline (ListenerTimeline: 24 → 16 kHz, RecordingTap), text and transcriptions into the
// session's transcript (read back as history), tool calls through the ToolDispatcher (schema
// check, a synchronous echo tool) and the responses through the client encoder.
//
// Found on its first runs: see tests/fuzz/README.md.
#include "app/cli/recordscli_timeline.h"
#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "audio/recordingtap.h"
#include "session/livesession.h"
#include "session/protocol/codec.h"
#include "tools/confirmation.h"
#include "tools/tooldispatcher.h"
#include "tools/toolhandler.h"
#include "tools/toolregistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace livedesk::session {

// Friend of LiveSession: frames go straight into handleFrame() of a session made Live without a
// socket (reconnects off, so an end the input provokes is a plain Failed).
struct LiveSessionFuzzer
{
    static void makeLive(LiveSession &session)
    {
        LiveSessionOptions options;
        options.reconnect = ReconnectMode::Off;
        options.networkWatch = NetworkWatch::Ignore;
        session.setOptions(options);
        session.m_state = LiveSession::State::Live;
        // A connection past its setupComplete, without a socket: nothing is written back.
        auto *connection = new LiveConnection(session.m_scrubber, &session);
        connection->m_state = LiveConnection::State::Open;
        connection->m_openedAtMs = 0;
        session.m_connection = connection;
        session.m_everLive = true;
    }
    static void feed(LiveSession &session, const QByteArray &frame) { session.handleFrame(frame); }
};

} // namespace livedesk::session

namespace {

// Answers at once with its arguments: the dispatcher's whole path without threads or side effects.
class EchoHandler : public tools::ToolHandler
{
public:
    void start(tools::ToolInvocation *invocation) override
    {
        invocation->succeed(QJsonObject {{u"echo"_s, invocation->arguments()}});
    }
};

struct Fixture
{
    Fixture()
    {
        // The session and the dispatcher log every skipped frame; the fuzzer needs its speed.
        QLoggingCategory::setFilterRules(u"*=false"_s);
        for (const char *name : {"echo", "get_time"}) {
            tools::ToolSpec spec;
            spec.declaration.name = QString::fromLatin1(name);
            spec.declaration.description = u"fuzz"_s;
            spec.declaration.parametersJsonSchema
                    = QJsonDocument::fromJson(R"({"type":"object","properties":{"text":)"
                                              R"({"type":"string","maxLength":64}}})")
                              .object();
            spec.handler = std::make_shared<EchoHandler>();
            spec.safety = tools::ToolSafety::ReadOnly;
            registry.add(spec);
        }
        policy.setDefaultRule(tools::ApprovalRule::AllowAlways);
    }

    tools::ToolRegistry registry;
    tools::ConfirmationPolicy policy;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_server_pipeline";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture fixture;

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    session::LiveSession live;
    session::LiveSessionFuzzer::makeLive(live);
    app::ListenerTimeline timeline(&live, QByteArray(320, '\0'));
    timeline.setRecordingTap(std::make_shared<audio::RecordingTap>(1));
    timeline.start();
    tools::ToolDispatcher dispatcher(&fixture.registry);
    dispatcher.setConfirmationPolicy(&fixture.policy);

    QObject::connect(&live, &session::LiveSession::audioReceived, &live,
                     [](const QByteArray &pcm, int sampleRate) {
                         const auto converted = dsp::resample(dsp::s16BytesToFloat(pcm), sampleRate,
                                                              48000, 1);
                         (void) dsp::floatToS16Bytes(converted);
                     });
    QObject::connect(&live, &session::LiveSession::toolCallReceived, &dispatcher,
                     &tools::ToolDispatcher::handleToolCall);
    QObject::connect(&live, &session::LiveSession::toolCallCancelled, &dispatcher,
                     [&dispatcher](const QStringList &ids) {
                         dispatcher.handleCancellation(protocol::ToolCallCancellation {ids});
                     });
    QObject::connect(&dispatcher, &tools::ToolDispatcher::responseReady, &live,
                     [](const protocol::ToolResponse &response) {
                         (void) protocol::encodeClientMessage(response);
                     });

    int frames = 0;
    for (const QByteArray &frame : input.split('\n')) {
        if (++frames > 16 || live.state() != session::LiveSession::State::Live)
            break;
        session::LiveSessionFuzzer::feed(live, frame);
    }
    QCoreApplication::processEvents();
    (void) live.transcript().history();
    timeline.stop();
    dispatcher.abandonAll();
    return 0;
}
