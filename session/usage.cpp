#include "session/usage.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using protocol::Modality;

namespace {

constexpr const char *kModalityNames[TokenCounts::kModalities] = {"unspecified", "text",
                                                                  "image",       "audio",
                                                                  "video",       "document"};

template<typename F>
void forEachCount(TokenCounts &a, const TokenCounts &b, F f)
{
    f(a.prompt, b.prompt);
    f(a.response, b.response);
    f(a.thoughts, b.thoughts);
    f(a.toolUsePrompt, b.toolUsePrompt);
    f(a.cached, b.cached);
    f(a.total, b.total);
    for (int i = 0; i < TokenCounts::kModalities; ++i) {
        f(a.promptByModality[size_t(i)], b.promptByModality[size_t(i)]);
        f(a.responseByModality[size_t(i)], b.responseByModality[size_t(i)]);
    }
}

void fillDetails(std::array<qint64, TokenCounts::kModalities> &perModality,
                 const QList<protocol::ModalityTokenCount> &details, qint64 overall)
{
    qint64 listed = 0;
    for (const auto &d : details) {
        perModality[size_t(d.modality)] += d.tokenCount;
        listed += d.tokenCount;
    }
    // What the total says and the details do not explain is kept, not lost.
    if (overall > listed)
        perModality[size_t(Modality::Unspecified)] += overall - listed;
}

QJsonObject modalitiesToJson(const std::array<qint64, TokenCounts::kModalities> &perModality)
{
    QJsonObject o;
    for (int i = 0; i < TokenCounts::kModalities; ++i) {
        if (perModality[size_t(i)] != 0)
            o.insert(QLatin1StringView(kModalityNames[i]), perModality[size_t(i)]);
    }
    return o;
}

double readPrice(const QJsonObject &json, QLatin1StringView key, double fallback)
{
    const QJsonValue v = json.value(key);
    return v.isDouble() && v.toDouble() >= 0 ? v.toDouble() : fallback;
}

} // namespace

TokenCounts TokenCounts::fromUsage(const protocol::UsageMetadata &usage)
{
    TokenCounts t;
    t.prompt = usage.promptTokenCount;
    t.response = usage.responseTokenCount;
    t.thoughts = usage.thoughtsTokenCount;
    t.toolUsePrompt = usage.toolUsePromptTokenCount;
    t.cached = usage.cachedContentTokenCount;
    t.total = usage.totalTokenCount;
    if (t.total == 0)
        t.total = t.prompt + t.response + t.thoughts + t.toolUsePrompt;
    fillDetails(t.promptByModality, usage.promptTokensDetails, t.prompt);
    fillDetails(t.responseByModality, usage.responseTokensDetails, t.response);
    return t;
}

TokenCounts &TokenCounts::operator+=(const TokenCounts &other)
{
    forEachCount(*this, other, [](qint64 &a, qint64 b) { a += b; });
    return *this;
}

TokenCounts TokenCounts::max(const TokenCounts &a, const TokenCounts &b)
{
    TokenCounts out = a;
    forEachCount(out, b, [](qint64 &x, qint64 y) { x = std::max(x, y); });
    return out;
}

bool TokenCounts::anyDecrease(const TokenCounts &earlier, const TokenCounts &later)
{
    bool decreased = false;
    TokenCounts copy = later;
    forEachCount(copy, earlier, [&](qint64 &l, qint64 e) { decreased = decreased || l < e; });
    return decreased;
}

QJsonObject TokenCounts::toJson() const
{
    return QJsonObject {{u"prompt"_s, prompt},
                        {u"response"_s, response},
                        {u"thoughts"_s, thoughts},
                        {u"tool_use_prompt"_s, toolUsePrompt},
                        {u"cached"_s, cached},
                        {u"total"_s, total},
                        {u"prompt_by_modality"_s, modalitiesToJson(promptByModality)},
                        {u"response_by_modality"_s, modalitiesToJson(responseByModality)}};
}

