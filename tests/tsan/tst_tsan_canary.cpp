// The thread sanitizer's own check: each test function races on purpose, and the test passes only
// if TSan reports both races under the preset's options and tests/tsan.supp (CMakeLists.txt). A
// suppression that matches a whole Qt library hides exactly these, since every test function runs
// under QMetaMethod::invoke and a QThread is created by QThread::start, both in libQt6Core.
#include <QThread>
#include <QtTest>

#include <thread>

namespace {

// One global per race: TSan reports a second race on an address it has already reported
// (suppress_equal_addresses), and the names are what the test's pass expression looks for.
// volatile: the compiler must keep both stores, or there is nothing to race on.
volatile int stdThreadRacedValue = 0;
volatile int qthreadRacedValue = 0;

// A QThread subclass, not QThread::create: that runs the function through std::call_once, inside
// the pthread_once interceptor, where ignore_noninstrumented_modules hides its accesses.
class RacingThread : public QThread
{
protected:
    void run() override { qthreadRacedValue = 1; }
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
    std::thread writer([] { stdThreadRacedValue = 1; });
    stdThreadRacedValue = 2;
    writer.join();
    QVERIFY(stdThreadRacedValue == 1 || stdThreadRacedValue == 2);
}

void TsanCanary::qthreadAgainstMain()
{
    RacingThread writer;
    writer.start();
    qthreadRacedValue = 2;
    QVERIFY(writer.wait(QDeadlineTimer(30'000)));
    QVERIFY(qthreadRacedValue == 1 || qthreadRacedValue == 2);
}

QTEST_GUILESS_MAIN(TsanCanary)
#include "tst_tsan_canary.moc"
