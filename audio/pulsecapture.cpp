#include "audio/pulsecapture.h"

#include "audio/realtime.h"

#if LIVEDESK_HAVE_LIBPULSE
#include <pulse/pulseaudio.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstring>

namespace livedesk::audio {

#if LIVEDESK_HAVE_LIBPULSE

namespace {

int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

bool sampleSpecFor(const QAudioFormat &format, pa_sample_spec *spec)
{
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        spec->format = PA_SAMPLE_U8;
        break;
    case QAudioFormat::Int16:
        spec->format = PA_SAMPLE_S16NE;
        break;
    case QAudioFormat::Int32:
        spec->format = PA_SAMPLE_S32NE;
        break;
    case QAudioFormat::Float:
        spec->format = PA_SAMPLE_FLOAT32NE;
        break;
    default:
        return false;
    }
    spec->rate = uint32_t(format.sampleRate());
    spec->channels = uint8_t(format.channelCount());
    return pa_sample_spec_valid(spec) != 0;
}

} // namespace

// Everything here but the teardown runs on libpulse's mainloop thread, or under its lock.
struct PulseCapture::Private
{
    PulseCapture *q = nullptr;
    pa_threaded_mainloop *mainloop = nullptr;
    pa_context *context = nullptr;
    pa_stream *stream = nullptr;
    std::shared_ptr<CaptureStream> capture;
    std::function<void(Failure)> onFailed;
    uint32_t shortBytes = 0;
    uint32_t longBytes = 0;
    size_t frameBytes = 1;
    bool ready = false; // the stream reached READY: a failure now is reported, not returned
    bool stopping = false;

    static void onContextState(pa_context *c, void *userdata)
    {
        const pa_context_state_t state = pa_context_get_state(c);
        if (state == PA_CONTEXT_READY || !PA_CONTEXT_IS_GOOD(state))
            pa_threaded_mainloop_signal(static_cast<Private *>(userdata)->mainloop, 0);
    }

    static void onStreamState(pa_stream *s, void *userdata)
    {
        auto *d = static_cast<Private *>(userdata);
        const pa_stream_state_t state = pa_stream_get_state(s);
        if (state == PA_STREAM_READY) {
            if (const pa_buffer_attr *attr = pa_stream_get_buffer_attr(s))
                d->q->m_grantedBytes.store(attr->fragsize, std::memory_order_relaxed);
            d->q->m_threadId.store(currentThreadId(), std::memory_order_relaxed);
        }
        pa_threaded_mainloop_signal(d->mainloop, 0);
        if (PA_STREAM_IS_GOOD(state) || !d->ready || d->stopping || !d->onFailed)
            return;
        // A source that goes away kills its streams; a server that goes away fails them.
        d->onFailed(pa_context_errno(d->context) == PA_ERR_KILLED ? Failure::DeviceGone
                                                                  : Failure::ServerGone);
    }

    static void onBufferAttr(pa_stream *s, int success, void *userdata)
    {
        auto *d = static_cast<Private *>(userdata);
        if (!success)
            return;
        if (const pa_buffer_attr *attr = pa_stream_get_buffer_attr(s))
            d->q->m_grantedBytes.store(attr->fragsize, std::memory_order_relaxed);
    }

    // The audio path: copies what the server sent into the ring, whole frames only.
    static void onRead(pa_stream *s, size_t, void *userdata)
    {
        auto *d = static_cast<Private *>(userdata);
        if (!d->capture)
            return;
        bool delivered = false;
        while (pa_stream_readable_size(s) > 0) {
            const void *data = nullptr;
            size_t bytes = 0;
            if (pa_stream_peek(s, &data, &bytes) < 0 || bytes == 0)
                break;
            d->deliver(static_cast<const char *>(data), bytes); // no data: a hole, silence
            pa_stream_drop(s);
            delivered = true;
        }
        if (!delivered)
            return;
        CaptureStream &stream = *d->capture;
        const CaptureStamp stamp {stream.bytes.totalWritten(), steadyNowNs()};
        stream.stamps.write(std::span<const CaptureStamp>(&stamp, 1));
        d->q->m_deliveries.fetch_add(1, std::memory_order_relaxed);
    }

    void deliver(const char *data, size_t bytes)
    {
        CaptureStream &stream = *capture;
        const size_t room = stream.bytes.writeAvailable() / frameBytes * frameBytes;
        size_t offset = 0;
        const size_t wrote = stream.bytes.produce(std::min(bytes, room), [&](std::span<char> region) {
            if (data)
                std::memcpy(region.data(), data + offset, region.size());
            else
                std::memset(region.data(), 0, region.size());
            offset += region.size();
            return region.size();
        });
        // The ring is full: the processing thread is behind. It reports what was lost.
        if (wrote < bytes)
            stream.droppedBytes.fetch_add(uint64_t(bytes - wrote), std::memory_order_relaxed);
    }

    void requestFragments(Fragments fragments)
    {
        if (!stream || pa_stream_get_state(stream) != PA_STREAM_READY)
            return;
        pa_buffer_attr attr;
        attr.maxlength = uint32_t(-1);
        attr.tlength = uint32_t(-1);
        attr.prebuf = uint32_t(-1);
        attr.minreq = uint32_t(-1);
        attr.fragsize = fragments == Fragments::Long ? longBytes : shortBytes;
        if (pa_operation *op = pa_stream_set_buffer_attr(stream, &attr, &Private::onBufferAttr,
                                                         this))
            pa_operation_unref(op);
    }