void Prices::readJson(const QJsonObject &json)
{
    textInPerMillion = readPrice(json, "textIn"_L1, textInPerMillion);
    audioInPerMillion = readPrice(json, "audioIn"_L1, audioInPerMillion);
    imageInPerMillion = readPrice(json, "imageIn"_L1, imageInPerMillion);
    videoInPerMillion = readPrice(json, "videoIn"_L1, videoInPerMillion);
    textOutPerMillion = readPrice(json, "textOut"_L1, textOutPerMillion);
    audioOutPerMillion = readPrice(json, "audioOut"_L1, audioOutPerMillion);
}

double estimateCostUsd(const TokenCounts &t, const Prices &p)
{
    auto in = [&](Modality m) { return double(t.promptTokens(m)); };
    auto out = [&](Modality m) { return double(t.responseTokens(m)); };
    const double inputUsd = in(Modality::Text) *p.textInPerMillion
                            + in(Modality::Document) *p.textInPerMillion
                            + in(Modality::Audio) *p.audioInPerMillion
                            + in(Modality::Unspecified) *p.audioInPerMillion
                            + in(Modality::Image) *p.imageInPerMillion
                            + in(Modality::Video) *p.videoInPerMillion
                            + double(t.toolUsePrompt) * p.textInPerMillion;
    const double outputUsd = out(Modality::Text) * p.textOutPerMillion
                             + out(Modality::Document) * p.textOutPerMillion
                             + out(Modality::Audio) * p.audioOutPerMillion
                             + out(Modality::Unspecified) * p.audioOutPerMillion
                             + (out(Modality::Image) + out(Modality::Video)) * p.audioOutPerMillion
                             + double(t.thoughts) * p.textOutPerMillion;
    return (inputUsd + outputUsd) / 1e6;
}

UsageAccumulator::UsageAccumulator(UsageReporting reporting)
    : m_configured(reporting)
{ }

void UsageAccumulator::addReport(const protocol::UsageMetadata &report)
{
    ++m_reportCount;
    TokenCounts counts = TokenCounts::fromUsage(report);
    const bool firstOnConnection = std::none_of(m_turns.cbegin(), m_turns.cend(),
                                                [](const TurnRecord &t) { return t.hasReport; });
    if (firstOnConnection && m_resumeBaseline)
        m_continuesBaseline = !TokenCounts::anyDecrease(*m_resumeBaseline, counts);
    m_lastRawSnapshot = TokenCounts::max(firstOnConnection ? TokenCounts {} : m_lastRawSnapshot,
                                         counts);
    if (m_continuesBaseline) {
        // The session's counter carried on across the resumption: keep only the growth.
        forEachCount(counts, *m_resumeBaseline,
                     [](qint64 &c, qint64 base) { c = std::max<qint64>(0, c - base); });
    }
    const bool amendLast = !m_turns.isEmpty() && (m_turns.last().open || !m_outputSinceTurnEnd);
    if (amendLast) {
        TurnRecord &turn = m_turns.last();
        turn.report = turn.hasReport ? TokenCounts::max(turn.report, counts) : counts;
        turn.hasReport = true;
        return;
    }
    m_turns.append(TurnRecord {counts, true, true, 0, 0});
}

void UsageAccumulator::observeOutput(qint64 audioMs, qint64 textChars)
{
    if (m_turns.isEmpty() || !m_turns.last().open)
        m_turns.append(TurnRecord {});
    m_turns.last().outputAudioMs += audioMs;
    m_turns.last().outputTextChars += textChars;
    m_outputSinceTurnEnd = true;
}

void UsageAccumulator::endTurn()
{
    if (!m_turns.isEmpty())
        m_turns.last().open = false;
    m_outputSinceTurnEnd = false;
}

