#include "simulator/speech.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "simulator/logging.h"

#include <QCache>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <numbers>
#include <vector>

#ifdef LIVEDESK_HAVE_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

constexpr int kOutputRate = dsp::kOutputSampleRate;

// All espeak-ng state is process-global; this mutex serialises every use of it and of the cache.
QMutex &engineMutex()
{
    static QMutex mutex;
    return mutex;
}

struct EngineState
{
    bool initialised = false;
    SpeechEngine engine = SpeechEngine::None;
    int espeakRate = 0;
    QString description;
    QCache<QString, QByteArray> cache {32 * 1024 * 1024}; // cost = bytes
};

EngineState &state()
{
    static EngineState s;
    return s;
}

#ifdef LIVEDESK_HAVE_ESPEAK
// Female-sounding Live API voices get espeak-ng's female variants, the rest male ones, so
// two sessions with different voices sound different.
QByteArray espeakVariantFor(const QString &voiceName)
{
    static const QStringList female = {u"Zephyr"_s,       u"Kore"_s,       u"Leda"_s,
                                       u"Aoede"_s,        u"Callirrhoe"_s, u"Autonoe"_s,
                                       u"Despina"_s,      u"Erinome"_s,    u"Laomedeia"_s,
                                       u"Achernar"_s,     u"Gacrux"_s,     u"Pulcherrima"_s,
                                       u"Vindemiatrix"_s, u"Sulafat"_s};
    if (voiceName.isEmpty())
        return {};
    const int variant = int(qHash(voiceName) % 4) + 1;
    return female.contains(voiceName) ? "+f" + QByteArray::number(variant)
                                      : "+m" + QByteArray::number(variant);
}

// The languages espeak-ng has a voice for ("de", "en-us", "pt-br", "es-419", …). Looked up
// once: espeak_SetVoiceByName() also accepts names it only half matches ("de-de" gives "de" and
// drops the variant), so candidates are checked against this list first.
const QSet<QByteArray> &espeakLanguages()
{
    static const QSet<QByteArray> languages = [] {
        QSet<QByteArray> out;
        const espeak_VOICE **voices = espeak_ListVoices(nullptr);
        for (int i = 0; voices && voices[i]; ++i) {
            // Each entry: a priority byte, then a NUL-terminated name; an empty name ends it.
            const char *p = voices[i]->languages;
            while (p && *p) {
                const QByteArray name(p + 1);
                if (name.isEmpty())
                    break;
                out.insert(name.toLower());
                p += 1 + name.size() + 1;
            }
        }
        return out;
    }();
    return languages;
}

// Tries the full tag, then its primary language, then English.
QByteArray espeakVoiceFor(const QString &voiceName, const QString &language)
{
    QList<QByteArray> candidates;
    if (!language.isEmpty()) {
        const QByteArray tag = language.toLower().toLatin1();
        candidates << tag;
        if (tag.contains('-'))
            candidates << tag.left(tag.indexOf('-'));
    }
    candidates << "en-us";
    QByteArray base = "en";
    for (const QByteArray &name : std::as_const(candidates)) {
        if (espeakLanguages().contains(name)) {
            base = name;
            break;
        }
    }
    return base + espeakVariantFor(voiceName);
}

int collectSamples(short *wav, int count, espeak_EVENT *events)
{
    auto *out = static_cast<std::vector<int16_t> *>(events ? events->user_data : nullptr);
    if (out && wav && count > 0)
        out->insert(out->end(), wav, wav + count);
    return 0; // continue
}
#endif

void initialise(EngineState &s)
{
    s.initialised = true;
#ifdef LIVEDESK_HAVE_ESPEAK
    // DONT_EXIT: without it espeak-ng calls exit() when its data files are missing.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr,
                                       espeakINITIALIZE_DONT_EXIT);
    if (rate > 0) {
        espeak_SetSynthCallback(collectSamples);
        s.engine = SpeechEngine::Espeak;
        s.espeakRate = rate;
        s.description = u"espeak-ng %1 (%2 Hz, resampled to 24 kHz)"_s
                                .arg(QString::fromLatin1(espeak_Info(nullptr)))
                                .arg(rate);
        return;
    }
    s.engine = SpeechEngine::Tones;
    s.description = u"tones (espeak-ng failed to initialise: its data files were not found)"_s;
