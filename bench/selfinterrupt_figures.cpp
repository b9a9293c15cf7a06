#include "bench/selfinterrupt_figures.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace livedesk::bench {

QJsonObject report(const PathFigures &f)
{
    printf("\nloopback %d ms, echo %.1f dBFS (speech level) in the microphone feed\n", f.latencyMs,
           f.echoDbfs);
    printf("  quiet turns: %d; self-interruptions (simulator's log): %d (the CLI got %d "
           "interrupted); phantom turns: %d; local false barge-ins: %d\n",
           f.quietTurns, f.selfInterruptions, f.interruptedEvents, f.phantomTurns,
           f.localFalseBargeIns);
    printf("  first replies of a livedesk-cli run (counted apart): %d, interrupted: %d\n",
           f.firstReplies, f.firstRepliesInterrupted);
    QJsonObject residual;
    if (f.residual.replies > 0) {
        auto percentile = [](std::vector<float> v, double q) {
            std::sort(v.begin(), v.end());
            return v.empty() ? -120.0
                             : double(v[std::min(v.size() - 1, size_t(q * double(v.size())))]);
        };
        const ResidualEcho &r = f.residual;
        printf("  residual echo sent while the model spoke (quiet run, recorded): %d of %d replies "
               "had ≥ 20 ms at ≥ −45 dBFS (%d of %d frames); loudest frame per reply, first "
               "second: median %.1f, worst %.1f dBFS; after it: median %.1f, worst %.1f dBFS\n",
               r.repliesOverThreshold, r.replies, r.framesOverThreshold, r.frames,
               percentile(r.firstSecondMaxDbfs, 0.5), percentile(r.firstSecondMaxDbfs, 1.0),
               percentile(r.laterMaxDbfs, 0.5), percentile(r.laterMaxDbfs, 1.0));
        residual = {{u"replies"_s, r.replies},
                    {u"replies_over_threshold"_s, r.repliesOverThreshold},
                    {u"frames"_s, r.frames},
                    {u"frames_over_threshold"_s, r.framesOverThreshold},
                    {u"first_second_max_dbfs_median"_s, percentile(r.firstSecondMaxDbfs, 0.5)},
                    {u"first_second_max_dbfs_worst"_s, percentile(r.firstSecondMaxDbfs, 1.0)},
                    {u"later_max_dbfs_median"_s, percentile(r.laterMaxDbfs, 0.5)},
                    {u"later_max_dbfs_worst"_s, percentile(r.laterMaxDbfs, 1.0)}};
    }
    QJsonObject out {{u"latency_ms"_s, f.latencyMs},
                     {u"echo_dbfs"_s, f.echoDbfs},
                     {u"quiet_turns"_s, f.quietTurns},
                     {u"self_interruptions"_s, f.selfInterruptions},
                     {u"interrupted_events"_s, f.interruptedEvents},
                     {u"phantom_turns"_s, f.phantomTurns},
                     {u"local_false_barge_ins"_s, f.localFalseBargeIns},
                     {u"first_replies"_s, f.firstReplies},
                     {u"first_replies_interrupted"_s, f.firstRepliesInterrupted},
                     {u"barge_in_turns_interrupted_before_speech"_s,
                      f.bargeInTurnsInterruptedBefore}};
    QJsonArray levels;
    int allN = 0, allSim = 0, allWithin = 0, allYielded = 0, silent = 0, ducked = 0;
    for (const double level : kLevelsDb) {
        QList<double> toSim, toLocal, leads;
        int n = 0, sim = 0, local = 0, within = 0, yielded = 0;
        for (const BargeInResult &r : f.bargeIns) {
            if (r.levelDb != level)
                continue;
            if (!r.modelSpeaking) {
                ++silent;
                continue;
            }
            if (r.alreadyDucked) {
                ++ducked;
                continue;
            }
            ++n;
            sim += r.caughtBySim;
            local += r.caughtLocally;
            if (r.onsetToSimMs >= 0)
                toSim << r.onsetToSimMs;
            if (r.onsetToSimMs >= 0 && r.onsetToSimMs <= 150)
                ++within;
            if (r.onsetToLocalMs >= 0)
                toLocal << r.onsetToLocalMs;
            // What the user hears: the model ducked or stopped by the client, or interrupted by
            // the service, whichever came first; and the service did take the turn.
            const bool localInTime = r.onsetToLocalMs >= 0 && r.onsetToLocalMs <= 150;
            const bool simInTime = r.onsetToSimMs >= 0 && r.onsetToSimMs <= 150;
            if (r.caughtBySim && (localInTime || simInTime))
                ++yielded;
            if (r.onsetToPlayMs >= 0)
                leads << r.onsetToPlayMs;
        }
        allN += n;
        allSim += sim;
        allWithin += within;
        allYielded += yielded;
        const Summary s = summarize(toSim);
        const Summary l = summarize(toLocal);
        const Summary q = summarize(leads);
        printf("  barge-ins at %+3.0f dB: %2d; caught by the simulator %2d (%5.1f %%), of them "
               "within 150 ms of the onset %2d (%5.1f %%); acted on locally %2d\n",
               level, n, sim, percent(sim, n), within, percent(within, n), local);
        printf("      the model yielded (local duck/stop or the simulator's interruption, the "
               "simulator catching it) within 150 ms: %2d (%5.1f %%)\n",
               yielded, percent(yielded, n));
        printf("      onset → the simulator's interruption received: median %.0f ms, p95 %.0f, "
               "max %.0f (n=%lld); → local duck/stop: median %.0f ms (n=%lld); paplay → onset "
               "median %.0f ms\n",
               s.median, s.p95, s.max, qlonglong(s.count), l.median, qlonglong(l.count), q.median);
        levels.append(QJsonObject {{u"level_db"_s, level},
                                   {u"barge_ins"_s, n},
                                   {u"caught_by_simulator"_s, sim},
                                   {u"caught_within_150_ms"_s, within},
                                   {u"acted_on_locally"_s, local},
                                   {u"model_yielded_within_150_ms"_s, yielded},
                                   {u"onset_to_simulator_ms"_s, s.toJson()},
                                   {u"paplay_to_onset_ms"_s, q.toJson()},
                                   {u"onset_to_local_action_ms"_s, l.toJson()}});
    }
    printf("  all barge-ins: %d; caught %d (%.1f %%), within 150 ms %d (%.1f %%); the model "
           "yielded within 150 ms %d (%.1f %%)\n",
           allN, allSim, percent(allSim, allN), allWithin, percent(allWithin, allN), allYielded,
           percent(allYielded, allN));
    printf("  barge-ins not counted, the model already silent (interrupted by its own voice): %d\n",
           silent);
    out.insert(u"barge_ins_on_a_silent_model"_s, silent);
    printf("  barge-ins not counted, the model already ducked by a local false barge-in in the "
           "same reply: %d (local false barge-ins before the speech in barge-in turns: %d; "
           "counting those barge-ins as misses, the model yielded within 150 ms %d of %d)\n",
           ducked, f.localFalseBargeInsBeforeBargeIns, allYielded, allN + ducked);
    out.insert(u"barge_ins_on_a_ducked_model"_s, ducked);
    out.insert(u"local_false_barge_ins_before_barge_ins"_s, f.localFalseBargeInsBeforeBargeIns);
    if (f.bargeInTurnsInterruptedBefore > 0)
        printf("  barge-in turns whose reply was interrupted before the speech began: %d\n",
               f.bargeInTurnsInterruptedBefore);
    out.insert(u"barge_ins"_s, levels);
    if (!residual.isEmpty())
        out.insert(u"residual_echo"_s, residual);
    fflush(stdout);
    return out;
}

} // namespace livedesk::bench
