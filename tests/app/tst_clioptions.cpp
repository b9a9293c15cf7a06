// livedesk-cli's command line: every bad input is a usage error with a specific one-line reason,
// found before anything connects (a corrupt video, a bad tools file, impossible device flags);
// flags with an optional value ("--mic", "--mic USB"); --list-devices answers without a key; the
// help lists every flag group and the exit codes.
#include "app/cli/audiomodule.h"
#include "app/cli/clioptions.h"
#include "app/cli/exitcode.h"
#include "app/cli/toolsmodule.h"
#include "app/cli/videomodule.h"
#include "audio/dsp/wavfile.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::app;
using namespace Qt::StringLiterals;

class tst_CliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejected_data();
    void rejected();
    void accepted();
    void apiKeyFromEnvironment();
    void optionalValues_data();
    void optionalValues();
    void microphoneRunsUntilStopped();
    void listDevicesNeedsNoKey();
    void help();
    void exitCodesAreDistinct();

private:
    template<typename Module>
    static Module *find(CliModules &modules)
    {
        for (auto &m : modules) {
            if (auto *found = dynamic_cast<Module *>(m.get()))
                return found;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_jpeg;
};

void tst_CliOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("GEMINI_API_KEY");
    qunsetenv("GOOGLE_API_KEY");
    // 0.5 s of a 440 Hz tone at 44.1 kHz stereo: the CLI must take any rate and channel count.
    QByteArray pcm;
    for (int i = 0; i < 22050; ++i) {
        const qint16 s = qint16(8000 * std::sin(2 * M_PI * 440 * i / 44100.0));
        pcm.append(reinterpret_cast<const char *>(&s), 2)
                .append(reinterpret_cast<const char *>(&s), 2);
    }
    m_wav = m_dir.filePath(u"tone.wav"_s);
    QVERIFY(livedesk::dsp::writeWav(m_wav, pcm, 44100, 2));
    m_jpeg = m_dir.filePath(u"frames/a.jpg"_s);
    QDir(m_dir.path()).mkdir(u"frames"_s);
    QDir(m_dir.path()).mkdir(u"empty"_s);
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(m_jpeg, "JPEG"));
    QFile corruptVideo(m_dir.filePath(u"broken.mp4"_s));
    QVERIFY(corruptVideo.open(QIODevice::WriteOnly));
    corruptVideo.write(QByteArray(4096, 'x'));
    corruptVideo.close();
    QFile badTools(m_dir.filePath(u"tools.json"_s));
    QVERIFY(badTools.open(QIODevice::WriteOnly));
    badTools.write(
            R"({"tools":[{"name":"x","description":"d","command":{"program":"ls","args":["{nope}"]}}]})");
    badTools.close();
    QFile badMcp(m_dir.filePath(u"mcp.json"_s));
    QVERIFY(badMcp.open(QIODevice::WriteOnly));
    badMcp.write("{ not json");
    badMcp.close();
    QFile notWav(m_dir.filePath(u"notes.wav"_s));
    QVERIFY(notWav.open(QIODevice::WriteOnly));
    notWav.write("these are not audio samples");
}

