#include "simulator/tokenstore.h"

#include "session/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

constexpr qint64 kMaxAheadSecs = 20 * 60 * 60;
constexpr qint64 kDefaultExpireSecs = 30 * 60;
constexpr qint64 kDefaultNewSessionSecs = 60;

HttpReply error(int status, const QString &message)
{
    const QString statusName = status == 400   ? u"INVALID_ARGUMENT"_s
                               : status == 403 ? u"PERMISSION_DENIED"_s
                               : status == 404 ? u"NOT_FOUND"_s
                                               : u"UNKNOWN"_s;
    return {status, QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, status},
                                                           {u"message"_s, message},
                                                           {u"status"_s, statusName}}}}};
}

QString camelCase(const QString &snake)
{
    QString out;
    bool upper = false;
    for (QChar c : snake) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QJsonValue valueAt(const QJsonObject &o, const QStringList &path)
{
    QJsonValue v = o;
    for (const QString &key : path)
        v = v.isObject() ? v.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
    return v;
}

void setValueAt(QJsonObject &o, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return;
    }
    QJsonObject child = o.value(key).toObject();
    setValueAt(child, path, value);
    o.insert(key, child);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

std::optional<QDateTime> TokenStore::parseTimestamp(const QString &text)
{
    // RFC 3339 allows up to nanoseconds; Qt reads at most milliseconds.
    static const QRegularExpression fraction(uR"(\.(\d{3})\d+)"_s);
    QString s = text;
    s.replace(fraction, u".\\1"_s);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || !(s.endsWith(u'Z') || s.contains(u'+') || s.lastIndexOf(u'-') > 10))
        return std::nullopt;
    return t.toUTC();
}

QString TokenStore::formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

HttpReply TokenStore::create(const QByteArray &requestBody, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return error(400, u"Invalid JSON payload received. %1"_s.arg(
                                  parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : u"Expected an object."_s));
    }
    const QJsonObject request = doc.object();
    static const QStringList known = {u"expireTime"_s, u"newSessionExpireTime"_s, u"uses"_s,
                                      u"bidiGenerateContentSetup"_s, u"fieldMask"_s};
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (!known.contains(camelCase(it.key()))) {
            return error(400, u"Invalid JSON payload received. Unknown name \"%1\": Cannot find "
                              "field."_s.arg(it.key()));
        }
    }
    auto field = [&](const QString &camel) -> QJsonValue {
        const QJsonValue v = request.value(camel);
        if (!v.isUndefined())
            return v;
        for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
            if (camelCase(it.key()) == camel)
                return QJsonValue(it.value());
        }
        return QJsonValue(QJsonValue::Undefined);
    };

    Token token;
    const QJsonValue uses = field(u"uses"_s);
    if (!uses.isUndefined()) {
        bool ok = uses.isDouble();
        int n = uses.toInt(-1);
        if (uses.isString())
            n = uses.toString().toInt(&ok);
        if (!ok || n < 0)
            return error(400, u"uses: expected a non-negative integer"_s);
        token.unlimited = n == 0;
        token.usesLeft = n;
    }
    auto readTime = [&](const QString &name, qint64 defaultSecs,
                        QDateTime *out) -> std::optional<HttpReply> {
        const QJsonValue v = field(name);
        if (v.isUndefined()) {
            *out = now.addSecs(defaultSecs);
            return std::nullopt;
        }
        const auto t = v.isString() ? parseTimestamp(v.toString()) : std::nullopt;
        if (!t)
            return error(400, u"%1: expected an RFC 3339 timestamp such as "
                              "\"2030-01-01T00:30:00Z\""_s.arg(name));
        if (*t > now.addSecs(kMaxAheadSecs))
            return error(400, u"%1 must be at most 20 hours in the future"_s.arg(name));
        *out = *t;
        return std::nullopt;
    };
    if (auto e = readTime(u"expireTime"_s, kDefaultExpireSecs, &token.expireTime))
        return *e;
    if (auto e = readTime(u"newSessionExpireTime"_s, kDefaultNewSessionSecs,
                          &token.newSessionExpireTime)) {
        return *e;
    }

    const QJsonValue setupValue = field(u"bidiGenerateContentSetup"_s);
    if (!setupValue.isUndefined()) {
        if (!setupValue.isObject())
            return error(400, u"bidiGenerateContentSetup: expected an object"_s);
        QJsonObject raw = setupValue.toObject();
        // A token may lock a configuration without naming the model.
        const bool hasModel = raw.contains(u"model"_s);
        if (!hasModel)
            raw.insert(u"model"_s, u"models/unspecified"_s);
        const auto setup = protocol::setupFromJson(raw);
        if (!setup)
            return error(400, u"Invalid JSON payload received. %1"_s.arg(setup.error().message));
        QJsonObject canonical = protocol::setupToJson(*setup);
        if (!hasModel)
            canonical.remove(u"model"_s);
        token.lockedSetup = canonical;
    }
    const QJsonValue mask = field(u"fieldMask"_s);
    QStringList paths;
    if (mask.isString()) {
        paths = mask.toString().split(u',', Qt::SkipEmptyParts);
    } else if (mask.isArray()) {
        for (const QJsonValue &p : mask.toArray())
            paths.append(p.toString());
    } else if (!mask.isUndefined()) {
        return error(400, u"fieldMask: expected a comma-separated string"_s);
    }
    for (const QString &p : std::as_const(paths)) {
        const QString trimmed = p.trimmed();
        if (trimmed.isEmpty())
            continue;
        QStringList segments;
        for (const QString &segment : trimmed.split(u'.'))
            segments.append(camelCase(segment));
        token.fieldMask.append(segments.join(u'.'));
    }

    const QString name = u"auth_tokens/"_s + randomHex(20);
    m_tokens.insert(name, token);

    QJsonObject body {{u"name"_s, name},
                      {u"expireTime"_s, formatTimestamp(token.expireTime)},
                      {u"newSessionExpireTime"_s, formatTimestamp(token.newSessionExpireTime)}};
    if (!token.unlimited)
        body.insert(u"uses"_s, token.usesLeft);
    if (token.lockedSetup)
        body.insert(u"bidiGenerateContentSetup"_s, *token.lockedSetup);
    if (!token.fieldMask.isEmpty())
        body.insert(u"fieldMask"_s, token.fieldMask.join(u','));
    return {200, body};
}

