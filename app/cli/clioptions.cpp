#include "app/cli/clioptions.h"

#include "app/cli/audiomodule.h"
#include "app/cli/exitcode.h"
#include "app/cli/listencli.h"
#include "app/cli/recordscli.h"
#include "app/cli/resilience.h"
#include "app/cli/toolsmodule.h"
#include "app/cli/videomodule.h"
#include "app/conversation.h"
#include "audio/dsp/wavfile.h"
#include "session/protocol/enums.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

// --- Connection --------------------------------------------------------------------------------

class ConnectionModule : public CliModule
{
public:
    QString title() const override { return tr("Connection"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"endpoint"_s,
                 tr("Base URL of the Live API (default: the Gemini API). The simulator is "
                    "ws://127.0.0.1:PORT."),
                 u"URL"_s},
                {u"api-key"_s,
                 tr("Gemini API key, or an ephemeral token (auth_tokens/...). Default: "
                    "GOOGLE_API_KEY, then GEMINI_API_KEY (as the official SDKs)."),
                 u"KEY"_s},
                {u"api-version"_s, tr("API version (default: v1beta; v1alpha for tokens)."),
                 u"VERSION"_s},
                {u"vertex"_s, tr("Use Vertex AI (needs --vertex-location and --access-token, "
                                 "or an express-mode --api-key).")},
                {u"vertex-project"_s, tr("Vertex AI project."), u"PROJECT"_s},
                {u"vertex-location"_s, tr("Vertex AI location: a region, global, us or eu."),
                 u"LOCATION"_s},
                {u"access-token"_s,
                 tr("Vertex AI OAuth2 access token (e.g. from gcloud auth print-access-token)."),
                 u"TOKEN"_s},
                {u"sim"_s, tr("Start the local simulator in-process and talk to it (no key, no "
                              "network).")},
                {u"models"_s, tr("Model capability table to use instead of the built-in one."),
                 u"FILE"_s},
        };
    }
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        SessionSettings &s = options.session;
        options.useSimulator = parser.isSet(u"sim"_s);
        if (options.useSimulator && parser.isSet(u"endpoint"_s)) {
            *error = tr("use either --sim or --endpoint, not both");
            return false;
        }
        s.endpoint = parser.value(u"endpoint"_s);
        s.apiVersion = parser.value(u"api-version"_s);
        s.backend = parser.isSet(u"vertex"_s) ? session::Backend::VertexAi
                                              : session::Backend::GeminiApi;
        s.vertexProject = parser.value(u"vertex-project"_s);
        s.vertexLocation = parser.value(u"vertex-location"_s);
        s.accessToken = parser.value(u"access-token"_s);
        s.apiKey = parser.value(u"api-key"_s);
        if (s.apiKey.isEmpty() && !parser.isSet(u"api-key"_s))
            s.apiKey = apiKeyFromEnvironment().key;
        if (s.apiKey.isEmpty() && options.useSimulator)
            s.apiKey = u"livedesk-sim"_s; // the simulator takes any non-empty key by default
        if (s.apiKey.isEmpty() && s.accessToken.isEmpty()) {
            *error = s.backend == session::Backend::VertexAi
                             ? tr("no credential: pass --access-token (or an express-mode "
                                  "--api-key)")
                             : tr("no API key: pass --api-key, set GEMINI_API_KEY, or use --sim");
            return false;
        }
        options.modelTablePath = parser.value(u"models"_s);
        if (!options.modelTablePath.isEmpty() && !QFileInfo(options.modelTablePath).isReadable()) {
            *error = tr("--models %1: no such readable file").arg(options.modelTablePath);
            return false;
        }
        return true;
    }
};

// --- Session -----------------------------------------------------------------------------------

