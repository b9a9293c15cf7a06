// Helpers shared by the conversation tests (tst_conversation, tst_conversationrecords,
// tests/tools/tst_toolbox): a session config against a local endpoint, and files written into
// a test's temporary folder.
#pragma once

#include "app/sessionconfig.h"
#include "session/modelcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#include <optional>

namespace livedesk::testing {

// The built-in model table's config for `model` at `endpoint`, answering in text (no speech
// needed: quick turns). Null, with a warning saying why, when the table refuses it.
inline std::optional<app::SessionConfig> conversationConfig(const QString &model,
                                                            const QString &endpoint)
{
    app::SessionSettings s;
    s.model = model;
    s.endpoint = endpoint;
    s.apiKey = QStringLiteral("test");
    s.responseModality = protocol::Modality::Text;
    QString error;
    auto config = app::buildSessionConfig(s, session::ModelCatalog::builtIn(), &error);
    if (!config)
        qWarning() << error;
    return config;
}

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
