// The PulseAudio server's own list of sinks and sources, kept current by its change events.
//
// Qt 6.8's PulseAudio backend caches the device lists it hands QMediaDevices and refreshes them
// only when a device appears or changes: a sink or source that goes away stays listed, and no
// audioOutputsChanged/audioInputsChanged is emitted (6.4 re-reads the server each time). The
// audio engine would then never notice an unplugged headset. It asks this watcher which of Qt's
// devices still exist; without libpulse, or without a PulseAudio server, there is no watcher and
// Qt's lists are taken as they are.
#pragma once

#include <QByteArrayList>
#include <QMutex>

#include <memory>
#include <optional>

namespace livedesk::audio {

class PulseDeviceWatch
{
public:
    // The process's watcher, made on first use; nullptr when it cannot run (no libpulse in the
    // build, no server to talk to).
    static PulseDeviceWatch *instance();

    ~PulseDeviceWatch();
    PulseDeviceWatch(const PulseDeviceWatch &) = delete;
    PulseDeviceWatch &operator=(const PulseDeviceWatch &) = delete;

    // Names (Qt's device ids) as the server lists them now; nothing until the first listing has
    // arrived, so a caller never takes "not listed yet" for "gone". Any thread.
    std::optional<QByteArrayList> sinks() const;
    std::optional<QByteArrayList> sources() const;

    struct Private; // the libpulse side (pulsedevicewatch.cpp)

private:
    PulseDeviceWatch();
    bool start();

    std::unique_ptr<Private> d;
    mutable QMutex m_mutex; // guards the two lists: written on libpulse's thread
    std::optional<QByteArrayList> m_sinks;
    std::optional<QByteArrayList> m_sources;
    friend struct Private;
};

} // namespace livedesk::audio
