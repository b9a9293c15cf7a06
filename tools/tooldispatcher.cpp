#include "tools/tooldispatcher.h"

#include "tools/logging.h"
#include "tools/schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

constexpr qsizetype kPreviewLength = 200;
constexpr int kMaxNamesInUnknownError = 25;

QString preview(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = value.toVariant().toString();
    if (text.size() > kPreviewLength)
        text = text.left(kPreviewLength - 1) + u'…';
    return text;
}

QString describeMs(int ms)
{
    return ms < 1000 || ms % 1000 != 0 ? QString::number(ms) + u" ms"_s
                                       : QString::number(ms / 1000) + u" s"_s;
}

qsizetype jsonSize(const QJsonValue &value)
{
    return QJsonDocument(QJsonObject {{u"output"_s, value}}).toJson(QJsonDocument::Compact).size();
}

// The UTF-8 size of `text` without converting it.
qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3; // a pair is 4
    }
    return bytes;
}

enum class ArgumentLimit { Within, TooLarge, TooDeep };

// Adds what `value` takes as compact JSON to `bytes` (escapes aside) and returns at the first
// limit passed, before looking at the rest.
ArgumentLimit measureArguments(const QJsonValue &value, int level, qsizetype &bytes)
{
    if (level > ToolDispatcher::kMaxArgumentNestingLevels)
        return ArgumentLimit::TooDeep;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        bytes += 2 + qMax(qsizetype(0), 2 * object.size() - 1); // braces, the colons and commas
        for (auto it = object.begin(); it != object.end(); ++it) {
            bytes += utf8Size(it.key()) + 2;
            if (bytes > ToolDispatcher::kMaxArgumentBytes)
                return ArgumentLimit::TooLarge;
            const ArgumentLimit inner = measureArguments(it.value(), level + 1, bytes);
            if (inner != ArgumentLimit::Within)
                return inner;
        }
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        bytes += 2 + qMax(qsizetype(0), array.size() - 1);
        for (const QJsonValue &item : array) {
            if (bytes > ToolDispatcher::kMaxArgumentBytes)
                return ArgumentLimit::TooLarge;
            const ArgumentLimit inner = measureArguments(item, level + 1, bytes);
            if (inner != ArgumentLimit::Within)
                return inner;
        }
        break;
    }
    case QJsonValue::String:
        bytes += utf8Size(value.toString()) + 2;
        break;
    case QJsonValue::Double:
        bytes += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).size();
        break;
    default: // true, false, null
        bytes += 5;
        break;
    }
    return bytes > ToolDispatcher::kMaxArgumentBytes ? ArgumentLimit::TooLarge
                                                     : ArgumentLimit::Within;
}

} // namespace

QString ToolDispatcher::argumentLimitProblem(const QJsonObject &arguments)
{
    qsizetype bytes = 0;
    switch (measureArguments(arguments, 1, bytes)) {
    case ArgumentLimit::Within:
        break;
    case ArgumentLimit::TooLarge:
        return u"larger than %1 MiB of JSON"_s.arg(kMaxArgumentBytes / (1024 * 1024));
    case ArgumentLimit::TooDeep:
        return u"nested deeper than %1 levels"_s.arg(kMaxArgumentNestingLevels);
    }
    return {};
}

