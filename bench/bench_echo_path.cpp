// Echo cancellation on a real audio path (tests/audio/echopathsupport.h): the model's replies
// played on the PulseAudio virtual speaker come back into the virtual microphone through
// module-loopback (30, 60, 120 ms), and at 60 ms once into a room's response (PulseAudio's
// convolver with a fixed synthetic impulse response, tests/audio/echopathsupport.h). For each path, the replies go
// through the engine with the voice processing off (the echo as sent without a canceller), with
// the canceller alone, with all the processing but not the residual echo suppression, and as
// shipped (everything, what the service hears); the figures are the ERLE in what is sent, over
// whole replies and in each reply's first second (the first reply is the canceller's first
// convergence and is printed apart from the later ones).
//
// Usage: bench_echo_path [replies, default 6] [path, e.g. "120" or "room": only those]
//        (under the test environment of scripts/test-env.sh)
//        LIVEDESK_ECHO_NORMAL_SCHEDULING=1: the audio threads without real-time scheduling
// Under each processed row, the far end's line-up per reply (printLineUps()).
#include "tests/audio/echopathsupport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

void printRow(const char *path, const char *processing, const std::vector<ReplyErle> &erle)
{
    if (erle.empty()) {
        printf("%-14s %-18s (no replies measured)\n", path, processing);
        return;
    }
    double wholeMin = 1e9, wholeSum = 0, laterFirstMin = 1e9;
    for (size_t i = 0; i < erle.size(); ++i) {
        wholeMin = std::min(wholeMin, erle[i].wholeDb);
        wholeSum += erle[i].wholeDb;
        if (i > 0)
            laterFirstMin = std::min(laterFirstMin, erle[i].firstSecondDb);
    }
    printf("%-14s %-18s %6.1f %6.1f %6.1f   %6.1f   ", path, processing,
           wholeSum / double(erle.size()), wholeMin, erle[0].firstSecondDb,
           erle.size() > 1 ? laterFirstMin : 0.0);
    for (const ReplyErle &e : erle)
        printf(" %.0f/%.0f", e.firstSecondDb, e.wholeDb);
    printf("\n");
    fflush(stdout);
}

// Per reply: the stream delay handed to the canceller and its own estimate, the far end's lead
// over the microphone frame taken when it played (least–most), far-end frames held back and
// caught up, the speaker's timeline slips (PlaybackClock), and the processing thread's longest
// pause between ticks: [d<stream delay>/<canceller's estimate> lead <min>-<max> ms h c s t<ms>].
void printLineUps(const EchoRun &run)
{
    printf("%-14s %-18s", "", "  line-up");
    for (const EchoLineUp &l : run.lineUps) {
        if (l.leadMinUs > l.leadMaxUs) {
            printf("  [untimed d%d]", l.streamDelayMs);
            continue;
        }
        printf("  [d%d/%d lead %.0f-%.0f h%d c%d s%d t%d]", l.streamDelayMs, l.measuredDelayMs,
               l.leadMinUs / 1000.0, l.leadMaxUs / 1000.0, l.heldFrames, l.catchUps,
               l.playbackSlips, l.maxTickGapMs);
        if (l.echoLagMinSamples >= 0)
            printf("[echo %.1f-%.1f L%d m%d]", l.echoLagMinSamples / 16.0,
                   l.echoLagMaxSamples / 16.0, l.leadUs / 1000, l.leadMoves);
    }
    printf("\n");
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int replyCount = argc > 1 ? std::max(2, QString::fromLocal8Bit(argv[1]).toInt()) : 6;
    if (!pulseReady()) {
        fprintf(stderr, "%s\n", kNoPulse);
        return 1;
    }
    QString error;
    const auto replies = modelReplies(replyCount, &error);
    if (replies.empty()) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printf("ERLE in what is sent, dB (%d replies; %s; audio threads %s)\n", replyCount,
           VoiceProcessor::isAvailable() ? "WebRTC APM" : "no canceller built in",
           echoPathScheduling() == AudioThreadScheduling::RealTime ? "real-time"
                                                                   : "normal scheduling");
    printf("%-14s %-18s %6s %6s %6s   %6s    per reply: first s/whole\n", "path", "processing",
           "whole", "min", "1st s", "later 1st s min");

    struct Path
    {
        const char *name;
        EchoPathSpec spec;
    };
    const Path paths[] = {{"loop 30 ms", {30, EchoRoom::Dry}},
                          {"loop 60 ms", {60, EchoRoom::Dry}},
                          {"loop 120 ms", {120, EchoRoom::Dry}},
                          {"room 60 ms", {60, EchoRoom::Room}}};
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    for (const Path &path : paths) {
        if (!only.isEmpty() && !QString::fromLatin1(path.name).contains(only))
            continue;
        EchoPath echoPath(path.spec);
        if (const QString pathError = echoPath.waitUntilCarriesSound(30000); !pathError.isEmpty()) {
            fprintf(stderr, "%s: the echo path is not running: %s\n", path.name,
                    qPrintable(pathError));
            return 1;
        }
        const EchoRun raw = runThroughEchoPath(replies, {false, false, false});
        if (!raw.error.isEmpty()) {
            fprintf(stderr, "%s: %s\n", path.name, qPrintable(raw.error));
            return 1;
        }
        const int delayMs = echoOnsetDelayMs(raw);
        printf("%-14s echo %.1f dBFS, %d ms after the device got the reply\n", path.name,
               erlePerReply(raw, raw, std::max(0, delayMs)).front().echoDbfs, delayMs);
        fflush(stdout);
        struct Config
        {
            const char *name;
            VoiceProcessingOptions options;
            ResidualEchoSuppression suppression;
        };
        const ResidualEchoSuppression off = ResidualEchoSuppression::Off;
        for (const Config &config :
             {Config {"canceller only", {true, false, false}, off},
              Config {"all, unsuppressed", {}, off},
              Config {"sent (as shipped)", {}, ResidualEchoSuppression::On}}) {
            const EchoRun processed = runThroughEchoPath(replies, config.options,
                                                         config.suppression);
            if (!processed.error.isEmpty()) {
                fprintf(stderr, "%s: %s\n", path.name, qPrintable(processed.error));
                return 1;
            }
            printRow(path.name, config.name, erlePerReply(raw, processed, std::max(0, delayMs)));
            printLineUps(processed);
        }
    }
    return 0;
}
