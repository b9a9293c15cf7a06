#include "bench/benchrun/figures.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::bench {

Summary Summary::ofValue(double value)
{
    Summary s;
    if (std::isfinite(value)) {
        s.count = 1;
        s.median = value;
    }
    return s;
}

Summary Summary::of(QList<double> values)
{
    values.removeIf([](double v) { return !std::isfinite(v); });
    Summary s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    s.count = int(n);
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    // Nearest rank, as the CLI's LatencyProbe computes it.
    s.p95 = values[std::clamp<qsizetype>(qsizetype(std::ceil(0.95 * double(n))) - 1, 0, n - 1)];
    return s;
}

Summary Summary::fromCliJson(const QJsonObject &summary)
{
    Summary s;
    s.count = summary.value(u"count"_s).toInt();
    if (s.count > 0) {
        s.median = summary.value(u"median"_s).toDouble(kNoValue);
        s.p95 = summary.value(u"p95"_s).toDouble(kNoValue);
    }
    return s;
}

QJsonObject Summary::toJson() const
{
    QJsonObject o {{u"count"_s, count}};
    if (std::isfinite(median))
        o[u"median"_s] = median;
    if (std::isfinite(p95))
        o[u"p95"_s] = p95;
    return o;
}

QString runKey(Run run)
{
    switch (run) {
    case Run::CliAudio:
        return u"cli_audio"_s;
    case Run::CliVideo:
        return u"cli_video"_s;
    case Run::Gui:
        return u"gui"_s;
    case Run::None:
        break;
    }
    return u"none"_s;
}

QString runTitle(Run run)
{
    switch (run) {
    case Run::CliAudio:
        return u"CLI, audio only"_s;
    case Run::CliVideo:
        return u"CLI, with video"_s;
    case Run::Gui:
        return u"GUI, audio only"_s;
    case Run::None:
        break;
    }
    return {};
}

const QList<FigureSpec> &figureSpecs()
{
    using enum Run;
    const QList<Run> cli {CliAudio, CliVideo};
    const QList<Run> all {CliAudio, CliVideo, Gui};
    static const QList<FigureSpec> specs {
            {u"conversation_minutes"_s, u"conversation measured"_s, u"min"_s, Shape::Value, 2, all},
            {u"capture_to_wire_ms"_s, u"capture → wire (each message's newest sample)"_s, u"ms"_s,
             Shape::Distribution, 0, all, all, 30, kNoValue, u"≤ 30 ms"_s},
            {u"capture_to_wire_oldest_ms"_s,
             u"capture → wire from the oldest sample (+ 40 ms chunk)"_s, u"ms"_s,
             Shape::Distribution, 0, all},
            {u"receive_to_speaker_ms"_s, u"receive → speaker"_s, u"ms"_s, Shape::Distribution, 0,
             all, all, 80, kNoValue, u"≤ 80 ms"_s},
            {u"barge_in_ms"_s, u"barge-in: speech onset → model silenced"_s, u"ms"_s,
             Shape::Distribution, 0, all, all, 150, kNoValue, u"≤ 150 ms"_s},
            {u"speech_end_to_first_audio_ms"_s, u"speech end → first model audio, measured"_s,
             u"ms"_s, Shape::Distribution, 0, all},
            {u"speech_end_client_share_ms"_s, u"speech end → first model audio, client share"_s,
             u"ms"_s, Shape::Distribution, 0, all},
            {u"cpu_percent"_s, u"CPU (user + system), share of one core"_s, u"%"_s, Shape::Value, 2,
             all, cli, 3, 5, u"≤ 3 % audio, ≤ 5 % video (CLI)"_s},
            {u"cpu_seconds_per_minute"_s,
             u"CPU per minute of conversation"_s,
             u"s"_s,
             Shape::Value,
             2,
             all,
             {Gui},
             6,
             kNoValue,
             u"≤ 6 s (GUI)"_s},
            {u"cpu_idle_seconds_per_minute"_s,
             u"CPU per minute idle (the script's pauses)"_s,
             u"s"_s,
             Shape::Value,
             2,
             {Gui},
             {Gui},
             1,
             kNoValue,
             u"≤ 1 s (GUI)"_s},
            {u"frames_talking_per_minute"_s,
             u"frames rendered per minute, talking"_s,
             {},
             Shape::Value,
             0,
             {Gui}},
            {u"frames_idle_per_minute"_s,
             u"frames rendered per minute, idle"_s,
             {},
             Shape::Value,
             0,
             {Gui}},
            {u"rss_peak_mb"_s, u"peak resident memory (VmHWM)"_s, u"MB"_s, Shape::Value, 1, all},
            {u"rss_steady_mb"_s, u"steady resident memory (median VmRSS, 2nd half)"_s, u"MB"_s,
             Shape::Value, 1, all},
            {u"pss_peak_mb"_s,
             u"peak proportional memory (largest Pss sampled)"_s,
             u"MB"_s,
             Shape::Value,
             1,
             {Gui},
             {Gui},
             150,
             kNoValue,
             u"≤ 150 MB (GUI)"_s},
            {u"pss_steady_mb"_s,
             u"steady proportional memory (median Pss, 2nd half)"_s,
             u"MB"_s,
             Shape::Value,
             1,
             {Gui},
             {Gui},
             150,
             kNoValue,
             u"≤ 150 MB (GUI)"_s},
            {u"bytes_up_kb_per_minute"_s, u"bytes up per minute"_s, u"kB"_s, Shape::Value, 0, all},
            {u"bytes_down_kb_per_minute"_s, u"bytes down per minute"_s, u"kB"_s, Shape::Value, 0,
             all},
            {u"frames_sent"_s, u"video frames sent"_s, {}, Shape::Value, 0, cli},
            {u"tokens_per_minute"_s, u"tokens per minute (usage reports)"_s, {}, Shape::Value, 0, all},
            {u"cost_usd_per_minute"_s, u"estimated cost per minute"_s, u"USD"_s, Shape::Value, 4,
             all},
            {u"handover_gap_ms"_s, u"goAway handover gap"_s, u"ms"_s, Shape::Distribution, 0, all,
             all, 300, kNoValue, u"≤ 300 ms"_s},
            {u"startup_window_ms"_s,
             u"start-up: process start → window shown"_s,
             u"ms"_s,
             Shape::Value,
             0,
             {Gui},
             {Gui},
             1000,
             kNoValue,
             u"≤ 1 s"_s},
            {u"startup_live_ms"_s,
             u"start-up: process start → session live"_s,
             u"ms"_s,
             Shape::Value,
             0,
             {Gui}},
    };
    return specs;
}

