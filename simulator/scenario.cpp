#include "simulator/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(uR"(\{([A-Za-z][A-Za-z0-9_.]*)\})"_s);
    return pattern;
}

bool isKnownPlaceholder(const QString &name)
{
    static const QStringList known = {u"result"_s,     u"speechSeconds"_s, u"userText"_s,
                                      u"turn"_s,       u"videoFrames"_s,   u"videoSize"_s,
                                      u"videoRemark"_s};
    return known.contains(name) || name.startsWith(u"result."_s);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return u"null"_s;
}

QString videoRemark(const ReplyContext &c)
{
    if (c.videoFrames == 0) {
        return u"I have not received any camera or screen frames yet. Share your camera or "
               "screen and ask me again."_s;
    }
    QString remark = c.videoFrames == 1 ? u"I have received one frame"_s
                                        : u"I have received %1 frames"_s.arg(c.videoFrames);
    if (c.lastFrameSize.isValid()) {
        remark += u", the last one %1 by %2 pixels"_s.arg(c.lastFrameSize.width())
                          .arg(c.lastFrameSize.height());
    }
    if (c.lastFrameBytes > 0)
        remark += u" and %1 kilobytes"_s.arg((c.lastFrameBytes + 512) / 1024);
    return remark + u". I cannot see what is in them: I am only a simulator."_s;
}

// Reads one object strictly: every key must be one of `allowed`.
bool checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &path, QString *error)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = u"%1: unknown key \"%2\" (expected one of: %3)"_s.arg(path, it.key(),
                                                                           allowed.join(u", "));
            return false;
        }
    }
    return true;
}

bool readString(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        *error = u"%1.%2: expected a string"_s.arg(path, key);
        return false;
    }
    const QStringList unknown = unknownPlaceholders(v.toString());
    if (!unknown.isEmpty()) {
        *error = u"%1.%2: unknown placeholder {%3} (known: {result}, {result.<field>}, "
                 "{speechSeconds}, {userText}, {turn}, {videoFrames}, {videoSize}, "
                 "{videoRemark})"_s.arg(path, key, unknown.first());
        return false;
    }
    *out = v.toString();
    return true;
}

std::optional<ScenarioTurn> readTurn(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = path + u": expected an object"_s;
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!checkKeys(o,
                   {u"transcript"_s, u"toolCall"_s, u"reply"_s, u"fallbackReply"_s,
                    u"fillerReply"_s, u"language"_s, u"replyLanguage"_s},
                   path, error)) {
        return std::nullopt;
    }
    ScenarioTurn turn;
    if (!readString(o, u"transcript"_s, path, &turn.transcript, error)
        || !readString(o, u"reply"_s, path, &turn.reply, error)
        || !readString(o, u"fallbackReply"_s, path, &turn.fallbackReply, error)
        || !readString(o, u"fillerReply"_s, path, &turn.fillerReply, error)
        || !readString(o, u"language"_s, path, &turn.language, error)
        || !readString(o, u"replyLanguage"_s, path, &turn.replyLanguage, error)) {
        return std::nullopt;
    }
    for (const auto &[key, tag] : {std::pair {u"language"_s, turn.language},
                                   std::pair {u"replyLanguage"_s, turn.replyLanguage}}) {
        if (!tag.isEmpty() && !isLanguageTag(tag)) {
            *error = u"%1.%2: \"%3\" is not a BCP-47 language code (e.g. \"en-US\", \"de\")"_s
                             .arg(path, key, tag);
            return std::nullopt;
        }
    }
    if (o.contains(u"toolCall"_s)) {
        const QString callPath = path + u".toolCall"_s;
        const QJsonValue cv = o.value(u"toolCall"_s);
        if (!cv.isObject()) {
            *error = callPath + u": expected an object {\"name\": …, \"args\": {…}}"_s;
            return std::nullopt;
        }
        const QJsonObject call = cv.toObject();
        if (!checkKeys(call, {u"name"_s, u"args"_s}, callPath, error))
            return std::nullopt;
        ScenarioToolCall tc;
        tc.name = call.value(u"name"_s).toString();
        if (tc.name.isEmpty()) {
            *error = callPath + u".name: required, a non-empty string"_s;
            return std::nullopt;
        }
        const QJsonValue args = call.value(u"args"_s);
        if (!args.isUndefined() && !args.isObject()) {
            *error = callPath + u".args: expected an object"_s;
            return std::nullopt;
        }
        tc.args = args.toObject();
        turn.toolCall = tc;
    }
    return turn;
}