void tst_CliOptions::rejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString dir = m_dir.path();
    QTest::newRow("a missing input file, before connecting")
            << QStringList {u"--sim"_s, u"--input"_s, dir + u"/missing.wav"_s} << u"no such file"_s;
    QTest::newRow("an input file that is not a WAV")
            << QStringList {u"--sim"_s, u"--input"_s, dir + u"/notes.wav"_s} << u"notes.wav"_s;
    QTest::newRow("an input that is a folder")
            << QStringList {u"--sim"_s, u"--input"_s, dir} << u"not a readable file"_s;
    QTest::newRow("a video file that is not a picture or a video")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/notes.wav"_s} << u"notes.wav"_s;
    QTest::newRow("a corrupt video file")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/broken.mp4"_s} << u"broken.mp4"_s;
    QTest::newRow("a video folder with no images")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/empty"_s} << u"no images"_s;
    QTest::newRow("a video that does not exist")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/none.mp4"_s} << u"does not exist"_s;
    QTest::newRow("two picture sources at once")
            << QStringList {u"--sim"_s, u"--video"_s, m_jpeg, u"--camera"_s} << u"one picture"_s;
    QTest::newRow("more than one frame per second")
            << QStringList {u"--sim"_s, u"--video"_s, m_jpeg, u"--max-fps"_s, u"2"_s}
            << u"--max-fps"_s;
    QTest::newRow("a JPEG quality of zero")
            << QStringList {u"--sim"_s, u"--video"_s, m_jpeg, u"--jpeg-quality"_s, u"0"_s}
            << u"--jpeg-quality"_s;
    QTest::newRow("frames too small to see anything")
            << QStringList {u"--sim"_s, u"--video"_s, m_jpeg, u"--max-side"_s, u"10"_s}
            << u"--max-side"_s;
    QTest::newRow("an encoder flag without a picture source")
            << QStringList {u"--sim"_s, u"--max-fps"_s, u"0.5"_s} << u"picture source"_s;
    QTest::newRow("an unknown media resolution")
            << QStringList {u"--sim"_s, u"--media-resolution"_s, u"ultra"_s}
            << u"--media-resolution"_s;
    QTest::newRow("the microphone and a speech file together")
            << QStringList {u"--sim"_s, u"--mic"_s, u"--input"_s, m_wav} << u"either --mic"_s;
    QTest::newRow("a talk mode without a microphone")
            << QStringList {u"--sim"_s, u"--talk-mode"_s, u"local-voice"_s} << u"needs --mic"_s;
    QTest::newRow("push-to-talk, which needs a person at a key")
            << QStringList {u"--sim"_s, u"--mic"_s, u"--talk-mode"_s, u"push-to-talk"_s}
            << u"--talk-mode expects"_s;
    QTest::newRow("an unknown barge-in mode")
            << QStringList {u"--sim"_s, u"--mic"_s, u"--speaker"_s, u"--barge-in"_s, u"loud"_s}
            << u"--barge-in expects"_s;
    QTest::newRow("barge-in without a speaker")
            << QStringList {u"--sim"_s, u"--mic"_s, u"--barge-in"_s, u"stop"_s}
            << u"--mic and --speaker"_s;
    QTest::newRow("a speech rate of three")
            << QStringList {u"--sim"_s, u"--speaker"_s, u"--speech-rate"_s, u"3"_s}
            << u"0.5 to 2.0"_s;
    QTest::newRow("no echo cancellation without a microphone")
            << QStringList {u"--sim"_s, u"--no-aec"_s} << u"needs --mic"_s;
    QTest::newRow("an approval list with a bad tool name")
            << QStringList {u"--sim"_s, u"--approve-tools"_s, u"rm -rf"_s} << u"--approve-tools"_s;
    QTest::newRow("a tools file that does not exist")
            << QStringList {u"--sim"_s, u"--tools"_s, dir + u"/none.json"_s} << u"no such file"_s;
    QTest::newRow("a tools file with an unknown placeholder")
            << QStringList {u"--sim"_s, u"--tools"_s, dir + u"/tools.json"_s} << u"nope"_s;
    QTest::newRow("an MCP configuration that is not JSON")
            << QStringList {u"--sim"_s, u"--mcp-config"_s, dir + u"/mcp.json"_s} << u"mcp.json"_s;
    QTest::newRow("an output in a folder that does not exist")
            << QStringList {u"--sim"_s, u"--output"_s, dir + u"/no/such/reply.wav"_s}
            << u"does not exist"_s;
    QTest::newRow("events written over a folder")
            << QStringList {u"--sim"_s, u"--events"_s, dir} << u"is a folder"_s;
    QTest::newRow("--sim and --endpoint together")
            << QStringList {u"--sim"_s, u"--endpoint"_s, u"ws://127.0.0.1:1"_s} << u"either"_s;
    QTest::newRow("no API key anywhere") << QStringList {u"--text"_s, u"hi"_s} << u"API key"_s;
    QTest::newRow("turns that are not a number")
            << QStringList {u"--sim"_s, u"--turns"_s, u"two"_s} << u"--turns"_s;
    QTest::newRow("a negative timeout")
            << QStringList {u"--sim"_s, u"--timeout"_s, u"-1"_s} << u"--timeout"_s;
    QTest::newRow("an absurd chunk size")
            << QStringList {u"--sim"_s, u"--chunk-ms"_s, u"5000"_s} << u"--chunk-ms"_s;
    QTest::newRow("an empty text") << QStringList {u"--sim"_s, u"--text"_s, u" "_s} << u"empty"_s;
    QTest::newRow("an unknown response modality")
            << QStringList {u"--sim"_s, u"--response"_s, u"video"_s} << u"--response"_s;
    QTest::newRow("an unknown flag")
            << QStringList {u"--sim"_s, u"--microphone"_s} << u"microphone"_s;
    QTest::newRow("a stray argument") << QStringList {u"--sim"_s, u"hello"_s} << u"hello"_s;
    QTest::newRow("a compression setting with compression off")
            << QStringList {u"--sim"_s, u"--no-context-compression"_s, u"--compression-trigger"_s,
                            u"1000"_s}
            << u"--no-context-compression"_s;
    QTest::newRow("a compression target above its trigger")
            << QStringList {u"--sim"_s, u"--compression-trigger"_s, u"1000"_s,
                            u"--compression-target"_s, u"2000"_s}
            << u"smaller"_s;
    QTest::newRow("an unknown stall retry")
            << QStringList {u"--sim"_s, u"--stall-retry"_s, u"pray"_s} << u"pray"_s;
    QTest::newRow("a negative stall timeout")
            << QStringList {u"--sim"_s, u"--stall-timeout"_s, u"-1"_s} << u"stall-timeout"_s;
    QTest::newRow("failover locations outside Vertex AI")
            << QStringList {u"--sim"_s, u"--failover-location"_s, u"us"_s} << u"Vertex"_s;
    QTest::newRow("a model table that does not exist")
            << QStringList {u"--sim"_s, u"--models"_s, dir + u"/none.json"_s} << u"none.json"_s;
}

