// Plain value types shared by the video engine and its callers (app/ wires them to the session).
//
// Contract for the composition root:
//   VideoEngine::frameEncoded(const EncodedFrame &frame) carries one baseline JPEG (mime type
//   EncodedFrame::mimeType(), i.e. "image/jpeg") to send as realtimeInput.video. The JPEG has no
//   EXIF/XMP/ICC or comment segments; its pixel size is frame.sizePx and its capture time is
//   frame.captureTimestampMs on the engine's Clock. The engine never emits more than one frame per
//   second and emits nothing while paused.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QString>
#include <QVideoFrame>

namespace livedesk::video {

Q_NAMESPACE

// Mirrors the Live API's setup.generationConfig.mediaResolution without depending on session/
// (app/ maps one to the other). It decides the per-frame token estimate and, through
// maxSideForResolution(), a sensible resize limit.
enum class MediaResolution { Unspecified, Low, Medium, High };
Q_ENUM_NS(MediaResolution)

// Why the policy let a frame through.
enum class SendReason {
    None,
    First, // the first frame after start or resume
    Changed, // the scene differs enough from the last frame sent
    KeepAlive, // nothing changed for keepAliveMs; show the model the scene is still there
    Speech, // the user started speaking: a fresh frame of what they are talking about
    Interval, // change detection is off: plain rate-limited sampling
};
Q_ENUM_NS(SendReason)

// Why the policy held a frame back.
enum class SkipReason {
    None,
    TooEarly, // within the minimum interval of the last frame sent (no pixels looked at)
    Unchanged, // too similar to the last frame sent, and no keep-alive due
    IdleRate, // changed a little, but the idle rate applies (nobody speaks, nothing moves)
};
Q_ENUM_NS(SkipReason)

enum class ChangeDetection { None, SkipUnchanged };
Q_ENUM_NS(ChangeDetection)

// One picture from a source, not yet converted. Exactly one of image / videoFrame is set: screen
// and file sources deliver a QImage; the camera delivers its QVideoFrame unconverted so that the
// conversion runs on the video worker, and only for frames the policy looks at.
struct CapturedFrame
{
    QImage image;
    QVideoFrame videoFrame;
    qint64 timestampMs = 0; // capture time on the engine's Clock (media time in offline runs)

    bool isNull() const { return image.isNull() && !videoFrame.isValid(); }
};

struct EncodedFrame
{
    QByteArray jpeg;
    QSize sizePx;
    qint64 captureTimestampMs = 0;
    qint64 sequence = 0; // 1 for the first frame an engine sends, then +1 per frame
    SendReason reason = SendReason::None;
    int estimatedTokens = 0;

    static QString mimeType(); // "image/jpeg"
};

// Counters for the usage meter. Cumulative since the engine was created (stop/start keep them).
struct VideoStatistics
{
    qint64 framesCaptured = 0; // frames that reached the worker
    qint64 framesEvaluated = 0; // frames the policy looked at (converted, change-detected)
    qint64 framesSent = 0;
    qint64 framesSkippedUnchanged = 0; // too similar to the last frame sent, or idle rate
    qint64 framesDroppedBusy = 0; // replaced by a newer frame before the worker got to them
    qint64 bytesSent = 0; // JPEG bytes (base64 on the wire adds a third)
    qint64 estimatedTokens = 0;
};

// Image tokens per frame as the Live API bills them, by media resolution (documented figures, see
// docs/benchmarks.md "Video"): LOW 64; MEDIUM and unspecified (the default) 258 per frame; HIGH
// 258 per 768×768 tile of the frame (a 1536×864 frame is 4 tiles, 1032 tokens). An estimate for
// the meter: the server's usageMetadata stays the authority.
int estimateImageTokens(MediaResolution resolution, QSize frameSizePx);

// The long-side limit worth sending for a media resolution: more pixels than the model keeps
// costs bandwidth and encode time and buys nothing (tokens follow resolution, not bytes).
// LOW 512, MEDIUM and unspecified 1024, HIGH 1536.
int maxSideForResolution(MediaResolution resolution);

} // namespace livedesk::video

Q_DECLARE_METATYPE(livedesk::video::CapturedFrame)
Q_DECLARE_METATYPE(livedesk::video::EncodedFrame)
