// The tools LiveDesk brings along, each switchable (ToolRegistry::setEnabled):
//   get_current_time  the date and time, in the user's zone or an IANA zone given by name
//   open_url          opens an http(s) link in the browser (asks first)
//   read_clipboard    the clipboard's text (asks first)
//   write_clipboard   puts text on the clipboard (asks first)
//   take_screenshot   the current screen, sent to the model as an image (asks first)
//   set_timer         a desktop notification after a number of seconds
#pragma once

#include "tools/desktopintegration.h"
#include "tools/toolregistry.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace livedesk::tools {

enum class BuiltinTool {
    None,
    CurrentTime,
    OpenUrl,
    ReadClipboard,
    WriteClipboard,
    TakeScreenshot,
    SetTimer
};

class BuiltinTools : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTimerSeconds = 24 * 60 * 60;
    static constexpr qsizetype kMaxClipboardBytes = 32 * 1024;

    explicit BuiltinTools(QObject *parent = nullptr);
    ~BuiltinTools() override;

    // Not owned; null: the clipboard and URL tools answer that they are unavailable, and timers
    // only emit timerFired().
    void setDesktopIntegration(DesktopIntegration *desktop);
    // Empty: take_screenshot answers that screenshots are unavailable.
    void setScreenFrameProvider(ScreenFrameProvider provider);

    // Adds the tools to `registry`; those not in `enabled` are added switched off.
    bool registerTools(ToolRegistry *registry, const QSet<BuiltinTool> &enabled = allTools(),
                       QString *error = nullptr);

    static QSet<BuiltinTool> allTools();
    static QString functionName(BuiltinTool tool);
    static ToolSpec specFor(BuiltinTool tool); // declaration, safety, timeout; no handler

    // get_current_time's answer for a moment and a zone ("" = the system's zone); nullopt with a
    // message for an unknown zone.
    static std::optional<QJsonObject> describeTime(const QDateTime &moment, const QString &zone,
                                                   QString *error);

    int pendingTimerCount() const;
    void cancelTimers();

Q_SIGNALS:
    void timerFired(const QString &label);

private:
    class Handler;
    void startTimer(ToolInvocation *invocation);
    void openUrl(ToolInvocation *invocation);
    void readClipboard(ToolInvocation *invocation);
    void writeClipboard(ToolInvocation *invocation);
    void takeScreenshot(ToolInvocation *invocation);

    DesktopIntegration *m_desktop = nullptr; // not owned
    ScreenFrameProvider m_screenFrames;
    int m_timerCount = 0;
};

} // namespace livedesk::tools
