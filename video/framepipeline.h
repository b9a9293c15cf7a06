// The synchronous heart of the video engine: policy gate, change detection, resize, JPEG. One
// instance per stream, used by one thread at a time (the engine's worker; benchmarks and offline
// tools call it directly with media timestamps).
#pragma once

#include "video/changedetector.h"
#include "video/framepolicy.h"
#include "video/jpegencoder.h"
#include "video/types.h"

#include <QString>

#include <opencv2/core/mat.hpp>

namespace livedesk::video {

struct VideoSettings
{
    MediaResolution mediaResolution = MediaResolution::Unspecified; // token estimate
    EncoderSettings encoder;
    FramePolicySettings policy;
    ChangeDetectionSettings detection;

    // Settings for a media resolution: the long-side limit from maxSideForResolution().
    static VideoSettings forResolution(MediaResolution resolution);
    // Why user-given values (CLI flags, settings page) are unusable; empty when they are fine.
    // Rejects maxFps outside (0, 1], jpegQuality outside 1..100, maxSidePx outside 64..4096.
    QString validate() const;
};

struct PipelineResult
{
    PolicyDecision decision;
    EncodedFrame frame; // set when decision.shouldSend() and encoding succeeded
    bool evaluated = false; // pixels were looked at (not rejected as too early)
    double changedVsSent = 0; // ChangeDetector fraction against the last frame sent
    double changedVsPrevious = 0;
    QString error; // conversion or encoding failure; nothing was sent

    bool sent() const { return !frame.jpeg.isEmpty(); }
};

class FramePipeline
{
public:
    explicit FramePipeline(VideoSettings settings = {});

    void setSettings(const VideoSettings &settings);
    const VideoSettings &settings() const { return m_settings; }
    const FramePolicy &policy() const { return m_policy; }

    // Start over: the next frame is sent whatever it shows. The frame sequence keeps counting.
    void reset();
    void speechStarted(qint64 nowMs) { m_policy.speechStarted(nowMs); }
    void speechEnded(qint64 nowMs) { m_policy.speechEnded(nowMs); }

    // Decides on `frame` at its own timestamp and encodes it when it goes out.
    PipelineResult process(const CapturedFrame &frame);

private:
    VideoSettings m_settings;
    FramePolicy m_policy;
    ChangeDetector m_detector;
    cv::Mat m_sentThumbnail;
    cv::Mat m_previousThumbnail;
    qint64 m_sequence = 0;
};

} // namespace livedesk::video