TokenCheck TokenStore::checkInUse(const QString &name, const QDateTime &now) const
{
    const auto it = m_tokens.constFind(name);
    if (it == m_tokens.constEnd())
        return TokenCheck::Unknown;
    if (now >= it->expireTime)
        return TokenCheck::Expired;
    return TokenCheck::Valid;
}

TokenCheck TokenStore::checkNewSession(const QString &name, const QDateTime &now) const
{
    const TokenCheck inUse = checkInUse(name, now);
    if (inUse != TokenCheck::Valid)
        return inUse;
    const Token &t = m_tokens[name];
    if (now >= t.newSessionExpireTime)
        return TokenCheck::NewSessionClosed;
    if (!t.unlimited && t.usesLeft <= 0)
        return TokenCheck::UsedUp;
    return TokenCheck::Valid;
}

bool TokenStore::consumeUse(const QString &name)
{
    auto it = m_tokens.find(name);
    if (it == m_tokens.end())
        return false;
    if (it->unlimited)
        return true;
    if (it->usesLeft <= 0)
        return false;
    --it->usesLeft;
    return true;
}

std::optional<QDateTime> TokenStore::expireTime(const QString &name) const
{
    const auto it = m_tokens.constFind(name);
    if (it == m_tokens.constEnd())
        return std::nullopt;
    return it->expireTime;
}

QJsonObject TokenStore::applyLocks(const QString &name, const QJsonObject &clientSetup) const
{
    const auto it = m_tokens.constFind(name);
    if (it == m_tokens.constEnd() || !it->lockedSetup)
        return clientSetup;
    const QJsonObject &locked = *it->lockedSetup;
    QJsonObject merged = clientSetup;
    const QJsonValue handle = valueAt(clientSetup, {u"sessionResumption"_s, u"handle"_s});
    if (it->fieldMask.isEmpty()) {
        for (auto field = locked.constBegin(); field != locked.constEnd(); ++field)
            merged.insert(field.key(), field.value());
    } else {
        for (const QString &path : it->fieldMask) {
            const QStringList segments = path.split(u'.');
            setValueAt(merged, segments, valueAt(locked, segments));
        }
    }
    if (!handle.isUndefined())
        setValueAt(merged, {u"sessionResumption"_s, u"handle"_s}, handle);
    return merged;
}

} // namespace livedesk::sim
