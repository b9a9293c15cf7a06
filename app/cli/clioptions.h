// livedesk-cli's command line, built from flag groups (CliModule). Each group declares its flags,
// reads and checks them before anything connects, may change the session settings, and may wire
// itself to the running conversation. Adding a feature to the CLI (microphone and speaker
// devices, barge-in, speech rate, camera/screen capture, tools and MCP, translate/record/history
// modes) means writing one CliModule and listing it in defaultCliModules(): the parser, the help
// text and the run loop need no change.
#pragma once

#include "app/sessionconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace livedesk::app {

class CliRun;
struct CliOptions;

// Loads options.catalog from options.modelTablePath (app/conversation.h's loadModelCatalog) unless
// it is loaded already.
bool ensureModelCatalog(CliOptions &options, QString *error);

// What the built-in groups read. Groups added later keep their own values in their object.
struct CliOptions
{
    SessionSettings session;
    QString modelTablePath; // replaces the built-in model table
    // The model table, loaded once by the first group that needs it (ensureModelCatalog()).
    std::shared_ptr<const session::ModelCatalog> catalog;
    bool useSimulator = false;

    // Input.
    QString inputWav;
    QByteArray inputPcm; // --input converted to 16 kHz mono s16le, loaded before connecting
    double inputSeconds = 0;
    QStringList inputWarnings; // e.g. a truncated --input file (said before connecting)
    QStringList texts;
    bool fast = false;
    int chunkMs = 40;
    int trailingSilenceMs = 800;

    // Run control.
    int turns = -1; // -1: one model turn per input (--input, each --text)
    int timeoutS = 300; // 0: no limit
    // A live input (the microphone) has no end of its own: without --turns the run goes on
    // until --timeout or Ctrl+C.
    bool liveInput = false;
    // A picture source (--video, --camera, --screen, --window) is shared.
    bool sharesPictures = false;

    // Output.
    QString outputWav;
    QString eventsPath;
    QString metricsPath;
    bool quiet = false;
    bool verbose = false;

    int commandModule = -1; // ParseOutcome::Command: the index of the module that runs it

    int inputSteps() const { return (inputWav.isEmpty() ? 0 : 1) + int(texts.size()); }
    int targetTurns() const { return turns >= 0 ? turns : inputSteps(); }
};

class CliModule
{
public:
    virtual ~CliModule() = default;

    virtual QString title() const = 0; // the help section, e.g. "Input"
    virtual QList<QCommandLineOption> options() const = 0;
    // Options whose value may be left out ("--mic" or "--mic USB"): given without one, they
    // read as an empty value. Each must also be in options(), with a value name.
    virtual QStringList optionalValueOptions() const { return {}; }
    // Flags that print something and exit without running (--list-devices): true with the text
    // to print, checked before any group reads its flags (no credential is needed for them).
    virtual bool answerNow(const QCommandLineParser &parser, QString *text)
    {
        Q_UNUSED(parser)
        Q_UNUSED(text)
        return false;
    }
    // Reads and checks this group's flags. Runs before anything connects: a missing input file
    // is reported here, not after a handshake. Returns false with a one-line `error`.
    virtual bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) = 0;
    // A group may run a command of its own instead of a conversation (--history list): when it
    // claims the command line, only it reads the flags (no credential is needed), positional
    // arguments are its to use, and runCommand() replaces the run, returning the exit code.
    virtual bool claimsCommandLine(const QCommandLineParser &parser) const
    {
        Q_UNUSED(parser)
        return false;
    }
    virtual int runCommand(QTextStream &out, QTextStream &err)
    {
        Q_UNUSED(out)
        Q_UNUSED(err)
        return 0;
    }
    // Wires the group to a starting run (session signals, extra inputs and outputs). Runs after
    // the outputs are open and before the session connects.
    virtual bool attach(CliRun &run, QString *error)
    {
        Q_UNUSED(run)
        Q_UNUSED(error)
        return true;
    }
};

using CliModules = std::vector<std::unique_ptr<CliModule>>;

// Connection, session, input, audio, video, run control, output, tools, in help order.
CliModules defaultCliModules();

// Info: a module answered a flag such as --list-devices; print `message` and exit with 0.
// Command: a module claimed the command line; CliOptions::commandModule says which.
enum class ParseOutcome { Run, Help, Version, Info, Command, Error };

// Parses `arguments` (argv, program name first) with every module's flags. On Error, `message`
// is the one-line reason; on Help, the full help text.
ParseOutcome parseCliArguments(const QStringList &arguments, CliModules &modules,
                               CliOptions &options, QString *message);

QString cliHelpText(const CliModules &modules);

// Flag readers shared by the modules. Both leave `*out` alone and return true when the flag is
// absent; on a bad value they set `error` to a one-line reason naming the flag.
bool readCliInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                qint64 *out, QString *error);
bool readCliInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out,
                QString *error);
// An output file must be creatable: its folder exists and is writable, and it is not a folder.
// An empty path is fine (the output is off).
bool checkWritableOutput(const QString &flag, const QString &path, QString *error);

} // namespace livedesk::app
