#include "StoredHistory.h"

#include <limits>

std::optional<qint64> StoredHistory::missingUpToUs() const
{
    if (complete || files.isEmpty())
        return std::nullopt;
    // Pages are newest first, so the oldest file kept is the last; several files may share its
    // microsecond and continue on the next page, so its own moment is not covered. Without a time it
    // bounds nothing (see covers()).
    if (files.constLast().scheduledAt.isNull())
        return std::numeric_limits<qint64>::max();
    return files.constLast().scheduledAt.usecs;
}

bool StoredHistory::covers(const HistoryQuery &query) const
{
    if (complete)
        return true;
    const std::optional<qint64> missing = missingUpToUs();
    const auto span = query.wallClockSpan();
    return missing && span && span->first > *missing;
}

QList<FileRun> StoredHistory::answerTo(const HistoryQuery &query) const
{
    if (!query.filtersStatus() && !query.dates)
        return files; // shares the text: no copy of 200,000 rows
    QList<FileRun> out;
    const auto span = query.wallClockSpan(); // parsed once, not per file
    for (const FileRun &run : files) {
        if (query.matchesLocally(run, span))
            out.append(run);
    }
    return out;
}
