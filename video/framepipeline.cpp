#include "video/framepipeline.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {
constexpr int kMinSidePx = 64;
constexpr int kMaxSidePx = 4096;
} // namespace

VideoSettings VideoSettings::forResolution(MediaResolution resolution)
{
    VideoSettings settings;
    settings.mediaResolution = resolution;
    settings.encoder.maxSidePx = maxSideForResolution(resolution);
    return settings;
}

QString VideoSettings::validate() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("livedesk::video::VideoSettings", text);
    };
    if (!(policy.maxFps > 0.0 && policy.maxFps <= 1.0))
        return tr("The frame rate must be above 0 and at most 1 frame per second (got %1).")
                .arg(policy.maxFps);
    if (!(policy.idleFps > 0.0))
        return tr("The idle frame rate must be above 0 (got %1).").arg(policy.idleFps);
    if (encoder.jpegQuality < 1 || encoder.jpegQuality > 100)
        return tr("The JPEG quality must be between 1 and 100 (got %1).").arg(encoder.jpegQuality);
    if (encoder.maxSidePx < kMinSidePx || encoder.maxSidePx > kMaxSidePx)
        return tr("The longest side must be between %1 and %2 pixels (got %3).")
                .arg(kMinSidePx)
                .arg(kMaxSidePx)
                .arg(encoder.maxSidePx);
    if (policy.keepAliveMs < 0)
        return tr("The keep-alive interval cannot be negative (got %1 ms).").arg(policy.keepAliveMs);
    return {};
}

FramePipeline::FramePipeline(VideoSettings settings)
    : m_settings(settings)
    , m_policy(settings.policy)
    , m_detector(settings.detection)
{ }

void FramePipeline::setSettings(const VideoSettings &settings)
{
    const bool thumbnailChanged = settings.detection.thumbnailLongSidePx
                                  != m_settings.detection.thumbnailLongSidePx;
    m_settings = settings;
    m_policy.setSettings(settings.policy);
    m_detector.setSettings(settings.detection);
    if (thumbnailChanged) {
        m_sentThumbnail.release();
        m_previousThumbnail.release();
    }
}

void FramePipeline::reset()
{
    m_policy.reset();
    m_sentThumbnail.release();
    m_previousThumbnail.release();
}

PipelineResult FramePipeline::process(const CapturedFrame &frame)
{
    PipelineResult result;
    const qint64 nowMs = frame.timestampMs;
    if (frame.isNull()) {
        result.error = u"empty frame"_s;
        return result;
    }
    if (m_policy.isTooEarly(nowMs)) {
        result.decision.skip = SkipReason::TooEarly;
        return result;
    }

    const MatView view = wrapFrame(frame, &result.error);
    if (view.isNull()) {
        if (result.error.isEmpty())
            result.error = u"the frame could not be converted"_s;
        return result;
    }
    result.evaluated = true;

    cv::Mat thumbnail;
    const bool detect = m_settings.policy.changeDetection == ChangeDetection::SkipUnchanged;
    if (detect) {
        try {
            thumbnail = m_detector.thumbnail(view);
        } catch (const cv::Exception &e) {
            result.error = u"change detection failed: %1"_s.arg(QString::fromStdString(e.msg));
            return result;
        }
        result.changedVsSent = m_detector.changedFraction(thumbnail, m_sentThumbnail);
        result.changedVsPrevious = m_detector.changedFraction(thumbnail, m_previousThumbnail);
        m_previousThumbnail = thumbnail;
    }

    result.decision = m_policy.decide(nowMs, result.changedVsSent, result.changedVsPrevious);
    if (!result.decision.shouldSend())
        return result;

    JpegResult jpeg = encodeJpeg(view, m_settings.encoder);
    if (jpeg.jpeg.isEmpty()) {
        result.error = jpeg.error;
        return result;
    }
    m_policy.markSent(nowMs);
    m_sentThumbnail = thumbnail;
    result.frame.jpeg = std::move(jpeg.jpeg);
    result.frame.sizePx = jpeg.sizePx;
    result.frame.captureTimestampMs = nowMs;
    result.frame.sequence = ++m_sequence;
    result.frame.reason = result.decision.send;
    result.frame.estimatedTokens = estimateImageTokens(m_settings.mediaResolution, jpeg.sizePx);
    return result;
}

} // namespace livedesk::video
