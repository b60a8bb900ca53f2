#pragma once
// Reads the API's answers. Lenient exactly where docs/API.md documents inconsistency (numbers as
// strings, more_files as a string, data null, unknown statuses), strict everywhere else: a body
// that is not the documented shape is an error, never a half-filled row.

#include "ApiError.h"
#include "FileRun.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

struct HistoryPage
{
    qint64 totalCount = 0;
    int offset = 0;
    bool moreFiles = false;
    QList<FileRun> files;
};

// One import as the Import Details API lists it.
struct ImportSummary
{
    QString id;
    QString name;
    QString type;          // USERS, EVENTS, AUX_DATA (kept as sent)
    QString source;        // SFTP, S3, CSV
    QString scheduleType;  // PERIODIC, ONETIME
    QString lastRunStatus; // kept as sent
    QString lastRunAt;     // verbatim
    // The next run Import Details announces, as sent (at most kMaxNextScheduledLength characters);
    // "" when none (a one-time or archived import). Shown and printed as sent, as lastRunAt is.
    QString nextScheduledAt;
    QString status;
    qint64 totalFiles = 0;
    static constexpr qsizetype kMaxNextScheduledLength = 64;
    // nextScheduledAt as an instant in the workspace's zone; invalid when none or not a timestamp.
    QDateTime nextScheduledInstant(const QTimeZone &zone) const;
    friend bool operator==(const ImportSummary &, const ImportSummary &) = default;
};

struct ImportsPage
{
    qint64 totalCount = 0;
    int offset = 0;
    bool moreFiles = false;
    QList<ImportSummary> imports;
};

namespace ResponseParser {
Expected<HistoryPage> parseHistoryPage(const QByteArray &body);
Expected<ImportsPage> parseImportsPage(const QByteArray &body);
// Reads one file object; exposed for tests and fuzzing.
Expected<FileRun> parseFileRun(const QJsonValue &value);
// A non-2xx answer in words: what happened and what to do. Never includes request headers.
ApiError errorFromResponse(int httpStatus, const QByteArray &body);
// Text as it may reach a user: valid UTF-8 (invalid bytes replaced) with control characters other
// than tab and line breaks made visible as their control pictures. What a server sent passes through
// it, and so does what the store gives back (docs/SECURITY.md, "Output").
QByteArray visibleText(const QByteArray &utf8);
// Lenient integer: a JSON integer or a string of digits; nullopt for anything else.
std::optional<qint64> readCount(const QJsonValue &value);
} // namespace ResponseParser
