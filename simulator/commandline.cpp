#include "simulator/commandline.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QString error;

    // A non-negative number of seconds (fractions allowed) as milliseconds.
    bool seconds(const QCommandLineOption &option, int *ms)
    {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double s = parser.value(option).toDouble(&ok);
        if (!ok || s < 0 || !std::isfinite(s)
            || s * 1000 > double(std::numeric_limits<int>::max())) {
            error = u"--%1: expected a number of seconds, got \"%2\""_s.arg(option.names().first(),
                                                                            parser.value(option));
            return false;
        }
        *ms = int(std::lround(s * 1000));
        return true;
    }

    bool integer(const QCommandLineOption &option, int *out, int min, int max)
    {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < min || n > max) {
            error = u"--%1: expected an integer from %2 to %3, got \"%4\""_s
                            .arg(option.names().first())
                            .arg(min)
                            .arg(max)
                            .arg(parser.value(option));
            return false;
        }
        *out = n;
        return true;
    }
};

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    SimulatorOptions &o = result.options;
    Parser p;
    QCommandLineParser &parser = p.parser;
    parser.setApplicationDescription(
            u"A local stand-in for the Gemini Live API (BidiGenerateContent) for tests, benchmarks "
            "and the offline demo. The first line on standard output is \"listening on "
            "ws://HOST:PORT\". See docs/simulator.md."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                  u"address"_s);
    const QCommandLineOption port(u"port"_s, u"Port; 0 picks a free one (default 0)."_s, u"n"_s);
    const QCommandLineOption apiKey(u"api-key"_s,
                                    u"Accept only this API key (default: any non-empty key)."_s,
                                    u"key"_s);
    const QCommandLineOption scenario(u"scenario"_s,
                                      u"Scenario JSON file (default: the built-in demo)."_s,
                                      u"file"_s);
    const QCommandLineOption model(u"model"_s,
                                   u"Accept this model id (repeatable; replaces the default "
                                   "list of current Live models)."_s,
                                   u"id"_s);
    const QCommandLineOption anyModel(u"any-model"_s, u"Accept every model id."_s);
    const QCommandLineOption models(u"models"_s,
                                    u"Model profiles to check setups against, in the format of "
                                    "resources/models.json (default: the built-in table)."_s,
                                    u"file"_s);
    const QCommandLineOption
            noField(u"no-server-field"_s,
                    u"Do not send this server field (repeatable): sessionId, "
                    "waitingForInput, turnCompleteReason, interactionStatus, "
                    "interimTranscription, groundingMetadata, thoughts, speechState (Vertex)."_s,
                    u"name"_s);
    const QCommandLineOption faultRate(u"fault-rate"_s,
                                       u"After each model turn, close the connection with this "
                                       "probability (0 to 1) with 1008 or 1011, as the service "
                                       "does at random (default 0)."_s,
                                       u"p"_s);
    const QCommandLineOption faultCode(u"fault-code"_s,
                                       u"Close code of injected faults (repeatable; 1008 or "
                                       "1011; default both)."_s,
                                       u"code"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s,
                                       u"Seed of the fault injection, for a repeatable run."_s,
                                       u"n"_s);
    const QCommandLineOption textFrames(u"text-frames"_s,
                                        u"Send server JSON in text frames (default: binary, as "
                                        "the service does)."_s);
    const QCommandLineOption authHttp(u"auth-failure-http"_s,
                                      u"Refuse bad credentials with HTTP 401/403 instead of "
                                      "closing with 1007 after the upgrade."_s);
    const QCommandLineOption speed(u"speech-speed"_s,
                                   u"How much faster than real time replies are sent (default "
                                   "4; 0 sends them at once)."_s,
                                   u"factor"_s);
    const QCommandLineOption chunk(u"speech-chunk-ms"_s, u"Audio per reply chunk (default 40)."_s,
                                   u"ms"_s);
    const QCommandLineOption transcriptDelay(u"input-transcription-delay-ms"_s,
                                             u"Typical delay of inputTranscription (default "
                                             "150)."_s,
                                             u"ms"_s);
    const QCommandLineOption lifetime(u"connection-lifetime"_s,
                                      u"Close each connection (1011) after this long, with a "
                                      "goAway before it (default: never)."_s,
                                      u"seconds"_s);
    const QCommandLineOption goAwayNotice(u"go-away-notice"_s,
                                          u"goAway comes this long before the end (default 50)."_s,
                                          u"seconds"_s);
    const QCommandLineOption audioCap(u"audio-session-cap"_s,
                                      u"Session length cap without context compression "
                                      "(default 900; 0: none)."_s,
                                      u"seconds"_s);
    const QCommandLineOption videoCap(u"video-session-cap"_s,
                                      u"The same once video has been received (default 120)."_s,
                                      u"seconds"_s);
    const QCommandLineOption handleLifetime(u"handle-lifetime"_s,
                                            u"Resumption handles expire after this long "
                                            "(default 7200)."_s,
                                            u"seconds"_s);
    const QCommandLineOption setupDelay(u"setup-complete-delay-ms"_s,
                                        u"Hold setupComplete back this long."_s, u"ms"_s);
    const QCommandLineOption turnCompleteDelay(u"turn-complete-delay-ms"_s,
                                               u"Hold turnComplete back this long after "
                                               "generationComplete."_s,
                                               u"ms"_s);
    const QCommandLineOption pongDelay(u"pong-delay-ms"_s,
                                       u"Answer WebSocket pings this late (slow pong)."_s, u"ms"_s);
    const QCommandLineOption audioDuringTool(u"close-on-audio-during-tool-call"_s,
                                             u"Close 1008 \"The operation was aborted.\" when "
                                             "audio arrives while a tool call is pending."_s);
    const QCommandLineOption vertex(u"vertex"_s, u"Vertex AI flavour: candidatesTokenCount names, "
                                                 "voiceActivity events, transparent resumption."_s);
    const QCommandLineOption frameLog(u"frame-log"_s,
                                      u"Record every client frame as JSON lines in this file."_s,
                                      u"file"_s);
    parser.addOptions({help,
                       host,
                       port,
                       apiKey,
                       scenario,
                       model,
                       anyModel,
                       models,
                       noField,
                       faultRate,
                       faultCode,
                       faultSeed,
                       textFrames,
                       authHttp,
                       speed,
                       chunk,
                       transcriptDelay,
                       lifetime,
                       goAwayNotice,
                       audioCap,
                       videoCap,
                       handleLifetime,
                       setupDelay,
                       turnCompleteDelay,
                       pongDelay,
                       audioDuringTool,
                       vertex,
                       frameLog});

    auto error = [&result](const QString &text) {
        result.status = CommandLine::Status::Error;
        result.text = text;
        return result;
    };
    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(help)) {
        result.status = CommandLine::Status::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));

    if (parser.isSet(host)) {
        o.address = QHostAddress(parser.value(host));
        if (o.address.isNull())
            return error(u"--host: \"%1\" is not an IP address"_s.arg(parser.value(host)));
    }
    int portNumber = 0;
    if (!p.integer(port, &portNumber, 0, 65535))
        return error(p.error);
    o.port = quint16(portNumber);
    if (parser.isSet(apiKey)) {
        o.apiKey = parser.value(apiKey);
        if (o.apiKey.isEmpty())
            return error(u"--api-key: the key must not be empty"_s);
    }
    o.scenarioPath = parser.value(scenario);
    if (parser.isSet(anyModel))
        o.models.clear();
    else if (parser.isSet(model))
        o.models = parser.values(model);
    if (parser.isSet(textFrames))
        o.frameType = FrameType::Text;
    if (parser.isSet(authHttp))
        o.authFailureMode = AuthFailureMode::HttpStatus;
    if (parser.isSet(speed)) {
        bool ok = false;
        o.speechSpeedFactor = parser.value(speed).toDouble(&ok);
        if (!ok || o.speechSpeedFactor < 0 || !std::isfinite(o.speechSpeedFactor))
            return error(u"--speech-speed: expected a non-negative number"_s);
    }
    if (!p.integer(chunk, &o.speechChunkMs, 10, 1000)
        || !p.integer(transcriptDelay, &o.inputTranscriptionDelayMs, 0, 60000)
        || !p.seconds(lifetime, &o.connectionLifetimeMs)
        || !p.seconds(goAwayNotice, &o.goAwayNoticeMs) || !p.seconds(audioCap, &o.audioSessionCapMs)
        || !p.seconds(videoCap, &o.videoSessionCapMs)
        || !p.seconds(handleLifetime, &o.handleLifetimeMs)
        || !p.integer(setupDelay, &o.setupCompleteDelayMs, 0, 600000)
        || !p.integer(turnCompleteDelay, &o.turnCompleteDelayMs, 0, 600000)
        || !p.integer(pongDelay, &o.pongDelayMs, 0, 600000)) {
        return error(p.error);
    }
    o.modelTablePath = parser.value(models);
    for (const QString &name : parser.values(noField)) {
        ServerFields &f = o.serverFields;
        const std::pair<QString, bool ServerFields::*> fields[] = {
                {u"sessionId"_s, &ServerFields::sessionId},
                {u"waitingForInput"_s, &ServerFields::waitingForInput},
                {u"turnCompleteReason"_s, &ServerFields::turnCompleteReason},
                {u"interactionStatus"_s, &ServerFields::interactionStatus},
                {u"interimTranscription"_s, &ServerFields::interimTranscription},
                {u"groundingMetadata"_s, &ServerFields::groundingMetadata},
                {u"thoughts"_s, &ServerFields::thoughts},
                {u"speechState"_s, &ServerFields::speechState},
        };
        const auto it = std::find_if(std::begin(fields), std::end(fields),
                                     [&](const auto &entry) { return entry.first == name; });
        if (it == std::end(fields))
            return error(u"--no-server-field: unknown field \"%1\""_s.arg(name));
        f.*(it->second) = false;
    }
    if (parser.isSet(faultRate)) {
        bool ok = false;
        o.faultRate = parser.value(faultRate).toDouble(&ok);
        if (!ok || !std::isfinite(o.faultRate) || o.faultRate < 0 || o.faultRate > 1)
            return error(u"--fault-rate: expected a probability from 0 to 1, got \"%1\""_s.arg(
                    parser.value(faultRate)));
    }
    if (parser.isSet(faultCode)) {
        o.faultCloseCodes.clear();
        for (const QString &value : parser.values(faultCode)) {
            const int code = value.toInt();
            if (code != 1008 && code != 1011)
                return error(u"--fault-code: expected 1008 or 1011, got \"%1\""_s.arg(value));
            o.faultCloseCodes.append(code);
        }
    }
    int seed = 0;
    if (!p.integer(faultSeed, &seed, 0, std::numeric_limits<int>::max()))
        return error(p.error);
    o.faultSeed = quint32(seed);
    o.closeOnAudioDuringToolCall = parser.isSet(audioDuringTool);
    o.vertexFlavour = parser.isSet(vertex);
    o.frameLogPath = parser.value(frameLog);
    result.status = CommandLine::Status::Run;
    return result;
}

} // namespace livedesk::sim
