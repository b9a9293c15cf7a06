// Figures for the simulator (docs/benchmarks.md): how fast espeak-ng speaks, how long a session
// takes to open, and whether replies really go out at the configured speed.
//   build/bin/bench_simulator
#include "session/protocol/codec.h"
#include "simulator/simulator.h"
#include "simulator/speech.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void benchSpeech()
{
    const QString text
            = u"Hello! This is the LiveDesk offline demo. I am a local simulator standing "
              "in for the Gemini Live API, so nothing you say leaves this computer."_s;
    std::vector<double> msPerAudioSecond;
    double audioSeconds = 0;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer clock;
        clock.start();
        // A different text each time: the synthesiser caches what it has spoken.
        const QByteArray pcm = sim::synthesizeSpeech(text + u" Take %1."_s.arg(i));
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        audioSeconds = double(pcm.size()) / (2 * 24000);
        msPerAudioSecond.push_back(ms / audioSeconds);
    }
    std::printf("speech (%s): %.1f s of audio per sentence; %.1f ms to synthesise and resample "
                "one second (median of 10), %.0fx faster than real time\n",
                qPrintable(sim::speechEngineDescription()), audioSeconds, median(msPerAudioSecond),
                1000.0 / median(msPerAudioSecond));
}

struct Turn
{
    double setupMs = 0;
    double firstAudioMs = 0;
    double streamMs = 0;
    double audioSeconds = 0;
};

Turn runTurn(const QUrl &base, double speed)
{
    Turn t;
    QWebSocket socket;
    QUrl url = base;
    url.setPath(u"/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"_s);
    url.setQuery(u"key=bench"_s);
    bool ready = false;
    bool done = false;
    QElapsedTimer clock;
    double turnStart = 0;
    double firstAudio = -1;
    qsizetype audioBytes = 0;
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [&](const QByteArray &json) {
        const auto m = protocol::decodeServerMessage(json);
        if (!m)
            return;
        if (m->setupComplete) {
            t.setupMs = double(clock.nsecsElapsed()) / 1e6;
            ready = true;
        }
        if (m->serverContent && m->serverContent->modelTurn) {
            for (const auto &p : m->serverContent->modelTurn->parts) {
                if (p.inlineData) {
                    if (firstAudio < 0)
                        firstAudio = double(clock.nsecsElapsed()) / 1e6;
                    audioBytes += p.inlineData->data.size();
                }
            }
        }
        if (m->serverContent && m->serverContent->generationComplete) {
            t.streamMs = double(clock.nsecsElapsed()) / 1e6 - firstAudio;
            done = true;
        }
    });
    clock.start();
    socket.open(url);
    waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    socket.sendTextMessage(u"{\"setup\":{\"model\":\"models/gemini-3.1-flash-live-preview\"}}"_s);
    waitUntil([&] { return ready; }, 5000);
    turnStart = double(clock.nsecsElapsed()) / 1e6;
    socket.sendTextMessage(u"{\"realtimeInput\":{\"text\":\"hello\"}}"_s);
    waitUntil([&] { return done; }, 60000);
    t.firstAudioMs = firstAudio - turnStart;
    t.audioSeconds = double(audioBytes) / (2 * 24000);
    socket.abort();
    Q_UNUSED(speed);
    return t;
}

void benchTurns(double speed)
{
    sim::SimulatorOptions options;
    options.speechSpeedFactor = speed;
    sim::Simulator simulator(options);
    if (!simulator.start())
        return;
    std::vector<double> setup, firstAudio, factor;
    double audioSeconds = 0;
    for (int i = 0; i < 5; ++i) {
        const Turn t = runTurn(simulator.url(), speed);
        setup.push_back(t.setupMs);
        firstAudio.push_back(t.firstAudioMs);
        factor.push_back(t.audioSeconds * 1000 / t.streamMs);
        audioSeconds = t.audioSeconds;
    }
    std::printf("speed %.0f: connect + setupComplete %.1f ms; first audio %.1f ms after the text "
                "(cached speech after the first run); a %.1f s reply streamed %.2fx faster than "
                "real time (medians of 5)\n",
                speed, median(setup), median(firstAudio), audioSeconds, median(factor));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"livedesk.simulator.info=false"_s);
    benchSpeech();
    for (double speed : {1.0, 4.0, 20.0})
        benchTurns(speed);
    return 0;
}
