#include "tools/builtintools.h"

#include "tools/logging.h"

#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

const auto kTimerObjectName = "livedesk-builtin-timer";

QJsonObject schema(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = qAbs(seconds);
    return sign
           + u"%1:%2"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
                     .arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

} // namespace

// Runs one of BuiltinTools' members; does nothing once the tools object is gone.
class BuiltinTools::Handler : public ToolHandler
{
public:
    using Member = void (BuiltinTools::*)(ToolInvocation *);
    Handler(BuiltinTools *owner, Member member)
        : m_owner(owner)
        , m_member(member)
    { }
    void start(ToolInvocation *invocation) override
    {
        if (!m_owner) {
            invocation->fail(u"this tool is no longer available"_s);
            return;
        }
        (m_owner->*m_member)(invocation);
    }

private:
    QPointer<BuiltinTools> m_owner;
    Member m_member;
};

BuiltinTools::BuiltinTools(QObject *parent)
    : QObject(parent)
{ }

BuiltinTools::~BuiltinTools() = default;

void BuiltinTools::setDesktopIntegration(DesktopIntegration *desktop)
{
    m_desktop = desktop;
}

void BuiltinTools::setScreenFrameProvider(ScreenFrameProvider provider)
{
    m_screenFrames = std::move(provider);
}

QSet<BuiltinTool> BuiltinTools::allTools()
{
    return {BuiltinTool::CurrentTime,    BuiltinTool::OpenUrl,        BuiltinTool::ReadClipboard,
            BuiltinTool::WriteClipboard, BuiltinTool::TakeScreenshot, BuiltinTool::SetTimer};
}

QString BuiltinTools::functionName(BuiltinTool tool)
{
    switch (tool) {
    case BuiltinTool::None:
        break;
    case BuiltinTool::CurrentTime:
        return u"get_current_time"_s;
    case BuiltinTool::OpenUrl:
        return u"open_url"_s;
    case BuiltinTool::ReadClipboard:
        return u"read_clipboard"_s;
    case BuiltinTool::WriteClipboard:
        return u"write_clipboard"_s;
    case BuiltinTool::TakeScreenshot:
        return u"take_screenshot"_s;
    case BuiltinTool::SetTimer:
        return u"set_timer"_s;
    }
    return {};
}

