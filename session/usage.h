// Token accounting for a Live session and the cost estimate built on it.
//
// The service's usageMetadata is not documented as per-turn or cumulative (live-protocol.md Q5),
// and peers have been bitten both ways: summing repeated snapshots double-counts, and taking the
// last report of a per-turn stream undercounts. The rule implemented here (docs/architecture.md,
// "Usage accounting"):
//
//  1. Reports are grouped by model turn. Several reports within one turn are snapshots of the same
//     turn: they are merged field by field with max(), never added. A report that arrives after
//     turnComplete and before any new model output amends the turn that just ended.
//  2. Within one connection, the per-turn records are combined according to the reporting mode:
//     PerTurn adds them; Cumulative takes the latest (the field-wise maximum). In Auto mode, the
//     mode is decided from the reports themselves: any count that goes down from one turn to the
//     next proves per-turn reporting (a cumulative counter never decreases). When all counts are
//     non-decreasing, the client's own measure of each turn's output (seconds of audio received,
//     characters of text) decides which reading of responseTokenCount fits better: the value
//     itself (per-turn) or its growth since the previous turn (cumulative). The right reading
//     gives a steady tokens-per-output ratio from turn to turn, whatever the rate is; the
//     nominal rate below is used only when a single later turn has been measured. With no such
//     evidence, the cumulative reading is used, so the estimate never double-counts.
//  3. A new connection starts its counters from zero: the previous connection's contribution is
//     frozen and added. A resumed connection (the same session on a new socket) may instead
//     carry the session's cumulative counts on; it is read as a continuation when its first
//     report is at least the previous connection's last cumulative snapshot in every count, and
//     then only the growth beyond that snapshot is added.
//
// Everything here is plain data, deterministic and cheap; LiveSession feeds it.
#pragma once

#include "session/protocol/servermessages.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace livedesk::session {

// What a new connection is to the session: a new session (counters restart) or a resumption
// (counters may continue, rule 3).
enum class ConnectionStart { Unspecified, NewSession, Resumed };

enum class UsageReporting {
    Unspecified, // decide from the reports (rule 2 above)
    PerTurn,
    Cumulative,
};

// One set of token counts. The by-modality arrays are indexed by protocol::Modality; the
// Unspecified slot holds what the service counted but did not break down by modality.
struct TokenCounts
{
    static constexpr int kModalities = 6;

    qint64 prompt = 0;
    qint64 response = 0;
    qint64 thoughts = 0;
    qint64 toolUsePrompt = 0;
    qint64 cached = 0;
    qint64 total = 0;
    std::array<qint64, kModalities> promptByModality {};
    std::array<qint64, kModalities> responseByModality {};

    static TokenCounts fromUsage(const protocol::UsageMetadata &usage);

    qint64 promptTokens(protocol::Modality m) const { return promptByModality[size_t(m)]; }
    qint64 responseTokens(protocol::Modality m) const { return responseByModality[size_t(m)]; }

    TokenCounts &operator+=(const TokenCounts &other);
    static TokenCounts max(const TokenCounts &a, const TokenCounts &b);
    // True when some count of `later` is lower than in `earlier`.
    static bool anyDecrease(const TokenCounts &earlier, const TokenCounts &later);

    QJsonObject toJson() const;

    friend bool operator==(const TokenCounts &, const TokenCounts &) = default;
};

// USD per million tokens. Defaults: the published Live API rates for native-audio models (audio
// and image/video in $3, text in $0.50, text out $2, audio out $12).
struct Prices
{
    double textInPerMillion = 0.50;
    double audioInPerMillion = 3.00;
    double imageInPerMillion = 3.00;
    double videoInPerMillion = 3.00;
    double textOutPerMillion = 2.00;
    double audioOutPerMillion = 12.00;

    // Reads the keys above without "PerMillion" ("textIn", "audioOut", …); absent keys keep the
    // values already set.
    void readJson(const QJsonObject &json);

    friend bool operator==(const Prices &, const Prices &) = default;
};

// Counts that are not broken down by modality are priced at the highest rate of their side
// (audio), so the estimate errs high rather than low. Thinking tokens are priced as text output.
double estimateCostUsd(const TokenCounts &tokens, const Prices &prices);

class UsageAccumulator
{
public:
    // Output weights for rule 2: only their ratio matters once two turns are measured.
    static constexpr double kAudioTokensPerSecond = 32.0;
    static constexpr double kCharsPerTextToken = 4.0;

    explicit UsageAccumulator(UsageReporting reporting = UsageReporting::Unspecified);

    void addReport(const protocol::UsageMetadata &report);
    // Model output seen by the client in the current turn; opens a turn if none is open.
    void observeOutput(qint64 audioMs, qint64 textChars);
    // turnComplete (also after an interruption).
    void endTurn();
    // A new connection. NewSession: counters reported on it start again from zero. Resumed:
    // they may continue the previous connection's cumulative counts (rule 3).
    void startConnection(ConnectionStart start = ConnectionStart::NewSession);
    void reset();

    TokenCounts totals() const;
    // The mode in force for the current connection (the configured one, or the detected one).
    UsageReporting effectiveReporting() const;
    int reportCount() const { return m_reportCount; }

private:
    struct TurnRecord
    {
        TokenCounts report;
        bool hasReport = false;
        bool open = true;
        qint64 outputAudioMs = 0;
        qint64 outputTextChars = 0;
    };

    UsageReporting detect() const;
    TokenCounts connectionTotals(UsageReporting reporting) const;

    UsageReporting m_configured;
    UsageReporting m_lastDetected = UsageReporting::Unspecified;
    QList<TurnRecord> m_turns; // current connection
    TokenCounts m_previousConnections;
    // Resumed connections: the previous connection's last raw cumulative snapshot, and whether
    // this connection's reports turned out to continue it (decided at its first report).
    std::optional<TokenCounts> m_resumeBaseline;
    TokenCounts m_lastRawSnapshot;
    bool m_continuesBaseline = false;
    bool m_outputSinceTurnEnd = false;
    int m_reportCount = 0;
};

} // namespace livedesk::session
