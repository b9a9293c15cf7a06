// Resize and JPEG encoding with OpenCV (libjpeg-turbo on Debian), and a metadata stripper that
// guarantees what leaves the machine is pixels only: no EXIF (camera make, GPS, time), XMP, ICC
// profile or comment segments, whoever produced the JPEG.
#pragma once

#include "video/imageconvert.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace livedesk::video {

struct EncoderSettings
{
    int maxSidePx = 1024; // long side of the frame sent; see maxSideForResolution()
    int jpegQuality = 80; // 1..100
};

// The size `size` scales to so that its long side is at most maxSidePx, keeping the aspect ratio
// (never upscales; each side at least 1 pixel).
QSize scaledSize(QSize size, int maxSidePx);

// INTER_AREA downscale (it averages, so text and fine edges alias least); returns `image` itself
// when it already fits.
cv::Mat resizeToLongSide(const cv::Mat &image, int maxSidePx);

struct JpegResult
{
    QByteArray jpeg; // empty on failure
    QSize sizePx;
    QString error;
};

// Resize, channel fix-up, baseline JPEG at the given quality, metadata stripped.
JpegResult encodeJpeg(const MatView &image, const EncoderSettings &settings);

// Baseline JPEG of a BGR or grey matrix, metadata stripped.
JpegResult encodeJpeg(const cv::Mat &bgrOrGray, int jpegQuality);

// Removes APP1..APP15 (EXIF, XMP, ICC, Adobe, …), COM and non-JFIF APP0 segments (JFXX
// thumbnails) and anything after EOI; keeps the JFIF APP0 header and every segment decoding
// needs. Returns an empty array and sets `error` when the data is not a well-formed JPEG.
QByteArray stripJpegMetadata(const QByteArray &jpeg, QString *error = nullptr);

} // namespace livedesk::video
