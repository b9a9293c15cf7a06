// A user-defined tool that POSTs the call's arguments as JSON to a URL; the response body is the
// output.
#pragma once

#include "tools/commandtool.h"

#include <QUrl>

class QNetworkAccessManager;

namespace livedesk::tools {

struct HttpToolConfig
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type is application/json unless set
    qsizetype maxOutputBytes = 16 * 1024;
};

class HttpToolHandler : public ToolHandler
{
public:
    // Create it on the dispatcher's thread: it owns a QNetworkAccessManager there.
    HttpToolHandler(QString toolName, HttpToolConfig config,
                    std::shared_ptr<const SecretScrubber> scrubber);
    ~HttpToolHandler() override;
    void start(ToolInvocation *invocation) override;

private:
    QString m_toolName;
    HttpToolConfig m_config;
    std::shared_ptr<const SecretScrubber> m_scrubber;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace livedesk::tools
