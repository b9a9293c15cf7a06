// A wait-free single-producer/single-consumer ring of trivially copyable items, the only thing
// the audio device threads touch (after the idea of Qt Multimedia's qaudioringbuffer_p.h).
//
// Contract:
//  - Exactly one thread produces (write/produce) and exactly one thread consumes
//    (read/consume/discard/discardUntil) at any time. Either side may be any thread.
//  - Neither side ever blocks, allocates, locks or makes a system call: the storage is allocated
//    once, in the constructor, and the two sides meet through two atomic counters.
//  - The counters are 64-bit totals of items ever written and read (they never wrap in practice:
//    2^64 samples at 192 kHz is three million years), so "how many items has the device played"
//    is simply totalRead(), and a position in the stream can be named by its index.
//  - reset() is only for when neither side is running (a device switch parks both first).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <type_traits>

namespace livedesk::audio {

template<typename T>
class SpscRing
{
    static_assert(std::is_trivially_copyable_v<T>, "the ring copies items with memcpy");

public:
    explicit SpscRing(size_t capacity)
        : m_buffer(std::make_unique<T[]>(capacity))
        , m_capacity(capacity)
    { }
    SpscRing(const SpscRing &) = delete;
    SpscRing &operator=(const SpscRing &) = delete;

    size_t capacity() const { return m_capacity; }

    // --- either side ----------------------------------------------------------------------
    uint64_t totalWritten() const { return m_writeIndex.load(std::memory_order_acquire); }
    uint64_t totalRead() const { return m_readIndex.load(std::memory_order_acquire); }
    size_t size() const { return size_t(totalWritten() - totalRead()); }

    // --- producer ---------------------------------------------------------------------------
    size_t writeAvailable() const
    {
        const uint64_t w = m_writeIndex.load(std::memory_order_relaxed);
        const uint64_t r = m_readIndex.load(std::memory_order_acquire);
        return m_capacity - size_t(w - r);
    }

    // Hands the free space (at most `maxItems`) to `fill` as up to two contiguous regions; `fill`
    // returns how many items it wrote into the region it was given, and a short count ends the
    // call. Publishes what was written with one release store. Returns the items written.
    template<typename Fill>
    size_t produce(size_t maxItems, Fill &&fill)
    {
        const uint64_t w = m_writeIndex.load(std::memory_order_relaxed);
        const uint64_t r = m_readIndex.load(std::memory_order_acquire);
        size_t todo = std::min(maxItems, m_capacity - size_t(w - r));
        size_t done = 0;
        while (todo > 0) {
            const size_t pos = size_t((w + done) % m_capacity);
            const size_t region = std::min(todo, m_capacity - pos);
            const size_t wrote = std::min(region,
                                          size_t(fill(std::span<T>(&m_buffer[pos], region))));
            done += wrote;
            todo -= wrote;
            if (wrote < region)
                break;
        }
        m_writeIndex.store(w + done, std::memory_order_release);
        return done;
    }

    size_t write(std::span<const T> items)
    {
        size_t offset = 0;
        return produce(items.size(), [&](std::span<T> region) {
            std::memcpy(region.data(), items.data() + offset, region.size() * sizeof(T));
            offset += region.size();
            return region.size();
        });
    }

    // --- consumer ---------------------------------------------------------------------------
    size_t readAvailable() const
    {
        const uint64_t r = m_readIndex.load(std::memory_order_relaxed);
        const uint64_t w = m_writeIndex.load(std::memory_order_acquire);
        return size_t(w - r);
    }

    // Hands up to `maxItems` readable items to `use` as up to two contiguous regions, then frees
    // them with one release store. Returns the items consumed.
    template<typename Use>
    size_t consume(size_t maxItems, Use &&use)
    {
        const uint64_t r = m_readIndex.load(std::memory_order_relaxed);
        const uint64_t w = m_writeIndex.load(std::memory_order_acquire);
        size_t todo = std::min(maxItems, size_t(w - r));
        size_t done = 0;
        while (todo > 0) {
            const size_t pos = size_t((r + done) % m_capacity);
            const size_t region = std::min(todo, m_capacity - pos);
            use(std::span<const T>(&m_buffer[pos], region));
            done += region;
            todo -= region;
        }
        m_readIndex.store(r + done, std::memory_order_release);
        return done;
    }

    size_t read(std::span<T> out)
    {
        size_t offset = 0;
        return consume(out.size(), [&](std::span<const T> region) {
            std::memcpy(out.data() + offset, region.data(), region.size() * sizeof(T));
            offset += region.size();
        });
    }

    // Drops up to `maxItems` without looking at them.
    size_t discard(size_t maxItems)
    {
        const uint64_t r = m_readIndex.load(std::memory_order_relaxed);
        const uint64_t w = m_writeIndex.load(std::memory_order_acquire);
        const size_t n = std::min(maxItems, size_t(w - r));
        m_readIndex.store(r + n, std::memory_order_release);
        return n;
    }

    // Drops everything before stream index `index` (a flush the producer asked for: it names the
    // end of what it had written, so anything it writes afterwards survives).
    size_t discardUntil(uint64_t index)
    {
        const uint64_t r = m_readIndex.load(std::memory_order_relaxed);
        if (index <= r)
            return 0;
        return discard(size_t(index - r));
    }

    // Only while neither side runs.
    void reset()
    {
        m_writeIndex.store(0, std::memory_order_relaxed);
        m_readIndex.store(0, std::memory_order_relaxed);
    }

private:
    std::unique_ptr<T[]> m_buffer;
    const size_t m_capacity;
    // On separate cache lines so the two threads do not false-share.
    alignas(64) std::atomic<uint64_t> m_writeIndex {0};
    alignas(64) std::atomic<uint64_t> m_readIndex {0};
};

} // namespace livedesk::audio
