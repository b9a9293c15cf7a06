#include "video/imageconvert.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;

namespace livedesk::video {

MatView wrapImage(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage source = image;
    PixelLayout layout = PixelLayout::None;
    int type = 0;
    switch (source.format()) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words are B, G, R, A bytes on little-endian machines.
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            layout = PixelLayout::Bgra;
            type = CV_8UC4;
        }
        break;
    case QImage::Format_BGR888:
        layout = PixelLayout::Bgr;
        type = CV_8UC3;
        break;
    case QImage::Format_RGB888:
        layout = PixelLayout::Rgb;
        type = CV_8UC3;
        break;
    case QImage::Format_Grayscale8:
        layout = PixelLayout::Gray;
        type = CV_8UC1;
        break;
    default:
        break;
    }
    if (layout == PixelLayout::None) {
        source = source.convertToFormat(QImage::Format_RGB888);
        if (source.isNull())
            return {};
        layout = PixelLayout::Rgb;
        type = CV_8UC3;
    }
    // constBits() keeps the QImage unshared; the Mat only reads.
    auto *pixels = const_cast<uchar *>(source.constBits());
    MatView view;
    view.mat = cv::Mat(source.height(), source.width(), type, pixels,
                       static_cast<size_t>(source.bytesPerLine()));
    view.layout = layout;
    view.owner = std::move(source);
    return view;
}

MatView wrapFrame(const CapturedFrame &frame, QString *error)
{
    if (!frame.image.isNull())
        return wrapImage(frame.image);
    if (!frame.videoFrame.isValid()) {
        if (error)
            *error = u"empty frame"_s;
        return {};
    }
    const QImage converted = frame.videoFrame.toImage();
    if (converted.isNull()) {
        if (error)
            *error = u"camera frame in pixel format %1 could not be converted"_s.arg(
                    int(frame.videoFrame.pixelFormat()));
        return {};
    }
    return wrapImage(converted);
}

cv::Mat toBgrOrGray(const cv::Mat &mat, PixelLayout layout)
{
    cv::Mat out;
    switch (layout) {
    case PixelLayout::Bgr:
    case PixelLayout::Gray:
        return mat;
    case PixelLayout::Bgra:
        cv::cvtColor(mat, out, cv::COLOR_BGRA2BGR);
        return out;
    case PixelLayout::Rgb:
        cv::cvtColor(mat, out, cv::COLOR_RGB2BGR);
        return out;
    case PixelLayout::None:
        break;
    }
    return {};
}

QImage matToImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U)
        return {};
    QImage::Format format = QImage::Format_Invalid;
    if (mat.channels() == 3)
        format = QImage::Format_BGR888;
    else if (mat.channels() == 1)
        format = QImage::Format_Grayscale8;
    if (format == QImage::Format_Invalid)
        return {};
    const QImage wrapped(mat.data, mat.cols, mat.rows, static_cast<qsizetype>(mat.step), format);
    return wrapped.copy();
}

} // namespace livedesk::video
