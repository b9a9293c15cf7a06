// Converting captured pictures (QImage, QVideoFrame) to OpenCV matrices and back. Wrapping avoids
// a full-resolution copy where the memory layout allows; the channel order is carried along and
// fixed after the resize, on the smaller image.
#pragma once

#include "video/types.h"

#include <QImage>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace livedesk::video {

enum class PixelLayout { None, Bgr, Bgra, Rgb, Gray };

// A matrix over the pixels of `owner` (shared, not copied): keep the view alive while using mat.
struct MatView
{
    cv::Mat mat;
    PixelLayout layout = PixelLayout::None;
    QImage owner;

    bool isNull() const { return mat.empty(); }
};

// Formats OpenCV cannot wrap directly (indexed, 16-bit, …) are converted to RGB32 first.
// Screen grabs (RGB32) and OpenCV-made images (BGR888) are wrapped without a copy.
MatView wrapImage(const QImage &image);

// Converts a camera frame: the common camera formats (NV12, NV21, I420, YV12, YUYV, UYVY,
// BGRA/RGBA, grey, MJPEG) with OpenCV, anything else through QVideoFrame::toImage(). The view
// owns its pixels. Sets `error` and returns a null view when the frame cannot be converted.
MatView wrapFrame(const CapturedFrame &frame, QString *error = nullptr);

// Three-channel BGR (or single-channel grey) for the encoder; copies or converts.
cv::Mat toBgrOrGray(const cv::Mat &mat, PixelLayout layout);

// A deep copy as QImage::Format_BGR888 (3 channels) or Format_Grayscale8 (1 channel).
QImage matToImage(const cv::Mat &mat);

} // namespace livedesk::video
