#include "app/desktop/renderer.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

using namespace Qt::StringLiterals;

namespace livedesk::app {

std::optional<RendererChoice> rendererChoiceFromText(const QString &text)
{
    if (text == "auto"_L1)
        return RendererChoice::Auto;
    if (text == "opengl"_L1)
        return RendererChoice::OpenGl;
    if (text == "software"_L1)
        return RendererChoice::Software;
    return std::nullopt;
}

bool isSoftwareRasteriser(const QString &glRenderer)
{
    // Mesa's (llvmpipe, softpipe, swrast: "Software Rasterizer"), and Windows' and macOS's own.
    static const QStringList kSoftware {u"llvmpipe"_s,    u"softpipe"_s,
                                        u"swrast"_s,      u"software rasterizer"_s,
                                        u"gdi generic"_s, u"apple software renderer"_s};
    const QString lower = glRenderer.toLower();
    return std::any_of(kSoftware.begin(), kSoftware.end(),
                       [&](const QString &name) { return lower.contains(name); });
}

bool hasGpuDevice(const QString &devRoot)
{
#ifdef Q_OS_LINUX
    const QDir dev(devRoot);
    // NVIDIA's own driver; WSL2's GPU (Mesa's d3d12 driver) is /dev/dxg.
    if (!dev.entryList({u"nvidia[0-9]*"_s, u"dxg"_s}, QDir::System | QDir::Files).isEmpty())
        return true;
    return !QDir(dev.filePath(u"dri"_s))
                    .entryList({u"renderD*"_s, u"card*"_s}, QDir::System | QDir::Files)
                    .isEmpty();
#else
    Q_UNUSED(devRoot)
    return true;
#endif
}

QString probeOpenGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *text = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = text ? QString::fromLatin1(text) : QString();
    context.doneCurrent();
    return renderer;
}

void OpenGlProbe::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(QCoreApplication::applicationFilePath(), {QLatin1StringView(kArgument)});
}

std::optional<QString> OpenGlProbe::result(int timeoutMs)
{
    if (!m_process || !m_process->waitForFinished(timeoutMs)
        || m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        cancel();
        return std::nullopt;
    }
    const QString renderer = QString::fromUtf8(m_process->readAllStandardOutput()).trimmed();
    m_process.reset();
    return renderer;
}

void OpenGlProbe::cancel()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
}

bool rendererSetByEnvironment()
{
    return qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
           || qEnvironmentVariableIsSet("QSG_RHI_BACKEND");
}

RendererDecision applyRenderer(RendererChoice choice, OpenGlProbe *probe)
{
    RendererDecision d;
    if (choice != RendererChoice::Auto && probe)
        probe->cancel();
    for (const char *variable : {"QT_QUICK_BACKEND", "QSG_RHI_BACKEND"}) {
        if (const QString value = qEnvironmentVariable(variable); !value.isEmpty()) {
            d.software = value == "software"_L1;
            d.description = u"%1 (%2 in the environment)"_s.arg(value, QLatin1StringView(variable));
            return d;
        }
    }
    switch (choice) {
    case RendererChoice::Software:
        d.software = true;
        d.description = u"software (chosen)"_s;
        break;
    case RendererChoice::OpenGl:
        d.description = u"opengl (chosen)"_s;
        break;
    case RendererChoice::Auto: {
        if (!hasGpuDevice()) {
            if (probe)
                probe->cancel();
            d.software = true;
            d.description = u"software (auto: no GPU device in /dev)"_s;
            break;
        }
        const std::optional<QString> gl = probe ? probe->result() : probeOpenGlRenderer();
        // Software draws everywhere: where OpenGL did not answer or is absent, it is the safe one.
        d.software = !gl || gl->isEmpty() || isSoftwareRasteriser(*gl);
        if (!gl)
            d.description = u"software (auto: the OpenGL probe did not answer)"_s;
        else if (gl->isEmpty())
            d.description = u"software (auto: no OpenGL)"_s;
        else
            d.description = u"%1 (auto: OpenGL is %2)"_s.arg(d.software ? u"software"_s
                                                                        : u"opengl"_s,
                                                             *gl);
        break;
    }
    }
    if (d.software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    qCInfo(lcApp, "renderer: %s", qPrintable(d.description));
    return d;
}

namespace {

void flattenBelow(QQuickItem *item)
{
    // Only controls' backgrounds: asking an item for its layer creates one.
    if (auto *background = item->property("background").value<QQuickItem *>()) {
        if (auto *layer = background->property("layer").value<QObject *>();
            layer && layer->property("enabled").toBool()) {
            const auto *effect = layer->property("effect").value<QQmlComponent *>();
            // The style's own (ElevationEffect, declared in its Button.qml, Popup.qml, …).
            if (effect && effect->url().toString().contains("Controls/Material"_L1))
                layer->setProperty("enabled", false);
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        flattenBelow(child);
}

} // namespace

void flattenStyleShadowsWhenSoftware(QQuickWindow *window)
{
    if (window->rendererInterface()->graphicsApi() != QSGRendererInterface::Software)
        return;
    // Before polish and sync, on the main thread, whatever the render loop.
    QObject::connect(window, &QQuickWindow::afterAnimating, window,
                     [window] { flattenBelow(window->contentItem()); });
    flattenBelow(window->contentItem());
}

} // namespace livedesk::app