ToolDispatcher::ToolDispatcher(ToolRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_scrubber(std::make_shared<SecretScrubber>())
{
    qRegisterMetaType<ToolCallRecord>();
    qRegisterMetaType<ToolOutcome>();
}

ToolDispatcher::~ToolDispatcher()
{
    // Stop handlers (kill processes, abort requests) without answering anyone.
    for (auto &[serial, call] : m_calls) {
        if (call.record.state == ToolCallState::AwaitingConfirmation && m_prompt)
            m_prompt->withdraw(serial);
        if (call.invocation)
            call.invocation->cancel();
    }
}

void ToolDispatcher::setConfirmationPolicy(ConfirmationPolicy *policy)
{
    m_policy = policy ? policy : &m_ownPolicy;
}

void ToolDispatcher::setConfirmationPrompt(ConfirmationPrompt *prompt)
{
    m_prompt = prompt;
}

void ToolDispatcher::setSecretScrubber(std::shared_ptr<const SecretScrubber> scrubber)
{
    m_scrubber = scrubber ? std::move(scrubber) : std::make_shared<SecretScrubber>();
}

void ToolDispatcher::setConfirmationTimeoutMs(int timeoutMs)
{
    m_confirmationTimeoutMs = timeoutMs > 0 ? timeoutMs : kDefaultConfirmationTimeoutMs;
}

void ToolDispatcher::setMaxResponseBytes(qsizetype maxBytes)
{
    m_maxResponseBytes = maxBytes > 0 ? maxBytes : kDefaultMaxResponseBytes;
}

QList<ToolCallRecord> ToolDispatcher::activeCalls() const
{
    QList<ToolCallRecord> out;
    for (const auto &[serial, call] : m_calls) {
        ToolCallRecord r = call.record;
        r.durationMs = call.clock.elapsed();
        out.append(r);
    }
    return out;
}

void ToolDispatcher::handleToolCall(const protocol::ToolCall &toolCall)
{
    for (const protocol::FunctionCall &call : toolCall.functionCalls)
        dispatch(call);
}

void ToolDispatcher::dispatch(const protocol::FunctionCall &call)
{
    ToolCallRecord record;
    record.serial = m_nextSerial++;
    record.callId = call.id;
    record.name = m_scrubber->scrub(call.name);
    record.receivedAt = QDateTime::currentDateTimeUtc();

    const std::optional<ToolSpec> spec = m_registry->find(call.name);
    // Before anything copies them (the scrubber, the record the UI and the history keep): the
    // answer, the log and the record name the limit, never the payload.
    if (const QString problem = argumentLimitProblem(call.args); !problem.isEmpty()) {
        reject(record,
               u"arguments for '"_s + record.name + u"' are "_s + problem
                       + u", more than a tool call may carry; the call was not run"_s,
               spec ? m_registry->effectiveScheduling(*spec) : protocol::Scheduling::Unspecified);
        return;
    }
    record.arguments = m_scrubber->scrub(call.args);
    if (!spec) {
        QStringList available;
        for (const ToolSpec &s : m_registry->tools()) {
            if (s.enabled && available.size() < kMaxNamesInUnknownError)
                available.append(s.declaration.name);
        }
        reject(record, u"unknown function '"_s + record.name + u"'"_s
                               + (available.isEmpty()
                                          ? u" (no functions are available)"_s
                                          : u" (available: "_s + available.join(", "_L1) + u')'));
        return;
    }
    record.source = spec->source;
    record.origin = spec->origin;
    const protocol::Scheduling scheduling = m_registry->effectiveScheduling(*spec);
    if (!spec->enabled) {
        reject(record, u"function '"_s + record.name + u"' is switched off"_s, scheduling);
        return;
    }
    const QStringList problems = validateArguments(record.arguments, spec->declaration);
    if (!problems.isEmpty()) {
        reject(record,
               u"invalid arguments for '"_s + record.name + u"': "_s + problems.join("; "_L1),
               scheduling);
        return;
    }

    const ApprovalDecision decision = m_policy->decide(spec->declaration.name, spec->safety);
    if (decision == ApprovalDecision::Deny) {
        reject(record, u"the user has not allowed '"_s + record.name + u"' to run"_s, scheduling);
        return;
    }
    if (decision == ApprovalDecision::Ask && !m_prompt) {
        reject(record,
               u"'"_s + record.name
                       + u"' needs the user's approval and there is no one to ask in this "
                         u"session"_s,
               scheduling);
        return;
    }

    const quint64 serial = record.serial;
    ActiveCall &active = m_calls[serial];
    active.record = record;
    active.spec = *spec;
    active.clock.start();
    active.timer = new QTimer(this);
    active.timer->setSingleShot(true);
    connect(active.timer, &QTimer::timeout, this, [this, serial] { onTimeout(serial); });

    if (decision == ApprovalDecision::Ask)
        askForConfirmation(serial);
    else
        startRunning(serial);
}

void ToolDispatcher::reject(ToolCallRecord record, const QString &error,
                            protocol::Scheduling scheduling)
{
    record.state = ToolCallState::Failed;
    record.error = m_scrubber->scrub(error);
    qCInfo(lcTools).noquote() << "tool call" << record.name << "refused:" << record.error;
    protocol::FunctionResponse response;
    response.id = record.callId;
    response.name = record.name;
    response.response = QJsonObject {{u"error"_s, record.error}};
    response.scheduling = scheduling;
    emitUpdate(record);
    Q_EMIT responseReady(protocol::ToolResponse {{response}});
}

void ToolDispatcher::askForConfirmation(quint64 serial)
{
    auto it = m_calls.find(serial);
    ActiveCall &call = it->second;
    call.record.state = ToolCallState::AwaitingConfirmation;
    call.timer->start(m_confirmationTimeoutMs);

    ConfirmationRequest request;
    request.serial = serial;
    request.callId = call.record.callId;
    request.toolName = call.record.name;
    request.description = m_scrubber->scrub(call.spec.declaration.description);
    request.arguments = call.record.arguments;
    request.source = call.record.source;
    request.origin = call.record.origin;
    emitUpdate(call.record);
    // The call may be gone by now if a slot connected to callUpdated cancelled it.
    if (m_calls.find(serial) == m_calls.end())
        return;
    QPointer<ToolDispatcher> self(this);
    m_prompt->ask(request, [self, serial](ConfirmationAnswer answer) {
        if (self)
            self->onConfirmationAnswer(serial, answer);
    });
}

void ToolDispatcher::onConfirmationAnswer(quint64 serial, ConfirmationAnswer answer)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end() || it->second.record.state != ToolCallState::AwaitingConfirmation)
        return; // withdrawn, cancelled or timed out meanwhile
    const QString name = it->second.spec.declaration.name;
    m_policy->applyAnswer(name, answer);
    switch (answer) {
    case ConfirmationAnswer::AllowOnce:
    case ConfirmationAnswer::AllowForSession:
    case ConfirmationAnswer::AllowAlways:
        it->second.timer->stop();
        startRunning(serial);
        return;
    case ConfirmationAnswer::Unspecified:
    case ConfirmationAnswer::Deny:
    case ConfirmationAnswer::DenyForSession:
        break;
    }
    stopCall(serial, ToolCallState::Failed, u"the user declined to run '"_s + name + u"'"_s);
}

