// Server → client messages: setupComplete, serverContent, toolCall, toolCallCancellation,
// usageMetadata, goAway, sessionResumptionUpdate and the Vertex voice-activity and speechState
// extras.
#include "session/protocol/jsonreader_p.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::protocol {
using namespace detail;

namespace {

QJsonObject toJson(const Transcription &t)
{
    QJsonObject o;
    putString(o, "text"_L1, t.text);
    putTrue(o, "finished"_L1, t.finished);
    putString(o, "languageCode"_L1, t.languageCode);
    putString(o, "speakerLabel"_L1, t.speakerLabel);
    if (!t.words.isEmpty()) {
        QJsonArray words;
        for (const WordTiming &w : t.words) {
            QJsonObject wo {{"word"_L1, w.word}};
            if (w.startOffset)
                wo.insert("startOffset"_L1, formatDuration(*w.startOffset));
            if (w.endOffset)
                wo.insert("endOffset"_L1, formatDuration(*w.endOffset));
            words.append(wo);
        }
        o.insert("words"_L1, words);
    }
    if (t.startOffset)
        o.insert("startOffset"_L1, formatDuration(*t.startOffset));
    if (t.endOffset)
        o.insert("endOffset"_L1, formatDuration(*t.endOffset));
    return o;
}

Transcription readTranscription(JsonReader &r)
{
    Transcription t;
    t.text = r.string("text"_L1);
    t.finished = r.boolean("finished"_L1);
    t.languageCode = r.string("languageCode"_L1);
    t.speakerLabel = r.string("speakerLabel"_L1);
    r.forEachObject("words"_L1, [&](JsonReader &w, int) {
        t.words.append(WordTiming {w.string("word"_L1), w.duration("startOffset"_L1),
                                   w.duration("endOffset"_L1)});
    });
    t.startOffset = r.duration("startOffset"_L1);
    t.endOffset = r.duration("endOffset"_L1);
    return t;
}

QJsonObject toJson(const GroundingMetadata &g)
{
    QJsonObject o;
    QJsonArray chunks;
    for (const GroundingSource &s : g.sources) {
        QJsonObject web;
        putString(web, "uri"_L1, s.uri);
        putString(web, "title"_L1, s.title);
        putString(web, "domain"_L1, s.domain);
        chunks.append(QJsonObject {{"web"_L1, web}});
    }
    if (!chunks.isEmpty())
        o.insert("groundingChunks"_L1, chunks);
    if (!g.webSearchQueries.isEmpty())
        o.insert("webSearchQueries"_L1, QJsonArray::fromStringList(g.webSearchQueries));
    QJsonArray supports;
    for (const GroundingSupport &s : g.supports) {
        QJsonObject segment;
        putString(segment, "text"_L1, s.text);
        putNonZero(segment, "startIndex"_L1, s.startIndex);
        putNonZero(segment, "endIndex"_L1, s.endIndex);
        QJsonArray indices;
        for (int i : s.sourceIndices)
            indices.append(i);
        supports.append(
                QJsonObject {{"segment"_L1, segment}, {"groundingChunkIndices"_L1, indices}});
    }
    if (!supports.isEmpty())
        o.insert("groundingSupports"_L1, supports);
    if (!g.searchEntryPointHtml.isEmpty())
        o.insert("searchEntryPoint"_L1,
                 QJsonObject {{"renderedContent"_L1, g.searchEntryPointHtml}});
    return o;
}

GroundingMetadata readGrounding(JsonReader &r)
{
    GroundingMetadata g;
    r.forEachObject("groundingChunks"_L1, [&](JsonReader &chunk, int) {
        // Web results carry uri and title; retrieved context (Vertex) has the same shape.
        for (auto kind : {"web"_L1, "retrievedContext"_L1}) {
            if (auto web = chunk.child(kind)) {
                g.sources.append(GroundingSource {web->string("uri"_L1), web->string("title"_L1),
                                                  web->string("domain"_L1)});
                return;
            }
        }
        g.sources.append(GroundingSource {});
    });
    g.webSearchQueries = r.stringList("webSearchQueries"_L1);
    r.forEachObject("groundingSupports"_L1, [&](JsonReader &s, int) {
        GroundingSupport support;
        if (auto segment = s.child("segment"_L1)) {
            support.text = segment->string("text"_L1);
            support.startIndex = segment->optionalInt("startIndex"_L1).value_or(0);
            support.endIndex = segment->optionalInt("endIndex"_L1).value_or(0);
        }
        const QJsonArray indices = s.rawArray("groundingChunkIndices"_L1);
        for (const QJsonValue &v : indices) {
            if (v.isDouble())
                support.sourceIndices.append(v.toInt());
        }
        g.supports.append(support);
    });
    if (auto entry = r.child("searchEntryPoint"_L1))
        g.searchEntryPointHtml = entry->string("renderedContent"_L1);
    return g;
}

QJsonObject toJson(const ServerContent &c)
{
    QJsonObject o;
    if (c.modelTurn)
        o.insert("modelTurn"_L1, detail::toJson(*c.modelTurn));
    putTrue(o, "turnComplete"_L1, c.turnComplete);
    putTrue(o, "generationComplete"_L1, c.generationComplete);
    putTrue(o, "interrupted"_L1, c.interrupted);
    putTrue(o, "waitingForInput"_L1, c.waitingForInput);
    if (c.inputTranscription)
        o.insert("inputTranscription"_L1, toJson(*c.inputTranscription));
    if (c.outputTranscription)
        o.insert("outputTranscription"_L1, toJson(*c.outputTranscription));
    if (c.interimInputTranscription)
        o.insert("interimInputTranscription"_L1, toJson(*c.interimInputTranscription));
    if (c.groundingMetadata)
        o.insert("groundingMetadata"_L1, toJson(*c.groundingMetadata));
    putObject(o, "urlContextMetadata"_L1, c.urlContextMetadata);
    putString(o, "turnCompleteReason"_L1, c.turnCompleteReason);
    putString(o, "interactionStatus"_L1, c.interactionStatus);
    return o;
}

ServerContent readServerContent(JsonReader &r)
{
    ServerContent c;
    if (auto turn = r.child("modelTurn"_L1))
        c.modelTurn = readContent(*turn);
    c.turnComplete = r.boolean("turnComplete"_L1);
    c.generationComplete = r.boolean("generationComplete"_L1);
    c.interrupted = r.boolean("interrupted"_L1);
    c.waitingForInput = r.boolean("waitingForInput"_L1);
    if (auto t = r.child("inputTranscription"_L1))
        c.inputTranscription = readTranscription(*t);
    if (auto t = r.child("outputTranscription"_L1))
        c.outputTranscription = readTranscription(*t);
    if (auto t = r.child("interimInputTranscription"_L1))
        c.interimInputTranscription = readTranscription(*t);
    if (auto g = r.child("groundingMetadata"_L1))
        c.groundingMetadata = readGrounding(*g);
    c.urlContextMetadata = r.rawObject("urlContextMetadata"_L1);
    c.turnCompleteReason = r.string("turnCompleteReason"_L1);
    c.interactionStatus = r.string("interactionStatus"_L1);
    return c;
}

QJsonArray toJson(const QList<ModalityTokenCount> &details)
{
    QJsonArray out;
    for (const auto &d : details) {
        QJsonObject o;
        putEnum(o, "modality"_L1, d.modality);
        putNonZero(o, "tokenCount"_L1, d.tokenCount);
        out.append(o);
    }
    return out;
}

QList<ModalityTokenCount> readDetails(JsonReader &r, QLatin1StringView key)
{
    QList<ModalityTokenCount> out;
    r.forEachObject(key, [&](JsonReader &d, int) {
        const qint64 count = d.int64("tokenCount"_L1);
        if (count < 0)
            d.fail("tokenCount"_L1, u"must not be negative"_s);
        out.append(ModalityTokenCount {d.enumeration<Modality>("modality"_L1), count});
    });
    return out;
}

QJsonObject toJson(const UsageMetadata &u, Dialect dialect)
{
    const bool vertex = dialect == Dialect::VertexAi;
    QJsonObject o;
    putNonZero(o, "promptTokenCount"_L1, u.promptTokenCount);
    putNonZero(o, vertex ? "candidatesTokenCount"_L1 : "responseTokenCount"_L1,
               u.responseTokenCount);
    putNonZero(o, "totalTokenCount"_L1, u.totalTokenCount);
    putNonZero(o, "cachedContentTokenCount"_L1, u.cachedContentTokenCount);
    putNonZero(o, "toolUsePromptTokenCount"_L1, u.toolUsePromptTokenCount);
    putNonZero(o, "thoughtsTokenCount"_L1, u.thoughtsTokenCount);
    if (!u.promptTokensDetails.isEmpty())
        o.insert("promptTokensDetails"_L1, toJson(u.promptTokensDetails));
    if (!u.responseTokensDetails.isEmpty()) {
        o.insert(vertex ? "candidatesTokensDetails"_L1 : "responseTokensDetails"_L1,
                 toJson(u.responseTokensDetails));
    }
    if (!u.cacheTokensDetails.isEmpty())
        o.insert("cacheTokensDetails"_L1, toJson(u.cacheTokensDetails));
    if (!u.toolUsePromptTokensDetails.isEmpty())
        o.insert("toolUsePromptTokensDetails"_L1, toJson(u.toolUsePromptTokensDetails));
    putString(o, "serviceTier"_L1, u.serviceTier);
    putString(o, "trafficType"_L1, u.trafficType);
    return o;
}

UsageMetadata readUsage(JsonReader &r)
{
    UsageMetadata u;
    auto count = [&r](QLatin1StringView key) {
        const qint64 n = r.int64(key);
        if (n < 0)
            r.fail(key, u"must not be negative"_s);
        return n;
    };
    u.promptTokenCount = count("promptTokenCount"_L1);
    u.responseTokenCount = r.has("responseTokenCount"_L1) ? count("responseTokenCount"_L1)
                                                          : count("candidatesTokenCount"_L1);
    u.totalTokenCount = count("totalTokenCount"_L1);
    u.cachedContentTokenCount = count("cachedContentTokenCount"_L1);
    u.toolUsePromptTokenCount = count("toolUsePromptTokenCount"_L1);
    u.thoughtsTokenCount = count("thoughtsTokenCount"_L1);
    u.promptTokensDetails = readDetails(r, "promptTokensDetails"_L1);
    u.responseTokensDetails = r.has("responseTokensDetails"_L1)
                                      ? readDetails(r, "responseTokensDetails"_L1)
                                      : readDetails(r, "candidatesTokensDetails"_L1);
    u.cacheTokensDetails = readDetails(r, "cacheTokensDetails"_L1);
    u.toolUsePromptTokensDetails = readDetails(r, "toolUsePromptTokensDetails"_L1);
    u.serviceTier = r.string("serviceTier"_L1);
    u.trafficType = r.string("trafficType"_L1);
    return u;
}

ServerMessage readServerMessage(JsonReader &r)
{
    ServerMessage m;
    if (auto c = r.child("setupComplete"_L1)) {
        m.setupComplete = SetupComplete {c->string("sessionId"_L1)};
        c->value("voiceConsentSignature"_L1);
        c->finish();
    }
    if (auto c = r.child("serverContent"_L1)) {
        m.serverContent = readServerContent(*c);
        c->finish();
    }
    if (auto c = r.child("toolCall"_L1)) {
        ToolCall call;
        // Call by call: one unreadable call must not take the valid ones down with it (the
        // server waits for an answer to each; the turn would stall).
        const QJsonArray calls = c->rawArray("functionCalls"_L1);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const QString path = c->pathOf("functionCalls"_L1) + u'[' + QString::number(i) + u']';
            const QJsonObject object = calls.at(i).toObject();
            ErrorSink errors;
            if (!calls.at(i).isObject())
                errors.fail(path, u"expected an object"_s);
            JsonReader f(object, path, &errors, c->strictness());
            FunctionCall fc = readFunctionCall(f);
            f.finish();
            if (errors.failed()) {
                const QJsonValue id = object.value("id"_L1);
                const QJsonValue name = object.value("name"_L1);
                call.rejectedCalls.append(
                        RejectedFunctionCall {id.isString() ? id.toString() : QString(),
                                              name.isString() ? name.toString() : QString(),
                                              errors.message()});
            } else {
                call.functionCalls.append(std::move(fc));
            }
        }
        c->finish();
        m.toolCall = call;
    }
    if (auto c = r.child("toolCallCancellation"_L1)) {
        m.toolCallCancellation = ToolCallCancellation {c->stringList("ids"_L1)};
        c->finish();
    }
    if (auto c = r.child("usageMetadata"_L1)) {
        m.usageMetadata = readUsage(*c);
        c->finish();
    }
    if (auto c = r.child("goAway"_L1)) {
        m.goAway = GoAway {c->duration("timeLeft"_L1).value_or(Milliseconds(0))};
        c->finish();
    }
    if (auto c = r.child("sessionResumptionUpdate"_L1)) {
        SessionResumptionUpdate u;
        u.newHandle = c->string("newHandle"_L1);
        u.resumable = c->boolean("resumable"_L1);
        u.lastConsumedClientMessageIndex = c->optionalInt64("lastConsumedClientMessageIndex"_L1);
        c->finish();
        m.sessionResumptionUpdate = u;
    }
    if (auto c = r.child("voiceActivity"_L1)) {
        VoiceActivity va;
        // The service says "type"; the SDK renames it voiceActivityType. Accept both.
        va.type = c->has("voiceActivityType"_L1)
                          ? c->enumeration<VoiceActivityType>("voiceActivityType"_L1)
                          : c->enumeration<VoiceActivityType>("type"_L1);
        va.audioOffset = c->duration("audioOffset"_L1);
        c->finish();
        m.voiceActivity = va;
    }
    if (auto c = r.child("voiceActivityDetectionSignal"_L1)) {
        m.voiceActivityDetectionSignal = VoiceActivityDetectionSignal {
                c->enumeration<VadSignalType>("vadSignalType"_L1)};
        c->finish();
    }
    if (r.has("speechState"_L1)) {
        // Shape undocumented (see SpeechState): whatever it is, it must not fail the message.
        const QJsonValue v = r.value("speechState"_L1);
        const QJsonValue state = v.isObject() ? v.toObject().value("state"_L1) : v;
        m.speechState = SpeechState {state.isString() ? state.toString() : QString()};
    }
    return m;
}

} // namespace

