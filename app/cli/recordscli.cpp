#include "app/cli/recordscli.h"

#include "app/cli/clirun.h"
#include "app/cli/exitcode.h"
#include "app/cli/recordscli_history.h"
#include "app/cli/recordscli_timeline.h"
#include "app/conversationrecords.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/logging.h"
#include "app/modes.h"
#include "app/subtitles.h"
#include "audio/recording.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

} // namespace

// --- the shared state of one run --------------------------------------------------------------

// The groups' settings, and what a run keeps through ConversationRecords (the app's code too):
// the recording, subtitles and history entry. What is the CLI's own: file input is recorded
// through the listener timeline that paces it, and --mix.
class CliRecords : public QObject
{
public:
    // What the groups read.
    RecordsSettings settings;
    QList<session::CapabilityWarning> modeNotes;
    bool modeWantsCamera = false;
    QString mixPath;
    double originalLevelDb = -20.0;
    std::shared_ptr<CliHistoryChoice> history = std::make_shared<CliHistoryChoice>();

    bool attach(CliRun &run, QString *error);

private:
    void onSetupCompleted();
    void onStateChanged(session::LiveSession::State state);
    void finalize(const QString &reason);
    void onReplyHoldChanged(bool held);

    CliRun *m_run = nullptr; // not owned; outlives the modules' attach, and finalize() runs first
    Transcript m_transcript;
    HistoryStore m_store;
    RecordingController m_recording;
    std::unique_ptr<ConversationRecords> m_records; // before the recorder and store go
    ListenerTimeline *m_timeline = nullptr; // child
    bool m_attached = false;
    bool m_live = false;
    bool m_finalized = false;
    bool m_finishHeld = false;
    bool m_timelineRecords = false; // the recording is fed by the timeline, not the engine
};

bool CliRecords::attach(CliRun &run, QString *error)
{
    if (m_attached)
        return true;
    m_attached = true;
    m_run = &run;
    for (const auto &note : std::as_const(modeNotes))
        run.warn(note.reason);
    if (modeWantsCamera && !run.options().sharesPictures)
        run.warn(tr("the visual-help mode is about what the camera shows; pass --camera, --screen "
                    "or --video to "
                    "send pictures"));

    // The conversation's transcript, as the app's: what the history and subtitles are made of.
    run.conversation().attachTranscript(&m_transcript);
    session::LiveSession *s = &run.session();
    connect(s, &session::LiveSession::setupCompleted, this, &CliRecords::onSetupCompleted);
    connect(s, &session::LiveSession::stateChanged, this, &CliRecords::onStateChanged);

    if (!history->database.isEmpty() || history->save) {
        const QString path = history->database.isEmpty() ? HistoryStore::defaultPath()
                                                         : history->database;
        if (!m_store.open(path, error))
            return false;
    }
    m_records = std::make_unique<ConversationRecords>(&run.conversation(), &m_transcript,
                                                      &m_recording, &m_store);
    m_records->setSettings(settings);
    connect(m_records.get(), &ConversationRecords::problem, this,
            [this](RecordsProblem, const QString &message) { m_run->warn(message); });
    connect(m_records.get(), &ConversationRecords::recordingFailed, this,
            [this](const QString &message) {
                // A recording that was asked for and could not be written (a full disk) fails
                // the run: exit code 1 with the reason, as docs/cli.md says for any output file.
                if (m_timeline)
                    m_timeline->setRecordingTap(nullptr);
                m_recording.setAudioEngine(nullptr);
                m_run->failOutput(message);
            });
    connect(m_records.get(), &ConversationRecords::recordingStarted, this, [this] {
        // A live microphone records through the engine (the cleaned microphone and the far
        // end as played); file input through the timeline that paces it.
        if (audio::AudioEngine *engine = m_run->bridge().audioEngine()) {
            m_recording.setAudioEngine(engine);
        } else {
            m_timeline->setRecordingTap(m_recording.tap());
            m_timelineRecords = true;
        }
    });
    if (!settings.recordPath.isEmpty() || !mixPath.isEmpty()) {
        m_timeline = new ListenerTimeline(s, run.options().inputPcm, this);
        if (!mixPath.isEmpty() && !m_timeline->openMix(mixPath, originalLevelDb, error))
            return false;
        // The service sends a reply faster than it is spoken: when the last turn completes, the
        // timeline may have seconds of it still to "play". The run ends once they are written,
        // so the recording and the mix hold the whole last reply.
        m_records->setReplyPlayout(ReplyHold::Always, [timeline = m_timeline] {
            return timeline->isReplyPlayedOut();
        });
        connect(m_records.get(), &ConversationRecords::replyHoldChanged, this,
                &CliRecords::onReplyHoldChanged);
        connect(m_timeline, &ListenerTimeline::replyPlayedOut, m_records.get(),
                &ConversationRecords::notifyPlayout);
        m_records->setRecordingFigures([this] {
            // Only the timeline's recording (file input) skips model audio it cannot play.
            if (!m_timelineRecords)
                return QJsonObject();
            return QJsonObject {
                    {u"model_audio_skipped_ms"_s,
                     m_timeline->farDroppedSamples() * 1000 / ListenerTimeline::kSampleRate}};
        });
    }
    return true;
}