void tst_CliOptions::rejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    CliModules modules = defaultCliModules();
    CliOptions options;
    QString message;
    QCOMPARE(parseCliArguments(QStringList {u"livedesk-cli"_s} + args, modules, options, &message),
             ParseOutcome::Error);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), "one line");
}

void tst_CliOptions::accepted()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    const QStringList args {u"livedesk-cli"_s, u"--sim"_s,
                            u"--input"_s,      m_wav,
                            u"--text"_s,       u"one"_s,
                            u"--text"_s,       u"two"_s,
                            u"--video"_s,      m_dir.filePath(u"frames"_s),
                            u"--voice"_s,      u"Kore"_s,
                            u"--system"_s,     u"Be brief"_s,
                            u"--fast"_s};
    QCOMPARE(parseCliArguments(args, modules, o, &message), ParseOutcome::Run);
    QVERIFY(o.useSimulator);
    QCOMPARE(o.session.apiKey, u"livedesk-sim"_s);
    QCOMPARE(o.texts, (QStringList {u"one"_s, u"two"_s}));
    QCOMPARE(o.inputSteps(), 3);
    QCOMPARE(o.targetTurns(), 3);
    QVERIFY(o.fast);
    // 0.5 s at 44.1 kHz stereo becomes 0.5 s at 16 kHz mono.
    QVERIFY2(qAbs(o.inputPcm.size() - 16000) <= 64, qPrintable(QString::number(o.inputPcm.size())));
    const auto *video = find<VideoCliModule>(modules);
    QCOMPARE(video->request().kind, livedesk::video::SourceKind::File);
    QCOMPARE(video->request().argument, m_dir.filePath(u"frames"_s));
    QCOMPARE(video->settings().policy.maxFps, 1.0);
    QCOMPARE(video->settings().encoder.maxSidePx, 1024); // the default media resolution
    QVERIFY(find<ToolsCliModule>(modules)->builtinsEnabled());
    QVERIFY(!find<AudioCliModule>(modules)->usesMicrophone());
    QVERIFY(!o.liveInput);
    QCOMPARE(o.timeoutS, 300);

    CliModules again = defaultCliModules();
    CliOptions p;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-builtin-tools"_s,
                                u"--turns"_s, u"0"_s},
                               again, p, &message),
             ParseOutcome::Run);
    QVERIFY(!find<ToolsCliModule>(again)->builtinsEnabled());
    QCOMPARE(p.targetTurns(), 0);
    // Recovery is on by default; the switches turn its parts off or tune them.
    QVERIFY(p.session.sessionResumption);
    QVERIFY(p.session.contextCompression);

    CliModules recovery = defaultCliModules();
    CliOptions rq;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-resumption"_s,
                                u"--compression-trigger"_s, u"25600"_s, u"--compression-target"_s,
                                u"12800"_s, u"--stall-timeout"_s, u"2.5"_s, u"--stall-retry"_s,
                                u"reconnect"_s},
                               recovery, rq, &message),
             ParseOutcome::Run);
    QVERIFY(!rq.session.sessionResumption);
    QCOMPARE(rq.session.compressionTriggerTokens, std::optional<qint64>(25600));
    QCOMPARE(rq.session.compressionTargetTokens, std::optional<qint64>(12800));

    // Sharing video asks for context-window compression even when it was turned off.
    CliModules third = defaultCliModules();
    CliOptions q;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-context-compression"_s,
                                u"--text"_s, u"hi"_s},
                               third, q, &message),
             ParseOutcome::Run);
    QVERIFY(!q.session.contextCompression);
    CliModules fourth = defaultCliModules();
    CliOptions r;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-context-compression"_s,
                                u"--video"_s, m_jpeg, u"--media-resolution"_s, u"low"_s,
                                u"--max-fps"_s, u"0.5"_s},
                               fourth, r, &message),
             ParseOutcome::Run);
    QVERIFY(r.session.contextCompression);
    QCOMPARE(find<VideoCliModule>(fourth)->settings().encoder.maxSidePx, 512);
    QCOMPARE(find<VideoCliModule>(fourth)->settings().policy.maxFps, 0.5);
}

