#include "audio/speechrate.h"

#include <QCoreApplication>

#include <algorithm>

#if LIVEDESK_HAVE_SONIC
#include <sonic.h>
#endif

namespace livedesk::audio {

SpeechRateChanger::SpeechRateChanger(int sampleRate)
    : m_sampleRate(sampleRate)
{
#if LIVEDESK_HAVE_SONIC
    m_stream = sonicCreateStream(sampleRate, 1);
#endif
}

SpeechRateChanger::~SpeechRateChanger()
{
#if LIVEDESK_HAVE_SONIC
    if (m_stream)
        sonicDestroyStream(m_stream);
#endif
}

bool SpeechRateChanger::isAvailable()
{
#if LIVEDESK_HAVE_SONIC
    return true;
#else
    return false;
#endif
}

QString SpeechRateChanger::unavailableReason()
{
    if (isAvailable())
        return {};
    return QCoreApplication::translate("livedesk::audio",
                                       "Speech rate cannot be changed: LiveDesk was built without "
                                       "the sonic library.");
}

void SpeechRateChanger::setRate(double rate)
{
    if (!m_stream)
        return;
    m_rate = std::clamp(rate, kMinRate, kMaxRate);
#if LIVEDESK_HAVE_SONIC
    sonicSetSpeed(m_stream, float(m_rate));
#endif
}

void SpeechRateChanger::write(std::span<const float> samples)
{
    if (samples.empty())
        return;
#if LIVEDESK_HAVE_SONIC
    if (m_stream) {
        // sonic's API takes a non-const pointer but only reads the input.
        sonicWriteFloatToStream(m_stream, const_cast<float *>(samples.data()), int(samples.size()));
        return;
    }
#endif
    if (m_passthroughHead > 0 && m_passthroughHead * 2 >= m_passthrough.size()) {
        m_passthrough.erase(m_passthrough.begin(),
                            m_passthrough.begin() + qsizetype(m_passthroughHead));
        m_passthroughHead = 0;
    }
    m_passthrough.insert(m_passthrough.end(), samples.begin(), samples.end());
}

size_t SpeechRateChanger::read(std::span<float> out)
{
    if (out.empty())
        return 0;
#if LIVEDESK_HAVE_SONIC
    if (m_stream)
        return size_t(std::max(0, sonicReadFloatFromStream(m_stream, out.data(), int(out.size()))));
#endif
    const size_t n = std::min(out.size(), m_passthrough.size() - m_passthroughHead);
    std::copy_n(m_passthrough.begin() + qsizetype(m_passthroughHead), n, out.begin());
    m_passthroughHead += n;
    return n;
}

size_t SpeechRateChanger::available() const
{
#if LIVEDESK_HAVE_SONIC
    if (m_stream)
        return size_t(std::max(0, sonicSamplesAvailable(m_stream)));
#endif
    return m_passthrough.size() - m_passthroughHead;
}

void SpeechRateChanger::drain()
{
#if LIVEDESK_HAVE_SONIC
    if (m_stream)
        sonicFlushStream(m_stream);
#endif
}

void SpeechRateChanger::clear()
{
#if LIVEDESK_HAVE_SONIC
    if (m_stream) {
        // sonic 0.2 has no reset; a fresh stream is cheap (a few kilobytes).
        sonicDestroyStream(m_stream);
        m_stream = sonicCreateStream(m_sampleRate, 1);
        if (m_stream)
            sonicSetSpeed(m_stream, float(m_rate));
        return;
    }
#endif
    m_passthrough.clear();
    m_passthroughHead = 0;
}

} // namespace livedesk::audio
