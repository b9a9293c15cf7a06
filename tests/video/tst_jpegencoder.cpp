// Resize and JPEG encoding: the long side stays within the limit, the JPEG decodes back with
// OpenCV at good fidelity and a sane size, the colour order survives every QImage format, and no
// metadata (EXIF, XMP, ICC, comments, trailers) ever leaves the machine.
#include "tests/video/videotestutil.h"
#include "video/jpegencoder.h"

#include <QTest>

using namespace livedesk::video;
using namespace livedesk::video::test;
using namespace Qt::StringLiterals;

namespace {

// The markers of a JPEG's header segments, up to and including SOS.
QList<int> headerMarkers(const QByteArray &jpeg)
{
    QList<int> markers;
    const auto *data = reinterpret_cast<const uchar *>(jpeg.constData());
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size() && data[pos] == 0xFF) {
        const int marker = data[pos + 1];
        markers << marker;
        if (marker == 0xDA)
            break;
        pos += 2 + ((data[pos + 2] << 8) | data[pos + 3]);
    }
    return markers;
}

QByteArray segment(uchar marker, const QByteArray &payload)
{
    QByteArray s;
    s.append(char(0xFF));
    s.append(char(marker));
    const int length = int(payload.size()) + 2;
    s.append(char(length >> 8));
    s.append(char(length & 0xFF));
    return s + payload;
}

double psnr(const cv::Mat &a, const cv::Mat &b)
{
    return cv::PSNR(a, b);
}

} // namespace

class tst_JpegEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longSideWithinLimit_data();
    void longSideWithinLimit();
    void encodes1080pDesktop();
    void qualityOrdersSizes();
    void colourOrderSurvivesEveryFormat_data();
    void colourOrderSurvivesEveryFormat();
    void encodedJpegCarriesNoMetadata();
    void stripRemovesMetadataAndKeepsPixels();
    void stripRejectsBrokenData_data();
    void stripRejectsBrokenData();
    void refusesUnencodableInput();
    void tokenEstimates_data();
    void tokenEstimates();
};

void tst_JpegEncoder::longSideWithinLimit_data()
{
    QTest::addColumn<QSize>("input");
    QTest::addColumn<int>("maxSidePx");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("1080p landscape shrinks to 1024 wide")
            << QSize(1920, 1080) << 1024 << QSize(1024, 576);
    QTest::newRow("portrait phone shrinks to 1024 high")
            << QSize(1080, 1920) << 1024 << QSize(576, 1024);
    QTest::newRow("a small camera frame is never upscaled")
            << QSize(640, 480) << 1024 << QSize(640, 480);
    QTest::newRow("exactly the limit is left alone")
            << QSize(1024, 768) << 1024 << QSize(1024, 768);
    QTest::newRow("square 4K shrinks to the limit")
            << QSize(4000, 4000) << 1024 << QSize(1024, 1024);
    QTest::newRow("a thin panorama keeps at least one pixel")
            << QSize(8000, 3) << 1024 << QSize(1024, 1);
    QTest::newRow("LOW media resolution limit")
            << QSize(1920, 1080) << maxSideForResolution(MediaResolution::Low) << QSize(512, 288);
    QTest::newRow("HIGH media resolution limit")
            << QSize(3840, 2160) << maxSideForResolution(MediaResolution::High) << QSize(1536, 864);
}

void tst_JpegEncoder::longSideWithinLimit()
{
    QFETCH(QSize, input);
    QFETCH(int, maxSidePx);
    QFETCH(QSize, expected);

    QCOMPARE(scaledSize(input, maxSidePx), expected);
    const cv::Mat image(input.height(), input.width(), CV_8UC3, cv::Scalar(10, 200, 30));
    const cv::Mat resized = resizeToLongSide(image, maxSidePx);
    QCOMPARE(QSize(resized.cols, resized.rows), expected);
    QVERIFY(std::max(resized.cols, resized.rows) <= maxSidePx);

    const JpegResult jpeg = encodeJpeg(wrapImage(matToImage(image)), {maxSidePx, 80});
    QVERIFY2(!jpeg.jpeg.isEmpty(), qPrintable(jpeg.error));
    QCOMPARE(jpeg.sizePx, expected);
    const cv::Mat decoded = decodeJpeg(jpeg.jpeg);
    QCOMPARE(QSize(decoded.cols, decoded.rows), expected);
}

