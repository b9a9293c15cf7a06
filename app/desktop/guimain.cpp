#include "app/desktop/guimain.h"

#include "app/cli/clioptions.h"
#include "app/conversationbridge.h"
#include "app/desktop/guihost.h"
#include "app/desktop/renderer.h"
#include "app/desktop/startupreport.h"
#include "app/desktop/trayicon.h"
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/buildinfo.h"
#include "app/gui/secretstore.h"
#include "app/interruptwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QGuiApplication>
#include <QIcon>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

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

// The command line's conversation choices (livedesk-cli's flag names and meanings); false with
// `error` for a value that cannot work.
bool readOverrides(const QCommandLineParser &parser, ConversationOverrides *overrides,
                   QString *error)
{
    overrides->endpoint = parser.value(u"endpoint"_s);
    if (!overrides->endpoint.isEmpty()) {
        const QUrl url(overrides->endpoint);
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss")) {
            *error = u"--endpoint expects a ws:// or wss:// URL, not \"%1\""_s.arg(
                    overrides->endpoint);
            return false;
        }
    }
    overrides->model = parser.value(u"model"_s);
    if (parser.isSet(u"talk-mode"_s)) {
        overrides->talkMode = talkModeFromString(parser.value(u"talk-mode"_s));
        if (!overrides->talkMode) {
            *error = u"--talk-mode expects hands-free, local-voice or push-to-talk, not \"%1\""_s
                             .arg(parser.value(u"talk-mode"_s));
            return false;
        }
    }
    overrides->failoverLocations = parser.values(u"failover-location"_s);
    overrides->eventsPath = parser.value(u"events"_s);
    overrides->metricsPath = parser.value(u"metrics"_s);
    if (parser.isSet(u"screen"_s)) {
        bool ok = false;
        const int screen = parser.value(u"screen"_s).toInt(&ok);
        if (!ok || screen < 0) {
            *error = u"--screen expects a screen number (0, 1, …), not \"%1\""_s.arg(
                    parser.value(u"screen"_s));
            return false;
        }
        overrides->screen = screen;
    }
    overrides->recordPath = parser.value(u"record"_s);
    if (!overrides->recordPath.isEmpty() && !checkRecordPath(overrides->recordPath, error))
        return false;
    return checkWritableOutput(u"events"_s, overrides->eventsPath, error)
           && checkWritableOutput(u"metrics"_s, overrides->metricsPath, error);
}

// Closing the window or SIGTERM: the conversation ends as the End button ends it (the last
// reply into the recording, then the session closed), so its history, recording, events and
// metrics are complete. Bounded: a service that does not answer the close is not waited for.
void endConversation(AppController &controller)
{
    constexpr int kEndWaitMs = 5000;
    for (int attempt = 0; attempt < 2 && controller.conversation()->isActive(); ++attempt) {
        // The second time ends at once (stop() again skips the reply still playing).
        controller.stop();
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(controller.conversation(), &ConversationView::stateChanged, &loop, [&] {
            if (!controller.conversation()->isActive())
                loop.quit();
        });
        deadline.start(kEndWaitMs / 2);
        if (controller.conversation()->isActive())
            loop.exec();
    }
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
    // livedesk-cli's names and meanings (docs/app.md).
    const QCommandLineOption endpoint(u"endpoint"_s,
                                      u"WebSocket URL of the Live API for this run (the "
                                      "simulator is ws://127.0.0.1:PORT)."_s,
                                      u"URL"_s);
    const QCommandLineOption model(u"model"_s, u"Model id for this run."_s, u"ID"_s);
    const QCommandLineOption talkMode(u"talk-mode"_s, u"How turns are taken for this run."_s,
                                      u"hands-free|local-voice|push-to-talk"_s);
    const QCommandLineOption failover(u"failover-location"_s,
                                      u"Vertex AI: a location to try, in order, when the "
                                      "current one is unavailable (repeatable)."_s,
                                      u"LOCATION"_s);
    const QCommandLineOption start(u"start"_s, u"Start the conversation at once."_s);
    const QCommandLineOption events(u"events"_s,
                                    u"Write every event of the conversation as one JSON "
                                    "object per line (livedesk-cli's format)."_s,
                                    u"FILE"_s);
    const QCommandLineOption metrics(u"metrics"_s,
                                     u"Write the conversation's figures as JSON when it ends "
                                     "(livedesk-cli's format)."_s,
                                     u"FILE"_s);
    const QCommandLineOption record(u"record"_s,
                                    u"Record each conversation to this Ogg Opus file "
                                    "(livedesk-cli's --record)."_s,
                                    u"FILE.opus"_s);
    const QCommandLineOption screen(u"screen"_s,
                                    u"Share this screen (0, 1, …) in each conversation "
                                    "(livedesk-cli's --screen)."_s,
                                    u"N"_s);
    parser.addOptions({demo, settingsFile, noKeychain, language, version, models, renderer,
                       endpoint, model, talkMode, failover, start, events, metrics, record, screen});
    parser.process(app);
    ConversationOverrides overrides;
    if (QString error; !readOverrides(parser, &overrides, &error)) {
        std::fprintf(stderr, "livedesk: %s\n", qPrintable(error));
        return 2;
    }
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
    // Without a GPU device the answer is known (software) and nothing is asked.
    OpenGlProbe probe;
    if (rendererChoice.value_or(RendererChoice::Auto) == RendererChoice::Auto
        && !rendererSetByEnvironment() && hasGpuDevice())
        probe.start();

    QQuickStyle::setStyle(u"Material"_s);

    AppControllerOptions options;
    if (parser.isSet(settingsFile)) {
        options.settings = std::make_unique<QSettings>(parser.value(settingsFile),
                                                       QSettings::IniFormat);
    }
    options.keychain = parser.isSet(noKeychain) ? KeychainUse::Off : KeychainUse::Keychain;
    options.modelTablePath = parser.value(models);
    options.overrides = std::move(overrides);
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
    else if (parser.isSet(start))
        controller.start();
    // SIGTERM and SIGINT end the app as closing its window does.
    const InterruptWatcher interrupts([] { QCoreApplication::quit(); });
    const int code = app.exec();
    endConversation(controller);
    return code;
}

} // namespace livedesk::app
