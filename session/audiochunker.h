// Re-chunks a stream of 16 kHz mono s16le bytes of any size into fixed-duration chunks for
// realtimeInput.audio (20–40 ms are what low-latency clients send; 40 ms is the default).
// Partial samples (an odd byte) are kept for the next push, so no byte is lost or misaligned.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace livedesk::session {

class AudioChunker
{
public:
    static constexpr int kDefaultChunkMs = 40;
    static constexpr int kSampleRate = 16000;

    explicit AudioChunker(int chunkMs = kDefaultChunkMs, int sampleRate = kSampleRate);

    int chunkMs() const { return m_chunkMs; }
    qsizetype chunkBytes() const { return m_chunkBytes; }
    qsizetype pendingBytes() const { return m_pending.size(); }

    // Appends `pcm` and returns every complete chunk now available, oldest first.
    QList<QByteArray> push(QByteArrayView pcm);
    // Returns what is left (shorter than a chunk) and empties the buffer; only a trailing half
    // sample, which no receiver could use, is dropped.
    QByteArray flush();
    void clear() { m_pending.clear(); }

private:
    int m_chunkMs;
    qsizetype m_chunkBytes;
    QByteArray m_pending;
};

} // namespace livedesk::session