void tst_JpegEncoder::encodes1080pDesktop()
{
    const cv::Mat desktop = makeDesktop(1920, 1080);
    const JpegResult jpeg = encodeJpeg(wrapImage(matToImage(desktop)), EncoderSettings {});
    QVERIFY2(!jpeg.jpeg.isEmpty(), qPrintable(jpeg.error));
    QCOMPARE(jpeg.sizePx, QSize(1024, 576));

    const cv::Mat decoded = decodeJpeg(jpeg.jpeg);
    QCOMPARE(decoded.channels(), 3);
    QCOMPARE(QSize(decoded.cols, decoded.rows), QSize(1024, 576));
    // Fidelity against the same downscale: q80 on a text-heavy picture stays well above 30 dB.
    const cv::Mat reference = resizeToLongSide(desktop, 1024);
    const double quality = psnr(reference, decoded);
    QVERIFY2(quality > 30.0, qPrintable(u"PSNR %1 dB"_s.arg(quality)));
    // A 1024×576 desktop at q80: tens of kilobytes, never the megabytes of a raw 1080p frame.
    QVERIFY2(jpeg.jpeg.size() > 10 * 1024 && jpeg.jpeg.size() < 250 * 1024,
             qPrintable(u"%1 bytes"_s.arg(jpeg.jpeg.size())));
}

void tst_JpegEncoder::qualityOrdersSizes()
{
    const MatView view = wrapImage(matToImage(withNoise(makeDesktop(1280, 720), 4, 1)));
    const qsizetype low = encodeJpeg(view, {1024, 30}).jpeg.size();
    const qsizetype medium = encodeJpeg(view, {1024, 80}).jpeg.size();
    const qsizetype high = encodeJpeg(view, {1024, 95}).jpeg.size();
    QVERIFY2(low > 0 && low < medium && medium < high,
             qPrintable(u"q30 %1, q80 %2, q95 %3 bytes"_s.arg(low).arg(medium).arg(high)));
}

void tst_JpegEncoder::colourOrderSurvivesEveryFormat_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("RGB32, what screen grabs give") << QImage::Format_RGB32;
    QTest::newRow("ARGB32 premultiplied") << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("ARGB32") << QImage::Format_ARGB32;
    QTest::newRow("RGB888") << QImage::Format_RGB888;
    QTest::newRow("BGR888, what OpenCV gives") << QImage::Format_BGR888;
    QTest::newRow("RGBX8888, converted first") << QImage::Format_RGBX8888;
    QTest::newRow("RGB16, converted first") << QImage::Format_RGB16;
}

void tst_JpegEncoder::colourOrderSurvivesEveryFormat()
{
    QFETCH(QImage::Format, format);
    // Left half pure red, right half pure blue: a swapped channel order shows at once.
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = 0; y < 32; ++y)
        for (int x = 32; x < 64; ++x)
            image.setPixel(x, y, qRgb(0, 0, 255));
    image = image.convertToFormat(format);

    const JpegResult jpeg = encodeJpeg(wrapImage(image), {1024, 90});
    QVERIFY2(!jpeg.jpeg.isEmpty(), qPrintable(jpeg.error));
    const cv::Mat decoded = decodeJpeg(jpeg.jpeg);
    const cv::Vec3b left = decoded.at<cv::Vec3b>(16, 8); // B, G, R
    const cv::Vec3b right = decoded.at<cv::Vec3b>(16, 56);
    QVERIFY2(left[2] > 200 && left[0] < 60, "left half should stay red");
    QVERIFY2(right[0] > 200 && right[2] < 60, "right half should stay blue");
}

