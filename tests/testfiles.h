// Files a test writes for the code under test to read.
#pragma once

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

namespace livedesk::testing {

// `content` as `name` in `dir`; the test cannot go on without it.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName();
}

} // namespace livedesk::testing