QByteArray encodeServerMessage(const ServerMessage &m, Dialect dialect)
{
    QJsonObject o;
    if (m.setupComplete) {
        QJsonObject c;
        putString(c, "sessionId"_L1, m.setupComplete->sessionId);
        o.insert("setupComplete"_L1, c);
    }
    if (m.serverContent)
        o.insert("serverContent"_L1, toJson(*m.serverContent));
    if (m.toolCall) {
        QJsonArray calls;
        for (const FunctionCall &f : m.toolCall->functionCalls)
            calls.append(detail::toJson(f));
        o.insert("toolCall"_L1, QJsonObject {{"functionCalls"_L1, calls}});
    }
    if (m.toolCallCancellation) {
        o.insert("toolCallCancellation"_L1,
                 QJsonObject {{"ids"_L1, QJsonArray::fromStringList(m.toolCallCancellation->ids)}});
    }
    if (m.usageMetadata)
        o.insert("usageMetadata"_L1, toJson(*m.usageMetadata, dialect));
    if (m.goAway)
        o.insert("goAway"_L1, QJsonObject {{"timeLeft"_L1, formatDuration(m.goAway->timeLeft)}});
    if (m.sessionResumptionUpdate) {
        QJsonObject u;
        putString(u, "newHandle"_L1, m.sessionResumptionUpdate->newHandle);
        putTrue(u, "resumable"_L1, m.sessionResumptionUpdate->resumable);
        putInt64String(u, "lastConsumedClientMessageIndex"_L1,
                       m.sessionResumptionUpdate->lastConsumedClientMessageIndex);
        o.insert("sessionResumptionUpdate"_L1, u);
    }
    if (m.voiceActivity) {
        QJsonObject va;
        putEnum(va, "type"_L1, m.voiceActivity->type);
        if (m.voiceActivity->audioOffset)
            va.insert("audioOffset"_L1, formatDuration(*m.voiceActivity->audioOffset));
        o.insert("voiceActivity"_L1, va);
    }
    if (m.voiceActivityDetectionSignal) {
        QJsonObject s;
        putEnum(s, "vadSignalType"_L1, m.voiceActivityDetectionSignal->vadSignalType);
        o.insert("voiceActivityDetectionSignal"_L1, s);
    }
    if (m.speechState) {
        QJsonObject s;
        putString(s, "state"_L1, m.speechState->state);
        o.insert("speechState"_L1, s);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Decoded<ServerMessage> decodeServerMessage(QByteArrayView json, Strictness strictness)
{
    ErrorSink errors;
    const auto object = parseObject(json, &errors);
    if (!object)
        return DecodeError {errors.message()};
    JsonReader r(*object, {}, &errors, strictness);
    ServerMessage m = readServerMessage(r);
    r.finish();
    if (errors.failed())
        return DecodeError {errors.message()};
    return m;
}

} // namespace livedesk::protocol
