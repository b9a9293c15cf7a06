// livedesk-icontool: renders the SVG application icon at build time into the hicolor PNG sizes,
// a Windows .ico and a macOS .icns (packaging/icons/iconrender.h). Thin: the work is in the
// livedesk_iconrender library.
#include "packaging/icons/iconrender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <span>

using namespace Qt::StringLiterals;
using namespace livedesk::packaging;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "livedesk-icontool: %s\n", qPrintable(message));
    return 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Renders an SVG icon into hicolor PNGs, a Windows .ico and a macOS .icns."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"svg"_s, u"The SVG icon."_s);
    const QCommandLineOption
            hicolorOption(u"hicolor"_s,
                          u"Write DIR/<n>x<n>/apps/<name>.png and DIR/scalable/apps/<name>.svg."_s,
                          u"dir"_s);
    const QCommandLineOption nameOption(u"name"_s, u"Icon name (default: the SVG's base name)."_s,
                                        u"name"_s);
    const QCommandLineOption icoOption(u"ico"_s, u"Write a Windows icon file."_s, u"file"_s);
    const QCommandLineOption icnsOption(u"icns"_s, u"Write a macOS icon file."_s, u"file"_s);
    parser.addOptions({hicolorOption, nameOption, icoOption, icnsOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1)
        return fail(u"give exactly one SVG file (see --help)"_s);
    const QString svgPath = parser.positionalArguments().constFirst();
    QFile svgFile(svgPath);
    if (!svgFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(svgPath, svgFile.errorString()));
    const QByteArray svg = svgFile.readAll();
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption)
                                                  : QFileInfo(svgPath).completeBaseName();

    QString error;
    auto render = [&](int sizePx) {
        QImage image = renderSvgIcon(svg, sizePx, &error);
        if (image.isNull())
            error = u"%1: %2"_s.arg(svgPath, error);
        return image;
    };

    if (parser.isSet(hicolorOption)) {
        const QDir root(parser.value(hicolorOption));
        for (int sizePx : kHicolorSizesPx) {
            const QString dir = root.filePath(u"%1x%1/apps"_s.arg(sizePx));
            const QImage image = render(sizePx);
            if (image.isNull())
                return fail(error);
            if (!QDir().mkpath(dir))
                return fail(u"cannot create %1"_s.arg(dir));
            if (!image.convertToFormat(QImage::Format_ARGB32).save(dir + u'/' + name + u".png"_s))
                return fail(u"cannot write %1/%2.png"_s.arg(dir, name));
        }
        const QString scalable = root.filePath(u"scalable/apps"_s);
        if (!QDir().mkpath(scalable) || !writeFile(scalable + u'/' + name + u".svg"_s, svg, &error))
            return fail(error.isEmpty() ? u"cannot create %1"_s.arg(scalable) : error);
    }

    using Container = QByteArray (*)(const QList<QImage> &, QString *);
    auto writeContainer = [&](const QCommandLineOption &option, std::span<const int> sizesPx,
                              Container make) {
        if (!parser.isSet(option))
            return true;
        QList<QImage> images;
        for (int sizePx : sizesPx) {
            images.append(render(sizePx));
            if (images.constLast().isNull())
                return false;
        }
        const QByteArray bytes = make(images, &error);
        return !bytes.isEmpty() && writeFile(parser.value(option), bytes, &error);
    };
    if (!writeContainer(icoOption, kIcoSizesPx, makeIco))
        return fail(error);
    if (!writeContainer(icnsOption, kIcnsSizesPx, makeIcns))
        return fail(error);
    return 0;
}
