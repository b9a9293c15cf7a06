#include "session/audiochunker.h"

#include <algorithm>

namespace livedesk::session {

AudioChunker::AudioChunker(int chunkMs, int sampleRate)
    : m_chunkMs(std::max(1, chunkMs))
    , m_chunkBytes(std::max<qsizetype>(2, qsizetype(sampleRate) * m_chunkMs / 1000 * 2))
{
    m_pending.reserve(m_chunkBytes * 2);
}

QList<QByteArray> AudioChunker::push(QByteArrayView pcm)
{
    QList<QByteArray> chunks;
    if (pcm.isEmpty())
        return chunks;
    m_pending.append(pcm);
    const qsizetype whole = m_pending.size() / m_chunkBytes;
    if (whole == 0)
        return chunks;
    chunks.reserve(whole);
    for (qsizetype i = 0; i < whole; ++i)
        chunks.append(m_pending.mid(i * m_chunkBytes, m_chunkBytes));
    m_pending.remove(0, whole * m_chunkBytes);
    return chunks;
}

QByteArray AudioChunker::flush()
{
    // A trailing odd byte is half a sample: sending it would shift every later sample.
    const qsizetype usable = m_pending.size() & ~qsizetype(1);
    QByteArray out = m_pending.left(usable);
    m_pending.clear();
    return out;
}

} // namespace livedesk::session
