// The audio threads' scheduling (audio/realtime.h): the engine's processing thread, the speaker's
// thread and the thread that takes the microphone's audio (libpulse's) run round-robin real-time
// when the process may have it, as the settings ask; otherwise the engine runs as before and says
// once why. Read back from the kernel, per thread, as `chrt -p` would.
#include "audio/audioengine.h"
#include "audio/realtime.h"
#include "tests/audiotestmain.h"

#include "pulsetestsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <sched.h>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

struct ThreadInfo
{
    QString name;
    int policy = -1;
};

// Every thread of this process with its name and scheduling policy.
QList<ThreadInfo> threads()
{
    QList<ThreadInfo> result;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        // Without the reset-on-fork flag the threads carry.
        result.append({QString::fromUtf8(comm.readAll()).trimmed(),
                       sched_getscheduler(pid_t(tid.toInt())) & ~SCHED_RESET_ON_FORK});
    }
    return result;
}

int policyOf(const QList<ThreadInfo> &all, const QString &name)
{
    for (const ThreadInfo &t : all) {
        if (t.name == name)
            return t.policy;
    }
    return -1;
}

// Whether this process may make a thread real-time itself (root, CAP_SYS_NICE or RLIMIT_RTPRIO),
// asked on a throwaway thread.
bool mayRunRealtime()
{
    RealtimeOutcome outcome;
    QThread *probe = QThread::create([&] { outcome = makeCurrentThreadRealtime(); });
    probe->start();
    probe->wait();
    delete probe;
    return outcome.scheduling == ThreadScheduling::RealTime;
}

} // namespace

class tst_AudioThreadsPulse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aThreadIsMadeRealtimeOrToldWhyNot();
    void engineThreadsFollowTheSetting_data();
    void engineThreadsFollowTheSetting();
};

void tst_AudioThreadsPulse::initTestCase()
{
    QVERIFY2(pulseReady(), kNoPulse);
}

void tst_AudioThreadsPulse::aThreadIsMadeRealtimeOrToldWhyNot()
{
    RealtimeOutcome outcome;
    int policy = -1;
    QThread *thread = QThread::create([&] {
        outcome = makeCurrentThreadRealtime();
        policy = sched_getscheduler(0);
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    if (outcome.scheduling == ThreadScheduling::RealTime) {
        QCOMPARE(policy & ~SCHED_RESET_ON_FORK, SCHED_RR);
        QCOMPARE(describe(outcome), u"real-time (SCHED_RR 5)"_s);
    } else {
        QCOMPARE(policy & ~SCHED_RESET_ON_FORK, SCHED_OTHER);
        QVERIFY(outcome.error != 0);
        QVERIFY2(describe(outcome).startsWith(u"normal priority ("_s),
                 qPrintable(describe(outcome)));
    }
    // The test's own thread is left as it was.
    QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
}

void tst_AudioThreadsPulse::engineThreadsFollowTheSetting_data()
{
    QTest::addColumn<AudioThreadScheduling>("scheduling");
    QTest::newRow("real-time") << AudioThreadScheduling::RealTime;
    QTest::newRow("normal") << AudioThreadScheduling::Normal;
}

void tst_AudioThreadsPulse::engineThreadsFollowTheSetting()
{
    QFETCH(AudioThreadScheduling, scheduling);
    const bool granted = mayRunRealtime();
    const bool expectRealtime = scheduling == AudioThreadScheduling::RealTime && granted;
    if (scheduling == AudioThreadScheduling::RealTime && !granted) {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"the audio threads run at normal priority"_s));
    }

    pactl({u"set-default-sink"_s, u"livedesk_speaker"_s});
    pactl({u"set-default-source"_s, u"livedesk_mic"_s});
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.threadScheduling = scheduling;
    settings.noSignalWarningMs = 0;
    engine.setSettings(settings);
    QVERIFY(engine.start());
    QVERIFY(waitUntil([&] { return engine.capturedSamples() > 1600; }, 10000));

    const QList<ThreadInfo> all = threads();
    const int wanted = expectRealtime ? SCHED_RR : SCHED_OTHER;
    QCOMPARE(policyOf(all, u"ld-audio-proc"_s), wanted);
    QCOMPARE(policyOf(all, u"ld-audio-out"_s), wanted);
    // libpulse names its mainloop threads "threaded-ml"; Qt Multimedia has its own. Ours takes
    // the microphone's audio and is the one made real-time.
    int realtimeMainloops = 0;
    for (const ThreadInfo &t : all)
        realtimeMainloops += t.name == u"threaded-ml"_s && t.policy == SCHED_RR ? 1 : 0;
    QCOMPARE(realtimeMainloops, expectRealtime ? 1 : 0);
    // Nothing else of the process was touched: the main thread and Qt's own stay ordinary.
    QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
    engine.stop();
}

LIVEDESK_AUDIO_TEST_GUILESS_MAIN(tst_AudioThreadsPulse)
#include "tst_audiothreads_pulse.moc"