void CliRecords::onReplyHoldChanged(bool held)
{
    if (held == m_finishHeld || (held && m_finalized))
        return;
    m_finishHeld = held;
    if (held)
        m_run->holdFinish();
    else
        m_run->releaseFinish();
}

void CliRecords::onSetupCompleted()
{
    if (m_live)
        return; // a resumed connection: the conversation goes on
    m_live = true;
    QString error;
    if (!m_records->begin(&error)) {
        m_run->finish(ExitCode::Failure, error);
        return;
    }
    if (m_timeline)
        m_timeline->start();
}

void CliRecords::onStateChanged(session::LiveSession::State state)
{
    using State = session::LiveSession::State;
    // On Closing, before the run writes its metrics. (When the server closes first, the run
    // has written them already; the files are still completed here.)
    if (state == State::Closing || state == State::Closed)
        finalize(u"closed"_s);
    else if (state == State::Failed)
        finalize(m_run->session().lastError().message);
}

void CliRecords::finalize(const QString &reason)
{
    if (m_finalized || !m_run || !m_live)
        return;
    m_finalized = true;
    if (m_timeline) {
        m_timeline->stop();
        m_timeline->setRecordingTap(nullptr);
    }
    m_records->finish(reason);
    m_recording.setAudioEngine(nullptr);
}

// --- Mode and translation ---------------------------------------------------------------------

namespace {

class ModeCliModule : public CliModule
{
public:
    explicit ModeCliModule(std::shared_ptr<CliRecords> records)
        : m_records(std::move(records))
    { }

    QString title() const override { return tr("Mode and translation"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"mode"_s,
                 tr("What the conversation is for: assistant, visual-help, translate, interpret, "
                    "or the name of a saved mode."),
                 u"MODE"_s},
                {u"source-lang"_s,
                 tr("Language spoken to be translated (BCP-47, e.g. en-US), or auto (default). "
                    "For interpret: the first person's language."),
                 u"L"_s},
                {u"target-lang"_s,
                 tr("Language to translate into (e.g. de-DE). For interpret: the second "
                    "person's language. Alone, it means --mode translate."),
                 u"L"_s},
                {u"translation-notes"_s, tr("Names and terms the translation keeps as they are."),
                 u"TEXT"_s},
                {u"modes"_s, tr("Saved modes file (default: %1).").arg(ModeStore::defaultPath()),
                 u"FILE"_s},
        };
    }

    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        QString wanted = parser.value(u"mode"_s);
        const bool languagesGiven = parser.isSet(u"source-lang"_s)
                                    || parser.isSet(u"target-lang"_s);
        if (wanted.isEmpty())
            wanted = languagesGiven ? u"translator"_s : u"assistant"_s;
        // The command line's verbs for the built-in translation modes.
        if (wanted == u"translate")
            wanted = u"translator"_s;
        else if (wanted == u"interpret")
            wanted = u"interpreter"_s;
        // The saved modes are read only when asked for: a broken file in the person's config
        // folder must not stop runs that do not use it.
        ModeStore store;
        bool builtIn = false;
        for (const ModePreset &m : builtInModes())
            builtIn = builtIn || m.id == wanted;
        if (!builtIn || parser.isSet(u"modes"_s)) {
            const QString path = parser.isSet(u"modes"_s) ? parser.value(u"modes"_s)
                                                          : ModeStore::defaultPath();
            if (parser.isSet(u"modes"_s) && !QFileInfo(path).isReadable()) {
                *error = tr("--modes %1: no such readable file").arg(path);
                return false;
            }
            if (!store.load(path, error))
                return false;
        }
        const auto mode = store.find(wanted);
        if (!mode) {
            QStringList names;
            for (const ModePreset &m : store.modes())
                names << m.id;
            *error = tr("--mode %1: no such mode (known: %2)")
                             .arg(parser.value(u"mode"_s), names.join(u", "_s));
            return false;
        }
        TranslationSettings t = applyMode(*mode, options.session);
        if (parser.isSet(u"source-lang"_s))
            t.sourceLanguage = parser.value(u"source-lang"_s);
        if (parser.isSet(u"target-lang"_s))
            t.targetLanguage = parser.value(u"target-lang"_s);
        if (parser.isSet(u"translation-notes"_s))
            t.notes = parser.value(u"translation-notes"_s);
        if (t.mode == TranslationMode::None && languagesGiven) {
            *error = tr("--source-lang and --target-lang need a translation mode, not %1")
                             .arg(mode->id);
            return false;
        }
        if (const QString problem = validateTranslation(t); !problem.isEmpty()) {
            *error = u"--mode %1: %2"_s.arg(mode->id, problem);
            return false;
        }
        if (t.mode != TranslationMode::None) {
            if (!ensureModelCatalog(options, error))
                return false;
            m_records->modeNotes = applyTranslation(t, options.session, *options.catalog);
        }
        m_records->settings.modeId = mode->id;
        m_records->settings.translation = t;
        m_records->modeWantsCamera = mode->camera;
        if (mode->hearOriginal)
            m_records->originalLevelDb = mode->originalGainDb; // --mix's default level
        return true;
    }

    bool attach(CliRun &run, QString *error) override { return m_records->attach(run, error); }

