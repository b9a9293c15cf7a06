#include "audio/pulsedevicewatch.h"

#include "audio/logging.h"

#if LIVEDESK_HAVE_LIBPULSE
#include <pulse/pulseaudio.h>
#endif

namespace livedesk::audio {

#if LIVEDESK_HAVE_LIBPULSE

// Everything here but start() and the destructor runs on libpulse's mainloop thread.
struct PulseDeviceWatch::Private
{
    enum class Facility { Sinks, Sources };

    PulseDeviceWatch *q = nullptr;
    pa_threaded_mainloop *mainloop = nullptr;
    pa_context *context = nullptr;
    // Names gathered by the listing in flight. Cleared when a listing ends, not when one is asked
    // for: two removals in a row ask twice, and the server answers in order.
    QByteArrayList gatheringSinks;
    QByteArrayList gatheringSources;

    static void onState(pa_context *context, void *userdata)
    {
        const pa_context_state_t state = pa_context_get_state(context);
        if (state == PA_CONTEXT_READY || !PA_CONTEXT_IS_GOOD(state))
            pa_threaded_mainloop_signal(static_cast<Private *>(userdata)->mainloop, 0);
    }

    void list(Facility facility)
    {
        pa_operation *op = facility == Facility::Sinks
                                   ? pa_context_get_sink_info_list(context, &Private::onSink, this)
                                   : pa_context_get_source_info_list(context, &Private::onSource,
                                                                     this);
        if (op)
            pa_operation_unref(op);
    }

    void gathered(Facility facility, const char *name, int eol)
    {
        QByteArrayList &gathering = facility == Facility::Sinks ? gatheringSinks : gatheringSources;
        if (eol == 0) {
            if (name)
                gathering.append(QByteArray(name));
            return;
        }
        if (eol > 0) { // a listing that failed (eol < 0) leaves the last good one in place
            QMutexLocker lock(&q->m_mutex);
            (facility == Facility::Sinks ? q->m_sinks : q->m_sources) = gathering;
        }
        gathering.clear();
    }

    static void onSink(pa_context *, const pa_sink_info *info, int eol, void *userdata)
    {
        static_cast<Private *>(userdata)->gathered(Facility::Sinks, info ? info->name : nullptr,
                                                   eol);
    }

    static void onSource(pa_context *, const pa_source_info *info, int eol, void *userdata)
    {
        static_cast<Private *>(userdata)->gathered(Facility::Sources, info ? info->name : nullptr,
                                                   eol);
    }

    static void onEvent(pa_context *, pa_subscription_event_type_t type, uint32_t, void *userdata)
    {
        // A device's name never changes: only arrivals and removals matter.
        if ((type & PA_SUBSCRIPTION_EVENT_TYPE_MASK) == PA_SUBSCRIPTION_EVENT_CHANGE)
            return;
        auto *d = static_cast<Private *>(userdata);
        switch (type & PA_SUBSCRIPTION_EVENT_FACILITY_MASK) {
        case PA_SUBSCRIPTION_EVENT_SINK:
            d->list(Facility::Sinks);
            break;
        case PA_SUBSCRIPTION_EVENT_SOURCE:
            d->list(Facility::Sources);
            break;
        default:
            break;
        }
    }
};

bool PulseDeviceWatch::start()
{
    d->q = this;
    d->mainloop = pa_threaded_mainloop_new();
    if (!d->mainloop)
        return false;
    d->context = pa_context_new(pa_threaded_mainloop_get_api(d->mainloop), "LiveDesk devices");
    if (!d->context)
        return false;
    pa_context_set_state_callback(d->context, &Private::onState, d.get());
    if (pa_context_connect(d->context, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0)
        return false;
    pa_threaded_mainloop_lock(d->mainloop);
    if (pa_threaded_mainloop_start(d->mainloop) < 0) {
        pa_threaded_mainloop_unlock(d->mainloop);
        return false;
    }
    // A local socket: ready (or refused) within milliseconds.
    pa_context_state_t state;
    while ((state = pa_context_get_state(d->context)) != PA_CONTEXT_READY
           && PA_CONTEXT_IS_GOOD(state))
        pa_threaded_mainloop_wait(d->mainloop);
    const bool ready = state == PA_CONTEXT_READY;
    if (ready) {
        pa_context_set_subscribe_callback(d->context, &Private::onEvent, d.get());
        if (pa_operation *op = pa_context_subscribe(d->context,
                                                    pa_subscription_mask_t(
                                                            PA_SUBSCRIPTION_MASK_SINK
                                                            | PA_SUBSCRIPTION_MASK_SOURCE),
                                                    nullptr, nullptr))
            pa_operation_unref(op);
        d->list(Private::Facility::Sinks);
        d->list(Private::Facility::Sources);
    }
    pa_threaded_mainloop_unlock(d->mainloop);
    return ready;
}

PulseDeviceWatch::~PulseDeviceWatch()
{
    if (!d->mainloop)
        return;
    if (d->context) {
        pa_threaded_mainloop_lock(d->mainloop);
        pa_context_disconnect(d->context);
        pa_context_unref(d->context);
        pa_threaded_mainloop_unlock(d->mainloop);
    }
    pa_threaded_mainloop_stop(d->mainloop);
    pa_threaded_mainloop_free(d->mainloop);
}

#else

struct PulseDeviceWatch::Private
{ };

bool PulseDeviceWatch::start()
{
    return false;
}

PulseDeviceWatch::~PulseDeviceWatch() = default;

#endif

PulseDeviceWatch::PulseDeviceWatch()
    : d(std::make_unique<Private>())
{ }

PulseDeviceWatch *PulseDeviceWatch::instance()
{
    static const std::unique_ptr<PulseDeviceWatch> watch = [] {
        std::unique_ptr<PulseDeviceWatch> made(new PulseDeviceWatch);
        if (made->start())
            return made;
        qCInfo(lcAudio) << "no PulseAudio device watch: device removals are Qt's to report";
        return std::unique_ptr<PulseDeviceWatch>();
    }();
    return watch.get();
}

std::optional<QByteArrayList> PulseDeviceWatch::sinks() const
{
    QMutexLocker lock(&m_mutex);
    return m_sinks;
}

std::optional<QByteArrayList> PulseDeviceWatch::sources() const
{
    QMutexLocker lock(&m_mutex);
    return m_sources;
}

} // namespace livedesk::audio