void ToolDispatcher::startRunning(quint64 serial)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end())
        return;
    ActiveCall &call = it->second;
    call.record.state = ToolCallState::Running;
    protocol::FunctionCall fc {call.record.callId, call.spec.declaration.name,
                               call.record.arguments};
    auto *invocation = new ToolInvocation(fc, serial, this);
    call.invocation = invocation;
    connect(invocation, &ToolInvocation::finished, this,
            [this, serial](const ToolOutcome &outcome) { onFinished(serial, outcome); });
    call.timer->start(call.spec.timeoutMs);
    qCInfo(lcTools).noquote() << "tool call" << call.record.name << "started, id"
                              << call.record.callId;
    emitUpdate(call.record);
    if (m_calls.find(serial) == m_calls.end())
        return;
    // Keep the handler alive for the duration of start(), even if the registry drops the tool.
    const std::shared_ptr<ToolHandler> handler = call.spec.handler;
    handler->start(invocation);
}

void ToolDispatcher::onFinished(quint64 serial, const ToolOutcome &outcome)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end())
        return;
    ActiveCall call = std::move(it->second);
    m_calls.erase(it);
    release(call);

    call.record.durationMs = call.clock.elapsed();
    protocol::FunctionResponse response;
    response.id = call.record.callId;
    response.name = call.record.name;
    response.scheduling = m_registry->effectiveScheduling(call.spec);
    if (outcome.kind == ToolOutcome::Kind::Output) {
        const QJsonValue output = limitOutput(m_scrubber->scrub(outcome.output));
        response.response = QJsonObject {{u"output"_s, output}};
        call.record.state = ToolCallState::Done;
        call.record.outputPreview = preview(output);
    } else {
        QString error = outcome.kind == ToolOutcome::Kind::Error
                                ? outcome.error
                                : u"'"_s + call.record.name + u"' reported no result"_s;
        if (error.isEmpty())
            error = u"'"_s + call.record.name + u"' failed"_s;
        call.record.error = truncateForModel(m_scrubber->scrub(error), m_maxResponseBytes);
        response.response = QJsonObject {{u"error"_s, call.record.error}};
        call.record.state = ToolCallState::Failed;
    }
    qCInfo(lcTools).noquote() << "tool call" << call.record.name << stateName(call.record.state)
                              << "in" << call.record.durationMs << "ms";
    emitUpdate(call.record);
    for (const protocol::Blob &frame : outcome.frames)
        Q_EMIT frameReady(call.record.callId, frame);
    Q_EMIT responseReady(protocol::ToolResponse {{response}});
}