void UsageAccumulator::startConnection(ConnectionStart start)
{
    const UsageReporting reporting = effectiveReporting();
    const bool hadReports = std::any_of(m_turns.cbegin(), m_turns.cend(),
                                        [](const TurnRecord &t) { return t.hasReport; });
    if (start == ConnectionStart::Resumed && reporting == UsageReporting::Cumulative) {
        if (hadReports)
            m_resumeBaseline = m_lastRawSnapshot;
        // else: a connection without reports leaves the earlier baseline as it was
    } else {
        m_resumeBaseline.reset();
    }
    m_continuesBaseline = false;
    m_previousConnections += connectionTotals(reporting);
    int reported = 0;
    for (const TurnRecord &t : std::as_const(m_turns))
        reported += t.hasReport ? 1 : 0;
    if (reported >= 2)
        m_lastDetected = reporting; // learned; used while a new connection has no evidence
    m_turns.clear();
    m_outputSinceTurnEnd = false;
}

void UsageAccumulator::reset()
{
    *this = UsageAccumulator(m_configured);
}

UsageReporting UsageAccumulator::effectiveReporting() const
{
    return m_configured != UsageReporting::Unspecified ? m_configured : detect();
}

UsageReporting UsageAccumulator::detect() const
{
    const UsageReporting fallback = m_lastDetected != UsageReporting::Unspecified
                                            ? m_lastDetected
                                            : UsageReporting::Cumulative;
    // For each reported turn with output the client measured: how many response tokens each
    // reading gives this turn, against the output seen. The true reading has a steady ratio.
    struct Point
    {
        double asPerTurn;
        double asCumulative;
        double output;
        bool first;
    };
    QList<Point> points;
    const TurnRecord *previous = nullptr;
    for (const TurnRecord &turn : m_turns) {
        if (!turn.hasReport)
            continue;
        if (previous && TokenCounts::anyDecrease(previous->report, turn.report))
            return UsageReporting::PerTurn; // a cumulative counter never goes down
        const double output = double(turn.outputAudioMs) / 1000.0 * kAudioTokensPerSecond
                              + double(turn.outputTextChars) / kCharsPerTextToken;
        if (output > 0) {
            const double r = double(turn.report.response);
            const double before = previous ? double(previous->report.response) : 0.0;
            points.append(Point {r, r - before, output, previous == nullptr});
        }
        previous = &turn;
    }
    auto logRatio = [](double tokens, double output) {
        return std::log((tokens + 1) / (output + 1));
    };
    double perTurnError = 0;
    double cumulativeError = 0;
    if (points.size() >= 2) {
        // Spread of log(tokens / output) around its mean: independent of the tokens-per-second
        // rate, which the service does not publish for output audio.
        auto spread = [&](auto reading) {
            double mean = 0;
            for (const Point &p : points)
                mean += logRatio(reading(p), p.output);
            mean /= double(points.size());
            double sum = 0;
            for (const Point &p : points) {
                const double d = logRatio(reading(p), p.output) - mean;
                sum += d * d;
            }
            return sum;
        };
        perTurnError = spread([](const Point &p) { return p.asPerTurn; });
        cumulativeError = spread([](const Point &p) { return p.asCumulative; });
    } else if (points.size() == 1 && !points.first().first) {
        // One measured turn after the first: compare with the nominal rate instead.
        const Point &p = points.first();
        perTurnError = std::abs(logRatio(p.asPerTurn, p.output));
        cumulativeError = std::abs(logRatio(p.asCumulative, p.output));
    } else {
        return fallback;
    }
    if (std::abs(perTurnError - cumulativeError) < 1e-9)
        return fallback;
    return perTurnError < cumulativeError ? UsageReporting::PerTurn : UsageReporting::Cumulative;
}

TokenCounts UsageAccumulator::connectionTotals(UsageReporting reporting) const
{
    TokenCounts out;
    for (const TurnRecord &turn : m_turns) {
        if (!turn.hasReport)
            continue;
        if (reporting == UsageReporting::PerTurn)
            out += turn.report;
        else
            out = TokenCounts::max(out, turn.report);
    }
    return out;
}

TokenCounts UsageAccumulator::totals() const
{
    TokenCounts out = m_previousConnections;
    out += connectionTotals(effectiveReporting());
    return out;
}

} // namespace livedesk::session
