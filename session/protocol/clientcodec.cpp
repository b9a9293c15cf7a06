// Client → server messages: setup, realtimeInput, clientContent, toolResponse, contextUpdate.
#include "session/protocol/jsonreader_p.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::protocol {
using namespace detail;

namespace {

// --- setup: encode ---------------------------------------------------------------------------

QJsonObject toJson(const GenerationConfig &g)
{
    QJsonObject o;
    if (!g.responseModalities.isEmpty()) {
        QJsonArray modalities;
        for (Modality m : g.responseModalities)
            modalities.append(enumToWire(m));
        o.insert("responseModalities"_L1, modalities);
    }
    putOptional(o, "temperature"_L1, g.temperature);
    putOptional(o, "topP"_L1, g.topP);
    putOptional(o, "topK"_L1, g.topK);
    putOptional(o, "maxOutputTokens"_L1, g.maxOutputTokens);
    putOptional(o, "seed"_L1, g.seed);
    putOptional(o, "candidateCount"_L1, g.candidateCount);
    putOptional(o, "presencePenalty"_L1, g.presencePenalty);
    putOptional(o, "frequencyPenalty"_L1, g.frequencyPenalty);
    putEnum(o, "mediaResolution"_L1, g.mediaResolution);
    if (g.speechConfig) {
        QJsonObject speech;
        if (!g.speechConfig->voiceName.isEmpty()) {
            speech.insert("voiceConfig"_L1,
                          QJsonObject {{"prebuiltVoiceConfig"_L1,
                                        QJsonObject {{"voiceName"_L1, g.speechConfig->voiceName}}}});
        }
        putString(speech, "languageCode"_L1, g.speechConfig->languageCode);
        o.insert("speechConfig"_L1, speech);
    }
    if (g.thinkingConfig) {
        QJsonObject thinking;
        putOptional(thinking, "thinkingBudget"_L1, g.thinkingConfig->thinkingBudget);
        putEnum(thinking, "thinkingLevel"_L1, g.thinkingConfig->thinkingLevel);
        putOptional(thinking, "includeThoughts"_L1, g.thinkingConfig->includeThoughts);
        o.insert("thinkingConfig"_L1, thinking);
    }
    putOptional(o, "enableAffectiveDialog"_L1, g.enableAffectiveDialog);
    if (g.translationConfig) {
        QJsonObject t;
        putString(t, "targetLanguageCode"_L1, g.translationConfig->targetLanguageCode);
        putOptional(t, "echoTargetLanguage"_L1, g.translationConfig->echoTargetLanguage);
        o.insert("translationConfig"_L1, t);
    }
    return o;
}

QJsonObject toJson(const RealtimeInputConfig &c)
{
    QJsonObject o;
    if (const auto &a = c.automaticActivityDetection) {
        QJsonObject aad;
        putOptional(aad, "disabled"_L1, a->disabled);
        putEnum(aad, "startOfSpeechSensitivity"_L1, a->startOfSpeechSensitivity);
        putEnum(aad, "endOfSpeechSensitivity"_L1, a->endOfSpeechSensitivity);
        putOptional(aad, "prefixPaddingMs"_L1, a->prefixPaddingMs);
        putOptional(aad, "silenceDurationMs"_L1, a->silenceDurationMs);
        o.insert("automaticActivityDetection"_L1, aad);
    }
    putEnum(o, "activityHandling"_L1, c.activityHandling);
    putEnum(o, "turnCoverage"_L1, c.turnCoverage);
    putOptional(o, "interimTranscriptTimestampEnabled"_L1, c.interimTranscriptTimestampEnabled);
    return o;
}

QJsonObject toJson(const AudioTranscriptionConfig &c)
{
    QJsonObject o;
    if (!c.languageCodes.isEmpty())
        o.insert("languageCodes"_L1, QJsonArray::fromStringList(c.languageCodes));
    if (!c.customVocabulary.isEmpty())
        o.insert("customVocabulary"_L1, QJsonArray::fromStringList(c.customVocabulary));
    return o;
}

// --- setup: decode ---------------------------------------------------------------------------

GenerationConfig readGenerationConfig(JsonReader &r)
{
    GenerationConfig g;
    const QJsonArray modalities = r.rawArray("responseModalities"_L1);
    for (int i = 0; i < modalities.size(); ++i) {
        auto m = modalities.at(i).isString() ? enumFromWire<Modality>(modalities.at(i).toString())
                                             : std::nullopt;
        if (!m) {
            r.errors()->fail(r.pathOf("responseModalities"_L1) + u"[%1]"_s.arg(i),
                             u"invalid modality"_s);
            break;
        }
        g.responseModalities.append(*m);
    }
    g.temperature = r.optionalNumber("temperature"_L1);
    g.topP = r.optionalNumber("topP"_L1);
    g.topK = r.optionalInt("topK"_L1);
    g.maxOutputTokens = r.optionalInt("maxOutputTokens"_L1);
    g.seed = r.optionalInt("seed"_L1);
    g.candidateCount = r.optionalInt("candidateCount"_L1);
    g.presencePenalty = r.optionalNumber("presencePenalty"_L1);
    g.frequencyPenalty = r.optionalNumber("frequencyPenalty"_L1);
    g.mediaResolution = r.enumeration<MediaResolution>("mediaResolution"_L1);
    if (auto speech = r.child("speechConfig"_L1)) {
        SpeechConfig s;
        if (auto voice = speech->child("voiceConfig"_L1)) {
            if (auto prebuilt = voice->child("prebuiltVoiceConfig"_L1)) {
                s.voiceName = prebuilt->string("voiceName"_L1);
                prebuilt->finish();
            }
            voice->finish();
        }
        s.languageCode = speech->string("languageCode"_L1);
        if (speech->has("multiSpeakerVoiceConfig"_L1))
            speech->fail("multiSpeakerVoiceConfig"_L1, u"not supported for Live"_s);
        speech->finish();
        g.speechConfig = s;
    }
    if (auto thinking = r.child("thinkingConfig"_L1)) {
        ThinkingConfig t;
        t.thinkingBudget = thinking->optionalInt("thinkingBudget"_L1);
        t.thinkingLevel = thinking->enumeration<ThinkingLevel>("thinkingLevel"_L1);
        t.includeThoughts = thinking->optionalBool("includeThoughts"_L1);
        thinking->finish();
        g.thinkingConfig = t;
    }
    g.enableAffectiveDialog = r.optionalBool("enableAffectiveDialog"_L1);
    if (auto translation = r.child("translationConfig"_L1)) {
        TranslationConfig t;
        t.targetLanguageCode = translation->string("targetLanguageCode"_L1);
        t.echoTargetLanguage = translation->optionalBool("echoTargetLanguage"_L1);
        translation->finish();
        g.translationConfig = t;
    }
    return g;
}

RealtimeInputConfig readRealtimeInputConfig(JsonReader &r)
{
    RealtimeInputConfig c;
    if (auto aad = r.child("automaticActivityDetection"_L1)) {
        AutomaticActivityDetection a;
        a.disabled = aad->optionalBool("disabled"_L1);
        a.startOfSpeechSensitivity = aad->enumeration<StartSensitivity>(
                "startOfSpeechSensitivity"_L1);
        a.endOfSpeechSensitivity = aad->enumeration<EndSensitivity>("endOfSpeechSensitivity"_L1);
        a.prefixPaddingMs = aad->optionalInt("prefixPaddingMs"_L1);
        a.silenceDurationMs = aad->optionalInt("silenceDurationMs"_L1);
        aad->finish();
        c.automaticActivityDetection = a;
    }
    c.activityHandling = r.enumeration<ActivityHandling>("activityHandling"_L1);
    c.turnCoverage = r.enumeration<TurnCoverage>("turnCoverage"_L1);
    c.interimTranscriptTimestampEnabled = r.optionalBool("interimTranscriptTimestampEnabled"_L1);
    return c;
}

AudioTranscriptionConfig readTranscriptionConfig(JsonReader &r)
{
    AudioTranscriptionConfig c;
    c.languageCodes = r.stringList("languageCodes"_L1);
    c.customVocabulary = r.stringList("customVocabulary"_L1);
    return c;
}

Setup readSetup(JsonReader &r)
{
    Setup s;
    r.requireString("model"_L1, &s.model);
    if (auto g = r.child("generationConfig"_L1)) {
        s.generationConfig = readGenerationConfig(*g);
        g->finish();
    }
    if (auto si = r.child("systemInstruction"_L1)) {
        s.systemInstruction = readContent(*si);
        si->finish();
    }
    s.tools = readTools(r, "tools"_L1);
    if (auto c = r.child("realtimeInputConfig"_L1)) {
        s.realtimeInputConfig = readRealtimeInputConfig(*c);
        c->finish();
    }
    if (auto c = r.child("sessionResumption"_L1)) {
        SessionResumptionConfig res;
        res.handle = c->string("handle"_L1);
        res.transparent = c->optionalBool("transparent"_L1);
        c->finish();
        s.sessionResumption = res;
    }
    if (auto c = r.child("contextWindowCompression"_L1)) {
        ContextWindowCompression cwc;
        cwc.triggerTokens = c->optionalInt64("triggerTokens"_L1);
        if (auto sw = c->child("slidingWindow"_L1)) {
            cwc.slidingWindow = SlidingWindow {sw->optionalInt64("targetTokens"_L1)};
            sw->finish();
        }
        c->finish();
        s.contextWindowCompression = cwc;
    }
    if (auto c = r.child("inputAudioTranscription"_L1)) {
        s.inputAudioTranscription = readTranscriptionConfig(*c);
        c->finish();
    }
    if (auto c = r.child("outputAudioTranscription"_L1)) {
        s.outputAudioTranscription = readTranscriptionConfig(*c);
        c->finish();
    }
    if (auto c = r.child("proactivity"_L1)) {
        ProactivityConfig p;
        p.proactiveAudio = c->optionalBool("proactiveAudio"_L1);
        p.proactiveVideo = c->optionalBool("proactiveVideo"_L1);
        c->finish();
        s.proactivity = p;
    }
    if (auto c = r.child("historyConfig"_L1)) {
        s.historyConfig = HistoryConfig {c->optionalBool("initialHistoryInClientContent"_L1)};
        c->finish();
    }
    s.explicitVadSignal = r.optionalBool("explicitVadSignal"_L1);
    s.avatarConfig = r.rawObject("avatarConfig"_L1);
    s.safetySettings = r.rawArray("safetySettings"_L1);
    s.labels = r.rawObject("labels"_L1);
    return s;
}

// --- the other client messages ---------------------------------------------------------------

RealtimeInput readRealtimeInput(JsonReader &r)
{
    RealtimeInput in;
    if (auto c = r.child("audio"_L1)) {
        in.audio = readBlob(*c);
        c->finish();
        if (!r.failed() && !in.audio->mimeType.startsWith(u"audio/"))
            r.fail("audio"_L1, u"mimeType must be audio/*"_s);
    }
    if (auto c = r.child("video"_L1)) {
        in.video = readBlob(*c);
        c->finish();
        if (!r.failed() && !in.video->mimeType.startsWith(u"image/"))
            r.fail("video"_L1, u"mimeType must be image/*"_s);
    }
    if (r.has("text"_L1))
        in.text = r.string("text"_L1);
    // activityStart / activityEnd are empty messages; presence is what counts.
    in.activityStart = r.has("activityStart"_L1);
    r.rawObject("activityStart"_L1);
    in.activityEnd = r.has("activityEnd"_L1);
    r.rawObject("activityEnd"_L1);
    in.audioStreamEnd = r.boolean("audioStreamEnd"_L1);
    r.forEachObject("mediaChunks"_L1,
                    [&](JsonReader &item, int) { in.mediaChunks.append(readBlob(item)); });
    return in;
}

ClientContent readClientContent(JsonReader &r)
{
    ClientContent cc;
    r.forEachObject("turns"_L1, [&](JsonReader &item, int) { cc.turns.append(readContent(item)); });
    cc.turnComplete = r.optionalBool("turnComplete"_L1);
    return cc;
}

ToolResponse readToolResponse(JsonReader &r)
{
    ToolResponse tr;
    r.forEachObject("functionResponses"_L1, [&](JsonReader &item, int) {
        tr.functionResponses.append(readFunctionResponse(item));
    });
    return tr;
}

ContextUpdate readContextUpdate(JsonReader &r)
{
    ContextUpdate cu;
    if (auto si = r.child("systemInstruction"_L1)) {
        cu.systemInstruction = readContent(*si);
        si->finish();
    }
    if (auto t = r.child("tools"_L1)) {
        cu.tools = readTools(*t, "tools"_L1);
        t->finish();
    }
    return cu;
}

struct ClientEncoder
{
    QJsonObject operator()(const Setup &s) const { return {{"setup"_L1, setupToJson(s)}}; }

