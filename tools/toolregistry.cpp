#include "tools/toolregistry.h"

#include "tools/schemavalidator.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {
constexpr qsizetype kMaxNameLength = 64;

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_' || c == u'-';
}

QString sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(isNameChar(c) ? c : u'_');
    return out;
}
} // namespace

ToolRegistry::ToolRegistry(QObject *parent)
    : QObject(parent)
{ }

bool ToolRegistry::add(ToolSpec spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString &name = spec.declaration.name;
    if (!isValidFunctionName(name))
        return fail(u"'"_s + name
                    + u"' is not a valid function name (a letter or _, then letters, digits, _ "
                      u"or -, at most 64 characters)"_s);
    if (contains(name))
        return fail(u"a tool named '"_s + name + u"' already exists"_s);
    if (!spec.handler)
        return fail(u"tool '"_s + name + u"' has no handler"_s);
    if (!spec.declaration.parameters.isEmpty() && !spec.declaration.parametersJsonSchema.isEmpty())
        return fail(u"tool '"_s + name
                    + u"': give either parameters or parametersJsonSchema, not both"_s);
    QString problem;
    if (!spec.declaration.parametersJsonSchema.isEmpty())
        problem = checkParameterSchema(spec.declaration.parametersJsonSchema,
                                       SchemaDialect::JsonSchema);
    else
        problem = checkParameterSchema(spec.declaration.parameters, SchemaDialect::OpenApi);
    if (!problem.isEmpty())
        return fail(u"tool '"_s + name + u"': parameters: "_s + problem);
    if (spec.timeoutMs <= 0)
        spec.timeoutMs = 30000;
    m_tools.append(std::move(spec));
    Q_EMIT changed();
    return true;
}

bool ToolRegistry::remove(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    m_tools.removeAt(i);
    Q_EMIT changed();
    return true;
}

int ToolRegistry::removeAll(ToolSource source, const QString &origin)
{
    const auto removed = m_tools.removeIf(
            [&](const ToolSpec &spec) { return spec.source == source && spec.origin == origin; });
    if (removed > 0)
        Q_EMIT changed();
    return int(removed);
}

bool ToolRegistry::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

std::optional<ToolSpec> ToolRegistry::find(const QString &name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_tools.at(i);
}

QList<ToolSpec> ToolRegistry::tools() const
{
    return m_tools;
}

QStringList ToolRegistry::names() const
{
    QStringList out;
    for (const ToolSpec &spec : m_tools)
        out.append(spec.declaration.name);
    return out;
}

bool ToolRegistry::setEnabled(const QString &name, bool enabled)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    if (m_tools[i].enabled != enabled) {
        m_tools[i].enabled = enabled;
        Q_EMIT changed();
    }
    return true;
}

bool ToolRegistry::setBehavior(const QString &name, protocol::Behavior behavior,
                               protocol::Scheduling scheduling)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    m_tools[i].declaration.behavior = behavior;
    m_tools[i].scheduling = scheduling;
    Q_EMIT changed();
    return true;
}

bool ToolRegistry::setTimeoutMs(const QString &name, int timeoutMs)
{
    const qsizetype i = indexOf(name);
    if (i < 0 || timeoutMs <= 0)
        return false;
    m_tools[i].timeoutMs = timeoutMs;
    return true;
}

void ToolRegistry::setGoogleSearchEnabled(bool enabled)
{
    if (m_googleSearch == enabled)
        return;
    m_googleSearch = enabled;
    Q_EMIT changed();
}

void ToolRegistry::setCapabilities(const ToolCapabilities &capabilities)
{
    m_capabilities = capabilities;
    Q_EMIT changed();
}

QList<protocol::Tool> ToolRegistry::setupTools() const
{
    QList<protocol::Tool> out;
    protocol::Tool functions;
    for (const ToolSpec &spec : m_tools) {
        if (!spec.enabled)
            continue;
        protocol::FunctionDeclaration declaration = spec.declaration;
        declaration.behavior = effectiveBehavior(spec);
        functions.functionDeclarations.append(declaration);
    }
    if (!functions.functionDeclarations.isEmpty())
        out.append(functions);
    if (m_googleSearch && m_capabilities.googleSearch) {
        protocol::Tool search;
        search.googleSearch = true;
        out.append(search);
    }
    return out;
}

protocol::Behavior ToolRegistry::effectiveBehavior(const ToolSpec &spec) const
{
    // Models without asynchronous functions reject the field, so it is left out entirely.
    if (spec.declaration.behavior == protocol::Behavior::NonBlocking
        && m_capabilities.nonBlockingFunctions)
        return protocol::Behavior::NonBlocking;
    // Where a bare declaration does not block, both behaviors are said out loud, so the session
    // (reply watchdog) and the dispatcher agree with the service about which calls block.
    if (m_capabilities.defaultBehavior == protocol::Behavior::NonBlocking)
        return spec.declaration.behavior == protocol::Behavior::Blocking
                       ? protocol::Behavior::Blocking
                       : protocol::Behavior::NonBlocking;
    return protocol::Behavior::Unspecified;
}

protocol::Scheduling ToolRegistry::effectiveScheduling(const ToolSpec &spec) const
{
    if (effectiveBehavior(spec) != protocol::Behavior::NonBlocking)
        return protocol::Scheduling::Unspecified;
    return spec.scheduling;
}

bool ToolRegistry::isValidFunctionName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return false;
    const QChar first = name.front();
    if (!(first.isLetter() && first.unicode() < 128) && first != u'_')
        return false;
    for (QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

QString ToolRegistry::makeFunctionName(const QString &prefix, const QString &name,
                                       const QStringList &taken)
{
    QString full = prefix.isEmpty() ? sanitize(name) : sanitize(prefix) + u"__"_s + sanitize(name);
    if (full.isEmpty() || !(full.front().isLetter() || full.front() == u'_'))
        full.prepend(u'_');
    if (full.size() > kMaxNameLength) {
        // Keep the start readable and make the end unique to the original, unsanitised name.
        const QByteArray hash = QCryptographicHash::hash((prefix + u'/' + name).toUtf8(),
                                                         QCryptographicHash::Sha1)
                                        .toHex()
                                        .left(8);
        full = full.left(kMaxNameLength - 9) + u'_' + QString::fromLatin1(hash);
    }
    QString candidate = full;
    for (int n = 2; taken.contains(candidate); ++n) {
        const QString suffix = u'_' + QString::number(n);
        candidate = full.left(kMaxNameLength - suffix.size()) + suffix;
    }
    return candidate;
}

qsizetype ToolRegistry::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_tools.size(); ++i) {
        if (m_tools.at(i).declaration.name == name)
            return i;
    }
    return -1;
}

} // namespace livedesk::tools