Summary RunFigures::get(const QString &key) const
{
    const QJsonObject o = figures.value(key).toObject();
    Summary s;
    s.count = o.value(u"count"_s).toInt();
    s.median = o.value(u"median"_s).toDouble(kNoValue);
    s.p95 = o.value(u"p95"_s).toDouble(kNoValue);
    return s;
}

namespace {

double budgetFor(const FigureSpec &spec, Run run)
{
    if (!spec.budgetRuns.contains(run))
        return kNoValue;
    if (run == Run::CliVideo && std::isfinite(spec.budgetMaxCliVideo))
        return spec.budgetMaxCliVideo;
    return spec.budgetMax;
}

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : u"?"_s;
}

QString cell(const FigureSpec &spec, const RunFigures &run)
{
    if (!spec.runs.contains(run.run))
        return {};
    if (!run.ran)
        return u"—"_s;
    const Summary s = run.get(spec.key);
    if (!s.isPresent())
        return u"missing"_s;
    const QString unit = spec.unit.isEmpty() ? QString() : u" "_s + spec.unit;
    if (spec.shape == Shape::Distribution) {
        return u"%1 / %2%3 (n=%4)"_s
                .arg(number(s.median, spec.decimals), number(s.p95, spec.decimals), unit)
                .arg(s.count);
    }
    return number(s.median, spec.decimals) + unit;
}

const RunFigures *findRun(const QList<RunFigures> &runs, Run run)
{
    for (const RunFigures &r : runs) {
        if (r.run == run)
            return &r;
    }
    return nullptr;
}

} // namespace

Verdict judge(const QList<RunFigures> &runs)
{
    Verdict verdict;
    for (const FigureSpec &spec : figureSpecs()) {
        for (Run run : spec.runs) {
            const RunFigures *r = findRun(runs, run);
            if (!r || !r->ran)
                continue;
            const Summary s = r->get(spec.key);
            const QString where = u"%1 (%2)"_s.arg(spec.label, runTitle(run));
            if (!s.isPresent()) {
                verdict.missing << where;
                continue;
            }
            const double limit = budgetFor(spec, run);
            if (std::isfinite(limit) && s.median > limit) {
                verdict.overBudget
                        << u"%1: %2 %3 %4 > %5 %4"_s.arg(where,
                                                         spec.shape == Shape::Distribution
                                                                 ? u"median"_s
                                                                 : u"value"_s,
                                                         number(s.median, spec.decimals), spec.unit,
                                                         number(limit, spec.decimals));
            }
        }
    }
    return verdict;
}

