#include "tools/toolbox.h"

#include "tools/logging.h"
#include "tools/usertools.h"

using namespace Qt::StringLiterals;

namespace livedesk::tools {

Toolbox::Toolbox(QObject *parent)
    : QObject(parent)
    , m_scrubber(std::make_shared<SecretScrubber>())
{
    m_scrubber->addEnvironment(QProcessEnvironment::systemEnvironment());
    m_mcp = std::make_unique<McpManager>(&m_registry, m_scrubber);
    m_dispatcher = std::make_unique<ToolDispatcher>(&m_registry);
    m_dispatcher->setSecretScrubber(m_scrubber);
    m_dispatcher->setConfirmationPolicy(&m_policy);
    connect(m_mcp.get(), &McpManager::settled, this, &Toolbox::ready);
}

Toolbox::~Toolbox()
{
    // Calls first (they may use MCP clients), then the servers.
    m_dispatcher.reset();
    m_mcp.reset();
}

bool Toolbox::configure(const ToolboxOptions &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (const QString &secret : options.secrets)
        m_scrubber->add(secret);

    if (!options.approveTools.isEmpty()) {
        QString message;
        const auto policy = ConfirmationPolicy::fromApproveToolsOption(options.approveTools,
                                                                       &message);
        if (!policy)
            return fail(message);
        m_policy = *policy;
    }

    m_registry.setCapabilities(options.capabilities);
    m_registry.setGoogleSearchEnabled(options.googleSearch);
    QString message;
    if (!m_builtins.registerTools(&m_registry, options.builtins, &message))
        return fail(message);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!options.toolsFile.isEmpty()) {
        const auto definitions = loadUserToolsFile(options.toolsFile, environment, &message);
        if (!definitions)
            return fail(message);
        if (!addUserTools(&m_registry, *definitions, options.toolsFile, m_scrubber, &message))
            return fail(options.toolsFile + u": "_s + message);
    }

    QList<McpServerConfig> servers;
    if (!options.mcpConfigFile.isEmpty()) {
        const auto config = loadMcpConfigFile(options.mcpConfigFile, environment, &message);
        if (!config)
            return fail(message);
        servers = config->servers;
        for (const QString &warning : config->warnings)
            m_warnings.append(options.mcpConfigFile + u": "_s + warning);
        if (servers.size() > McpManager::kMaxServers) {
            m_warnings.append(options.mcpConfigFile + u": "_s
                              + McpManager::notStartedText(servers.mid(McpManager::kMaxServers)));
        }
    }
    for (const QString &warning : std::as_const(m_warnings))
        qCWarning(lcTools).noquote() << warning;
    m_mcp->start(servers);
    return true;
}

bool Toolbox::isReady() const
{
    return m_mcp->isSettled();
}

} // namespace livedesk::tools
