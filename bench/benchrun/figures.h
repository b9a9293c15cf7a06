// The figures bench/run reports, their budgets, and how they are printed (a table on standard
// output, a Markdown section for docs/benchmarks.md, figures.json for the smoke test).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace livedesk::bench {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// A distribution as median and 95th percentile (nearest rank), or a single value (median only).
struct Summary
{
    int count = 0;
    double median = kNoValue;
    double p95 = kNoValue;

    bool isPresent() const { return count > 0 && std::isfinite(median); }
    static Summary ofValue(double value);
    static Summary of(QList<double> values);
    // The CLI's own {count, median, p95} summary from metrics.json.
    static Summary fromCliJson(const QJsonObject &summary);
    QJsonObject toJson() const;
};

// The three runs of a full bench/run, in table column order.
enum class Run {
    None,
    CliAudio, // livedesk-cli, microphone and speaker
    CliVideo, // the same plus a 1 FPS camera-like video file
    Gui, // livedesk, hands-free, under Xvfb
};
inline constexpr Run kRuns[] = {Run::CliAudio, Run::CliVideo, Run::Gui};
QString runKey(Run run); // "cli_audio", …
QString runTitle(Run run); // "CLI, audio only", …

enum class Shape {
    None,
    Distribution, // median / p95
    Value,
};

struct FigureSpec
{
    QString key;
    QString label;
    QString unit;
    Shape shape = Shape::None;
    int decimals = 0;
    QList<Run> runs; // the runs that must produce it
    // Budgets: the median (or value) must not exceed budgetMax in these runs.
    QList<Run> budgetRuns;
    double budgetMax = kNoValue;
    double budgetMaxCliVideo = kNoValue; // a different budget with video, where there is one
    QString budgetText;
};

// Every figure, in table order.
const QList<FigureSpec> &figureSpecs();

// One run's figures by key; `ran` is false with a reason ("GUI: not built").
struct RunFigures
{
    Run run = Run::None;
    bool ran = false;
    QString notRunReason;
    QJsonObject figures; // key -> Summary::toJson()
    QStringList notes; // what happened during the run worth knowing (missed script steps, …)

    void set(const QString &key, const Summary &summary) { figures[key] = summary.toJson(); }
    Summary get(const QString &key) const;
};

struct Verdict
{
    QStringList missing; // "capture → wire (CLI, audio only)"
    QStringList overBudget; // "capture → wire (CLI, audio only): median 57 ms > 30 ms"
};

Verdict judge(const QList<RunFigures> &runs);

QString formatTable(const QList<RunFigures> &runs, const Verdict &verdict);
QString formatMarkdown(const QList<RunFigures> &runs, const Verdict &verdict,
                       const QString &machineNote);
QJsonObject toJson(const QList<RunFigures> &runs, const Verdict &verdict);

// Replaces the text between the bench/run markers in docs/benchmarks.md. False with an error.
bool replaceDocsSection(const QString &docsPath, const QString &markdown, QString *error);

} // namespace livedesk::bench
