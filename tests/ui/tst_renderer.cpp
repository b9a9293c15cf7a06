// The `auto` renderer's rules that need no display: which GL_RENDERER strings are software
// rasterisers, and when the machine has no GPU device (then `auto` is software without starting
// the OpenGL probe, whose child loads all of LLVM: start-up, docs/gui.md "Rendering").
#include "app/desktop/renderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace livedesk::app;

class tst_Renderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void softwareRasteriser_data();
    void softwareRasteriser();
    void gpuDevice_data();
    void gpuDevice();
};

void tst_Renderer::softwareRasteriser_data()
{
    QTest::addColumn<QString>("glRenderer");
    QTest::addColumn<bool>("software");
    QTest::newRow("llvmpipe") << u"llvmpipe (LLVM 15.0.6, 256 bits)"_s << true;
    QTest::newRow("softpipe") << u"softpipe"_s << true;
    QTest::newRow("swrast") << u"Software Rasterizer"_s << true;
    QTest::newRow("Windows") << u"GDI Generic"_s << true;
    QTest::newRow("Intel") << u"Mesa Intel(R) UHD Graphics 620 (KBL GT2)"_s << false;
    QTest::newRow("NVIDIA") << u"NVIDIA GeForce RTX 3060/PCIe/SSE2"_s << false;
}

void tst_Renderer::softwareRasteriser()
{
    QFETCH(QString, glRenderer);
    QFETCH(bool, software);
    QCOMPARE(isSoftwareRasteriser(glRenderer), software);
}

void tst_Renderer::gpuDevice_data()
{
    // Files made under a stand-in /dev (device nodes cannot be made without privileges; the
    // check looks at names only).
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("gpu");
    QTest::newRow("nothing (a VM, a container, Xvfb without a GPU)") << QStringList() << false;
    QTest::newRow("an empty dri folder") << QStringList {u"dri/"_s} << false;
    QTest::newRow("dri with only its by-path folder") << QStringList {u"dri/by-path/"_s} << false;
    QTest::newRow("unrelated devices") << QStringList {u"null"_s, u"snd/pcmC0D0p"_s} << false;
    QTest::newRow("a DRM render node") << QStringList {u"dri/renderD128"_s} << true;
    QTest::newRow("a DRM card") << QStringList {u"dri/card0"_s} << true;
    QTest::newRow("NVIDIA's driver") << QStringList {u"nvidia0"_s, u"nvidiactl"_s} << true;
    QTest::newRow("WSL2's GPU") << QStringList {u"dxg"_s} << true;
}

void tst_Renderer::gpuDevice()
{
    QFETCH(QStringList, files);
    QFETCH(bool, gpu);
    QTemporaryDir dev;
    QVERIFY(dev.isValid());
    for (const QString &name : std::as_const(files)) {
        const QString path = dev.filePath(name);
        if (name.endsWith(u'/')) {
            QVERIFY(QDir().mkpath(path));
            continue;
        }
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(hasGpuDevice(dev.path()), gpu);
}

QTEST_APPLESS_MAIN(tst_Renderer)
#include "tst_renderer.moc"