void tst_CliOptions::optionalValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("mic");
    QTest::addColumn<QString>("micName");
    QTest::addColumn<bool>("speaker");
    QTest::addColumn<QString>("speakerName");

    QTest::newRow("a bare --mic at the end is the default microphone")
            << QStringList {u"--mic"_s} << true << QString() << false << QString();
    QTest::newRow("a bare --mic before another flag")
            << QStringList {u"--mic"_s, u"--speaker"_s} << true << QString() << true << QString();
    QTest::newRow("a device name after the flag")
            << QStringList {u"--mic"_s, u"USB Headset"_s, u"--speaker"_s, u"HDMI"_s} << true
            << u"USB Headset"_s << true << u"HDMI"_s;
    QTest::newRow("a device name after an equals sign")
            << QStringList {u"--speaker=livedesk_speaker"_s, u"--mic"_s} << true << QString()
            << true << u"livedesk_speaker"_s;
}

void tst_CliOptions::optionalValues()
{
    QFETCH(QStringList, args);
    QFETCH(bool, mic);
    QFETCH(QString, micName);
    QFETCH(bool, speaker);
    QFETCH(QString, speakerName);
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parseCliArguments(QStringList {u"livedesk-cli"_s, u"--sim"_s} + args, modules, o,
                               &message),
             ParseOutcome::Run);
    const auto *audio = find<AudioCliModule>(modules);
    QCOMPARE(audio->usesMicrophone(), mic);
    QCOMPARE(audio->microphoneName(), micName);
    QCOMPARE(audio->usesSpeaker(), speaker);
    QCOMPARE(audio->speakerName(), speakerName);
}

void tst_CliOptions::microphoneRunsUntilStopped()
{
    // Without --turns and --timeout a microphone run has no end of its own.
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--mic"_s, u"--talk-mode"_s,
                                u"local-voice"_s},
                               modules, o, &message),
             ParseOutcome::Run);
    QVERIFY(o.liveInput);
    QCOMPARE(o.timeoutS, 0);
    QVERIFY(find<AudioCliModule>(modules)->talkMode() == TalkMode::LocalVoice);
    QCOMPARE(find<AudioCliModule>(modules)->engineSettings().direction,
             livedesk::audio::AudioDirection::Capture);

    CliModules again = defaultCliModules();
    CliOptions p;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--mic"_s, u"--speaker"_s,
                                u"--timeout"_s, u"30"_s, u"--no-aec"_s, u"--barge-in"_s, u"stop"_s,
                                u"--speech-rate"_s, u"1.5"_s},
                               again, p, &message),
             ParseOutcome::Run);
    QCOMPARE(p.timeoutS, 30);
    const auto &settings = find<AudioCliModule>(again)->engineSettings();
    QCOMPARE(settings.direction, livedesk::audio::AudioDirection::Duplex);
    QVERIFY(!settings.processing.echoCancellation);
    QVERIFY(settings.bargeIn == livedesk::audio::BargeInMode::Stop);
    QCOMPARE(settings.speechRate, 1.5);
}

