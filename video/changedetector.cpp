#include "video/changedetector.h"

#include "video/jpegencoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace livedesk::video {

ChangeDetector::ChangeDetector(ChangeDetectionSettings settings)
    : m_settings(settings)
{ }

void ChangeDetector::setSettings(const ChangeDetectionSettings &settings)
{
    m_settings = settings;
}

cv::Mat ChangeDetector::thumbnail(const MatView &image) const
{
    if (image.isNull())
        return {};
    // Area averaging before the grey conversion: the conversion then touches 14,400 pixels, not
    // two million, and the averaging is what removes sensor noise.
    const QSize size = scaledSize(QSize(image.mat.cols, image.mat.rows),
                                  std::max(8, m_settings.thumbnailLongSidePx));
    cv::Mat small;
    cv::resize(image.mat, small, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_AREA);
    cv::Mat grey;
    switch (image.layout) {
    case PixelLayout::Bgra:
        cv::cvtColor(small, grey, cv::COLOR_BGRA2GRAY);
        break;
    case PixelLayout::Bgr:
        cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
        break;
    case PixelLayout::Rgb:
        cv::cvtColor(small, grey, cv::COLOR_RGB2GRAY);
        break;
    case PixelLayout::Gray:
        grey = small;
        break;
    case PixelLayout::None:
        return {};
    }
    return grey;
}

double ChangeDetector::changedFraction(const cv::Mat &thumbnailA, const cv::Mat &thumbnailB) const
{
    if (thumbnailA.empty() || thumbnailB.empty() || thumbnailA.size() != thumbnailB.size()
        || thumbnailA.type() != thumbnailB.type())
        return 1.0;
    cv::Mat difference;
    cv::absdiff(thumbnailA, thumbnailB, difference);
    cv::Mat changed;
    cv::threshold(difference, changed, m_settings.pixelDelta, 255, cv::THRESH_BINARY);
    return double(cv::countNonZero(changed)) / double(changed.total());
}

} // namespace livedesk::video
