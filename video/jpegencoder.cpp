#include "video/jpegencoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace livedesk::video {

QSize scaledSize(QSize size, int maxSidePx)
{
    const int longSide = std::max(size.width(), size.height());
    if (maxSidePx <= 0 || longSide <= maxSidePx || size.isEmpty())
        return size;
    const double scale = double(maxSidePx) / longSide;
    const auto scaleSide = [&](int side) {
        return std::clamp(int(std::lround(side * scale)), 1, maxSidePx);
    };
    return size.width() >= size.height() ? QSize(maxSidePx, scaleSide(size.height()))
                                         : QSize(scaleSide(size.width()), maxSidePx);
}

cv::Mat resizeToLongSide(const cv::Mat &image, int maxSidePx)
{
    const QSize from(image.cols, image.rows);
    const QSize to = scaledSize(from, maxSidePx);
    if (to == from)
        return image;
    cv::Mat out;
    cv::resize(image, out, cv::Size(to.width(), to.height()), 0, 0, cv::INTER_AREA);
    return out;
}

JpegResult encodeJpeg(const cv::Mat &bgrOrGray, int jpegQuality)
{
    JpegResult result;
    if (bgrOrGray.empty() || bgrOrGray.depth() != CV_8U
        || (bgrOrGray.channels() != 3 && bgrOrGray.channels() != 1)) {
        result.error = u"cannot encode an empty or non-8-bit BGR/grey image"_s;
        return result;
    }
    const std::vector<int> params = {
            cv::IMWRITE_JPEG_QUALITY,     std::clamp(jpegQuality, 1, 100),
            cv::IMWRITE_JPEG_PROGRESSIVE, 0, // baseline: every decoder, and cheaper to make
            cv::IMWRITE_JPEG_OPTIMIZE,    0,
    };
    std::vector<uchar> buffer;
    try {
        if (!cv::imencode(".jpg", bgrOrGray, buffer, params)) {
            result.error = u"the JPEG encoder refused the image"_s;
            return result;
        }
    } catch (const cv::Exception &e) {
        result.error = u"JPEG encoding failed: %1"_s.arg(QString::fromStdString(e.msg));
        return result;
    }
    const QByteArray raw(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
    result.jpeg = stripJpegMetadata(raw, &result.error);
    result.sizePx = QSize(bgrOrGray.cols, bgrOrGray.rows);
    return result;
}

JpegResult encodeJpeg(const MatView &image, const EncoderSettings &settings)
{
    if (image.isNull())
        return {{}, {}, u"no image to encode"_s};
    try {
        // Resize first: the channel conversion then runs on the smaller image.
        const cv::Mat scaled = resizeToLongSide(image.mat, settings.maxSidePx);
        const cv::Mat bgr = toBgrOrGray(scaled, image.layout);
        return encodeJpeg(bgr, settings.jpegQuality);
    } catch (const cv::Exception &e) {
        return {{}, {}, u"resize failed: %1"_s.arg(QString::fromStdString(e.msg))};
    }
}

QByteArray stripJpegMetadata(const QByteArray &jpeg, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    const auto *data = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype size = jpeg.size();
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return fail(u"not a JPEG (no start-of-image marker)"_s);

    QByteArray out;
    out.reserve(size);
    out.append(jpeg.constData(), 2);
    qsizetype pos = 2;
    while (pos < size) {
        if (data[pos] != 0xFF)
            return fail(u"corrupt JPEG: expected a marker at byte %1"_s.arg(pos));
        while (pos < size && data[pos] == 0xFF) // fill bytes
            ++pos;
        if (pos >= size)
            break;
        const uchar marker = data[pos++];
        if (marker == 0xD9) { // EOI without scan data
            return fail(u"corrupt JPEG: image ends before any scan"_s);
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // standalone markers
            out.append(char(0xFF));
            out.append(char(marker));
            continue;
        }
        if (pos + 2 > size)
            return fail(u"corrupt JPEG: truncated segment header"_s);
        const int length = (data[pos] << 8) | data[pos + 1];
        if (length < 2 || pos + length > size)
            return fail(u"corrupt JPEG: segment length %1 runs past the end"_s.arg(length));
        const char *segment = jpeg.constData() + pos;
        const bool isJfif = marker == 0xE0 && length >= 7
                            && QByteArrayView(segment + 2, 5) == QByteArrayView("JFIF\0", 5);
        const bool metadata = (marker >= 0xE0 && marker <= 0xEF && !isJfif) || marker == 0xFE;
        if (!metadata) {
            out.append(char(0xFF));
            out.append(char(marker));
            out.append(segment, length);
        }
        pos += length;
        if (marker == 0xDA) {
            // Entropy-coded data up to and including EOI. Markers inside it are RSTn or stuffed
            // 0xFF00 pairs; cut anything appended after EOI (trailers some tools add).
            qsizetype end = pos;
            while (end + 1 < size && !(data[end] == 0xFF && data[end + 1] == 0xD9))
                ++end;
            if (end + 1 >= size)
                return fail(u"corrupt JPEG: no end-of-image marker"_s);
            out.append(jpeg.constData() + pos, end + 2 - pos);
            return out;
        }
    }
    return fail(u"corrupt JPEG: no scan data"_s);
}

} // namespace livedesk::video
