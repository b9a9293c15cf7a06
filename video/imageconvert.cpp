#include "video/imageconvert.h"

#include <QGuiApplication>
#include <QVideoFrameFormat>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
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

namespace {

// The pixel formats cameras deliver, converted with OpenCV: far cheaper than
// QVideoFrame::toImage() in Qt 6.4 (bench_video_encode: 720p NV12 about 11 ms there). Returns an
// empty matrix for formats left to Qt. `frame` must be mapped for reading.
cv::Mat convertMappedFrame(const QVideoFrame &frame, PixelLayout *layout)
{
    // Subsampled chroma covers pixel pairs: an odd last column or row is dropped (Qt 6.4's own
    // conversion corrupts memory on odd-sized YUV frames, so it is no fallback for them).
    const int width = frame.width();
    const int height = frame.height();
    const int evenWidth = width & ~1;
    const int evenHeight = height & ~1;
    const auto plane = [&](int index, int rows, int cols, int type) {
        return cv::Mat(rows, cols, type, const_cast<uchar *>(frame.bits(index)),
                       size_t(frame.bytesPerLine(index)));
    };
    cv::Mat out;
    *layout = PixelLayout::Bgr;
    if (evenWidth == 0 || evenHeight == 0)
        return {};
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
        if (frame.planeCount() < 2)
            return {};
        cv::cvtColorTwoPlane(plane(0, evenHeight, evenWidth, CV_8UC1),
                             plane(1, evenHeight / 2, evenWidth / 2, CV_8UC2), out,
                             frame.pixelFormat() == QVideoFrameFormat::Format_NV12
                                     ? cv::COLOR_YUV2BGR_NV12
                                     : cv::COLOR_YUV2BGR_NV21);
        return out;
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12: {
        if (frame.planeCount() < 3)
            return {};
        // OpenCV wants the three planes back to back without row padding.
        cv::Mat packed(evenHeight * 3 / 2, evenWidth, CV_8UC1);
        plane(0, evenHeight, evenWidth, CV_8UC1).copyTo(packed.rowRange(0, evenHeight));
        const size_t chromaBytes = size_t(evenWidth / 2) * size_t(evenHeight / 2);
        for (int index = 1; index <= 2; ++index) {
            cv::Mat target(evenHeight / 2, evenWidth / 2, CV_8UC1,
                           packed.data + size_t(evenWidth) * evenHeight
                                   + size_t(index - 1) * chromaBytes);
            plane(index, evenHeight / 2, evenWidth / 2, CV_8UC1).copyTo(target);
        }
        cv::cvtColor(packed, out,
                     frame.pixelFormat() == QVideoFrameFormat::Format_YUV420P
                             ? cv::COLOR_YUV2BGR_I420
                             : cv::COLOR_YUV2BGR_YV12);
        return out;
    }
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY:
        cv::cvtColor(plane(0, height, evenWidth, CV_8UC2), out,
                     frame.pixelFormat() == QVideoFrameFormat::Format_YUYV
                             ? cv::COLOR_YUV2BGR_YUY2
                             : cv::COLOR_YUV2BGR_UYVY);
        return out;
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        cv::cvtColor(plane(0, height, width, CV_8UC4), out, cv::COLOR_BGRA2BGR);
        return out;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        cv::cvtColor(plane(0, height, width, CV_8UC4), out, cv::COLOR_RGBA2BGR);
        return out;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888: {
        // Bytes A, R, G, B (or A, B, G, R): pick the colour bytes in B, G, R order.
        const bool rgb = frame.pixelFormat() != QVideoFrameFormat::Format_ABGR8888
                         && frame.pixelFormat() != QVideoFrameFormat::Format_XBGR8888;
        const int fromTo[] = {rgb ? 3 : 1, 0, 2, 1, rgb ? 1 : 3, 2};
        out.create(height, width, CV_8UC3);
        const cv::Mat source = plane(0, height, width, CV_8UC4);
        cv::mixChannels(&source, 1, &out, 1, fromTo, 3);
        return out;
    }
    case QVideoFrameFormat::Format_Y8:
        *layout = PixelLayout::Gray;
        return plane(0, height, width, CV_8UC1).clone();
    case QVideoFrameFormat::Format_Jpeg: {
        // MJPEG cameras: one compressed picture in the first plane.
        const cv::Mat bytes(1, frame.mappedBytes(0), CV_8UC1, const_cast<uchar *>(frame.bits(0)));
        return cv::imdecode(bytes, cv::IMREAD_COLOR);
    }
    default:
        break;
    }
    return {};
}

} // namespace

MatView wrapFrame(const CapturedFrame &frame, QString *error)
{
    if (!frame.image.isNull())
        return wrapImage(frame.image);
    if (!frame.videoFrame.isValid()) {
        if (error)
            *error = u"empty frame"_s;
        return {};
    }
    QVideoFrame mapped = frame.videoFrame;
    if (mapped.map(QVideoFrame::ReadOnly)) {
        MatView view;
        try {
            view.mat = convertMappedFrame(mapped, &view.layout);
        } catch (const cv::Exception &e) {
            view.mat.release();
            if (error)
                *error = u"camera frame conversion failed: %1"_s.arg(QString::fromStdString(e.msg));
        }
        mapped.unmap();
        if (!view.mat.empty())
            return view;
    }
    // Everything else (GPU textures, rare layouts): Qt's own conversion, which in Qt 6.4
    // dereferences GUI state and crashes in a QCoreApplication.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = u"camera frames in pixel format %1 need a GUI application to convert"_s.arg(
                    int(frame.videoFrame.pixelFormat()));
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
