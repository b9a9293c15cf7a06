// The build-time icon renderer: every size comes out square, transparent around the artwork and
// opaque inside it; the .ico and .icns files hold PNGs of the sizes each platform asks for, laid
// out as their formats say; bad input gives an error instead of a broken file.
#include "packaging/icons/iconrender.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QSet>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace livedesk::packaging;

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

QImage squareImage(int sizePx)
{
    QImage image(sizePx, sizePx, QImage::Format_ARGB32);
    image.fill(Qt::red);
    return image;
}

} // namespace

class tst_IconRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersEverySize_data();
    void rendersEverySize();
    void refusesWhatItCannotRender_data();
    void refusesWhatItCannotRender();
    void icoHoldsEverySizeAsPng();
    void icoRefuses_data();
    void icoRefuses();
    void icnsHoldsEverySlotAsPng();
    void icnsRefuses_data();
    void icnsRefuses();

private:
    QByteArray m_svg;
};

void tst_IconRender::initTestCase()
{
    QFile file(QStringLiteral(LIVEDESK_SOURCE_DIR)
               + u"/resources/icons/io.github.livedesk.LiveDesk.svg"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_svg = file.readAll();
}

void tst_IconRender::rendersEverySize_data()
{
    QTest::addColumn<int>("sizePx");
    for (int sizePx : kHicolorSizesPx)
        QTest::addRow("the %d px hicolor icon", sizePx) << sizePx;
    QTest::newRow("the 1024 px Retina icon") << 1024;
}

void tst_IconRender::rendersEverySize()
{
    QFETCH(int, sizePx);
    QString error;
    const QImage image = renderSvgIcon(m_svg, sizePx, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(sizePx, sizePx));
    QVERIFY(image.hasAlphaChannel());
    // The artwork is a rounded square inset by 1/16 of the canvas: the corners stay clear.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(sizePx - 1, sizePx - 1)), 0);
    QCOMPARE(qAlpha(image.pixel(sizePx / 2, sizePx / 2)), 255);
    // Not a flat blob: background, bubble and waveform colours all survive.
    QSet<QRgb> colours;
    for (int y = 0; y < sizePx; y += qMax(1, sizePx / 32))
        for (int x = 0; x < sizePx; x += qMax(1, sizePx / 32))
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() >= 4, qPrintable(u"%1 colours"_s.arg(colours.size())));
}

void tst_IconRender::refusesWhatItCannotRender_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("sizePx");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("an empty document") << QByteArray() << 64 << u"not an SVG document"_s;
    QTest::newRow("text that is not SVG") << QByteArray("hello") << 64 << u"not an SVG document"_s;
    QTest::newRow("a size of zero") << QByteArray("<svg/>") << 0 << u"outside 1–4096"_s;
    QTest::newRow("a size beyond 4096 px") << QByteArray("<svg/>") << 4097 << u"outside 1–4096"_s;
}