    QJsonObject operator()(const RealtimeInput &in) const
    {
        QJsonObject o;
        if (in.audio)
            o.insert("audio"_L1, detail::toJson(*in.audio));
        if (in.video)
            o.insert("video"_L1, detail::toJson(*in.video));
        if (in.text)
            o.insert("text"_L1, *in.text);
        if (in.activityStart)
            o.insert("activityStart"_L1, QJsonObject());
        if (in.activityEnd)
            o.insert("activityEnd"_L1, QJsonObject());
        putTrue(o, "audioStreamEnd"_L1, in.audioStreamEnd);
        if (!in.mediaChunks.isEmpty()) {
            QJsonArray chunks;
            for (const Blob &b : in.mediaChunks)
                chunks.append(detail::toJson(b));
            o.insert("mediaChunks"_L1, chunks);
        }
        return {{"realtimeInput"_L1, o}};
    }

    QJsonObject operator()(const ClientContent &cc) const
    {
        QJsonObject o;
        if (!cc.turns.isEmpty()) {
            QJsonArray turns;
            for (const Content &c : cc.turns)
                turns.append(detail::toJson(c));
            o.insert("turns"_L1, turns);
        }
        putOptional(o, "turnComplete"_L1, cc.turnComplete);
        return {{"clientContent"_L1, o}};
    }

