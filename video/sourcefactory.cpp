#include "video/sourcefactory.h"

#include "video/camerasource.h"
#include "video/filesource.h"
#include "video/screensource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::video::SourceFactory", text);
}

} // namespace

FrameSource *createFrameSource(const SourceRequest &request, QObject *parent, QString *error)
{
    const auto fail = [&](const QString &why) -> FrameSource * {
        if (error)
            *error = why;
        return nullptr;
    };
    const QString argument = request.argument.trimmed();
    switch (request.kind) {
    case SourceKind::File: {
        if (argument.isEmpty())
            return fail(tr("No file or folder to share was given."));
        return new FileSource(argument, parent);
    }
    case SourceKind::Camera: {
        auto *camera = new CameraSource(parent);
        camera->setDeviceId(argument.toUtf8());
        return camera;
    }
    case SourceKind::Screen: {
        int index = -1;
        if (!argument.isEmpty()) {
            bool ok = false;
            index = argument.toInt(&ok);
            if (!ok || index < 0)
                return fail(tr("“%1” is not a screen number (0, 1, …).").arg(argument));
        }
        auto *screen = new ScreenSource(parent);
        screen->setScreen(index);
        screen->setRegion(request.region);
        return screen;
    }
    case SourceKind::Window: {
        if (argument.isEmpty())
            return fail(tr("No window to share was given."));
        bool ok = false;
        quint64 id = argument.startsWith(u"0x"_s, Qt::CaseInsensitive)
                             ? argument.mid(2).toULongLong(&ok, 16)
                             : argument.toULongLong(&ok, 10);
        if (!ok) {
            QString why;
            const QList<WindowInfo> windows = ScreenSource::availableWindows(&why);
            if (!why.isEmpty())
                return fail(why);
            QList<WindowInfo> matches;
            for (const WindowInfo &window : windows) {
                if (window.title.contains(argument, Qt::CaseInsensitive))
                    matches << window;
            }
            if (matches.isEmpty())
                return fail(tr("No window has “%1” in its title.").arg(argument));
            if (matches.size() > 1)
                return fail(tr("%1 windows have “%2” in their title; give its id instead.")
                                    .arg(matches.size())
                                    .arg(argument));
            id = matches.first().id;
        }
        auto *screen = new ScreenSource(parent);
        screen->setWindow(id);
        screen->setRegion(request.region);
        return screen;
    }
    case SourceKind::None:
        break;
    }
    return fail(tr("No video source was chosen."));
}

} // namespace livedesk::video
