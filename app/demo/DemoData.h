#pragma once
// A demo workspace's imports and their files (DemoData::Set: the primary workspace's, or one of the two
// smaller ones beside it): seeded, deterministic and realistic, written from
// the API contract alone (never from the client's types), so tests can compare what a client shows
// with exactly what the demo server holds. Same seed and anchor => identical data.

#include <QDateTime>
#include <QList>
#include <QString>

// One file of an import, as the server holds it. Text fields carry the wire values.
struct DemoFile
{
    QString id;        // 24 hex digits, Mongo ObjectId-like (its first 8 digits are the scheduled second)
    QString fileName;  // may hold commas, quotes, CR/LF, U+2028, leading = + - @ tab, non-ASCII
    QString type;      // USERS, EVENTS or AUX_DATA
    QString status;    // SUCCESSFUL FAILED PARTIAL_SUCCESS PARTIAL_FAILURE PROCESSING QUEUED WAITING
    QString statusMsg; // "" unless the file failed in part or in whole
    qint64 scheduledAtUs = 0; // microseconds since the epoch; the workspace's wall clock, taken as UTC
    qint64 completedAtUs = 0; // 0 while queued, waiting or processing
    qint64 fileSize = 0;      // bytes
    qint64 totalRows = 0;     // == added + updated + skipped + failed, for every type
    qint64 addedRows = 0;
    qint64 updatedRows = 0;
    qint64 skippedRows = 0;
    qint64 failedRows = 0;
    qint64 auxDataAddedCount = 0;  // AUX_DATA only (== addedRows there), else 0
    qint64 auxDataFailedCount = 0; // AUX_DATA only (== failedRows there), else 0
    bool countsAsStrings = false;  // wire quirk: the server sends this file's row counts as strings

    QString scheduledAt() const; // "YYYY-MM-DDTHH:MM:SS.ffffff"
    QString completedAt() const; // same shape, "" when not completed
    bool isCompleted() const { return completedAtUs != 0; }

    friend bool operator==(const DemoFile &, const DemoFile &) = default;
};

// One import with its files (newest first by scheduled time) and what Import Details reports.
struct DemoImport
{
    QString id;           // 24 hex digits, stable across seeds
    QString name;         // stable across seeds
    QString type;         // USERS, EVENTS, AUX_DATA
    QString scheduleType; // PERIODIC, ONETIME
    QString source;       // SFTP, S3, CSV
    QString status;       // schedule status: SCHEDULED, ARCHIVED, SUCCESSFUL, FAILED, PARTIAL_SUCCESS, ...
    QString createdByEmail;
    QString timeZone;     // IANA name of the schedule's zone (the file timestamps stay UTC)
    QString auxDataTable; // AUX_DATA only: the table the rows go to
    QString fileStem;     // how its file names start
    qint64 createdAtUs = 0;
    qint64 periodUs = 0; // PERIODIC: time between runs; 0 for ONETIME
    QList<DemoFile> files;

    QString lastRunStatus() const;    // status of the newest file, "" when there is none
    qint64 lastRunAtUs() const;       // scheduled time of the newest file, 0 when there is none
    qint64 nextScheduledAtUs() const; // 0 unless PERIODIC and not archived
    qint64 processedFiles() const;    // files that have completed
    qint64 totalRows() const;
    qint64 processedRows() const; // rows of completed files that did not fail

    friend bool operator==(const DemoImport &, const DemoImport &) = default;
};

// Id and name of an import the tests and the window rely on.
struct DemoImportRef
{
    QString id;
    QString name;
};

class DemoData final
{
public:
    // Which demo workspace's imports (DemoServer::workspaces(), docs/ARCHITECTURE.md, "The demo's
    // workspaces"): the primary one every test knows, or one of the two smaller ones beside it.
    enum class Set { Primary, EuStaging, InProduction };

    DemoData() = default;

    // anchor: the data ends just before it and spans about 60 days; invalid => defaultAnchor().
    // The primary set's data do not depend on the other sets existing.
    static DemoData generate(quint32 seed, const QDateTime &anchor = {}, Set set = Set::Primary);
    // The caller's own imports (a benchmark's board of 40 a workspace: tests/bench/BenchSupport.h),
    // each with its files newest first, as generate()'s are; the changes below work on them too.
    static DemoData fromImports(QList<DemoImport> imports, const QDateTime &anchor, quint32 seed = 1);
    // EU staging's periodic import whose runs stopped two days before the anchor (ImportHealth: stale),
    // and its hourly import with one file PROCESSING since about five hours before it (stuck).
    static DemoImportRef staleImport();
    static DemoImportRef stuckImport();
    // EU staging's import whose last runs all failed with the same file-level message (failing).
    static DemoImportRef failingImport();
    // The start of the current UTC hour, so no file lies in the future and the data stays put for an hour.
    static QDateTime defaultAnchor();

    static DemoImportRef representativeImport(); // 987 files (20 pages): what the window opens first
    static QString representativeImportId() { return representativeImport().id; }
    static QString representativeImportName() { return representativeImport().name; }
    static DemoImportRef largeImport();          // 4,321 files: shows pacing under 50 requests/minute
    static DemoImportRef emptyImport();          // 0 files
    static DemoImportRef singleFileImport();     // 1 file
    static DemoImportRef onePageImport();        // exactly 50 files
    static DemoImportRef onePagePlusOneImport(); // 51 files

    quint32 seed() const { return m_seed; }
    QDateTime anchor() const { return m_anchor; }
    const QList<DemoImport> &imports() const { return m_imports; }
    const DemoImport *importById(QStringView id) const;
    const DemoImport *importByName(QStringView name) const;
    qint64 fileCount() const;

    // A new queued file appears at the top (newest) of an import, as between two page requests in
    // real life; later pages then shift by one. Deterministic. Returns nullptr for an unknown import.
    const DemoFile *addNewestFile(QStringView importId);
    // A file's status changes in place, as when a queued file finishes (counts, size, message and
    // completion follow the new status; an unfinished status clears them). Its position and scheduled
    // time stay. Deterministic. False for an unknown import or file.
    // A non-empty `message` replaces the status message the new status would carry (a failure
    // that never happened before, for a test of what is new).
    bool setFileStatus(QStringView importId, QStringView fileId, const QString &status,
                       const QString &message = {});
    // A file disappears from its import's history (as if deleted on the server). False when unknown.
    bool removeFile(QStringView importId, QStringView fileId);
    // A run triggered by the Trigger File Imports API: a new QUEUED file at the top, scheduled at
    // `atUs` (the demo server's clock). Deterministic. Returns nullptr for an unknown import.
    const DemoFile *addTriggeredFile(QStringView importId, qint64 atUs);

    static QString formatTimestamp(qint64 usecsSinceEpoch); // "YYYY-MM-DDTHH:MM:SS.ffffff"

    friend bool operator==(const DemoData &, const DemoData &) = default;

private:
    quint32 m_seed = 0;
    QDateTime m_anchor;
    QList<DemoImport> m_imports;
    quint32 m_serial = 0; // files created so far: the counter part of every file id
};