    QJsonObject operator()(const ToolResponse &tr) const
    {
        QJsonArray responses;
        for (const FunctionResponse &r : tr.functionResponses)
            responses.append(detail::toJson(r));
        return {{"toolResponse"_L1, QJsonObject {{"functionResponses"_L1, responses}}}};
    }

    QJsonObject operator()(const ContextUpdate &cu) const
    {
        QJsonObject o;
        if (cu.systemInstruction)
            o.insert("systemInstruction"_L1, detail::toJson(*cu.systemInstruction));
        if (cu.tools)
            o.insert("tools"_L1, QJsonObject {{"tools"_L1, detail::toJson(*cu.tools)}});
        return {{"contextUpdate"_L1, o}};
    }
};

} // namespace

QJsonObject setupToJson(const Setup &s)
{
    QJsonObject o;
    o.insert("model"_L1, s.model);
    if (s.generationConfig)
        o.insert("generationConfig"_L1, toJson(*s.generationConfig));
    if (s.systemInstruction)
        o.insert("systemInstruction"_L1, detail::toJson(*s.systemInstruction));
    if (!s.tools.isEmpty())
        o.insert("tools"_L1, detail::toJson(s.tools));
    if (s.realtimeInputConfig)
        o.insert("realtimeInputConfig"_L1, toJson(*s.realtimeInputConfig));
    if (s.sessionResumption) {
        QJsonObject r;
        putString(r, "handle"_L1, s.sessionResumption->handle);
        putOptional(r, "transparent"_L1, s.sessionResumption->transparent);
        o.insert("sessionResumption"_L1, r);
    }
    if (s.contextWindowCompression) {
        QJsonObject c;
        putInt64String(c, "triggerTokens"_L1, s.contextWindowCompression->triggerTokens);
        if (s.contextWindowCompression->slidingWindow) {
            QJsonObject sw;
            putInt64String(sw, "targetTokens"_L1,
                           s.contextWindowCompression->slidingWindow->targetTokens);
            c.insert("slidingWindow"_L1, sw);
        }
        o.insert("contextWindowCompression"_L1, c);
    }
    if (s.inputAudioTranscription)
        o.insert("inputAudioTranscription"_L1, toJson(*s.inputAudioTranscription));
    if (s.outputAudioTranscription)
        o.insert("outputAudioTranscription"_L1, toJson(*s.outputAudioTranscription));
    if (s.proactivity) {
        QJsonObject p;
        putOptional(p, "proactiveAudio"_L1, s.proactivity->proactiveAudio);
        putOptional(p, "proactiveVideo"_L1, s.proactivity->proactiveVideo);
        o.insert("proactivity"_L1, p);
    }
    if (s.historyConfig) {
        QJsonObject h;
        putOptional(h, "initialHistoryInClientContent"_L1,
                    s.historyConfig->initialHistoryInClientContent);
        o.insert("historyConfig"_L1, h);
    }
    putOptional(o, "explicitVadSignal"_L1, s.explicitVadSignal);
    putObject(o, "avatarConfig"_L1, s.avatarConfig);
    if (!s.safetySettings.isEmpty())
        o.insert("safetySettings"_L1, s.safetySettings);
    putObject(o, "labels"_L1, s.labels);
    return o;
}