std::optional<QList<ScenarioTurn>> readTurns(const QJsonValue &value, const QString &path,
                                             QString *error)
{
    if (!value.isArray()) {
        *error = path + u": expected an array of turns"_s;
        return std::nullopt;
    }
    QList<ScenarioTurn> turns;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto turn = readTurn(array.at(i), u"%1[%2]"_s.arg(path).arg(i), error);
        if (!turn)
            return std::nullopt;
        turns.append(*turn);
    }
    return turns;
}

QList<ScenarioTurn> defaultGenericTurns()
{
    return {
            ScenarioTurn {.transcript = u"({speechSeconds} seconds of speech)"_s,
                          .reply = u"This is the offline demo, so my answers are scripted. "
                                   "Connect an API key in the settings to talk to Gemini."_s},
            ScenarioTurn {.transcript = u"({speechSeconds} seconds of speech)"_s,
                          .reply = u"I heard you. {videoRemark}"_s},
    };
}

} // namespace

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(uR"(^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$)"_s);
    return pattern.match(tag).hasMatch();
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!isKnownPlaceholder(name))
            unknown.append(name);
    }
    return unknown;
}

QString expandPlaceholders(const QString &text, const ReplyContext &c)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == u"result" || name.startsWith(u"result.")) {
            if (!c.toolResult) {
                out += u"no result"_s;
                continue;
            }
            QJsonValue v = *c.toolResult;
            const QStringList path = name.split(u'.').mid(1);
            for (const QString &key : path)
                v = v.isObject() ? v.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
            if (v.isUndefined())
                out += u"unknown"_s;
            else
                out += (c.toolFailed && path.isEmpty() ? u"an error: "_s : QString()) + jsonText(v);
        } else if (name == u"speechSeconds") {
            out += QString::number(c.speechSeconds, 'f', 1);
        } else if (name == u"userText") {
            out += c.userText;
        } else if (name == u"turn") {
            out += QString::number(c.turnNumber);
        } else if (name == u"videoFrames") {
            out += QString::number(c.videoFrames);
        } else if (name == u"videoSize") {
            out += c.lastFrameSize.isValid()
                           ? u"%1x%2"_s.arg(c.lastFrameSize.width()).arg(c.lastFrameSize.height())
                           : u"unknown"_s;
        } else if (name == u"videoRemark") {
            out += videoRemark(c);
        } else {
            out += m.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

Scenario Scenario::builtIn()
{
    Scenario s;
    s.name = u"LiveDesk offline demo"_s;
    s.turns = {
            ScenarioTurn {.transcript = u"({speechSeconds} seconds of speech)"_s,
                          .reply
                          = u"Hello! This is the LiveDesk offline demo. I am a local simulator "
                            "standing in for the Gemini Live API, so nothing you say leaves this "
                            "computer. Ask me the time, or share your camera and ask what I see."_s},
            ScenarioTurn {.transcript = u"({speechSeconds} seconds of speech)"_s,
                          .toolCall = ScenarioToolCall {u"get_current_time"_s, {}},
                          .reply = u"I asked your computer for the time. It is {result.time} on "
                                   "{result.weekday}, {result.date}, in the {result.time_zone} "
                                   "time zone."_s,
                          .fallbackReply
                          = u"I would tell you the time, but this client has not given "
                            "me a clock tool."_s,
                          // Said while a NON_BLOCKING call runs (3.8 Live, the default model).
                          .fillerReply = u"Let me look at your clock."_s},
            ScenarioTurn {.transcript = u"({speechSeconds} seconds of speech)"_s,
                          .reply = u"Here is what the camera has sent me. {videoRemark}"_s},
    };
    s.afterLastTurn = AfterLastTurn::Generic;
    s.genericTurns = defaultGenericTurns();
    s.keywordTurns = {
            {{u"time"_s, u"clock"_s, u"date"_s, u"day"_s},
             ScenarioTurn {.transcript = {},
                           .toolCall = ScenarioToolCall {u"get_current_time"_s, {}},
                           .reply = u"It is {result.time} on {result.weekday}, {result.date}, in "
                                    "the {result.time_zone} time zone."_s,
                           .fallbackReply = u"I would tell you the time, but this client has not "
                                            "given me a clock tool."_s,
                           .fillerReply = u"Let me look at your clock."_s}},
            {{u"camera"_s, u"see"_s, u"look"_s, u"screen"_s, u"picture"_s},
             ScenarioTurn {.reply = u"Here is what I have been sent. {videoRemark}"_s}},
            {{u"story"_s, u"long"_s, u"explain"_s, u"interrupt"_s},
             ScenarioTurn {.reply = u"Here is a long answer, so that you can try interrupting me. "
                                    "LiveDesk streams your microphone to the model while it "
                                    "speaks. When you start talking, it stops my voice at once, "
                                    "strikes out the words you did not hear, and tells the model "
                                    "where it was cut off. You can also press Control T, or the "
                                    "talk button, to interrupt. Go ahead and try it now: I will "
                                    "keep talking about voice activity detection, echo "
                                    "cancellation and the jitter buffer until you do."_s}},
            {{u"translate"_s, u"translation"_s, u"translator"_s, u"interpret"_s},
             ScenarioTurn {.reply = u"In the demo I cannot translate, but the real model can. "
                                    "Choose the Translator mode at the top of the conversation, "
                                    "pick the languages, and every sentence comes back in the "
                                    "other language, with captions."_s}},
            {{u"hello"_s, u"hi"_s, u"hey"_s},
             ScenarioTurn {.reply = u"Hello! This is the offline demo. Ask me the time, for a long "
                                    "answer to interrupt, or what my camera sees."_s}},
    };
    return s;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"expected a JSON object with a \"turns\" array"_s;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!checkKeys(o, {u"name"_s, u"turns"_s, u"afterLastTurn"_s, u"genericTurns"_s}, u"scenario"_s,
                   error)) {
        return std::nullopt;
    }
    if (!o.contains(u"turns"_s)) {
        *error = u"scenario.turns: required"_s;
        return std::nullopt;
    }
    Scenario s;
    s.name = o.value(u"name"_s).toString();
    auto turns = readTurns(o.value(u"turns"_s), u"turns"_s, error);
    if (!turns)
        return std::nullopt;
    s.turns = *turns;
    const QString after = o.value(u"afterLastTurn"_s).toString(u"generic"_s);
    if (after == u"generic") {
        s.afterLastTurn = AfterLastTurn::Generic;
    } else if (after == u"cycle") {
        s.afterLastTurn = AfterLastTurn::Cycle;
    } else if (after == u"repeatLast") {
        s.afterLastTurn = AfterLastTurn::RepeatLast;
    } else {
        *error = u"afterLastTurn: \"%1\" is not one of generic, cycle, repeatLast"_s.arg(after);
        return std::nullopt;
    }
    if ((s.afterLastTurn == AfterLastTurn::Cycle || s.afterLastTurn == AfterLastTurn::RepeatLast)
        && s.turns.isEmpty()) {
        *error = u"afterLastTurn: \"%1\" needs at least one turn"_s.arg(after);
        return std::nullopt;
    }
    if (o.contains(u"genericTurns"_s)) {
        auto generic = readTurns(o.value(u"genericTurns"_s), u"genericTurns"_s, error);
        if (!generic)
            return std::nullopt;
        s.genericTurns = *generic;
    }
    if (s.genericTurns.isEmpty())
        s.genericTurns = defaultGenericTurns();
    return s;
}

