#pragma once
// Whether an import needs attention, from its stored history alone (docs/ARCHITECTURE.md, "Attention:
// failing, worse than usual, stale, stuck"): the rules `importscope check` applies, and the board and
// the watcher are meant to share. Pure: the files, whether the import is periodic, the moment to judge
// at and the span; no clock, no I/O.

#include "api/FileRun.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

struct HealthRules
{
    // Stuck: a file QUEUED, WAITING or PROCESSING for longer than stuckFactor times the import's
    // median time to finish (completed_at - scheduled_at of its completed files), and at least
    // stuckMinimumSeconds; with no completed file to learn from, stuckMinimumSeconds alone.
    double stuckFactor = 4.0;
    qint64 stuckMinimumSeconds = 3600;
    // Stale: a periodic import whose newest file was scheduled longer ago than staleFactor times its
    // median interval between runs plus staleSlackSeconds. Needs at least three runs to learn from.
    double staleFactor = 2.0;
    qint64 staleSlackSeconds = 3600;
    // Worse than usual: in the span, the share of completed files that FAILED or PARTIAL_FAILURE is at
    // least worseFactor times the share before the span and worseMarginPercent points above it, over
    // at least worseMinimumFiles completed files on each side.
    double worseFactor = 2.0;
    double worseMarginPercent = 10.0;
    int worseMinimumFiles = 5;
};

struct ImportHealth
{
    enum class Severity { Ok, Warning, Critical };

    // The newest file, and the newest that finished (SUCCESSFUL, FAILED, PARTIAL_*): a run still in
    // progress is never taken for the result.
    std::optional<FileRun> lastRun;
    std::optional<FileRun> lastCompleted;
    QDateTime lastRunAt;       // lastRun's scheduled_at as an instant; invalid without one
    QDateTime lastCompletedAt; // lastCompleted's

    bool failing = false;       // the last completed run FAILED or PARTIAL_FAILURE
    bool partlyFailing = false; // the last completed run was PARTIAL_SUCCESS
    bool worseThanUsual = false;
    bool stale = false;
    int stuckFiles = 0;

    // In the span.
    qint64 files = 0;
    qint64 failedFiles = 0; // FAILED or PARTIAL_FAILURE
    qint64 partlyFailedFiles = 0;
    qint64 failedRows = 0;
    qint64 completedFiles = 0;
    double failurePercent = 0;          // failedFiles of completedFiles; 0 without completed files
    double usualFailurePercent = -1;    // before the span; -1 when too few files to say
    qint64 expectedIntervalSeconds = 0; // the periodic import's median interval; 0 when unknown
    qint64 stuckAfterSeconds = 0;       // how long an unfinished file may wait before it is stuck

    // failing or stale: Critical; partlyFailing, worseThanUsual or stuck: Warning.
    Severity severity() const;
    bool needsAttention() const { return severity() != Severity::Ok; }
    // Each reason in words, most serious first ("failing: the last completed run FAILED at ...").
    QStringList reasons(const QTimeZone &zone) const;
};

namespace ImportHealthRules {
// `files` in any order; their zone-less times are read in `zone`; the span is [now - spanSeconds, now].
ImportHealth assess(const QList<FileRun> &files, bool periodic, const QDateTime &now, qint64 spanSeconds,
                    const QTimeZone &zone, const HealthRules &rules = {});
} // namespace ImportHealthRules
