// The functions the model may call: each declaration with the handler that runs it and how it
// runs (timeout, consent, NON_BLOCKING scheduling), plus the setup.tools entries made from them.
#pragma once

#include "tools/toolhandler.h"
#include "tools/tooltypes.h"

#include <QObject>

#include <memory>
#include <optional>

namespace livedesk::tools {

struct ToolSpec
{
    // name, description, parameters or parametersJsonSchema; behavior NonBlocking asks for an
    // asynchronous function where the model supports it.
    protocol::FunctionDeclaration declaration;
    std::shared_ptr<ToolHandler> handler;
    ToolSource source = ToolSource::Unspecified;
    QString origin;
    ToolSafety safety = ToolSafety::Unspecified;
    // How a NON_BLOCKING function's response is folded into the conversation; Unspecified leaves
    // the service's default (WHEN_IDLE).
    protocol::Scheduling scheduling = protocol::Scheduling::Unspecified;
    int timeoutMs = 30000;
    bool enabled = true;
};

// What the model in use supports, from the app's capability table.
struct ToolCapabilities
{
    bool nonBlockingFunctions = false; // behavior NON_BLOCKING and response scheduling
    // How a declaration without a behavior runs on this model: NonBlocking on 3.8 Live, where
    // only a BLOCKING declaration blocks (models.json functionBehavior).
    protocol::Behavior defaultBehavior = protocol::Behavior::Blocking;
    bool googleSearch = true;
};

class ToolRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ToolRegistry(QObject *parent = nullptr);

    // Adds a tool. Fails, with the reason, for an invalid name (see isValidFunctionName), a name
    // already taken, a missing handler, or a parameter schema that cannot describe arguments.
    bool add(ToolSpec spec, QString *error = nullptr);
    bool remove(const QString &name);
    // Removes every tool of one source and origin (an MCP server that re-listed its tools).
    int removeAll(ToolSource source, const QString &origin);

    bool contains(const QString &name) const;
    std::optional<ToolSpec> find(const QString &name) const;
    QList<ToolSpec> tools() const; // in the order they were added
    QStringList names() const;

    // The per-tool switch: a disabled tool is left out of the setup and refused if called.
    bool setEnabled(const QString &name, bool enabled);
    bool setBehavior(const QString &name, protocol::Behavior behavior,
                     protocol::Scheduling scheduling);
    bool setTimeoutMs(const QString &name, int timeoutMs);

    void setGoogleSearchEnabled(bool enabled);
    bool googleSearchEnabled() const { return m_googleSearch; }

    void setCapabilities(const ToolCapabilities &capabilities);
    const ToolCapabilities &capabilities() const { return m_capabilities; }

    // setup.tools: one functionDeclarations entry with every enabled tool, then googleSearch as
    // its own entry when switched on and supported. Empty when there is nothing to offer.
    QList<protocol::Tool> setupTools() const;

    // The behavior a tool is declared with, after the model's capabilities.
    protocol::Behavior effectiveBehavior(const ToolSpec &spec) const;
    // The scheduling its responses carry: only for NON_BLOCKING functions on models that have them.
    protocol::Scheduling effectiveScheduling(const ToolSpec &spec) const;

    // Names the service accepts: a letter or underscore, then letters, digits, underscores and
    // dashes, at most 64 characters.
    static bool isValidFunctionName(QStringView name);
    // A valid, unused name for `name` under `prefix` ("fs" + "read-file" → "fs__read-file"):
    // invalid characters become '_', long names are shortened with a hash suffix so they stay
    // unique, and a clash with `taken` gets a numeric suffix.
    static QString makeFunctionName(const QString &prefix, const QString &name,
                                    const QStringList &taken);

Q_SIGNALS:
    void changed();

private:
    qsizetype indexOf(const QString &name) const;

    QList<ToolSpec> m_tools;
    bool m_googleSearch = false;
    ToolCapabilities m_capabilities;
};

} // namespace livedesk::tools
