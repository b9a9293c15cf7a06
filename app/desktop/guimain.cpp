#include "app/desktop/guimain.h"

#include "app/desktop/guihost.h"
#include "app/desktop/renderer.h"
#include "app/desktop/startupreport.h"
#include "app/desktop/trayicon.h"
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/buildinfo.h"
#include "app/gui/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

bool wantsVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

} // namespace

int runGui(int argc, char **argv)
{
    StartupReport::msSinceProcessStart(); // fixes the process's start on the steady clock
    // Without a display a QApplication cannot start: print the versions from a core one.
    if (wantsVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        std::fputs(versionReport().toUtf8().constData(), stdout);
        return 0;
    }

    // The child that answers which OpenGL this machine has (app/desktop/renderer.h).
    if (argc == 2 && std::strcmp(argv[1], OpenGlProbe::kArgument) == 0) {
        QGuiApplication probe(argc, argv);
        std::fputs(qPrintable(probeOpenGlRenderer() + u'\n'), stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"LiveDesk"_s);
    QApplication::setOrganizationDomain(u"livedesk.github.io"_s);
    QApplication::setApplicationName(u"LiveDesk"_s);
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(u"io.github.livedesk.LiveDesk"_s);
    QApplication::setWindowIcon(
            QIcon(u":/qt/qml/LiveDesk/Ui/icons/io.github.livedesk.LiveDesk.svg"_s));
    // Hiding the window to the tray is not closing it: the app quits when the window closes.
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "livedesk::app::Cli", "A desktop voice and video assistant for the Gemini Live API."));
    parser.addHelpOption();
    const QCommandLineOption demo(u"demo"_s, u"Start the offline demo at once."_s);
    const QCommandLineOption settingsFile(u"settings"_s, u"Read and write settings in FILE."_s,
                                          u"FILE"_s);
    const QCommandLineOption noKeychain(u"no-keychain"_s,
                                        u"Do not use the system keychain (keys last one run)."_s);
    const QCommandLineOption language(u"language"_s,
                                      u"Interface language (de, es, fr, ja, "
                                      "zh_CN, ar, en)."_s,
                                      u"CODE"_s);
    const QCommandLineOption version(QStringList {u"v"_s, u"version"_s},
                                     u"Print the versions of LiveDesk and its libraries."_s);
    const QCommandLineOption models(u"models"_s,
                                    u"Model table to use instead of the built-in one."_s,
                                    u"FILE"_s);
    const QCommandLineOption renderer(u"renderer"_s,
                                      u"What draws the window: auto (software where OpenGL is a "
                                      "software rasteriser), opengl or software. Default: the "
                                      "ui/renderer setting."_s,
                                      u"NAME"_s);
    parser.addOptions({demo, settingsFile, noKeychain, language, version, models, renderer});
    parser.process(app);
    std::optional<RendererChoice> rendererChoice;
    if (parser.isSet(renderer)) {
        rendererChoice = rendererChoiceFromText(parser.value(renderer));
        if (!rendererChoice) {
            std::fprintf(stderr,
                         "livedesk: --renderer takes auto, opengl or software, not \"%s\"\n",
                         qPrintable(parser.value(renderer)));
            return 2;
        }
    }
    // Asked now, answered while the controller starts (it takes a moment: a process with OpenGL).
    OpenGlProbe probe;
    if (rendererChoice.value_or(RendererChoice::Auto) == RendererChoice::Auto
        && !rendererSetByEnvironment())
        probe.start();

    QQuickStyle::setStyle(u"Material"_s);

    AppControllerOptions options;
    if (parser.isSet(settingsFile)) {
        options.settings = std::make_unique<QSettings>(parser.value(settingsFile),
                                                       QSettings::IniFormat);
    }
    options.keychain = parser.isSet(noKeychain) ? KeychainUse::Off : KeychainUse::Keychain;
    options.modelTablePath = parser.value(models);
    AppController controller(std::move(options));
    if (parser.isSet(language)) {
        const QString error = controller.settings()->setValue(u"ui/language"_s,
                                                              parser.value(language));
        if (!error.isEmpty())
            std::fprintf(stderr, "livedesk: --language: %s\n", qPrintable(error));
    }
    controller.initialize();
    registerBuiltInPages(controller.pages());
    if (!rendererChoice)
        rendererChoice = rendererChoiceFromText(controller.settings()->text(u"ui/renderer"_s));
    const RendererDecision drawing = applyRenderer(rendererChoice.value_or(RendererChoice::Auto),
                                                   &probe);

    GuiHost host(&controller);
    QString error;
    if (!host.load(&error)) {
        std::fprintf(stderr, "livedesk: the interface did not load:\n%s\n", qPrintable(error));
        return 1;
    }
    TrayIcon tray(&controller, host.window());
    if (const QString report = StartupReport::pathFromEnvironment(); !report.isEmpty())
        StartupReport::watch(report, host.window(), &controller, drawing.description);
    if (parser.isSet(demo) || qEnvironmentVariableIntValue("LIVEDESK_AUTOSTART_DEMO") == 1)
        controller.startDemo();
    return app.exec();
}

} // namespace livedesk::app
