#include "app/desktop/startupreport.h"

#include "app/gui/appcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>

#include <chrono>
#include <memory>

#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// The process's start on the steady clock. /proc/self/stat gives it in clock ticks since boot
// (CLOCK_BOOTTIME); the distance to now on that clock, taken back from the steady clock's now,
// places it there. Elsewhere: the first call (early in main).
double processStartSteadyMs()
{
    static const double startMs = [] {
        const double steadyNowMs = std::chrono::duration<double, std::milli>(
                                           std::chrono::steady_clock::now().time_since_epoch())
                                           .count();
        QFile stat(u"/proc/self/stat"_s);
        timespec boot {};
        if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &boot) != 0)
            return steadyNowMs;
        const QByteArray line = stat.readAll();
        // Fields after the command name (which may hold spaces) start behind its ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        constexpr int kStartTimeField = 22 - 3; // field 22 of stat(5), counted from field 3
        if (fields.size() <= kStartTimeField)
            return steadyNowMs;
        const double startBootMs = fields.at(kStartTimeField).toDouble() * 1000.0
                                   / double(sysconf(_SC_CLK_TCK));
        const double bootNowMs = double(boot.tv_sec) * 1000.0 + double(boot.tv_nsec) / 1e6;
        return steadyNowMs - (bootNowMs - startBootMs);
    }();
    return startMs;
}

struct Report
{
    QString path;
    QJsonObject values;
    qint64 frames = 0;
    QTimer framesWrite; // single shot: the frame count is written at most every 500 ms

    void set(const char *key)
    {
        if (values.contains(QLatin1StringView(key)))
            return;
        values.insert(QLatin1StringView(key), StartupReport::msSinceProcessStart());
        write();
    }
    void write()
    {
        values.insert(u"frames"_s, frames);
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(values).toJson(QJsonDocument::Compact));
            file.commit();
        }
    }
};

} // namespace

QString StartupReport::pathFromEnvironment()
{
    return qEnvironmentVariable("LIVEDESK_STARTUP_REPORT");
}

double StartupReport::msSinceProcessStart()
{
    const double startMs = processStartSteadyMs();
    const double nowMs = std::chrono::duration<double, std::milli>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    return nowMs - startMs;
}

void StartupReport::watch(const QString &path, QQuickWindow *window, AppController *controller,
                          const QString &renderer)
{
    processStartSteadyMs();
    auto report = std::make_shared<Report>();
    report->path = path;
    report->values.insert(u"pid"_s, qint64(QCoreApplication::applicationPid()));
    report->values.insert(u"renderer"_s, renderer);
    report->framesWrite.setSingleShot(true);
    report->framesWrite.setInterval(500);
    // The timer lives in the report, which the connections keep: a raw pointer cannot outlive it.
    QObject::connect(&report->framesWrite, &QTimer::timeout, window,
                     [raw = report.get()] { raw->write(); });
    // The threaded render loop emits frameSwapped on its render thread: with the window as the
    // context the count and the timer are handled on the main thread.
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [report] {
        ++report->frames;
        report->set("window_shown");
        if (!report->framesWrite.isActive())
            report->framesWrite.start();
    });
    QObject::connect(controller->conversation(), &ConversationView::stateChanged, controller,
                     [report, controller] {
                         if (controller->conversation()->state()
                             == AppController::SessionState::Live)
                             report->set("session_live");
                     });
}

} // namespace livedesk::app
