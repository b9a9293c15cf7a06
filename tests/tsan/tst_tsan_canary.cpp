// The thread sanitizer's own check: each test function races on purpose, and the test passes only
// if TSan reports both races under the preset's options and tests/tsan.supp (CMakeLists.txt). A
// suppression that matches a whole Qt library hides exactly these, since every test function runs
// under QMetaMethod::invoke and a QThread is created by QThread::start, both in libQt6Core.
#include <QThread>
#include <QtTest>

#include <atomic>
#include <thread>

namespace {

// One global per race: TSan reports a second race on an address it has already reported
// (suppress_equal_addresses), and the names are what the test's pass expression looks for.
// volatile: the compiler must keep both stores, or there is nothing to race on.
volatile int stdThreadRacedValue = 0;
volatile int qthreadRacedValue = 0;

// Each race is made while both threads are alive: the other thread writes, then waits for the
// main thread's write before it ends. A thread that had already ended was sometimes forgotten by
// TSan (its slot reused), and with the machine busy the std::thread race once went unreported.
// Relaxed atomics order nothing for TSan, so the wait adds no happens-before.
std::atomic<bool> otherWrote {false};
std::atomic<bool> mainWrote {false};

void spinUntil(const std::atomic<bool> &flag)
{
    while (!flag.load(std::memory_order_relaxed))
        std::this_thread::yield();
}

void writeAsOther(volatile int &value)
{
    value = 1;
    otherWrote.store(true, std::memory_order_relaxed);
    spinUntil(mainWrote);
}

void writeAsMain(volatile int &value)
{
    spinUntil(otherWrote);
    value = 2;
    mainWrote.store(true, std::memory_order_relaxed);
}

void resetFlags()
{
    otherWrote.store(false, std::memory_order_relaxed);
    mainWrote.store(false, std::memory_order_relaxed);
}

// A QThread subclass, not QThread::create: that runs the function through std::call_once, inside
// the pthread_once interceptor, where ignore_noninstrumented_modules hides its accesses.
class RacingThread : public QThread
{
protected:
    void run() override { writeAsOther(qthreadRacedValue); }
};

} // namespace

class TsanCanary : public QObject
{
    Q_OBJECT

private slots:
    void stdThreadAgainstMain();
    void qthreadAgainstMain();
};

void TsanCanary::stdThreadAgainstMain()
{
    resetFlags();
    std::thread writer([] { writeAsOther(stdThreadRacedValue); });
    writeAsMain(stdThreadRacedValue);
    writer.join();
    QCOMPARE(stdThreadRacedValue, 2);
}

void TsanCanary::qthreadAgainstMain()
{
    resetFlags();
    RacingThread writer;
    writer.start();
    writeAsMain(qthreadRacedValue);
    QVERIFY(writer.wait(QDeadlineTimer(30'000)));
    QCOMPARE(qthreadRacedValue, 2);
}

QTEST_GUILESS_MAIN(TsanCanary)
#include "tst_tsan_canary.moc"
