// The wait-free single-producer/single-consumer ring between the device threads and the
// processing thread: a producer thread and a consumer thread move millions of numbered items
// through it, each side rate-limited in turn, and every item arrives once, in order.
#include "audio/spscring.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

using namespace livedesk::audio;

class tst_SpscRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleThreadedBasics();
    void discardUntilKeepsWhatCameAfter();
    void stress_data();
    void stress();
};

void tst_SpscRing::singleThreadedBasics()
{
    SpscRing<int> ring(5);
    QCOMPARE(ring.writeAvailable(), size_t(5));
    const int in[] = {1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(ring.write(in), size_t(5)); // only what fits
    QCOMPARE(ring.readAvailable(), size_t(5));
    int out[3] = {};
    QCOMPARE(ring.read(out), size_t(3));
    QCOMPARE(out[0], 1);
    QCOMPARE(out[2], 3);
    QCOMPARE(ring.write(std::span<const int>(in + 5, 2)), size_t(2)); // wraps around
    int rest[4] = {};
    QCOMPARE(ring.read(rest), size_t(4));
    QCOMPARE(rest[0], 4);
    QCOMPARE(rest[1], 5);
    QCOMPARE(rest[2], 6);
    QCOMPARE(rest[3], 7);
    QCOMPARE(ring.totalWritten(), uint64_t(7));
    QCOMPARE(ring.totalRead(), uint64_t(7));
    QCOMPARE(ring.read(rest), size_t(0));
}

void tst_SpscRing::discardUntilKeepsWhatCameAfter()
{
    // A flush names the end of what was queued; what the producer writes afterwards survives.
    SpscRing<int> ring(16);
    const int first[] = {1, 2, 3, 4};
    ring.write(first);
    const uint64_t flushPoint = ring.totalWritten();
    const int later[] = {10, 11};
    ring.write(later);
    QCOMPARE(ring.discardUntil(flushPoint), size_t(4));
    QCOMPARE(ring.discardUntil(flushPoint), size_t(0)); // idempotent
    int out[4] = {};
    QCOMPARE(ring.read(out), size_t(2));
    QCOMPARE(out[0], 10);
    QCOMPARE(out[1], 11);
}

void tst_SpscRing::stress_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("producerPauseUs");
    QTest::addColumn<int>("consumerPauseUs");
    QTest::addColumn<int>("items");

    QTest::newRow("both sides free-running") << 4096 << 0 << 0 << 4'000'000;
    QTest::newRow("producer rate-limited: the consumer keeps finding it empty")
            << 4096 << 20 << 0 << 400'000;
    QTest::newRow("consumer rate-limited: the producer keeps finding it full")
            << 4096 << 0 << 20 << 400'000;
    QTest::newRow("odd capacity, every region boundary moves") << 1021 << 0 << 0 << 2'000'000;
    // Every item is a hand-over between the threads: on a busy machine each one waits for a
    // scheduler time slice (about 20 ms each with 20 runnable threads on 2 cores: 20,000 items
    // outlived the 300 s test timeout), so fewer items, still 2,000 wraps of the ring.
    QTest::newRow("capacity of one item") << 1 << 0 << 0 << 2'000;
}

void tst_SpscRing::stress()
{
    QFETCH(int, capacity);
    QFETCH(int, producerPauseUs);
    QFETCH(int, consumerPauseUs);
    QFETCH(int, items);
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer makes every atomic access and thread switch costly (the one-item ring took
    // over 5 minutes); a twentieth of the items still wraps every ring thousands of times.
    items /= 20;
#endif

    SpscRing<uint32_t> ring {size_t(capacity)};
    std::atomic<bool> failed {false};
    std::atomic<uint32_t> firstBad {0};

    std::thread producer([&] {
        std::mt19937 rng(1);
        std::uniform_int_distribution<int> block(1, 700);
        uint32_t next = 0;
        while (next < uint32_t(items)) {
            const size_t want = std::min<size_t>(size_t(block(rng)), size_t(items) - next);
            const uint32_t before = next;
            // Alternate the two producer APIs.
            if (next % 2 == 0) {
                ring.produce(want, [&](std::span<uint32_t> region) {
                    for (uint32_t &v : region)
                        v = next++;
                    return region.size();
                });
            } else {
                std::vector<uint32_t> values(want);
                for (size_t i = 0; i < want; ++i)
                    values[i] = next + uint32_t(i);
                next += uint32_t(ring.write(values));
            }
            // A full ring waits for the consumer's turn on the CPU, as the consumer does on an
            // empty one: spinning without yielding starved it on a busy 2-core machine (the
            // one-item row outlived the 300 s test timeout under scripts/test-under-load.sh).
            if (next == before)
                std::this_thread::yield();
            if (producerPauseUs)
                std::this_thread::sleep_for(std::chrono::microseconds(producerPauseUs));
        }
    });

    std::mt19937 rng(2);
    std::uniform_int_distribution<int> block(1, 900);
    uint32_t expected = 0;
    std::vector<uint32_t> buffer(900);
    while (expected < uint32_t(items) && !failed) {
        size_t got;
        if (expected % 3 == 0) {
            got = ring.consume(size_t(block(rng)), [&](std::span<const uint32_t> region) {
                for (uint32_t v : region) {
                    if (v != expected++ && !failed.exchange(true))
                        firstBad = v;
                }
            });
        } else {
            got = ring.read(std::span<uint32_t>(buffer.data(), size_t(block(rng))));
            for (size_t i = 0; i < got; ++i) {
                if (buffer[i] != expected++ && !failed.exchange(true))
                    firstBad = buffer[i];
            }
        }
        QVERIFY(ring.size() <= size_t(capacity));
        if (got == 0)
            std::this_thread::yield();
        if (consumerPauseUs)
            std::this_thread::sleep_for(std::chrono::microseconds(consumerPauseUs));
    }
    producer.join();
    QVERIFY2(!failed, qPrintable(QStringLiteral("item out of order: %1").arg(firstBad.load())));
    QCOMPARE(expected, uint32_t(items));
    QCOMPARE(ring.totalWritten(), uint64_t(items));
    QCOMPARE(ring.totalRead(), uint64_t(items));
}

QTEST_GUILESS_MAIN(tst_SpscRing)
#include "tst_spscring.moc"