private:
    std::shared_ptr<CliRecords> m_records;
};

// --- Records ----------------------------------------------------------------------------------

class RecordsCliModule : public CliModule
{
public:
    explicit RecordsCliModule(std::shared_ptr<CliRecords> records)
        : m_records(std::move(records))
    { }

    QString title() const override { return tr("Recording and subtitles"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"record"_s,
                 tr("Record the conversation to an Ogg Opus file: you on the left, the model on "
                    "the right, as heard; its transcript is written beside it as JSON."),
                 u"FILE.opus"_s},
                {u"subtitles"_s,
                 tr("Write subtitles of the conversation, WebVTT or SRT by the extension, timed "
                    "from the start of the recording (or of the session)."),
                 u"FILE.vtt|.srt"_s},
                {u"subtitle-content"_s,
                 tr("What the subtitles show: both (default), original, or translation."),
                 u"WHAT"_s},
                {u"mix"_s,
                 tr("Write what a listener hears: the model's voice with the original speech "
                    "under it (16 kHz WAV)."),
                 u"FILE.wav"_s},
                {u"original-level"_s,
                 tr("Level of the original speech in --mix, in dB (default -20; -60 to 0)."),
                 u"DB"_s},
        };
    }

    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        Q_UNUSED(options)
        RecordsSettings &r = m_records->settings;
        r.recordPath = parser.value(u"record"_s);
        if (!r.recordPath.isEmpty() && !checkRecordPath(r.recordPath, error))
            return false;
        r.subtitlesPath = parser.value(u"subtitles"_s);
        if (!r.subtitlesPath.isEmpty()) {
            if (subtitleFormatForPath(r.subtitlesPath) == SubtitleFormat::None) {
                *error = tr("--subtitles %1: the name must end in .vtt (WebVTT) or .srt")
                                 .arg(r.subtitlesPath);
                return false;
            }
            if (!checkWritableOutput(u"subtitles"_s, r.subtitlesPath, error))
                return false;
        }
        const QString content = parser.value(u"subtitle-content"_s).toLower();
        if (content == u"original")
            r.subtitleContent = SubtitleContent::Original;
        else if (content == u"translation")
            r.subtitleContent = SubtitleContent::Translation;
        else if (!content.isEmpty() && content != u"both") {
            *error = tr("--subtitle-content expects both, original or translation, not \"%1\"")
                             .arg(content);
            return false;
        }
        m_records->mixPath = parser.value(u"mix"_s);
        if (!m_records->mixPath.isEmpty()
            && !checkWritableOutput(u"mix"_s, m_records->mixPath, error))
            return false;
        if (parser.isSet(u"original-level"_s)) {
            bool ok = false;
            m_records->originalLevelDb = parser.value(u"original-level"_s).toDouble(&ok);
            if (!ok || m_records->originalLevelDb < -60 || m_records->originalLevelDb > 0) {
                *error = tr("--original-level expects a level in dB from -60 to 0, not \"%1\"")
                                 .arg(parser.value(u"original-level"_s));
                return false;
            }
        }
        return true;
    }

    bool attach(CliRun &run, QString *error) override { return m_records->attach(run, error); }

private:
    std::shared_ptr<CliRecords> m_records;
};

} // namespace

CliModules recordsCliModules()
{
    auto records = std::make_shared<CliRecords>();
    CliModules modules;
    modules.push_back(std::make_unique<ModeCliModule>(records));
    modules.push_back(std::make_unique<RecordsCliModule>(records));
    modules.push_back(historyCliModule(records->history));
    return modules;
}

} // namespace livedesk::app
