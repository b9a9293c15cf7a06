// The script the simulator's "model" follows: what it hears (reported as inputTranscription),
// which function it calls, and what it says back, turn by turn. Format: docs/simulator.md.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedesk::sim {

struct ScenarioToolCall
{
    QString name;
    QJsonObject args;
};

struct ScenarioTurn
{
    QString transcript; // what the user is taken to have said (audio turns only); may be empty
    std::optional<ScenarioToolCall> toolCall; // sent before the reply, which waits for the result
    QString reply; // spoken (or written) back; placeholders expanded; may be empty
    QString fallbackReply; // used instead when the client did not declare toolCall.name
    QString fillerReply; // NON_BLOCKING calls: said at once, while the result is pending
    // BCP-47 codes. `language`: what the user spoke (inputTranscription.languageCode);
    // `replyLanguage`: what the model speaks (outputTranscription.languageCode and the
    // espeak-ng voice). Empty reply language: the setup's translation target, else its
    // speechConfig.languageCode, else none (English voice, no code sent).
    QString language;
    QString replyLanguage;
};

// True for a plausible BCP-47 tag: "de", "en-US", "cmn-Hans-CN", "es-419".
bool isLanguageTag(const QString &tag);

// What happens once every scripted turn has been played.
enum class AfterLastTurn {
    Unspecified, // as Generic
    Generic, // rotate through genericTurns
    Cycle, // start again at the first scripted turn
    RepeatLast, // play the last scripted turn again and again
};

// A turn played whenever the user's typed words contain one of `keywords` (whole words, any
// case), instead of the next scripted turn.
struct KeywordTurn
{
    QStringList keywords;
    ScenarioTurn turn;
};

class Scenario
{
public:
    QString name;
    QList<ScenarioTurn> turns;
    AfterLastTurn afterLastTurn = AfterLastTurn::Generic;
    QList<ScenarioTurn> genericTurns; // never empty after loading
    // The built-in demo's answers to the obvious requests (the time, the camera, a long answer
    // to interrupt, a translation); the first that matches wins.
    QList<KeywordTurn> keywordTurns;

    // The built-in offline demo: introduces itself, calls get_current_time when the client
    // declares it, and remarks on the camera frames it has received.
    static Scenario builtIn();
    // Strict: unknown keys, wrong types and unknown placeholders are errors naming the path.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    static std::optional<Scenario> fromFile(const QString &path, QString *error);

    // The turn to play as the model's n-th turn of a session (0-based).
    ScenarioTurn turnAt(int modelTurnIndex) const;
    // The keyword turn `userText` asks for, else turnAt(modelTurnIndex). Voice turns have no
    // text here (the simulator does not recognise speech) and follow the script.
    ScenarioTurn turnFor(int modelTurnIndex, const QString &userText) const;
};

// What placeholders in transcripts and replies expand to.
struct ReplyContext
{
    std::optional<QJsonValue> toolResult; // the function response's output (or error)
    bool toolFailed = false; // the response carried "error"
    double speechSeconds = 0; // the user's speech that ended this turn
    QString userText; // realtimeInput.text / clientContent text
    int turnNumber = 1; // 1-based
    int videoFrames = 0;
    QSize lastFrameSize; // invalid when unknown
    qint64 lastFrameBytes = 0;
};

// {result}, {result.a.b}, {speechSeconds}, {userText}, {turn}, {videoFrames}, {videoSize},
// {videoRemark}. A string result is inserted as is, anything else as compact JSON.
QString expandPlaceholders(const QString &text, const ReplyContext &context);

// Names of the placeholders a text uses that expandPlaceholders() does not know.
QStringList unknownPlaceholders(const QString &text);

} // namespace livedesk::sim