Decoded<Setup> setupFromJson(const QJsonObject &json, Strictness strictness)
{
    ErrorSink errors;
    JsonReader r(json, u"setup"_s, &errors, strictness);
    Setup s = readSetup(r);
    r.finish();
    if (errors.failed())
        return DecodeError {errors.message()};
    return s;
}

QByteArray encodeClientMessage(const ClientMessage &message)
{
    return QJsonDocument(std::visit(ClientEncoder {}, message)).toJson(QJsonDocument::Compact);
}

Decoded<ClientMessage> decodeClientMessage(QByteArrayView json, Strictness strictness)
{
    ErrorSink errors;
    const auto object = parseObject(json, &errors);
    if (!object)
        return DecodeError {errors.message()};
    if (object->size() != 1) {
        return DecodeError {
                object->isEmpty()
                        ? u"empty message: expected one of setup, realtimeInput, "
                          "clientContent, toolResponse"_s
                        : u"a message must have exactly one top-level field, got %1"_s.arg(
                                object->keys().join(u", "))};
    }
    const QString key = object->constBegin().key();
    const QJsonValue body = object->constBegin().value();
    if (!body.isObject())
        return DecodeError {key + u": expected an object"_s};

    JsonReader r(body.toObject(), key, &errors, strictness);
    std::optional<ClientMessage> message;
    if (key == "setup"_L1)
        message = readSetup(r);
    else if (key == "realtimeInput"_L1 || key == "realtime_input"_L1)
        message = readRealtimeInput(r);
    else if (key == "clientContent"_L1 || key == "client_content"_L1)
        message = readClientContent(r);
    else if (key == "toolResponse"_L1 || key == "tool_response"_L1)
        message = readToolResponse(r);
    else if (key == "contextUpdate"_L1 || key == "context_update"_L1)
        message = readContextUpdate(r);
    else
        return DecodeError {u"Unknown name \"%1\": Cannot find field."_s.arg(key)};
    r.finish();
    if (errors.failed())
        return DecodeError {errors.message()};
    return std::move(*message);
}

QString describe(const ClientMessage &message)
{
    struct Describer
    {
        QString operator()(const Setup &) const { return u"setup"_s; }
        QString operator()(const RealtimeInput &in) const
        {
            if (in.audio)
                return u"realtimeInput.audio"_s;
            if (in.video)
                return u"realtimeInput.video"_s;
            if (in.text)
                return u"realtimeInput.text"_s;
            if (in.activityStart)
                return u"realtimeInput.activityStart"_s;
            if (in.activityEnd)
                return u"realtimeInput.activityEnd"_s;
            if (in.audioStreamEnd)
                return u"realtimeInput.audioStreamEnd"_s;
            if (!in.mediaChunks.isEmpty())
                return u"realtimeInput.mediaChunks"_s;
            return u"realtimeInput"_s;
        }
        QString operator()(const ClientContent &) const { return u"clientContent"_s; }
        QString operator()(const ToolResponse &) const { return u"toolResponse"_s; }
        QString operator()(const ContextUpdate &) const { return u"contextUpdate"_s; }
    };
    return std::visit(Describer {}, message);
}

} // namespace livedesk::protocol