class SessionModule : public CliModule
{
public:
    QString title() const override { return tr("Session"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"model"_s, tr("Model id (default: from the model table)."), u"ID"_s},
                {u"voice"_s, tr("Prebuilt voice, e.g. Kore or Puck."), u"NAME"_s},
                {u"language"_s, tr("Speech language (BCP-47), e.g. en-US."), u"CODE"_s},
                {u"system"_s, tr("System instruction."), u"TEXT"_s},
                {u"response"_s, tr("Answer with audio (default) or text."), u"audio|text"_s},
                {u"no-transcription"_s, tr("Do not ask for input and output transcripts.")},
                {u"no-context-compression"_s,
                 tr("Do not ask for context-window compression (sessions then end after 15 "
                    "minutes, 2 with video; sharing video turns it back on).")},
                {u"thinking-budget"_s, tr("Thinking budget in tokens (0 off, -1 automatic)."),
                 u"N"_s},
                {u"thinking-level"_s, tr("Thinking level: minimal, low, medium or high."),
                 u"LEVEL"_s},
                {u"affective-dialog"_s, tr("Ask for affective dialog (where the model has it).")},
                {u"proactive-audio"_s, tr("Ask for proactive audio (where the model has it).")},
        };
    }
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        SessionSettings &s = options.session;
        s.model = parser.value(u"model"_s);
        s.voice = parser.value(u"voice"_s);
        s.languageCode = parser.value(u"language"_s);
        s.systemInstruction = parser.value(u"system"_s);
        const QString response = parser.value(u"response"_s).toLower();
        if (response == "text"_L1)
            s.responseModality = protocol::Modality::Text;
        else if (!response.isEmpty() && response != "audio"_L1) {
            *error = tr("--response expects audio or text, not \"%1\"").arg(response);
            return false;
        }
        s.inputTranscription = s.outputTranscription = !parser.isSet(u"no-transcription"_s);
        s.contextCompression = !parser.isSet(u"no-context-compression"_s);
        if (parser.isSet(u"thinking-budget"_s)) {
            int budget = 0;
            if (!readCliInt(parser, u"thinking-budget"_s, -1, 1 << 20, &budget, error))
                return false;
            s.thinkingBudget = budget;
        }
        if (parser.isSet(u"thinking-level"_s)) {
            const auto level = protocol::enumFromWire<protocol::ThinkingLevel>(
                    parser.value(u"thinking-level"_s).toUpper());
            if (!level || *level == protocol::ThinkingLevel::Unspecified) {
                *error = tr("--thinking-level expects minimal, low, medium or high");
                return false;
            }
            s.thinkingLevel = *level;
        }
        if (parser.isSet(u"affective-dialog"_s))
            s.affectiveDialog = true;
        if (parser.isSet(u"proactive-audio"_s))
            s.proactiveAudio = true;
        return true;
    }
};

// --- Input -------------------------------------------------------------------------------------

class InputModule : public CliModule
{
public:
    QString title() const override { return tr("Input"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"input"_s,
                 tr("Speech to send: a WAV file of any rate and channel count, streamed as 16 kHz "
                    "mono at real-time pace."),
                 u"WAV"_s},
                {u"text"_s, tr("Text to send as a user turn; repeat for several turns."), u"TEXT"_s},
                {u"fast"_s, tr("Send the speech as fast as possible instead of in real time.")},
                {u"chunk-ms"_s, tr("Audio per message in milliseconds (default 40)."), u"MS"_s},
                {u"trailing-silence-ms"_s,
                 tr("Silence sent after the speech, before audioStreamEnd (default 800)."), u"MS"_s},
        };
    }
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        if (!readCliInt(parser, u"chunk-ms"_s, 10, 1000, &options.chunkMs, error)
            || !readCliInt(parser, u"trailing-silence-ms"_s, 0, 60000, &options.trailingSilenceMs,
                           error))
            return false;
        options.fast = parser.isSet(u"fast"_s);
        options.texts = parser.values(u"text"_s);
        for (const QString &text : std::as_const(options.texts)) {
            if (text.trimmed().isEmpty()) {
                *error = tr("--text is empty");
                return false;
            }
        }
        options.inputWav = parser.value(u"input"_s);
        if (!options.inputWav.isEmpty()) {
            const QFileInfo info(options.inputWav);
            if (!info.exists()) {
                *error = tr("--input %1: no such file").arg(options.inputWav);
                return false;
            }
            if (!info.isFile() || !info.isReadable()) {
                *error = tr("--input %1: not a readable file").arg(options.inputWav);
                return false;
            }
            auto pcm = dsp::readWavAsLiveInput(options.inputWav);
            if (!pcm.error.isEmpty()) {
                *error = tr("--input %1: %2").arg(options.inputWav, pcm.error);
                return false;
            }
            if (pcm.pcm.isEmpty()) {
                *error = tr("--input %1: contains no audio").arg(options.inputWav);
                return false;
            }
            options.inputPcm = pcm.pcm;
            options.inputSeconds = pcm.sourceDurationSeconds;
            if (!pcm.warning.isEmpty())
                options.inputWarnings.append(tr("--input %1").arg(pcm.warning));
        }
        return true;
    }
};

// --- Run control -------------------------------------------------------------------------------

