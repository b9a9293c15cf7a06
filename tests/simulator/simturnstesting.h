// Shared by the turn-taking tests of the simulator (tst_simturns: speech, manual activity, text,
// clientContent and translation turns, usage; tst_simturns_tools: tool calls and interruptions):
// the scenarios, a simulator that speaks fast, the tools' setup and a reader of the messages.
#pragma once

#include "simtestclient.h"

namespace simturns {

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

inline const QByteArray kScenario = R"({
  "name": "turn tests",
  "turns": [
    {"transcript": "hello simulator", "reply": "Hi there, I can hear you."},
    {"transcript": "what time is it", "toolCall": {"name": "get_time", "args": {"zone": "UTC"}},
     "reply": "It is {result} now.", "fallbackReply": "I have no clock."},
    {"transcript": "thanks", "reply": "You are welcome, {turn} turns so far."}
  ],
  "afterLastTurn": "cycle"
})";

// A reply long enough to still be speaking when the test barges in.
inline const QByteArray kLongScenario = R"({
  "turns": [
    {"transcript": "tell me a story", "reply": "Once upon a time there was a simulator that talked and talked about nothing in particular, on and on, for a good long while, until somebody finally interrupted it."},
    {"transcript": "stop", "reply": "Alright, I will stop."},
    {"transcript": "check the weather", "toolCall": {"name": "get_weather", "args": {"city": "Paris"}},
     "reply": "It is {result.tempC} degrees.", "fillerReply": "Let me look that up."}
  ],
  "afterLastTurn": "repeatLast"
})";

inline const QByteArray kVadSetup = R"({"inputAudioTranscription":{},"outputAudioTranscription":{},
  "realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":300}}})";

inline std::unique_ptr<Simulator> startSimulator(const QByteArray &scenario, double speed = 50,
                                                 SimulatorOptions options = {})
{
    options.scenarioJson = scenario;
    options.speechSpeedFactor = speed;
    options.inputTranscriptionDelayMs = 20;
    return startedSimulator(options);
}

// 3.1 Flash Live (the default here) has blocking functions only and no behavior field; a
// NON_BLOCKING declaration goes to 2.5 native audio, which has them (models.json).
inline QByteArray toolsSetup(const QByteArray &behavior = "BLOCKING")
{
    const bool nonBlocking = behavior == "NON_BLOCKING";
    return R"({"outputAudioTranscription":{},"tools":[{"functionDeclarations":[
        {"name":"get_time","description":"The time"},
        {"name":"get_weather","description":"Weather")"
           + (nonBlocking ? R"(,"behavior":"NON_BLOCKING")"_ba : QByteArray()) + R"(}]}])"
           + (nonBlocking ? R"(,"model":"models/gemini-2.5-flash-native-audio-preview-12-2025")"_ba
                          : QByteArray())
           + "}";
}

// No model of the table answers in TEXT (native audio only); a model outside the table is
// taken unchecked, as a newer model would be.
inline const QString kTextModel = u"gemini-live-text-test"_s;

inline qsizetype lastIndex(const Client &client, bool (*match)(const ServerMessage &))
{
    for (qsizetype i = client.messages.size() - 1; i >= 0; --i) {
        if (match(client.messages.at(i)))
            return i;
    }
    return -1;
}

// How long a check that something does NOT happen waits. The in-process simulator answers within
// milliseconds of a message; half a second is meaningful even on a loaded machine.
inline constexpr int kNothingMs = 500;

} // namespace simturns
