// Camera frames in the pixel formats cameras deliver (NV12, NV21, I420, YV12, YUYV, UYVY, BGRA,
// RGBA, ARGB, XBGR, grey) convert to the picture they carry, and agree with Qt's own conversion
// (QVideoFrame::toImage()), which the engine no longer pays for on the common formats.
#include "tests/video/videotestutil.h"
#include "video/imageconvert.h"

#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace livedesk::video;
using namespace livedesk::video::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 240;

// Copies `rows` rows of `rowBytes` from packed `source` into a plane with its own stride.
void fillPlane(QVideoFrame &frame, int plane, const uchar *source, int rowBytes, int rows)
{
    for (int y = 0; y < rows; ++y)
        std::memcpy(frame.bits(plane) + y * frame.bytesPerLine(plane), source + y * rowBytes,
                    size_t(rowBytes));
}

// A camera frame in `format` carrying `bgr`, built with OpenCV's forward conversions.
QVideoFrame frameIn(QVideoFrameFormat::PixelFormat format, const cv::Mat &bgr)
{
    const int w = bgr.cols;
    const int h = bgr.rows;
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    cv::Mat i420;
    cv::cvtColor(bgr, i420, cv::COLOR_BGR2YUV_I420);
    const uchar *y = i420.data;
    const uchar *u = y + w * h;
    const uchar *v = u + (w / 2) * (h / 2);
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21: {
        fillPlane(frame, 0, y, w, h);
        std::vector<uchar> uv(size_t(w) * (h / 2));
        const bool nv12 = format == QVideoFrameFormat::Format_NV12;
        for (int i = 0; i < (w / 2) * (h / 2); ++i) {
            uv[size_t(2 * i)] = nv12 ? u[i] : v[i];
            uv[size_t(2 * i + 1)] = nv12 ? v[i] : u[i];
        }
        fillPlane(frame, 1, uv.data(), w, h / 2);
        break;
    }
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12: {
        const bool i420Order = format == QVideoFrameFormat::Format_YUV420P;
        fillPlane(frame, 0, y, w, h);
        fillPlane(frame, 1, i420Order ? u : v, w / 2, h / 2);
        fillPlane(frame, 2, i420Order ? v : u, w / 2, h / 2);
        break;
    }
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        std::vector<uchar> packed(size_t(w) * h * 2);
        const bool yuyv = format == QVideoFrameFormat::Format_YUYV;
        for (int row = 0; row < h; ++row) {
            for (int x = 0; x < w; x += 2) {
                uchar *p = packed.data() + size_t(row) * w * 2 + size_t(x) * 2;
                const int c = (row / 2) * (w / 2) + x / 2;
                const uchar y0 = y[row * w + x];
                const uchar y1 = y[row * w + x + 1];
                if (yuyv) {
                    p[0] = y0, p[1] = u[c], p[2] = y1, p[3] = v[c];
                } else {
                    p[0] = u[c], p[1] = y0, p[2] = v[c], p[3] = y1;
                }
            }
        }
        fillPlane(frame, 0, packed.data(), w * 2, h);
        break;
    }
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_XBGR8888: {
        // Byte order as the format's name spells it.
        cv::Mat four(h, w, CV_8UC4);
        const int *order = nullptr;
        // (source channel of B, G, R → byte) pairs; the alpha byte stays opaque.
        static const int bgra[] = {0, 0, 1, 1, 2, 2};
        static const int rgba[] = {2, 0, 1, 1, 0, 2};
        static const int argb[] = {2, 1, 1, 2, 0, 3};
        static const int xbgr[] = {0, 1, 1, 2, 2, 3};
        switch (format) {
        case QVideoFrameFormat::Format_BGRA8888:
            order = bgra;
            break;
        case QVideoFrameFormat::Format_RGBA8888:
            order = rgba;
            break;
        case QVideoFrameFormat::Format_ARGB8888:
            order = argb;
            break;
        default:
            order = xbgr;
            break;
        }
        four.setTo(cv::Scalar::all(255));
        cv::mixChannels(&bgr, 1, &four, 1, order, 3);
        fillPlane(frame, 0, four.data, w * 4, h);
        break;
    }
    case QVideoFrameFormat::Format_Y8:
        fillPlane(frame, 0, y, w, h);
        break;
    default:
        break;
    }
    frame.unmap();
    return frame;
}

cv::Mat testPicture()
{
    cv::Mat picture = makeDesktop(kWidth, kHeight, 3);
    cv::rectangle(picture, cv::Rect(10, 10, 60, 60), cv::Scalar(0, 0, 255), cv::FILLED);
    cv::rectangle(picture, cv::Rect(80, 10, 60, 60), cv::Scalar(0, 255, 0), cv::FILLED);
    cv::rectangle(picture, cv::Rect(150, 10, 60, 60), cv::Scalar(255, 0, 0), cv::FILLED);
    return picture;
}

