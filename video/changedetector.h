// How different two pictures look, on a small grey thumbnail: cheap enough to run on every frame
// the policy considers (about 1 ms for 1080p), blind to sensor noise and a moving mouse pointer,
// sensitive to a new line of text or a hand in the picture.
#pragma once

#include "video/imageconvert.h"

#include <opencv2/core/mat.hpp>

namespace livedesk::video {

struct ChangeDetectionSettings
{
    int thumbnailLongSidePx = 160; // 1080p → 160×90: one thumbnail pixel per 12×12 block
    int pixelDelta = 12; // grey levels (0..255) a thumbnail pixel must move to count
};

class ChangeDetector
{
public:
    explicit ChangeDetector(ChangeDetectionSettings settings = {});

    void setSettings(const ChangeDetectionSettings &settings);
    const ChangeDetectionSettings &settings() const { return m_settings; }

    // The grey thumbnail of an image (any layout wrapImage() produces).
    cv::Mat thumbnail(const MatView &image) const;

    // Fraction (0..1) of thumbnail pixels that differ by more than pixelDelta. 1 when either is
    // empty or their sizes differ (the source changed resolution: that is a change).
    double changedFraction(const cv::Mat &thumbnailA, const cv::Mat &thumbnailB) const;

private:
    ChangeDetectionSettings m_settings;
};

} // namespace livedesk::video
