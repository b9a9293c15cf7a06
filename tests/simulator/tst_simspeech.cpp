// The simulator's voice: espeak-ng speech (or, without it, tones) as 24 kHz PCM of a plausible
// length and level, deterministic, different per voice, empty for empty text.
#include "simulator/speech.h"

#include "audio/dsp/pcm.h"

#include <QTest>

using namespace livedesk::sim;
using namespace livedesk;
using namespace Qt::StringLiterals;

class tst_SimSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speaks();
    void voicesDiffer();
    void languagesPickTheirVoice_data();
    void languagesPickTheirVoice();
    void emptyTextIsSilence();
    void tonesWithoutEspeak();
};

void tst_SimSpeech::speaks()
{
    const QString text = u"This is the LiveDesk simulator speaking."_s;
    const QByteArray pcm = synthesizeSpeech(text);
#ifdef LIVEDESK_HAVE_ESPEAK
    QCOMPARE(speechEngine(), SpeechEngine::Espeak);
    QVERIFY(speechEngineDescription().startsWith(u"espeak-ng"));
#else
    QCOMPARE(speechEngine(), SpeechEngine::Tones);
#endif
    QCOMPARE(pcm.size() % 2, 0);
    const double seconds = double(pcm.size()) / (2 * dsp::kOutputSampleRate);
    QVERIFY2(seconds > 1.0 && seconds < 6.0, qPrintable(QString::number(seconds)));
    const float level = dsp::toDbfs(dsp::rms(dsp::asS16(pcm)));
    QVERIFY2(level > -35 && level < -3, qPrintable(QString::number(level)));
    QCOMPARE(synthesizeSpeech(text), pcm); // deterministic (and cached)
}

void tst_SimSpeech::voicesDiffer()
{
#ifndef LIVEDESK_HAVE_ESPEAK
    QSKIP("built without espeak-ng: every voice is the same tones");
#endif
    const QString text = u"Which voice is this?"_s;
    QVERIFY(synthesizeSpeech(text, u"Kore"_s) != synthesizeSpeech(text, u"Puck"_s));
}

void tst_SimSpeech::languagesPickTheirVoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("voice"); // espeak-ng's, without the variant
    QTest::newRow("German speaks with the German voice") << u"de"_s << u"de"_s;
    QTest::newRow("a region falls back to its language") << u"de-DE"_s << u"de"_s;
    QTest::newRow("espeak-ng's regional voice when it has one") << u"pt-BR"_s << u"pt-br"_s;
    QTest::newRow("an unknown language is English") << u"xx-YY"_s << u"en-us"_s;
    QTest::newRow("no language is English") << QString() << u"en-us"_s;
}

void tst_SimSpeech::languagesPickTheirVoice()
{
#ifndef LIVEDESK_HAVE_ESPEAK
    QSKIP("built without espeak-ng: every language is the same tones");
#endif
    QFETCH(QString, language);
    QFETCH(QString, voice);
    QCOMPARE(speechVoice(u"Kore"_s, language).section(u'+', 0, 0), voice);
    QVERIFY(speechVoice(u"Kore"_s, language).contains(u"+f"_s)); // the variant is kept
    // And it speaks: German text in the German voice is not the English reading of it (espeak-ng
    // varies a voice a little from call to call, so lengths are compared, not samples).
    const QString text = u"Guten Tag, wie geht es Ihnen heute?"_s;
    const qsizetype english = synthesizeSpeech(text, u"Kore"_s).size();
    const qsizetype spoken = synthesizeSpeech(text, u"Kore"_s, language).size();
    QVERIFY(spoken > 0);
    if (voice.startsWith(u"de"))
        QVERIFY2(std::abs(double(spoken) / double(english) - 1.0) > 0.05,
                 qPrintable(u"%1 vs %2 bytes"_s.arg(spoken).arg(english)));
}

void tst_SimSpeech::emptyTextIsSilence()
{
    QVERIFY(synthesizeSpeech(QString()).isEmpty());
    QVERIFY(synthesizeSpeech(u"   "_s).isEmpty());
}

void tst_SimSpeech::tonesWithoutEspeak()
{
    // The fallback keeps the rhythm: a tone per word, pauses between, longer ones at punctuation.
    const QByteArray pcm = synthesizeTones(u"One two three. Four five."_s);
    const auto samples = dsp::asS16(pcm);
    const double seconds = double(samples.size()) / dsp::kOutputSampleRate;
    QVERIFY2(seconds > 0.8 && seconds < 2.0, qPrintable(QString::number(seconds)));
    QVERIFY(dsp::toDbfs(dsp::rms(samples)) > -25);
    // Count the tones: runs of sound separated by silence.
    int tones = 0;
    bool inTone = false;
    for (size_t i = 0; i + 240 <= samples.size(); i += 240) { // 10 ms
        const bool loud = dsp::toDbfs(dsp::rms(samples.subspan(i, 240))) > -40;
        tones += loud && !inTone ? 1 : 0;
        inTone = loud;
    }
    QCOMPARE(tones, 5);
}

QTEST_GUILESS_MAIN(tst_SimSpeech)
#include "tst_simspeech.moc"
