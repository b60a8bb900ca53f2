#include "ImportHealth.h"

#include "common/TimeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
// The translation context lupdate sees for this file's messages.
class ImportHealthText final
{
    Q_DECLARE_TR_FUNCTIONS(ImportHealth)
};

bool isCompleted(FileStatus status)
{
    return status == FileStatus::Successful || status == FileStatus::Failed ||
           status == FileStatus::PartialSuccess || status == FileStatus::PartialFailure;
}

bool isUnfinished(FileStatus status)
{
    return status == FileStatus::Queued || status == FileStatus::Waiting || status == FileStatus::Processing;
}

bool isFailure(FileStatus status)
{
    return status == FileStatus::Failed || status == FileStatus::PartialFailure;
}

// The median of a list it sorts; 0 when empty.
qint64 median(std::vector<qint64> &values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

QString when(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

ImportHealth::Severity ImportHealth::severity() const
{
    if (failing || stale)
        return Severity::Critical;
    if (partlyFailing || worseThanUsual || stuckFiles > 0)
        return Severity::Warning;
    return Severity::Ok;
}

QStringList ImportHealth::reasons(const QTimeZone &zone) const
{
    QStringList out;
    if (failing && lastCompleted) {
        out << ImportHealthText::tr("failing: the last completed run %1 at %2")
                   .arg(lastCompleted->statusText(), when(lastCompletedAt, zone));
    }
    if (stale) {
        out << ImportHealthText::tr("stale: no run since %1, one was due about every %2")
                   .arg(when(lastRunAt, zone), TimeText::duration(expectedIntervalSeconds * 1000));
    }
    if (partlyFailing && lastCompleted) {
        out << ImportHealthText::tr("partly failing: the last completed run was PARTIAL_SUCCESS at %1")
                   .arg(when(lastCompletedAt, zone));
    }
    if (worseThanUsual) {
        out << ImportHealthText::tr("worse than usual: %1 % of files failed in the span, %2 % before")
                   .arg(QLocale().toString(failurePercent, 'f', 0),
                        QLocale().toString(usualFailurePercent, 'f', 0));
    }
    if (stuckFiles > 0) {
        out << ImportHealthText::tr("stuck: %n file(s) unfinished for longer than %1", nullptr, stuckFiles)
                   .arg(TimeText::duration(stuckAfterSeconds * 1000));
    }
    return out;
}

ImportHealth ImportHealthRules::assess(const QList<FileRun> &files, bool periodic, const QDateTime &now,
                                       qint64 spanSeconds, const QTimeZone &zone, const HealthRules &rules)
{
    ImportHealth health;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 spanStartMs = nowMs - spanSeconds * 1000;
    // Read in UTC (the default zone) a wall clock is the instant itself: no QDateTime per file, which on
    // a 200,000-file import was 70 ms of the board's GUI thread (docs/PERFORMANCE.md, "The GUI thread
    // and the store"). The same value toDateTime() gives, milliseconds rounded down.
    const bool utc = !zone.isValid() || zone == QTimeZone::utc();
    const auto instantMs = [&zone, utc](const WallClock &clock) -> std::optional<qint64> {
        if (clock.isNull())
            return std::nullopt;
        if (utc)
            return clock.usecs >= 0 ? clock.usecs / 1000 : -((-clock.usecs + 999) / 1000);
        const QDateTime at = clock.toDateTime(zone);
        return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
    };

    std::vector<qint64> finishTimesMs;
    std::vector<qint64> runTimesMs;
    qint64 lastRunMs = 0;
    qint64 lastCompletedMs = 0;
    qint64 beforeCompleted = 0;
    qint64 beforeFailed = 0;
    for (const FileRun &file : files) {
        const std::optional<qint64> scheduled = instantMs(file.scheduledAt);
        if (!scheduled)
            continue; // a file without a readable time says nothing about when
        runTimesMs.push_back(*scheduled);
        if (!health.lastRun || *scheduled > lastRunMs) {
            health.lastRun = file;
            lastRunMs = *scheduled;
        }
        if (isCompleted(file.status)) {
            if (!health.lastCompleted || *scheduled > lastCompletedMs) {
                health.lastCompleted = file;
                lastCompletedMs = *scheduled;
            }
            if (const auto completed = instantMs(file.completedAt); completed && *completed >= *scheduled)
                finishTimesMs.push_back(*completed - *scheduled);
        }
        if (*scheduled >= spanStartMs) {
            ++health.files;
            health.failedRows += file.count(FileRun::Count::FailedRows);
            if (isCompleted(file.status))
                ++health.completedFiles;
            if (isFailure(file.status))
                ++health.failedFiles;
            if (file.status == FileStatus::PartialSuccess)
                ++health.partlyFailedFiles;
        } else if (isCompleted(file.status)) {
            ++beforeCompleted;
            beforeFailed += isFailure(file.status) ? 1 : 0;
        }
    }
    if (health.lastRun)
        health.lastRunAt = QDateTime::fromMSecsSinceEpoch(lastRunMs, QTimeZone::utc());
    if (health.lastCompleted) {
        health.lastCompletedAt = QDateTime::fromMSecsSinceEpoch(lastCompletedMs, QTimeZone::utc());
        health.failing = isFailure(health.lastCompleted->status);
        health.partlyFailing = health.lastCompleted->status == FileStatus::PartialSuccess;
    }

    // Stuck: unfinished for far longer than this import usually takes.
    const qint64 usualFinishMs = median(finishTimesMs);
    health.stuckAfterSeconds = std::max<qint64>(rules.stuckMinimumSeconds,
                                                qint64(rules.stuckFactor * double(usualFinishMs) / 1000.0));
    for (const FileRun &file : files) {
        if (!isUnfinished(file.status))
            continue;
        const std::optional<qint64> scheduled = instantMs(file.scheduledAt);
        if (scheduled && nowMs - *scheduled > health.stuckAfterSeconds * 1000)
            ++health.stuckFiles;
    }

    // Stale: a periodic import past its usual interval, with slack.
    std::sort(runTimesMs.begin(), runTimesMs.end());
    runTimesMs.erase(std::unique(runTimesMs.begin(), runTimesMs.end()), runTimesMs.end());
    if (periodic && runTimesMs.size() >= 3) {
        std::vector<qint64> gaps;
        for (std::size_t i = 1; i < runTimesMs.size(); ++i)
            gaps.push_back(runTimesMs[i] - runTimesMs[i - 1]);
        health.expectedIntervalSeconds = median(gaps) / 1000;
        const qint64 dueBy =
            qint64(rules.staleFactor * double(health.expectedIntervalSeconds)) + rules.staleSlackSeconds;
        health.stale = health.expectedIntervalSeconds > 0 && (nowMs - lastRunMs) / 1000 > dueBy;
    }

    // Worse than usual: the span against the import's own longer history.
    if (health.completedFiles > 0)
        health.failurePercent = 100.0 * double(health.failedFiles) / double(health.completedFiles);
    if (beforeCompleted >= rules.worseMinimumFiles) {
        health.usualFailurePercent = 100.0 * double(beforeFailed) / double(beforeCompleted);
        health.worseThanUsual =
            health.completedFiles >= rules.worseMinimumFiles &&
            health.failurePercent >= rules.worseFactor * health.usualFailurePercent &&
            health.failurePercent >= health.usualFailurePercent + rules.worseMarginPercent;
    }
    return health;
}
