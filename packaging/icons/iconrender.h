// Renders the application's SVG icon to the raster sizes and containers each platform wants:
// PNGs for the freedesktop hicolor theme, a Windows .ico and a macOS .icns. Used at build time by
// livedesk-icontool, because the build machines have Qt Svg but no SVG rasteriser.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace livedesk::packaging {

// hicolor theme sizes installed on Linux (the SVG goes to hicolor/scalable as well).
inline constexpr int kHicolorSizesPx[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
// What Windows picks from for the taskbar, Explorer views and the installer (256 at most).
inline constexpr int kIcoSizesPx[] = {16, 24, 32, 48, 64, 128, 256};
// What the Finder and the Dock ask for, 1× and 2×.
inline constexpr int kIcnsSizesPx[] = {16, 32, 64, 128, 256, 512, 1024};

// The SVG document drawn into a transparent sizePx × sizePx image, aspect ratio kept and centred.
// A null image, with *error set, when Qt Svg cannot read the document or the size is not 1–4096.
QImage renderSvgIcon(const QByteArray &svgDocument, int sizePx, QString *error);

// A Windows icon file with every image stored as PNG (what Windows has read since Vista, and the
// only way to store 256 px). Images must be square, 1–256 px, and of distinct sizes.
QByteArray makeIco(const QList<QImage> &images, QString *error);

// A macOS icon file with every image stored as PNG. Each image must be square and one of
// kIcnsSizesPx; 32, 64, 256, 512 and 1024 also fill the 2× slot of half their size.
QByteArray makeIcns(const QList<QImage> &images, QString *error);

} // namespace livedesk::packaging
