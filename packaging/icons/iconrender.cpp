#include "packaging/icons/iconrender.h"

#include <QBuffer>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace livedesk::packaging {

namespace {

constexpr int kMaxRenderSizePx = 4096;
constexpr int kMaxIcoSizePx = 256;

QByteArray encodePng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool checkSquareAndDistinct(const QList<QImage> &images, QString *error)
{
    if (images.isEmpty()) {
        *error = u"no images to store"_s;
        return false;
    }
    QSet<int> seen;
    for (const QImage &image : images) {
        if (image.isNull() || image.width() != image.height()) {
            *error = u"icon images must be square (got %1×%2)"_s.arg(image.width())
                             .arg(image.height());
            return false;
        }
        if (seen.contains(image.width())) {
            *error = u"two images of %1 px"_s.arg(image.width());
            return false;
        }
        seen.insert(image.width());
    }
    return true;
}

// The OSType codes of the PNG-capable icns slots, by the pixel size they hold.
struct IcnsSlot
{
    int sizePx;
    std::array<char, 4> type;
};
constexpr IcnsSlot kIcnsSlots[] = {
        {16, {'i', 'c', 'p', '4'}},  {32, {'i', 'c', 'p', '5'}},   {32, {'i', 'c', '1', '1'}},
        {64, {'i', 'c', 'p', '6'}},  {64, {'i', 'c', '1', '2'}},   {128, {'i', 'c', '0', '7'}},
        {256, {'i', 'c', '0', '8'}}, {256, {'i', 'c', '1', '3'}},  {512, {'i', 'c', '0', '9'}},
        {512, {'i', 'c', '1', '4'}}, {1024, {'i', 'c', '1', '0'}},
};

} // namespace

QImage renderSvgIcon(const QByteArray &svgDocument, int sizePx, QString *error)
{
    if (sizePx < 1 || sizePx > kMaxRenderSizePx) {
        *error = u"icon size %1 px is outside 1–%2"_s.arg(sizePx).arg(kMaxRenderSizePx);
        return {};
    }
    QSvgRenderer renderer(svgDocument);
    if (!renderer.isValid()) {
        *error = u"not an SVG document Qt Svg can read"_s;
        return {};
    }
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    QImage image(sizePx, sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, sizePx, sizePx));
    painter.end();
    return image;
}

QByteArray makeIco(const QList<QImage> &images, QString *error)
{
    if (!checkSquareAndDistinct(images, error))
        return {};
    for (const QImage &image : images) {
        if (image.width() > kMaxIcoSizePx) {
            *error = u"an .ico holds at most %1 px (got %2)"_s.arg(kMaxIcoSizePx).arg(image.width());
            return {};
        }
    }

    // ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG streams.
    constexpr int kHeaderBytes = 6;
    constexpr int kEntryBytes = 16;
    QByteArray header(kHeaderBytes + kEntryBytes * images.size(), '\0');
    QByteArray payload;
    char *h = header.data();
    qToLittleEndian<quint16>(0, h);
    qToLittleEndian<quint16>(1, h + 2); // 1 = icon, 2 = cursor
    qToLittleEndian<quint16>(quint16(images.size()), h + 4);
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QByteArray png = encodePng(images.at(i));
        char *entry = h + kHeaderBytes + kEntryBytes * i;
        // Width and height are one byte each; 0 means 256.
        const int sizePx = images.at(i).width();
        entry[0] = char(sizePx == kMaxIcoSizePx ? 0 : sizePx);
        entry[1] = entry[0];
        qToLittleEndian<quint16>(1, entry + 4); // colour planes
        qToLittleEndian<quint16>(32, entry + 6); // bits per pixel
        qToLittleEndian<quint32>(quint32(png.size()), entry + 8);
        qToLittleEndian<quint32>(quint32(header.size() + payload.size()), entry + 12);
        payload += png;
    }
    return header + payload;
}

QByteArray makeIcns(const QList<QImage> &images, QString *error)
{
    if (!checkSquareAndDistinct(images, error))
        return {};
    QByteArray body;
    for (const QImage &image : images) {
        const QByteArray png = encodePng(image);
        bool stored = false;
        for (const IcnsSlot &slot : kIcnsSlots) {
            if (slot.sizePx != image.width())
                continue;
            // Each element: OSType, then its length including these 8 bytes, big-endian.
            QByteArray element(8, '\0');
            memcpy(element.data(), slot.type.data(), 4);
            qToBigEndian<quint32>(quint32(8 + png.size()), element.data() + 4);
            body += element + png;
            stored = true;
        }
        if (!stored) {
            *error = u"an .icns has no slot for %1 px"_s.arg(image.width());
            return {};
        }
    }
    QByteArray header(8, '\0');
    memcpy(header.data(), "icns", 4);
    qToBigEndian<quint32>(quint32(8 + body.size()), header.data() + 4);
    return header + body;
}

} // namespace livedesk::packaging
