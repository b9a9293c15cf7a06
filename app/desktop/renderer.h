// What draws the window. Qt Quick renders through OpenGL (its RHI) by default; where OpenGL is a
// software rasteriser (Mesa's llvmpipe, softpipe or swrast: a VM, a remote desktop, a machine
// without GPU drivers) every frame of the whole window is rasterised on the CPU. Qt Quick's own
// software backend then costs far less: it repaints only the region that changed (a level meter's
// disc, not the window). docs/gui.md, "Rendering".
#pragma once

#include <QProcess>
#include <QString>

#include <memory>
#include <optional>

class QQuickWindow;

namespace livedesk::app {

enum class RendererChoice {
    Auto, // software where OpenGL is a software rasteriser, else OpenGL
    OpenGl, // Qt Quick's default (its RHI: OpenGL on Linux)
    Software, // Qt Quick's software backend with partial updates
};

// "auto", "opengl", "software" (the ui/renderer setting and --renderer); nullopt otherwise.
std::optional<RendererChoice> rendererChoiceFromText(const QString &text);

// Whether an OpenGL GL_RENDERER string names a software rasteriser.
bool isSoftwareRasteriser(const QString &glRenderer);

// Whether the machine has a GPU device node under `devRoot`: a DRM device (dri/renderD*,
// dri/card*), NVIDIA's (nvidia0…) or WSL2's (dxg). On Linux without one, OpenGL can only be a software
// rasteriser (Mesa's llvmpipe), so `auto` chooses software without probing: the probe child
// loads all of LLVM, which cost start-up ~1.5 s on the 2-core VM (docs/gui.md, "Rendering").
// Elsewhere (no /dev/dri to look at) always true.
bool hasGpuDevice(const QString &devRoot = QStringLiteral("/dev"));

// GL_RENDERER of the platform's OpenGL, from a throw-away context; empty when there is none.
// Needs the QGuiApplication. Loading OpenGL maps the driver (with llvmpipe, all of LLVM) into the
// process for good, so `livedesk` asks a child process instead (`livedesk --probe-opengl`, which
// prints this and exits: see OpenGlProbe).
QString probeOpenGlRenderer();

// The child process that answers probeOpenGlRenderer(), started early so that it runs while the
// app sets itself up.
class OpenGlProbe
{
public:
    static constexpr const char *kArgument = "--probe-opengl";
    void start(); // runs this executable with kArgument
    // GL_RENDERER, empty when the child found no OpenGL; nullopt when it did not answer in time.
    std::optional<QString> result(int timeoutMs = 5000);
    void cancel();

private:
    std::unique_ptr<QProcess> m_process;
};

struct RendererDecision
{
    bool software = false;
    QString description; // "software (auto: OpenGL is llvmpipe (LLVM 15.0.6, 256 bits))"
};

// Chooses the backend before any window exists (it cannot change afterwards). An environment
// that already names one (QT_QUICK_BACKEND, QSG_RHI_BACKEND) wins over `choice`. Auto is
// software without a GPU device (hasGpuDevice()), else asks `probe` (started before), or probes
// in this process without one.
RendererDecision applyRenderer(RendererChoice choice, OpenGlProbe *probe = nullptr);

// Whether the environment names Qt Quick's backend (then there is nothing to probe).
bool rendererSetByEnvironment();

} // namespace livedesk::app

namespace livedesk::app {

// Under Qt Quick's software backend the Material style's shadows (ElevationEffect: a layer drawn
// through a ShaderEffect, which that backend cannot draw) hide the whole control: a raised
// button or a dialog's background would vanish. Before each frame of `window` this turns those
// layers off on the controls' backgrounds (flat controls, no shadow), so every page looks as
// under OpenGL apart from the shadows. Does nothing under other backends.
void flattenStyleShadowsWhenSoftware(QQuickWindow *window);

} // namespace livedesk::app