QString formatTable(const QList<RunFigures> &runs, const Verdict &verdict)
{
    // Distributions read "median / p95 (n)"; budgets apply to the median (or the value).
    QString out;
    out += u"%1  %2  %3  %4  %5\n"_s.arg(u"figure"_s, -62)
                   .arg(runTitle(Run::CliAudio), -26)
                   .arg(runTitle(Run::CliVideo), -26)
                   .arg(runTitle(Run::Gui), -18)
                   .arg(u"budget"_s);
    for (const FigureSpec &spec : figureSpecs()) {
        QStringList cells;
        for (Run run : kRuns) {
            const RunFigures *r = findRun(runs, run);
            cells << (r ? cell(spec, *r) : QString());
        }
        out += u"%1  %2  %3  %4  %5\n"_s.arg(spec.label, -62)
                       .arg(cells[0], -26)
                       .arg(cells[1], -26)
                       .arg(cells[2], -18)
                       .arg(spec.budgetText);
    }
    for (Run run : kRuns) {
        const RunFigures *r = findRun(runs, run);
        if (r && !r->ran)
            out += u"%1: %2\n"_s.arg(runTitle(run), r->notRunReason);
        if (r) {
            for (const QString &note : r->notes)
                out += u"%1: note: %2\n"_s.arg(runTitle(run), note);
        }
    }
    for (const QString &m : verdict.missing)
        out += u"MISSING: %1\n"_s.arg(m);
    for (const QString &o : verdict.overBudget)
        out += u"OVER BUDGET: %1\n"_s.arg(o);
    return out;
}

QString formatMarkdown(const QList<RunFigures> &runs, const Verdict &verdict,
                       const QString &machineNote)
{
    QString out = machineNote + u"\n\n"_s;
    out += u"| figure | %1 | %2 | %3 | budget |\n|---|---|---|---|---|\n"_s
                   .arg(runTitle(Run::CliAudio), runTitle(Run::CliVideo), runTitle(Run::Gui));
    for (const FigureSpec &spec : figureSpecs()) {
        QStringList cells;
        for (Run run : kRuns) {
            const RunFigures *r = findRun(runs, run);
            cells << (r ? cell(spec, *r) : QString());
        }
        out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(spec.label, cells[0], cells[1], cells[2],
                                                     spec.budgetText);
    }
    out += u"\nDistributions read median / p95 (n); a budget applies to the median, or to the "
           u"single value.\n"_s;
    for (Run run : kRuns) {
        const RunFigures *r = findRun(runs, run);
        if (r && !r->ran)
            out += u"\n%1: %2.\n"_s.arg(runTitle(run), r->notRunReason);
        if (r) {
            for (const QString &note : r->notes)
                out += u"\n%1: %2\n"_s.arg(runTitle(run), note);
        }
    }
    if (!verdict.overBudget.isEmpty()) {
        out += u"\nOver budget (`bench/run --check` fails on these):\n\n"_s;
        for (const QString &o : verdict.overBudget)
            out += u"- %1\n"_s.arg(o);
    }
    if (!verdict.missing.isEmpty()) {
        out += u"\nNot produced:\n\n"_s;
        for (const QString &m : verdict.missing)
            out += u"- %1\n"_s.arg(m);
    }
    return out;
}

QJsonObject toJson(const QList<RunFigures> &runs, const Verdict &verdict)
{
    QJsonObject runsJson;
    for (const RunFigures &r : runs) {
        runsJson[runKey(r.run)] = QJsonObject {
                {u"ran"_s, r.ran},
                {u"not_run_reason"_s, r.notRunReason},
                {u"figures"_s, r.figures},
                {u"notes"_s, QJsonArray::fromStringList(r.notes)},
        };
    }
    return {{u"runs"_s, runsJson},
            {u"missing"_s, QJsonArray::fromStringList(verdict.missing)},
            {u"over_budget"_s, QJsonArray::fromStringList(verdict.overBudget)}};
}

bool replaceDocsSection(const QString &docsPath, const QString &markdown, QString *error)
{
    static const QString begin = u"<!-- bench/run figures: begin (written by bench/run) -->"_s;
    static const QString end = u"<!-- bench/run figures: end -->"_s;
    QFile file(docsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(docsPath, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from) {
        *error = u"%1 has no bench/run markers (%2 … %3)"_s.arg(docsPath, begin, end);
        return false;
    }
    text.replace(from + begin.size(), to - from - begin.size(), u"\n"_s + markdown + u"\n"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write %1: %2"_s.arg(docsPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace livedesk::bench
