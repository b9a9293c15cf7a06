// Conversion between whatever a device speaks (any QAudioFormat sample format and channel count)
// and the engine's mono float. Allocation-free: the caller provides every buffer.
#pragma once

#include <QAudioFormat>

#include <cstddef>
#include <span>

namespace livedesk::audio {

// True for the formats the engine can read and write (UInt8, Int16, Int32, Float; ≥ 1 channel).
bool isSupportedDeviceFormat(const QAudioFormat &format);

// Averages the channels of `frames` interleaved device frames into `mono` (which holds at least
// `frames` samples).
void deviceToMono(const char *data, size_t frames, const QAudioFormat &format, float *mono);

// Writes `mono` to every channel of interleaved device frames (`data` holds at least
// mono.size() * bytesPerFrame bytes). Out-of-range samples are clamped.
void monoToDevice(std::span<const float> mono, const QAudioFormat &format, char *data);

// True when any sample of the interleaved device data is not exactly zero (the "is the
// microphone delivering anything" test; UInt8 silence is 128).
bool hasNonZeroSample(const char *data, size_t frames, const QAudioFormat &format);

} // namespace livedesk::audio