#else
    s.engine = SpeechEngine::Tones;
    s.description = u"tones (built without espeak-ng)"_s;
#endif
    qCWarning(lcSimulator).noquote()
            << "speech synthesis unavailable; replies are" << s.description;
}

#ifdef LIVEDESK_HAVE_ESPEAK
QByteArray resampleTo24k(const std::vector<int16_t> &samples, int rate)
{
    std::vector<float> in(samples.size());
    dsp::s16ToFloat(samples, in);
    const std::vector<float> out = rate == kOutputRate ? in
                                                       : dsp::resample(in, rate, kOutputRate, 1,
                                                                       dsp::ResamplerQuality::High);
    return dsp::floatToS16Bytes(out);
}

QByteArray speakWithEspeak(const EngineState &s, const QString &text, const QString &voiceName,
                           const QString &language)
{
    if (espeak_SetVoiceByName(espeakVoiceFor(voiceName, language).constData()) != EE_OK)
        espeak_SetVoiceByName("en");
    std::vector<int16_t> samples;
    const QByteArray utf8 = text.toUtf8();
    const espeak_ERROR error = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0,
                                            POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &samples);
    espeak_Synchronize();
    if (error != EE_OK) {
        qCWarning(lcSimulator) << "espeak-ng could not synthesise a reply, error" << int(error);
        return {};
    }
    return resampleTo24k(samples, s.espeakRate);
}
#endif

} // namespace

// One short tone per word at a pitch that follows the word, with pauses between words and a
// longer one after punctuation: the rhythm of speech without a voice.
QByteArray synthesizeTones(const QString &text)
{
    std::vector<float> out;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const double frequency = 180.0 + double(qHash(word) % 8) * 35.0;
        const int toneSamples = kOutputRate * (80 + 12 * int(std::min<qsizetype>(word.size(), 10)))
                                / 1000;
        const int fadeSamples = kOutputRate / 100;
        for (int i = 0; i < toneSamples; ++i) {
            const double fade = std::min(
                    {1.0, double(i) / fadeSamples, double(toneSamples - i) / fadeSamples});
            out.push_back(float(0.3 * fade
                                * std::sin(2 * std::numbers::pi * frequency * i / kOutputRate)));
        }
        const bool pause = word.endsWith(u'.') || word.endsWith(u',') || word.endsWith(u'?')
                           || word.endsWith(u'!');
        out.resize(out.size() + size_t(kOutputRate * (pause ? 250 : 60) / 1000), 0.0f);
    }
    return dsp::floatToS16Bytes(out);
}

QString speechVoice(const QString &voiceName, const QString &language)
{
    QMutexLocker lock(&engineMutex());
    EngineState &s = state();
    if (!s.initialised)
        initialise(s);
#ifdef LIVEDESK_HAVE_ESPEAK
    if (s.engine == SpeechEngine::Espeak)
        return QString::fromLatin1(espeakVoiceFor(voiceName, language));
#endif
    Q_UNUSED(voiceName)
    Q_UNUSED(language)
    return u"tones"_s;
}

SpeechEngine speechEngine()
{
    QMutexLocker lock(&engineMutex());
    EngineState &s = state();
    if (!s.initialised)
        initialise(s);
    return s.engine;
}

QString speechEngineDescription()
{
    QMutexLocker lock(&engineMutex());
    EngineState &s = state();
    if (!s.initialised)
        initialise(s);
    return s.description;
}

QByteArray synthesizeSpeech(const QString &text, const QString &voiceName, const QString &language)
{
    if (text.trimmed().isEmpty())
        return {};
    QMutexLocker lock(&engineMutex());
    EngineState &s = state();
    if (!s.initialised)
        initialise(s);
    const QString key = voiceName + u'\n' + language + u'\n' + text;
    if (const QByteArray *cached = s.cache.object(key))
        return *cached;
    QByteArray pcm;
#ifdef LIVEDESK_HAVE_ESPEAK
    if (s.engine == SpeechEngine::Espeak)
        pcm = speakWithEspeak(s, text, voiceName, language);
#endif
    if (pcm.isEmpty())
        pcm = synthesizeTones(text);
    s.cache.insert(key, new QByteArray(pcm), qMax<qsizetype>(1, pcm.size()));
    return pcm;
}

} // namespace livedesk::sim
