#pragma once
// One import's run history as the store keeps it: its newest files, newest first, exactly as the API
// sent them — either every file of the import (complete) or every file scheduled after the oldest one
// kept (a prefix of the history, reaching back as far as some query needed). Dates and statuses are
// never part of it: a query is answered from it locally (docs/ARCHITECTURE.md, "The stored history").

#include "api/FileRun.h"
#include "api/HistoryQuery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct StoredHistory
{
    QString importId;   // "" when the import is known by its name only
    QString importName; // "" when known by its ID only
    QList<FileRun> files;
    // When the API last sent each file (ms since the epoch, UTC), parallel to files. Empty when
    // saving means "all of them at refreshedAt".
    QList<qint64> lastSeenMs;
    // The import's whole history as the API counted it (total_count of an unfiltered page) when the
    // files were last read; -1 when unknown (a history migrated from an older store).
    qint64 totalCount = -1;
    bool complete = false; // files reach the import's first file
    QDateTime refreshedAt; // UTC; when saving, invalid means now

    // Files at or before this wall-clock moment (µs, as WallClock counts) may be missing: the
    // scheduled time of the oldest file kept. Nothing when the history is complete or empty.
    std::optional<qint64> missingUpToUs() const;
    // Whether every file the query can match is held: the history is complete, or the query's dates
    // begin after the oldest file kept. Statuses never matter (they are filtered locally).
    bool covers(const HistoryQuery &query) const;
    // The query's files in the API's order, filtered locally (HistoryQuery::matchesLocally).
    QList<FileRun> answerTo(const HistoryQuery &query) const;

    friend bool operator==(const StoredHistory &, const StoredHistory &) = default;
};

// An answer stored by version 1 of the store, for one query exactly (dates and statuses included).
// Kept after the upgrade so nothing stored is lost; read only when no history covers the query.
struct StoredAnswer
{
    QList<FileRun> files;
    QList<qint64> lastSeenMs;
    qint64 totalCount = 0;
    QDateTime refreshedAt;
    bool complete = false;

    friend bool operator==(const StoredAnswer &, const StoredAnswer &) = default;
};