ToolSpec BuiltinTools::specFor(BuiltinTool tool)
{
    ToolSpec spec;
    spec.declaration.name = functionName(tool);
    spec.source = ToolSource::BuiltIn;
    spec.origin = u"built-in"_s;
    spec.timeoutMs = 10000;
    switch (tool) {
    case BuiltinTool::None:
        break;
    case BuiltinTool::CurrentTime:
        spec.declaration.description
                = u"Returns the current date, time, weekday and UTC offset, in the user's time "
                  u"zone or in a given IANA time zone."_s;
        spec.declaration.parameters = schema(
                R"({"type":"OBJECT","properties":{"time_zone":{"type":"STRING","description":"IANA time zone such as Europe/Paris or America/New_York; leave out for the user's own zone"}}})");
        spec.safety = ToolSafety::ReadOnly;
        break;
    case BuiltinTool::OpenUrl:
        spec.declaration.description
                = u"Opens a web page (http or https) in the user's browser. The user is asked "
                  u"first."_s;
        spec.declaration.parameters = schema(
                R"({"type":"OBJECT","properties":{"url":{"type":"STRING","description":"The full http:// or https:// address"}},"required":["url"]})");
        spec.safety = ToolSafety::SideEffects;
        break;
    case BuiltinTool::ReadClipboard:
        spec.declaration.description
                = u"Returns the text on the user's clipboard. The user is asked first."_s;
        spec.safety = ToolSafety::SideEffects; // reveals what the user copied
        break;
    case BuiltinTool::WriteClipboard:
        spec.declaration.description
                = u"Puts text on the user's clipboard, replacing what is there. The user is asked "
                  u"first."_s;
        spec.declaration.parameters = schema(
                R"({"type":"OBJECT","properties":{"text":{"type":"STRING","description":"The text to copy"}},"required":["text"]})");
        spec.safety = ToolSafety::SideEffects;
        break;
    case BuiltinTool::TakeScreenshot:
        spec.declaration.description
                = u"Takes a picture of the user's screen and shows it to you. The user is asked "
                  u"first."_s;
        spec.safety = ToolSafety::SideEffects; // shares what is on screen
        spec.timeoutMs = 15000;
        break;
    case BuiltinTool::SetTimer:
        spec.declaration.description
                = u"Starts a timer; when it ends the user gets a desktop notification with the "
                  u"label."_s;
        spec.declaration.parameters = schema(
                R"({"type":"OBJECT","properties":{"seconds":{"type":"INTEGER","minimum":1,"maximum":86400,"description":"How long, in seconds"},"label":{"type":"STRING","description":"What the timer is for, shown in the notification"}},"required":["seconds"]})");
        spec.safety = ToolSafety::ReadOnly;
        break;
    }
    return spec;
}

bool BuiltinTools::registerTools(ToolRegistry *registry, const QSet<BuiltinTool> &enabled,
                                 QString *error)
{
    const QList<BuiltinTool> order {BuiltinTool::CurrentTime,    BuiltinTool::OpenUrl,
                                    BuiltinTool::ReadClipboard,  BuiltinTool::WriteClipboard,
                                    BuiltinTool::TakeScreenshot, BuiltinTool::SetTimer};
    for (BuiltinTool tool : order) {
        ToolSpec spec = specFor(tool);
        spec.enabled = enabled.contains(tool);
        switch (tool) {
        case BuiltinTool::CurrentTime:
            spec.handler = std::make_shared<FunctionToolHandler>([](const QJsonObject &args,
                                                                    const std::atomic_bool &) {
                QString problem;
                const auto answer = describeTime(QDateTime::currentDateTimeUtc(),
                                                 args.value(u"time_zone"_s).toString(), &problem);
                return answer ? ToolOutcome::success(*answer) : ToolOutcome::failure(problem);
            });
            break;
        case BuiltinTool::OpenUrl:
            spec.handler = std::make_shared<Handler>(this, &BuiltinTools::openUrl);
            break;
        case BuiltinTool::ReadClipboard:
            spec.handler = std::make_shared<Handler>(this, &BuiltinTools::readClipboard);
            break;
        case BuiltinTool::WriteClipboard:
            spec.handler = std::make_shared<Handler>(this, &BuiltinTools::writeClipboard);
            break;
        case BuiltinTool::TakeScreenshot:
            spec.handler = std::make_shared<Handler>(this, &BuiltinTools::takeScreenshot);
            break;
        case BuiltinTool::SetTimer:
            spec.handler = std::make_shared<Handler>(this, &BuiltinTools::startTimer);
            break;
        case BuiltinTool::None:
            continue;
        }
        if (!registry->add(spec, error))
            return false;
    }
    return true;
}

std::optional<QJsonObject> BuiltinTools::describeTime(const QDateTime &moment, const QString &zone,
                                                      QString *error)
{
    QTimeZone tz = QTimeZone::systemTimeZone();
    if (!zone.trimmed().isEmpty()) {
        tz = QTimeZone(zone.trimmed().toUtf8());
        if (!tz.isValid()) {
            if (error)
                *error = u"unknown time zone '"_s + zone
                         + u"' (use an IANA name such as Europe/Paris or America/New_York)"_s;
            return std::nullopt;
        }
    }
    const QDateTime local = moment.toTimeZone(tz);
    const int offset = tz.offsetFromUtc(moment);
    const QLocale c = QLocale::c();
    QString zoneId = QString::fromUtf8(tz.id());
    if (zoneId.isEmpty())
        zoneId = u"UTC"_s;
    return QJsonObject {
            {u"iso8601"_s, local.toString(Qt::ISODate)},
            {u"date"_s, local.date().toString(Qt::ISODate)},
            {u"time"_s, local.time().toString(u"HH:mm:ss"_s)},
            {u"weekday"_s, c.dayName(local.date().dayOfWeek(), QLocale::LongFormat)},
            {u"time_zone"_s, zoneId},
            {u"utc_offset"_s, offsetText(offset)},
            {u"daylight_saving_time"_s, tz.isDaylightTime(moment)},
            {u"unix_seconds"_s, moment.toSecsSinceEpoch()},
    };
}

void BuiltinTools::openUrl(ToolInvocation *invocation)
{
    const QString text = invocation->arguments().value(u"url"_s).toString().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        || url.host().isEmpty()) {
        invocation->fail(u"'"_s + text + u"' is not an http:// or https:// address"_s);
        return;
    }
    if (!m_desktop) {
        invocation->fail(u"opening links is not available in this session"_s);
        return;
    }
    QString error;
    if (!m_desktop->openUrl(url, &error)) {
        invocation->fail(u"could not open "_s + url.toString() + u": "_s + error);
        return;
    }
    invocation->succeed(QString(u"opened "_s + url.toString() + u" in the browser"_s));
}

void BuiltinTools::readClipboard(ToolInvocation *invocation)
{
    if (!m_desktop) {
        invocation->fail(u"the clipboard is not available in this session"_s);
        return;
    }
    QString error;
    const auto text = m_desktop->clipboardText(&error);
    if (!text) {
        invocation->fail(u"could not read the clipboard: "_s + error);
        return;
    }
    if (text->isEmpty()) {
        invocation->succeed(u"(the clipboard holds no text)"_s);
        return;
    }
    invocation->succeed(truncateForModel(*text, kMaxClipboardBytes));
}

void BuiltinTools::writeClipboard(ToolInvocation *invocation)
{
    if (!m_desktop) {
        invocation->fail(u"the clipboard is not available in this session"_s);
        return;
    }
    const QString text = invocation->arguments().value(u"text"_s).toString();
    QPointer<ToolInvocation> call(invocation);
    m_desktop->setClipboardText(text, [call, size = text.size()](const QString &error) {
        if (!call)
            return;
        if (!error.isEmpty())
            call->fail(u"could not write the clipboard: "_s + error);
        else
            call->succeed(QString(u"copied "_s + QString::number(size) + u" characters"_s));
    });
}

void BuiltinTools::takeScreenshot(ToolInvocation *invocation)
{
    if (!m_screenFrames) {
        invocation->fail(u"taking screenshots is not available in this session"_s);
        return;
    }
    QPointer<ToolInvocation> call(invocation);
    m_screenFrames([call](const ScreenFrame &frame) {
        if (!call)
            return;
        if (!frame.error.isEmpty() || frame.image.data.isEmpty()) {
            call->fail(u"could not take a screenshot: "_s
                       + (frame.error.isEmpty() ? u"no picture came back"_s : frame.error));
            return;
        }
        ToolOutcome outcome = ToolOutcome::success(
                QString(u"The screenshot ("_s + QString::number(frame.size.width()) + u'x'
                        + QString::number(frame.size.height()) + u' ' + frame.image.mimeType
                        + u") was sent to you as an image just before this response."_s));
        outcome.frames.append(frame.image);
        call->finish(outcome);
    });
}

void BuiltinTools::startTimer(ToolInvocation *invocation)
{
    const int seconds = invocation->arguments().value(u"seconds"_s).toInt();
    QString label = invocation->arguments().value(u"label"_s).toString().trimmed();
    if (label.isEmpty())
        label = u"Time is up"_s;
    auto *timer = new QTimer(this);
    timer->setObjectName(QLatin1StringView(kTimerObjectName));
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    ++m_timerCount;
    connect(timer, &QTimer::timeout, this, [this, timer, label] {
        --m_timerCount;
        timer->deleteLater();
        qCInfo(lcTools).noquote() << "timer fired:" << label;
        if (m_desktop)
            m_desktop->showNotification(tr("LiveDesk timer"), label);
        Q_EMIT timerFired(label);
    });
    timer->start(seconds * 1000);
    const QDateTime firesAt = QDateTime::currentDateTime().addSecs(seconds);
    invocation->succeed(QJsonObject {{u"label"_s, label},
                                     {u"seconds"_s, seconds},
                                     {u"fires_at"_s, firesAt.toString(Qt::ISODate)}});
}

int BuiltinTools::pendingTimerCount() const
{
    return m_timerCount;
}

void BuiltinTools::cancelTimers()
{
    const auto timers = findChildren<QTimer *>(QLatin1StringView(kTimerObjectName),
                                               Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers) {
        if (timer->isActive()) {
            timer->stop();
            --m_timerCount;
        }
        timer->deleteLater();
    }
}

} // namespace livedesk::tools