void ToolDispatcher::onTimeout(quint64 serial)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end())
        return;
    const ActiveCall &call = it->second;
    if (call.record.state == ToolCallState::AwaitingConfirmation) {
        stopCall(serial, ToolCallState::Failed,
                 u"the user did not answer whether '"_s + call.record.name + u"' may run within "_s
                         + describeMs(m_confirmationTimeoutMs));
        return;
    }
    stopCall(serial, ToolCallState::Failed,
             u"'"_s + call.record.name + u"' did not finish within "_s
                     + describeMs(call.spec.timeoutMs) + u" and was stopped"_s);
}

void ToolDispatcher::handleCancellation(const protocol::ToolCallCancellation &cancellation)
{
    QList<quint64> serials;
    for (const auto &[serial, call] : m_calls) {
        if (cancellation.ids.contains(call.record.callId))
            serials.append(serial);
    }
    for (quint64 serial : std::as_const(serials))
        stopCall(serial, ToolCallState::Cancelled, QString());
}

void ToolDispatcher::cancelByUser(quint64 serial)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end())
        return;
    stopCall(serial, ToolCallState::Failed,
             u"the user cancelled '"_s + it->second.record.name + u"'"_s);
}

void ToolDispatcher::abandonAll()
{
    QList<quint64> serials;
    for (const auto &[serial, call] : m_calls)
        serials.append(serial);
    for (quint64 serial : std::as_const(serials))
        stopCall(serial, ToolCallState::Cancelled, QString());
}

void ToolDispatcher::stopCall(quint64 serial, ToolCallState finalState, const QString &errorForModel)
{
    auto it = m_calls.find(serial);
    if (it == m_calls.end())
        return;
    ActiveCall call = std::move(it->second);
    m_calls.erase(it);
    if (call.record.state == ToolCallState::AwaitingConfirmation && m_prompt)
        m_prompt->withdraw(serial);
    if (call.invocation)
        call.invocation->cancel();
    release(call);
    call.record.state = finalState;
    call.record.durationMs = call.clock.elapsed();
    if (finalState == ToolCallState::Failed)
        call.record.error = m_scrubber->scrub(errorForModel);
    qCInfo(lcTools).noquote() << "tool call" << call.record.name << stateName(finalState) << "after"
                              << call.record.durationMs << "ms" << call.record.error;
    emitUpdate(call.record);
    if (finalState != ToolCallState::Failed)
        return; // cancelled: the server no longer wants an answer
    protocol::FunctionResponse response;
    response.id = call.record.callId;
    response.name = call.record.name;
    response.response = QJsonObject {{u"error"_s, call.record.error}};
    response.scheduling = m_registry->effectiveScheduling(call.spec);
    Q_EMIT responseReady(protocol::ToolResponse {{response}});
}

// Deferred: the timer may be the one whose timeout is being handled, and the invocation the one
// whose finished() is being emitted. Both are children, so they also go with the dispatcher.
void ToolDispatcher::release(ActiveCall &call)
{
    if (call.timer) {
        call.timer->stop();
        call.timer->deleteLater();
    }
    if (call.invocation)
        call.invocation->deleteLater();
}

void ToolDispatcher::emitUpdate(const ToolCallRecord &record)
{
    Q_EMIT callUpdated(record);
}

QJsonValue ToolDispatcher::limitOutput(const QJsonValue &output) const
{
    if (jsonSize(output) <= m_maxResponseBytes)
        return output;
    // Structured output cannot be cut safely; the model gets its text, cut, with a note.
    const QByteArray text
            = output.isString()
                      ? output.toString().toUtf8()
                      : (output.isArray()
                                 ? QJsonDocument(output.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(output.toObject()).toJson(QJsonDocument::Compact));
    return truncateForModel(text, m_maxResponseBytes - 128);
}

} // namespace livedesk::tools