    void teardown()
    {
        if (!mainloop)
            return;
        pa_threaded_mainloop_lock(mainloop);
        stopping = true;
        if (stream) {
            pa_stream_set_state_callback(stream, nullptr, nullptr);
            pa_stream_set_read_callback(stream, nullptr, nullptr);
            pa_stream_disconnect(stream);
            pa_stream_unref(stream);
            stream = nullptr;
        }
        if (context) {
            pa_context_set_state_callback(context, nullptr, nullptr);
            pa_context_disconnect(context);
            pa_context_unref(context);
            context = nullptr;
        }
        pa_threaded_mainloop_unlock(mainloop);
        pa_threaded_mainloop_stop(mainloop);
        pa_threaded_mainloop_free(mainloop);
        mainloop = nullptr;
        capture.reset();
        onFailed = {};
        ready = false;
        stopping = false;
    }
};

bool PulseCapture::isBuilt()
{
    return true;
}

PulseCapture::StartResult PulseCapture::start(const QByteArray &sourceName,
                                              std::shared_ptr<CaptureStream> stream,
                                              int shortFragmentMs,
                                              std::function<void(Failure)> onFailed)
{
    stop();
    pa_sample_spec spec;
    if (!stream || !sampleSpecFor(stream->format, &spec))
        return StartResult::DeviceFailed;
    d->q = this;
    d->mainloop = pa_threaded_mainloop_new();
    if (!d->mainloop)
        return StartResult::NoServer;
    d->context = pa_context_new(pa_threaded_mainloop_get_api(d->mainloop), "LiveDesk");
    if (!d->context) {
        d->teardown();
        return StartResult::NoServer;
    }
    pa_context_set_state_callback(d->context, &Private::onContextState, d.get());
    if (pa_context_connect(d->context, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) {
        d->teardown();
        return StartResult::NoServer;
    }
    pa_threaded_mainloop_lock(d->mainloop);
    if (pa_threaded_mainloop_start(d->mainloop) < 0) {
        pa_threaded_mainloop_unlock(d->mainloop);
        d->teardown();
        return StartResult::NoServer;
    }
    // A local socket: ready (or refused) within milliseconds.
    pa_context_state_t contextState;
    while ((contextState = pa_context_get_state(d->context)) != PA_CONTEXT_READY
           && PA_CONTEXT_IS_GOOD(contextState))
        pa_threaded_mainloop_wait(d->mainloop);
    if (contextState != PA_CONTEXT_READY) {
        pa_threaded_mainloop_unlock(d->mainloop);
        d->teardown();
        return StartResult::NoServer;
    }

    d->capture = std::move(stream);
    d->frameBytes = pa_frame_size(&spec);
    d->shortBytes = uint32_t(pa_usec_to_bytes(pa_usec_t(shortFragmentMs) * 1000, &spec));
    d->longBytes = uint32_t(pa_usec_to_bytes(pa_usec_t(kLongFragmentMs) * 1000, &spec));
    d->stream = pa_stream_new(d->context, "LiveDesk microphone", &spec, nullptr);
    bool ready = false;
    if (d->stream) {
        pa_stream_set_state_callback(d->stream, &Private::onStreamState, d.get());
        pa_stream_set_read_callback(d->stream, &Private::onRead, d.get());
        pa_buffer_attr attr;
        attr.maxlength = uint32_t(-1);
        attr.tlength = uint32_t(-1);
        attr.prebuf = uint32_t(-1);
        attr.minreq = uint32_t(-1);
        attr.fragsize = d->shortBytes;
        // ADJUST_LATENCY: the source itself is asked for this latency, so the fragment is what
        // the server sends at a time, not just how it slices what it has.
        if (pa_stream_connect_record(d->stream,
                                     sourceName.isEmpty() ? nullptr : sourceName.constData(), &attr,
                                     PA_STREAM_ADJUST_LATENCY)
            == 0) {
            pa_stream_state_t state;
            while ((state = pa_stream_get_state(d->stream)) != PA_STREAM_READY
                   && PA_STREAM_IS_GOOD(state))
                pa_threaded_mainloop_wait(d->mainloop);
            ready = state == PA_STREAM_READY;
        }
    }
    if (ready) {
        d->ready = true;
        d->onFailed = std::move(onFailed);
        m_fragments.store(Fragments::Short, std::memory_order_relaxed);
        m_deliveries.store(0, std::memory_order_relaxed);
    }
    pa_threaded_mainloop_unlock(d->mainloop);
    if (!ready) {
        d->teardown();
        return StartResult::DeviceFailed;
    }
    return StartResult::Started;
}

void PulseCapture::stop()
{
    d->teardown();
    m_grantedBytes.store(0, std::memory_order_relaxed);
}

bool PulseCapture::isRunning() const
{
    return d->mainloop != nullptr;
}

void PulseCapture::setFragments(Fragments fragments)
{
    if (m_fragments.exchange(fragments, std::memory_order_relaxed) == fragments || !d->mainloop)
        return;
    pa_threaded_mainloop_lock(d->mainloop);
    d->requestFragments(fragments);
    pa_threaded_mainloop_unlock(d->mainloop);
}

#else

struct PulseCapture::Private
{ };

bool PulseCapture::isBuilt()
{
    return false;
}

PulseCapture::StartResult PulseCapture::start(const QByteArray &, std::shared_ptr<CaptureStream>,
                                              int, std::function<void(Failure)>)
{
    return StartResult::NoServer;
}

void PulseCapture::stop() { }

bool PulseCapture::isRunning() const
{
    return false;
}

void PulseCapture::setFragments(Fragments fragments)
{
    m_fragments.store(fragments, std::memory_order_relaxed);
}

#endif

PulseCapture::PulseCapture()
    : d(std::make_unique<Private>())
{ }

PulseCapture::~PulseCapture()
{
    stop();
}

} // namespace livedesk::audio
