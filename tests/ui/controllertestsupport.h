// AppController options for a test: settings, history, saved modes and recordings in the test's
// own folder, and no keychain, so nothing of the user's is read or written.
#pragma once

#include "app/gui/appcontroller.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace livedesk::test {

inline app::AppControllerOptions isolatedControllerOptions(const QTemporaryDir &dir)
{
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("livedesk.ini")),
                                                   QSettings::IniFormat);
    options.keychain = app::KeychainUse::Off;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    options.modesPath = dir.filePath(QStringLiteral("modes.json"));
    options.recordingFolder = dir.filePath(QStringLiteral("recordings"));
    return options;
}

} // namespace livedesk::test
