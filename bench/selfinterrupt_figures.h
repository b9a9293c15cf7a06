// bench_selfinterrupt's figures per echo path, and their report (printed and as JSON).
#pragma once

#include "bench/selfinterrupt_support.h"

#include <QJsonObject>

namespace livedesk::bench {

inline constexpr double kLevelsDb[] = {-6.0, 0.0, 6.0}; // barge-ins relative to the echo

struct BargeInResult
{
    double levelDb = 0;
    bool caughtBySim = false;
    bool caughtLocally = false;
    double onsetToSimMs = -1; // −1: not measured; the simulator's `interrupted` received
    double onsetToLocalMs = -1; // the local duck/stop
    double onsetToDecidingFrameMs = -1; // the microphone frame the local decision was made on
    double eventAfterActionMs = 0; // the CLI's event written this long after the action
    double onsetToPlayMs = -1; // paplay's start to the onset in the microphone feed
    bool modelSpeaking = true; // else its own voice had interrupted it: nothing to barge in on
    // A local duck/stop in the reply before the speech, with the model still ducked at the
    // onset (within the confirmation window): a false barge-in, after which the real one has
    // nothing left to act on locally.
    double falseActionBeforeOnsetMs = -1;
    bool alreadyDucked = false;
};

struct PathFigures
{
    int latencyMs = 0;
    double echoDbfs = 0;
    int quietTurns = 0;
    int selfInterruptions = 0; // the simulator's log
    int interruptedEvents = 0; // the CLI's events, for cross-checking
    int phantomTurns = 0;
    int localFalseBargeIns = 0; // in the quiet turns
    int localFalseBargeInsBeforeBargeIns = 0; // in the barge-in turns' replies, before the speech
    int bargeInTurnsInterruptedBefore = 0; // before the speech began, in barge-in turns
    ResidualEcho residual; // the quiet turns' run, with --record
    int firstReplies = 0; // the first reply of each livedesk-cli run
    int firstRepliesInterrupted = 0;
    QList<BargeInResult> bargeIns;
};

// Prints the path's figures and returns them for --json.
QJsonObject report(const PathFigures &f);

} // namespace livedesk::bench