cv::Mat asBgr(const MatView &view)
{
    return view.layout == PixelLayout::Gray ? view.mat : toBgrOrGray(view.mat, view.layout);
}

} // namespace

class tst_CameraFrameConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsCameraFormats_data();
    void convertsCameraFormats();
    void oddSizesAreCroppedToWholeChromaPairs();
};

void tst_CameraFrameConversion::convertsCameraFormats_data()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::addColumn<bool>("grey");
    QTest::newRow("NV12, most USB and laptop cameras") << QVideoFrameFormat::Format_NV12 << false;
    QTest::newRow("NV21") << QVideoFrameFormat::Format_NV21 << false;
    QTest::newRow("I420 (YUV420P)") << QVideoFrameFormat::Format_YUV420P << false;
    QTest::newRow("YV12") << QVideoFrameFormat::Format_YV12 << false;
    QTest::newRow("YUYV, V4L2 uncompressed") << QVideoFrameFormat::Format_YUYV << false;
    QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY << false;
    QTest::newRow("BGRA, macOS and Windows") << QVideoFrameFormat::Format_BGRA8888 << false;
    QTest::newRow("RGBA") << QVideoFrameFormat::Format_RGBA8888 << false;
    QTest::newRow("ARGB") << QVideoFrameFormat::Format_ARGB8888 << false;
    QTest::newRow("XBGR") << QVideoFrameFormat::Format_XBGR8888 << false;
    QTest::newRow("grey Y8") << QVideoFrameFormat::Format_Y8 << true;
}

void tst_CameraFrameConversion::convertsCameraFormats()
{
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    QFETCH(bool, grey);
    const cv::Mat picture = testPicture();
    CapturedFrame captured;
    captured.videoFrame = frameIn(format, picture);
    QVERIFY(captured.videoFrame.isValid());

    QString error;
    const MatView view = wrapFrame(captured, &error);
    QVERIFY2(!view.isNull(), qPrintable(error));
    QCOMPARE(QSize(view.mat.cols, view.mat.rows), QSize(kWidth, kHeight));
    const cv::Mat ours = asBgr(view);

    // Against the picture the frame was made from: chroma subsampling costs a little.
    cv::Mat expected = picture;
    if (grey) { // the luma plane the frame was filled with
        cv::Mat i420;
        cv::cvtColor(picture, i420, cv::COLOR_BGR2YUV_I420);
        expected = i420.rowRange(0, kHeight);
    }
    const double vsOriginal = cv::PSNR(ours, expected);
    QVERIFY2(vsOriginal > 28.0, qPrintable(u"%1 dB against the original"_s.arg(vsOriginal)));

    // Against Qt's conversion of the same bytes: the same picture (colour matrices may differ
    // by a few levels between BT.601 variants).
    const MatView qtView = wrapImage(captured.videoFrame.toImage());
    QVERIFY(!qtView.isNull());
    cv::Mat qt = toBgrOrGray(qtView.mat, qtView.layout);
    if (grey && qt.channels() == 3)
        cv::cvtColor(qt, qt, cv::COLOR_BGR2GRAY);
    const double vsQt = cv::PSNR(ours, qt);
    QVERIFY2(vsQt > 25.0, qPrintable(u"%1 dB against Qt's toImage()"_s.arg(vsQt)));
}

void tst_CameraFrameConversion::oddSizesAreCroppedToWholeChromaPairs()
{
    // 4:2:0 with an odd width and height: chroma covers pixel pairs, so the last column and
    // row go (Qt 6.4's own conversion corrupts memory on such frames).
    QVideoFrame frame(QVideoFrameFormat(QSize(161, 121), QVideoFrameFormat::Format_YUV420P));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    frame.unmap();
    CapturedFrame captured;
    captured.videoFrame = frame;
    QString error;
    const MatView view = wrapFrame(captured, &error);
    QVERIFY2(!view.isNull(), qPrintable(error));
    QCOMPARE(QSize(view.mat.cols, view.mat.rows), QSize(160, 120));
    const cv::Vec3b pixel = view.mat.at<cv::Vec3b>(60, 80); // Y=U=V=128: mid grey
    QVERIFY(std::abs(pixel[0] - 130) < 8 && std::abs(pixel[2] - 130) < 8);
}

QTEST_MAIN(tst_CameraFrameConversion)
#include "tst_cameraframeconversion.moc"
