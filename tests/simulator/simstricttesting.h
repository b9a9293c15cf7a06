// Shared by the strict-service tests of the simulator (tst_simstrict: setups and input against
// each model's profile; tst_simstrict_session: tools, server fields, faults and the service's
// behaviours during a session): the model names, a scenario with a tool call, a simulator that
// replies at once, and readers of what the client received.
#pragma once

#include "simtestclient.h"

#include <cmath>
#include <numbers>

namespace simstrict {

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

inline const QString k25 = u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
inline const QString k31 = u"gemini-3.1-flash-live-preview"_s;
inline const QString k38 = u"gemini-3.8-live"_s;
inline const QString k38Thinking = u"gemini-3.8-live-extended-thinking"_s;
inline const QString kTranslate = u"gemini-3.5-live-translate-preview"_s;

inline const QByteArray kScenario = R"({
  "turns": [
    {"transcript": "hello", "reply": "Hello there."},
    {"transcript": "what time is it", "toolCall": {"name": "get_time", "args": {}},
     "reply": "It is {result.time}.", "fillerReply": "Let me check."},
    {"transcript": "hmm", "reply": ""}
  ],
  "afterLastTurn": "repeatLast"
})";

inline std::unique_ptr<Simulator> startSimulator(SimulatorOptions options = {})
{
    if (options.scenarioJson.isEmpty())
        options.scenarioJson = kScenario;
    options.speechSpeedFactor = 0; // replies at once: these tests are about messages
    options.inputTranscriptionDelayMs = 10;
    return startedSimulator(options);
}

// A 440 Hz tone at 16 kHz: loud enough for the simulator's energy VAD, no espeak-ng needed.
inline QByteArray tonePcm16k(int ms)
{
    QByteArray pcm(qsizetype(ms) * 16 * 2, Qt::Uninitialized);
    auto *samples = reinterpret_cast<qint16 *>(pcm.data());
    for (qsizetype i = 0; i < pcm.size() / 2; ++i)
        samples[i] = qint16(8000 * std::sin(2 * std::numbers::pi * 440 * double(i) / 16000));
    return pcm;
}

inline QByteArray functionSetup(const QByteArray &behavior)
{
    const QByteArray field = behavior.isEmpty() ? QByteArray()
                                                : R"(,"behavior":")" + behavior + '"';
    return R"({"outputAudioTranscription":{},"tools":[{"functionDeclarations":[
        {"name":"get_time","description":"The time")"
           + field + R"(}]}]})";
}

} // namespace simstrict