void tst_JpegEncoder::encodedJpegCarriesNoMetadata()
{
    const JpegResult jpeg = encodeJpeg(wrapImage(matToImage(makeDesktop(640, 360))), {});
    QVERIFY(!jpeg.jpeg.isEmpty());
    const QList<int> markers = headerMarkers(jpeg.jpeg);
    QVERIFY(markers.contains(0xDB)); // quantisation tables
    QVERIFY(markers.contains(0xC0)); // baseline frame: every decoder reads it
    QVERIFY(!markers.contains(0xC2)); // not progressive
    for (const int marker : markers) {
        const bool metadata = (marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE;
        QVERIFY2(!metadata, qPrintable(u"segment FF%1 present"_s.arg(marker, 2, 16)));
    }
    QVERIFY(jpeg.jpeg.endsWith("\xFF\xD9"));
}

void tst_JpegEncoder::stripRemovesMetadataAndKeepsPixels()
{
    const JpegResult clean = encodeJpeg(makeDesktop(320, 180), 85);
    QVERIFY(!clean.jpeg.isEmpty());
    // What a phone camera or an editor adds: EXIF with a GPS-ish payload, XMP, an ICC profile,
    // a comment, a JFXX thumbnail, and bytes after the end of the image.
    const QByteArray exif = segment(0xE1, QByteArray("Exif\0\0", 6) + "GPS 48.8584N 2.2945E");
    const QByteArray xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>");
    const QByteArray icc = segment(0xE2, QByteArray("ICC_PROFILE\0", 12) + QByteArray(40, 'p'));
    const QByteArray comment = segment(0xFE, "taken at home by alice");
    const QByteArray jfxx = segment(0xE0, QByteArray("JFXX\0", 5) + QByteArray(30, 't'));
    QByteArray dirty = clean.jpeg.left(2) + exif + xmp + icc + comment + jfxx + clean.jpeg.mid(2)
                       + "trailer-after-EOI";

    QString error;
    const QByteArray stripped = stripJpegMetadata(dirty, &error);
    QVERIFY2(!stripped.isEmpty(), qPrintable(error));
    QCOMPARE(stripped, clean.jpeg); // exactly the clean encoding: nothing else survives
    QVERIFY(!stripped.contains("GPS"));
    QVERIFY(!stripped.contains("alice"));

    const cv::Mat a = decodeJpeg(clean.jpeg);
    const cv::Mat b = decodeJpeg(stripped);
    QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
}

void tst_JpegEncoder::stripRejectsBrokenData_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = encodeJpeg(makeDesktop(64, 36), 80).jpeg;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a PNG is not a JPEG") << QByteArray("\x89PNG\r\n\x1A\n0000", 12);
    QTest::newRow("header cut inside a segment") << good.left(30);
    QTest::newRow("scan without an end-of-image marker") << good.left(good.size() - 2);
    QTest::newRow("segment length running past the end")
            << QByteArray("\xFF\xD8\xFF\xE1\x7F\xFF", 6) + QByteArray(20, 'x');
    QTest::newRow("garbage where a marker should be") << QByteArray("\xFF\xD8garbage", 9);
    QTest::newRow("end of image before any scan") << QByteArray("\xFF\xD8\xFF\xD9", 4);
}

void tst_JpegEncoder::stripRejectsBrokenData()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(stripJpegMetadata(data, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_JpegEncoder::refusesUnencodableInput()
{
    QVERIFY(!encodeJpeg(cv::Mat(), 80).error.isEmpty());
    QVERIFY(!encodeJpeg(cv::Mat(4, 4, CV_32FC3, cv::Scalar::all(0.5)), 80).error.isEmpty());
    QVERIFY(!encodeJpeg(MatView {}, EncoderSettings {}).error.isEmpty());
}

void tst_JpegEncoder::tokenEstimates_data()
{
    QTest::addColumn<MediaResolution>("resolution");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("tokens");
    QTest::newRow("LOW is 64 per frame") << MediaResolution::Low << QSize(512, 288) << 64;
    QTest::newRow("default is 258 per frame")
            << MediaResolution::Unspecified << QSize(1024, 576) << 258;
    QTest::newRow("MEDIUM is 258 per frame") << MediaResolution::Medium << QSize(1920, 1080) << 258;
    QTest::newRow("HIGH small frame is one tile")
            << MediaResolution::High << QSize(640, 480) << 258;
    QTest::newRow("HIGH 1536x864 is four tiles")
            << MediaResolution::High << QSize(1536, 864) << 4 * 258;
}

void tst_JpegEncoder::tokenEstimates()
{
    QFETCH(MediaResolution, resolution);
    QFETCH(QSize, size);
    QFETCH(int, tokens);
    QCOMPARE(estimateImageTokens(resolution, size), tokens);
}

QTEST_GUILESS_MAIN(tst_JpegEncoder)
#include "tst_jpegencoder.moc"
