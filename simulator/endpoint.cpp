#include "simulator/endpoint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

constexpr qsizetype kMaxHeadBytes = 16 * 1024;

} // namespace

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return method == "GET" && header("upgrade").trimmed().toLower() == "websocket";
}

qint64 HttpRequestHead::contentLength() const
{
    const QByteArray value = header("content-length").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

QString collapseSlashes(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (QChar c : path) {
        if (c == u'/' && out.endsWith(u'/'))
            continue;
        out += c;
    }
    return out;
}

HeadParse parseRequestHead(const QByteArray &bytes, HttpRequestHead *head, QString *error)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return bytes.size() > kMaxHeadBytes ? HeadParse::TooLarge : HeadParse::Incomplete;
    if (end > kMaxHeadBytes)
        return HeadParse::TooLarge;

    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        *error = u"malformed request line"_s;
        return HeadParse::Invalid;
    }
    HttpRequestHead h;
    h.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    if (!rawPath.startsWith('/')) {
        *error = u"request target is not a path"_s;
        return HeadParse::Invalid;
    }
    h.path = collapseSlashes(QUrl::fromPercentEncoding(rawPath));
    if (question >= 0)
        h.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = u"malformed header line"_s;
            return HeadParse::Invalid;
        }
        h.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    h.headBytes = end + 4;
    *head = std::move(h);
    return HeadParse::Complete;
}

std::optional<LiveEndpoint> matchLiveEndpoint(const QString &path)
{
    static const QRegularExpression gemini(
            uR"(^/ws/google\.ai\.generativelanguage\.(v1|v1beta|v1alpha)\.GenerativeService\.(BidiGenerateContent|BidiGenerateContentConstrained)$)"_s);
    static const QRegularExpression vertex(
            uR"(^/ws/google\.cloud\.aiplatform\.(v1|v1beta1)\.LlmBidiService/BidiGenerateContent$)"_s);
    if (const auto m = gemini.match(path); m.hasMatch()) {
        return LiveEndpoint {ApiFlavour::GeminiApi, m.captured(1),
                             m.captured(2) == u"BidiGenerateContentConstrained"};
    }
    if (const auto m = vertex.match(path); m.hasMatch())
        return LiveEndpoint {ApiFlavour::VertexAi, m.captured(1), false};
    return std::nullopt;
}

Credential extractCredential(const HttpRequestHead &head)
{
    auto queryValue = [&](const QString &key) {
        return head.query.queryItemValue(key, QUrl::FullyDecoded);
    };
    if (head.query.hasQueryItem(u"access_token"_s))
        return {CredentialSource::AccessTokenQuery, queryValue(u"access_token"_s)};
    if (head.query.hasQueryItem(u"key"_s))
        return {CredentialSource::KeyQuery, queryValue(u"key"_s)};
    const QByteArray authorization = head.header("authorization").trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = authorization.left(space).toLower();
        const QString value = space < 0 ? QString()
                                        : QString::fromUtf8(authorization.mid(space + 1).trimmed());
        if (scheme == "token")
            return {CredentialSource::TokenHeader, value};
        if (scheme == "bearer")
            return {CredentialSource::BearerHeader, value};
    }
    const QByteArray apiKey = head.header("x-goog-api-key").trimmed();
    if (!apiKey.isEmpty())
        return {CredentialSource::KeyHeader, QString::fromUtf8(apiKey)};
    return {};
}

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::None:
        return u"none"_s;
    case CredentialSource::KeyQuery:
        return u"key query"_s;
    case CredentialSource::KeyHeader:
        return u"x-goog-api-key header"_s;
    case CredentialSource::AccessTokenQuery:
        return u"access_token query"_s;
    case CredentialSource::TokenHeader:
        return u"Authorization Token header"_s;
    case CredentialSource::BearerHeader:
        return u"Authorization Bearer header"_s;
    }
    return {};
}

QString truncateCloseReason(const QString &reason)
{
    constexpr qsizetype kMaxBytes = 123;
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() <= kMaxBytes)
        return reason;
    qsizetype cut = kMaxBytes;
    // Step back over UTF-8 continuation bytes so the cut never splits a character.
    while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut));
}

} // namespace livedesk::sim