class RunModule : public CliModule
{
public:
    QString title() const override { return tr("Run control"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"turns"_s,
                 tr("Exit after N completed model turns (default: one per --input and --text; "
                    "0: exit once the session is set up)."),
                 u"N"_s},
                {u"timeout"_s,
                 tr("Give up after S seconds (default 300; 0: no limit). Exit code 6."), u"S"_s},
        };
    }
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        return readCliInt(parser, u"turns"_s, 0, 100000, &options.turns, error)
               && readCliInt(parser, u"timeout"_s, 0, 7 * 24 * 3600, &options.timeoutS, error);
    }
};

// --- Output ------------------------------------------------------------------------------------

class OutputModule : public CliModule
{
public:
    QString title() const override { return tr("Output"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"output"_s, tr("Write the model's speech to a WAV file (24 kHz mono)."), u"WAV"_s},
                {u"events"_s, tr("Write every event as one JSON object per line."), u"FILE"_s},
                {u"metrics"_s, tr("Write the run's figures as JSON when it ends."), u"FILE"_s},
                {u"quiet"_s, tr("Do not print transcripts on standard output.")},
                {u"verbose"_s, tr("Log connection details and every message kind on standard "
                                  "error (URLs are redacted).")},
        };
    }
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        options.outputWav = parser.value(u"output"_s);
        options.eventsPath = parser.value(u"events"_s);
        options.metricsPath = parser.value(u"metrics"_s);
        options.quiet = parser.isSet(u"quiet"_s);
        options.verbose = parser.isSet(u"verbose"_s);
        return checkWritableOutput(u"output"_s, options.outputWav, error)
               && checkWritableOutput(u"events"_s, options.eventsPath, error)
               && checkWritableOutput(u"metrics"_s, options.metricsPath, error);
    }
};

// "--mic" followed by nothing or by another flag becomes "--mic=" (an empty value); "--mic USB"
// and "--mic=USB" stay as they are. Everything after "--" is left alone.
QStringList withOptionalValues(const QStringList &arguments, const CliModules &modules)
{
    QSet<QString> optional;
    for (const auto &module : modules) {
        for (const QString &name : module->optionalValueOptions())
            optional.insert(u"--"_s + name);
    }
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--"_L1) {
            out += arguments.mid(i);
            break;
        }
        const bool bare = i > 0 && optional.contains(arg)
                          && (i + 1 == arguments.size() || arguments.at(i + 1).startsWith(u'-'));
        out.append(bare ? arg + u'=' : arg);
    }
    return out;
}

QString wrap(const QString &text, int indent, int width)
{
    QString out;
    int column = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column + word.size() + 1 > width && column > indent) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

} // namespace

CliModules defaultCliModules()
{
    CliModules modules;
    modules.push_back(std::make_unique<ConnectionModule>());
    modules.push_back(std::make_unique<SessionModule>());
    // Mode and translation, recording and subtitles, history: after the session group, whose
    // explicit choices (--model, --system) a mode keeps.
    CliModules records = recordsCliModules();
    modules.push_back(std::move(records.front()));
    modules.push_back(std::make_unique<InputModule>());
    modules.push_back(std::make_unique<ResilienceModule>());
    // --listen and --virtual-mic route the audio module's devices: they attach before it.
    auto audio = std::make_unique<AudioCliModule>();
    modules.push_back(std::make_unique<ListenCliModule>(audio.get()));
    modules.push_back(std::move(audio));
    modules.push_back(std::make_unique<VideoCliModule>());
    modules.push_back(std::make_unique<RunModule>());
    modules.push_back(std::make_unique<OutputModule>());
    modules.push_back(std::make_unique<ToolsCliModule>());
    for (size_t i = 1; i < records.size(); ++i)
        modules.push_back(std::move(records[i]));
    return modules;
}

ParseOutcome parseCliArguments(const QStringList &arguments, CliModules &modules,
                               CliOptions &options, QString *message)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
    parser.addOption({u"version"_s, tr("Show the version.")});
    for (const auto &module : modules) {
        for (const QCommandLineOption &option : module->options())
            parser.addOption(option);
    }
    if (!parser.parse(withOptionalValues(arguments, modules))) {
        *message = parser.errorText();
        return ParseOutcome::Error;
    }
    if (parser.isSet(u"help"_s)) {
        *message = cliHelpText(modules);
        return ParseOutcome::Help;
    }
    if (parser.isSet(u"version"_s)) {
        *message = QCoreApplication::applicationName() + u' '
                   + QCoreApplication::applicationVersion();
        return ParseOutcome::Version;
    }
    for (const auto &module : modules) {
        if (module->answerNow(parser, message))
            return ParseOutcome::Info;
    }
    for (size_t i = 0; i < modules.size(); ++i) {
        if (modules[i]->claimsCommandLine(parser)) {
            options.commandModule = int(i);
            return modules[i]->read(parser, options, message) ? ParseOutcome::Command
                                                              : ParseOutcome::Error;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("unexpected argument \"%1\" (see --help)")
                           .arg(parser.positionalArguments().constFirst());
        return ParseOutcome::Error;
    }
    for (const auto &module : modules) {
        if (!module->read(parser, options, message))
            return ParseOutcome::Error;
    }
    return ParseOutcome::Run;
}