std::optional<Scenario> Scenario::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open scenario %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString detail;
    auto scenario = fromJson(file.readAll(), &detail);
    if (!scenario)
        *error = u"scenario %1: %2"_s.arg(path, detail);
    return scenario;
}

ScenarioTurn Scenario::turnFor(int index, const QString &userText) const
{
    if (!userText.isEmpty()) {
        static const QRegularExpression nonWord(u"\\W+"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
        const QStringList words = userText.toLower().split(nonWord, Qt::SkipEmptyParts);
        for (const KeywordTurn &candidate : keywordTurns) {
            for (const QString &keyword : candidate.keywords) {
                if (words.contains(keyword))
                    return candidate.turn;
            }
        }
    }
    return turnAt(index);
}

ScenarioTurn Scenario::turnAt(int index) const
{
    if (index < turns.size())
        return turns.at(index);
    switch (afterLastTurn) {
    case AfterLastTurn::Cycle:
        return turns.at(index % turns.size());
    case AfterLastTurn::RepeatLast:
        return turns.last();
    case AfterLastTurn::Unspecified:
    case AfterLastTurn::Generic:
        break;
    }
    if (genericTurns.isEmpty())
        return {};
    return genericTurns.at((index - turns.size()) % genericTurns.size());
}

} // namespace livedesk::sim