void tst_IconRender::refusesWhatItCannotRender()
{
    QFETCH(QByteArray, document);
    QFETCH(int, sizePx);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(renderSvgIcon(document, sizePx, &error).isNull());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void tst_IconRender::icoHoldsEverySizeAsPng()
{
    QList<QImage> images;
    QString error;
    for (int sizePx : kIcoSizesPx)
        images.append(renderSvgIcon(m_svg, sizePx, &error));
    const QByteArray ico = makeIco(images, &error);
    QVERIFY2(!ico.isEmpty(), qPrintable(error));

    // ICONDIR: reserved 0, type 1 (icon), image count.
    QCOMPARE(qFromLittleEndian<quint16>(ico.constData()), quint16(0));
    QCOMPARE(qFromLittleEndian<quint16>(ico.constData() + 2), quint16(1));
    QCOMPARE(qFromLittleEndian<quint16>(ico.constData() + 4), quint16(images.size()));
    for (qsizetype i = 0; i < images.size(); ++i) {
        const char *entry = ico.constData() + 6 + 16 * i;
        const int sizePx = images.at(i).width();
        const int storedPx = quint8(entry[0]) == 0 ? 256 : quint8(entry[0]);
        QCOMPARE(storedPx, sizePx);
        QCOMPARE(quint8(entry[1]), quint8(entry[0]));
        QCOMPARE(qFromLittleEndian<quint16>(entry + 6), quint16(32));
        const quint32 bytes = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        QVERIFY(offset + bytes <= quint32(ico.size()));
        const QByteArray png = ico.mid(offset, bytes);
        QVERIFY(png.startsWith(kPngSignature));
        const QImage decoded = QImage::fromData(png, "PNG");
        QCOMPARE(decoded.size(), QSize(sizePx, sizePx));
        QCOMPARE(decoded.pixel(sizePx / 2, sizePx / 2),
                 images.at(i).convertToFormat(QImage::Format_ARGB32).pixel(sizePx / 2, sizePx / 2));
    }

    // An independent reader: Qt's own ICO plugin finds every image.
    QBuffer buffer;
    buffer.setData(ico);
    QImageReader reader(&buffer, "ico");
    if (!reader.canRead())
        QSKIP("Qt's ICO image plugin is not installed");
    QCOMPARE(reader.imageCount(), int(images.size()));
}

void tst_IconRender::icoRefuses_data()
{
    QTest::addColumn<QList<QImage>>("images");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("no images at all") << QList<QImage>() << u"no images"_s;
    QTest::newRow("an image larger than 256 px")
            << QList<QImage> {squareImage(512)} << u"at most 256 px"_s;
    QTest::newRow("two images of the same size")
            << QList<QImage> {squareImage(32), squareImage(32)} << u"two images of 32 px"_s;
    QTest::newRow("an image that is not square")
            << QList<QImage> {QImage(32, 16, QImage::Format_ARGB32)} << u"must be square"_s;
}

void tst_IconRender::icoRefuses()
{
    QFETCH(QList<QImage>, images);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(makeIco(images, &error).isEmpty());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void tst_IconRender::icnsHoldsEverySlotAsPng()
{
    QList<QImage> images;
    QString error;
    for (int sizePx : kIcnsSizesPx)
        images.append(renderSvgIcon(m_svg, sizePx, &error));
    const QByteArray icns = makeIcns(images, &error);
    QVERIFY2(!icns.isEmpty(), qPrintable(error));

    QVERIFY(icns.startsWith("icns"));
    QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));
    // Each slot's OSType and the pixel size macOS expects in it.
    const QHash<QByteArray, int> expected {
            {"icp4", 16},  {"icp5", 32},  {"ic11", 32},   {"icp6", 64},
            {"ic12", 64},  {"ic07", 128}, {"ic08", 256},  {"ic13", 256},
            {"ic09", 512}, {"ic14", 512}, {"ic10", 1024},
    };
    QHash<QByteArray, int> found;
    qsizetype offset = 8;
    while (offset < icns.size()) {
        QVERIFY(offset + 8 <= icns.size());
        const QByteArray type = icns.mid(offset, 4);
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + offset + 4);
        QVERIFY(length > 8 && offset + length <= quint32(icns.size()));
        const QByteArray png = icns.mid(offset + 8, length - 8);
        QVERIFY(png.startsWith(kPngSignature));
        found.insert(type, QImage::fromData(png, "PNG").width());
        offset += length;
    }
    QCOMPARE(offset, icns.size());
    QCOMPARE(found, expected);
}

void tst_IconRender::icnsRefuses_data()
{
    QTest::addColumn<QList<QImage>>("images");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("a size macOS has no slot for")
            << QList<QImage> {squareImage(24)} << u"no slot for 24 px"_s;
    QTest::newRow("an image that is not square")
            << QList<QImage> {QImage(64, 32, QImage::Format_ARGB32)} << u"must be square"_s;
}

void tst_IconRender::icnsRefuses()
{
    QFETCH(QList<QImage>, images);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(makeIcns(images, &error).isEmpty());
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_IconRender)
#include "tst_iconrender.moc"