void tst_CliOptions::listDevicesNeedsNoKey()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString text;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--list-devices"_s}, modules, o, &text),
             ParseOutcome::Info);
    for (const QString &section : {u"Microphones"_s, u"Speakers"_s, u"Cameras"_s, u"Screens"_s})
        QVERIFY2(text.contains(section), qPrintable(text));
}

void tst_CliOptions::apiKeyFromEnvironment()
{
    qputenv("GOOGLE_API_KEY", "from-google");
    qputenv("GEMINI_API_KEY", "from-gemini");
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--text"_s, u"hi"_s}, modules, o, &message),
             ParseOutcome::Run);
    QCOMPARE(o.session.apiKey, u"from-google"_s); // as the official SDKs
    qunsetenv("GOOGLE_API_KEY");
    CliModules again = defaultCliModules();
    CliOptions p;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--text"_s, u"hi"_s}, again, p, &message),
             ParseOutcome::Run);
    QCOMPARE(p.session.apiKey, u"from-gemini"_s);
    qunsetenv("GEMINI_API_KEY");
}

void tst_CliOptions::help()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString help;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--help"_s}, modules, o, &help),
             ParseOutcome::Help);
    for (const auto &module : modules)
        QVERIFY2(help.contains(module->title() + u':'), qPrintable(module->title()));
    for (const ExitCodeInfo &info : kExitCodes)
        QVERIFY(help.contains(u"  "_s + QString::number(int(info.code)).leftJustified(4)
                              + QString::fromLatin1(info.meaning)));
    for (const QString &flag : {u"--endpoint"_s,
                                u"--api-key"_s,
                                u"--model"_s,
                                u"--voice"_s,
                                u"--system"_s,
                                u"--input"_s,
                                u"--text"_s,
                                u"--video"_s,
                                u"--fast"_s,
                                u"--output"_s,
                                u"--events"_s,
                                u"--metrics"_s,
                                u"--turns"_s,
                                u"--timeout"_s,
                                u"--sim"_s,
                                u"--mic"_s,
                                u"--speaker"_s,
                                u"--list-devices"_s,
                                u"--no-aec"_s,
                                u"--barge-in"_s,
                                u"--speech-rate"_s,
                                u"--talk-mode"_s,
                                u"--camera"_s,
                                u"--screen"_s,
                                u"--window"_s,
                                u"--max-fps"_s,
                                u"--jpeg-quality"_s,
                                u"--max-side"_s,
                                u"--tools"_s,
                                u"--mcp-config"_s,
                                u"--approve-tools"_s,
                                u"--google-search"_s,
                                u"--no-reconnect"_s,
                                u"--stall-timeout"_s,
                                u"--failover-location"_s})
        QVERIFY2(help.contains(flag + u' '), qPrintable(flag));
    QVERIFY(help.contains(u"--mic [DEVICE]"_s));
    QVERIFY(help.contains(u"--screen [N]"_s));
}

void tst_CliOptions::exitCodesAreDistinct()
{
    QSet<int> codes;
    for (const ExitCodeInfo &info : kExitCodes)
        codes.insert(int(info.code));
    QCOMPARE(codes.size(), int(std::size(kExitCodes)));
    using C = livedesk::session::ErrorCategory;
    QCOMPARE(exitCodeFor(C::Auth), ExitCode::Auth);
    QCOMPARE(exitCodeFor(C::ModelConfig), ExitCode::ModelConfig);
    QCOMPARE(exitCodeFor(C::Network), ExitCode::Network);
    QCOMPARE(exitCodeFor(C::Timeout), ExitCode::Timeout);
    QCOMPARE(int(ExitCode::Device), 10);
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