QString cliHelpText(const CliModules &modules)
{
    constexpr int kColumn = 32;
    constexpr int kWidth = 100;
    QString help = tr("Usage: livedesk-cli [options]") + u"\n\n"_s
                   + wrap(tr("Drives a whole Gemini Live conversation from files or devices: "
                             "speech, text and pictures in; the model's speech, transcripts, "
                             "events and metrics out."),
                          0, kWidth)
                   + u'\n';
    for (const auto &module : modules) {
        help += u'\n' + module->title() + u":\n"_s;
        const QStringList optional = module->optionalValueOptions();
        for (const QCommandLineOption &option : module->options()) {
            QString names;
            for (const QString &name : option.names())
                names += (names.isEmpty() ? QString() : u", "_s)
                         + (name.size() == 1 ? u"-"_s : u"--"_s) + name;
            if (!option.valueName().isEmpty()) {
                names += optional.contains(option.names().constFirst())
                                 ? QString(u" ["_s + option.valueName() + u']')
                                 : QString(u' ' + option.valueName());
            }
            QString line = u"  "_s + names;
            line += line.size() < kColumn ? QString(kColumn - line.size(), u' ')
                                          : u'\n' + QString(kColumn, u' ');
            help += line + wrap(option.description(), kColumn, kWidth) + u'\n';
        }
    }
    help += u"\n"_s + tr("Other:") + u"\n"_s;
    help += u"  -h, --help"_s + QString(kColumn - 12, u' ') + tr("Show this help.") + u'\n';
    help += u"  --version"_s + QString(kColumn - 11, u' ') + tr("Show the version.") + u'\n';
    help += u"\n"_s + tr("Exit codes:") + u"\n"_s;
    for (const ExitCodeInfo &info : kExitCodes)
        help += u"  "_s + QString::number(int(info.code)).leftJustified(4) + tr(info.meaning)
                + u'\n';
    help += u"\n"_s + tr("Environment:") + u"\n"_s;
    help += u"  GEMINI_API_KEY, GOOGLE_API_KEY  "_s + tr("API key when --api-key is not given.")
            + u"\n"_s;
    help += u"\n"_s + tr("Examples:") + u"\n"_s;
    help += u"  livedesk-cli --sim --text \"What time is it?\"\n"_s;
    help += u"  livedesk-cli --input question.wav --output reply.wav --events events.jsonl "
            "--metrics metrics.json\n"_s;
    help += u"  livedesk-cli --mic --speaker --barge-in stop --turns 4\n"_s;
    help += u"  livedesk-cli --sim --video clip.mp4 --text \"What happens here?\"\n"_s;
    help += u"  livedesk-cli --mcp-config mcp.json --approve-tools \"fs__*\" --text \"Read notes.txt\"\n"_s;
    help += u"\n"_s + tr("Formats of the event and metrics files: docs/cli.md.") + u'\n';
    return help;
}

bool readCliInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = tr("--%1 expects a whole number from %2 to %3, not \"%4\"")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

bool readCliInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out,
                QString *error)
{
    qint64 value = *out;
    if (!readCliInt(parser, name, qint64(min), qint64(max), &value, error))
        return false;
    *out = int(value);
    return true;
}

bool checkWritableOutput(const QString &flag, const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir()) {
        *error = tr("--%1 %2: the folder %3 does not exist").arg(flag, path, dir.filePath());
        return false;
    }
    if (info.isDir()) {
        *error = tr("--%1 %2: is a folder, not a file").arg(flag, path);
        return false;
    }
    if (!dir.isWritable() || (info.exists() && !info.isWritable())) {
        *error = tr("--%1 %2: not writable").arg(flag, path);
        return false;
    }
    return true;
}

bool ensureModelCatalog(CliOptions &options, QString *error)
{
    if (options.catalog)
        return true;
    auto catalog = loadModelCatalog(options.modelTablePath, error);
    if (!catalog)
        return false;
    options.catalog = std::make_shared<const session::ModelCatalog>(std::move(*catalog));
    return true;
}

} // namespace livedesk::app
