// WakeSignal: the device thread's "audio delivered" that wakes the processing thread's event
// loop at once (issue 19), instead of at its next tick.
#include "audio/wakesignal.h"

#include <QSocketNotifier>
#include <QtTest>

#include <atomic>
#include <thread>

#if defined(__linux__)
#include <poll.h>
#endif

using livedesk::audio::WakeSignal;

namespace {

bool readable(const WakeSignal &signal)
{
#if defined(__linux__)
    pollfd request {signal.fd(), POLLIN, 0};
    return ::poll(&request, 1, 0) == 1 && (request.revents & POLLIN);
#else
    Q_UNUSED(signal);
    return false;
#endif
}

} // namespace

class tst_WakeSignal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
#if !defined(__linux__)
        QSKIP("WakeSignal is an eventfd; elsewhere the processing thread's tick finds the audio");
#endif
    }

    void raisesCollapseIntoOneWake()
    {
        WakeSignal signal;
        QVERIFY(signal.fd() >= 0);
        QVERIFY(!readable(signal));
        signal.raise();
        signal.raise();
        signal.raise();
        QVERIFY(readable(signal));
        signal.clear();
        QVERIFY2(!readable(signal), "one clear() after several raises leaves nothing to wake for");
        signal.clear(); // nothing pending: must not block
        QVERIFY(!readable(signal));
        signal.raise();
        QVERIFY(readable(signal));
    }

    void wakesAnEventLoopFromAnotherThread()
    {
        WakeSignal signal;
        QSocketNotifier notifier(signal.fd(), QSocketNotifier::Read);
        int wakes = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            signal.clear();
            ++wakes;
        });
        constexpr int kDeliveries = 5;
        for (int i = 1; i <= kDeliveries; ++i) {
            std::thread device([&] { signal.raise(); });
            device.join();
            QTRY_COMPARE(wakes, i);
        }
        QVERIFY(!readable(signal));
    }
};

QTEST_GUILESS_MAIN(tst_WakeSignal)
#include "tst_wakesignal.moc"
