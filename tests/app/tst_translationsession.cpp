// A translation session against the simulator (in-process, a two-language interpreter scenario):
// the setup the interpreter mode sends, captions built live from the transcript with each side
// labelled by the language it spoke, and WebVTT and SRT subtitles that parse back with cues in
// order, monotonic timestamps and the words of both sides.
#include "app/subtitles.h"
#include "app/translationcaptions.h"
#include "audio/dsp/wavfile.h"
#include "session/livesession.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

const QString kScenario = QStringLiteral(LIVEDESK_SOURCE_DIR
                                         "/tests/app/data/interpreter-en-de.json");

QByteArray speech(const QString &text, const QString &voice, QString *error)
{
    QTemporaryDir dir;
    const QString wav = dir.filePath(u"s.wav"_s);
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, {u"-v"_s, voice, u"-w"_s, wav, text});
    if (!espeak.waitForFinished(20000) || espeak.exitCode() != 0) {
        *error = u"espeak-ng failed"_s;
        return {};
    }
    const auto pcm = dsp::readWavAsLiveInput(wav);
    *error = pcm.error;
    return pcm.pcm;
}

} // namespace

class tst_TranslationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void interpreterSessionGivesCaptionsAndSubtitles();

private:
    QByteArray m_english;
    QByteArray m_german;
};

void tst_TranslationSession::initTestCase()
{
    if (QStandardPaths::findExecutable(u"espeak-ng"_s).isEmpty())
        QSKIP("espeak-ng is needed to make test speech");
    QString error;
    m_english = speech(u"Good morning, where is the train station?"_s, u"en-us"_s, &error);
    QVERIFY2(!m_english.isEmpty(), qPrintable(error));
    m_german = speech(u"Gleich um die Ecke, auf der linken Seite."_s, u"de"_s, &error);
    QVERIFY2(!m_german.isEmpty(), qPrintable(error));
}

void tst_TranslationSession::interpreterSessionGivesCaptionsAndSubtitles()
{
    sim::SimulatorOptions options;
    options.scenarioPath = kScenario;
    options.speechSpeedFactor = 20;
    options.inputTranscriptionDelayMs = 30;
    sim::Simulator simulator(options);
    QString error;
    QVERIFY2(simulator.start(&error), qPrintable(error));

    // What --mode interpret --source-lang en-US --target-lang de-DE sends.
    TranslationSettings translation;
    translation.mode = TranslationMode::Interpret;
    translation.sourceLanguage = u"en-US"_s;
    translation.targetLanguage = u"de-DE"_s;
    SessionSettings settings;
    settings.endpoint = simulator.url().toString();
    settings.apiKey = u"k"_s;
    const auto catalog = session::ModelCatalog::builtIn();
    QVERIFY(applyTranslation(translation, settings, catalog).isEmpty());
    const auto config = buildSessionConfig(settings, catalog, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->setup.systemInstruction);

    session::LiveSession live;
    Transcript transcript;
    transcript.attach(&live);
    CaptionsModel captions;
    captions.setTranslation(translation);
    captions.setTranscript(&transcript);
    QSignalSpy turns(&live, &session::LiveSession::turnCompleted);
    QVERIFY(live.open(config->endpoint, config->setup));
    QTRY_VERIFY_WITH_TIMEOUT(live.isLive(), 10000);
    const QDateTime origin = QDateTime::currentDateTime();
    captions.setOrigin(origin);

    // The English speaker, then the German one; the simulator's voice activity detection ends
    // each turn after the silence (its clock is the audio's, so this need not be real time).
    const QByteArray silence(32 * 1000, '\0');
    live.sendAudio(QByteArray(m_english + silence));
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 15000);
    QCOMPARE(captions.rowCount(), 1);
    // The second speaker starts once the first has been answered.
    live.sendAudio(QByteArray(m_german + silence));
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 2, 15000);
    live.close();

    // Captions: both pairs, labelled by the language spoken, sides told apart.
    QCOMPARE(captions.rowCount(), 2);
    const QList<CaptionPair> &pairs = captions.pairs();
    QCOMPARE(pairs[0].original.trimmed(), u"Good morning, where is the train station?"_s);
    QCOMPARE(pairs[0].originalLanguage, u"en-US"_s);
    QCOMPARE(pairs[0].translation.trimmed(), u"Guten Morgen, wo ist der Bahnhof?"_s);
    QCOMPARE(pairs[0].translationLanguage, u"de-DE"_s);
    QCOMPARE(pairs[0].side, CaptionSide::SideA);
    QCOMPARE(pairs[1].originalLanguage, u"de-DE"_s);
    QCOMPARE(pairs[1].translation.trimmed(), u"Just around the corner, on the left."_s);
    QCOMPARE(pairs[1].translationLanguage, u"en-US"_s);
    QCOMPARE(pairs[1].side, CaptionSide::SideB);
    for (const CaptionPair &p : pairs) {
        QVERIFY(p.complete);
        QVERIFY(p.startMs >= 0 && p.endMs > p.startMs);
    }
    QVERIFY(pairs[1].startMs >= pairs[0].startMs);
    QCOMPARE(captions.index(1).data(CaptionsModel::OriginalLanguageNameRole).toString(),
             u"German"_s);

    // Subtitles in both formats, read back.
    SubtitleOptions subtitleOptions;
    subtitleOptions.labels = SubtitleLabels::Language;
    const auto cues = subtitleCues(transcript.items(), origin, subtitleOptions);
    QCOMPARE(cues.size(), 4);
    QTemporaryDir dir;
    for (const QString &name : {u"talk.vtt"_s, u"talk.srt"_s}) {
        const QString path = dir.filePath(name);
        QVERIFY2(writeSubtitles(path, cues, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto parsed = name.endsWith(u".vtt") ? parseWebVtt(text, &error)
                                                   : parseSrt(text, &error);
        QVERIFY2(parsed, qPrintable(name + u": "_s + error));
        QCOMPARE(parsed->size(), 4);
        qint64 previous = -1;
        for (const SubtitleCue &c : *parsed) {
            QVERIFY2(c.startMs >= previous, qPrintable(name));
            QVERIFY(c.endMs > c.startMs);
            previous = c.startMs;
        }
        const QString all = [&] {
            QString joined;
            for (const SubtitleCue &c : *parsed)
                joined += c.text + u'\n';
            return joined.replace(u'\n', u' ');
        }();
        QVERIFY2(all.contains(u"[en-US] Good morning"_s), qPrintable(all));
        QVERIFY(all.contains(u"[de-DE] Guten Morgen"_s));
        QVERIFY(all.contains(u"[de-DE] Gleich um die Ecke"_s));
        QVERIFY(all.contains(u"[en-US] Just around the corner"_s));
    }
}

QTEST_GUILESS_MAIN(tst_TranslationSession)
#include "tst_translationsession.moc"
