#pragma once
// Failed files grouped by cause, for one import or many (docs/ARCHITECTURE.md, "Triage: what a cause
// is"): per cause pattern (CauseMask) the files and failed rows, the imports and workspaces affected,
// first and last seen, whether it is new in the span, files per day, an example and the file ids.
// Files come in batches as a fetch delivers them and a batch touches only its own causes, so a live
// update costs what it adds, not what is grouped (docs/PERFORMANCE.md, "Triage").

#include "api/FileRun.h"
#include "model/CauseMask.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <memory>
#include <span>
#include <vector>

// What is grouped: files scheduled in [from, to). An invalid bound is open; with both open every
// file counts, those without a readable scheduled_at too. Files before `from` only say which causes
// were seen before (a cause not among them is new); files at or after `to` are left out.
struct TriageSpan
{
    QDateTime from;
    QDateTime to;
    // The zone whose midnights divide the per-day counts (the zone the window shows times in).
    QTimeZone dayZone = QTimeZone::utc();

    friend bool operator==(const TriageSpan &, const TriageSpan &) = default;
};

// Where a batch of files comes from, as indexes into the caller's own lists of workspaces and
// imports, and the zone that workspace's zone-less timestamps are read in.
struct TriageSource
{
    int workspace = 0;
    int import = 0;
    QTimeZone zone = QTimeZone::utc();
};

struct FailureCause
{
    static constexpr qint64 kNever = WallClock::kNone;

    QByteArray pattern; // UTF-8, as CauseMask writes it; "" for files without a message
    qint64 files = 0;   // in the span
    qint64 failedRows = 0;
    QList<int> imports;           // sorted, each once
    QList<int> workspaces;        // sorted, each once
    qint64 firstSeenUtc = kNever; // earliest and latest scheduled_at in the span, UTC microseconds
    qint64 lastSeenUtc = kNever;
    bool seenBefore = false; // a problem file before the span has this cause
    QByteArray example;      // the message of the newest file, whole
    QByteArray exampleFileId;
    QList<QByteArray> fileIds; // in the order added

    QDateTime firstSeen(const QTimeZone &zone) const;
    QDateTime lastSeen(const QTimeZone &zone) const;

    friend bool operator==(const FailureCause &, const FailureCause &) = default;

private:
    friend class FailureCauses;
    size_t m_hash = 0;
    qint64 m_exampleUtc = kNever;
    qint64 m_firstDay = 0; // the Julian day of m_perDay[0]
    QList<int> m_perDay;   // files per day, from m_firstDay on
    quint32 m_touched = 0; // the batch that last changed it
    qsizetype m_row = -1;  // its row, once it has a file in the span
};

// How the Triage view and `importscope triage` list causes: most files (or most failed rows) first.
enum class CauseOrder : quint8 { Files, FailedRows };

class FailureCauses final
{
public:
    explicit FailureCauses(TriageSpan span = {});

    const TriageSpan &span() const { return m_span; }
    // The files triage groups: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and unknown statuses
    // (StatusGroup::Problems).
    static bool isProblem(FileStatus status);

    // What a batch changed, for a model to announce: rows from firstNewRow on are new; changedRows
    // (below firstNewRow, ascending) hold other values; dayAxisChanged when the day axis grew, which
    // moves every row's per-day counts.
    struct Changes
    {
        qsizetype firstNewRow = 0;
        qsizetype rowCount = 0; // after the batch
        QList<qsizetype> changedRows;
        bool dayAxisChanged = false;
        bool isEmpty() const { return rowCount == firstNewRow && changedRows.isEmpty() && !dayAxisChanged; }
    };
    // Groups the problem files among `files`. Files are never grouped twice only if the caller never
    // passes one twice: a refresh adds the files it brings, not the whole history again.
    Changes add(const TriageSource &source, std::span<const FileRun> files);
    Changes add(const TriageSource &source, const QList<FileRun> &files)
    {
        return add(source, std::span<const FileRun>(files.constData(), std::size_t(files.size())));
    }
    void clear();

    // Causes with at least one file in the span, in the order first seen.
    qsizetype size() const { return m_rows.size(); }
    const FailureCause &at(qsizetype row) const { return m_causes[m_rows[row]]; }
    // Every row, most files (or failed rows) first; ties by the other count, then the latest seen,
    // then the pattern.
    QList<qsizetype> order(CauseOrder order) const;
    // Not seen before the span; never true when the span has no start.
    bool isNew(qsizetype row) const;
    qint64 groupedFiles() const { return m_grouped; }

    // Every day from the span's first to its last; for an open bound, to the first or last day a
    // grouped file has. Empty when nothing bounds it.
    QDate firstDay() const;
    qsizetype dayCount() const;
    // Files of the cause on each day of the axis.
    QList<int> perDay(qsizetype row) const;

private:
    struct ZoneOffsets; // a zone's offset from UTC, looked up once per quarter hour
    qsizetype findOrInsert(QByteArrayView pattern, size_t hash);
    void rehash(qsizetype capacity);
    ZoneOffsets &offsetsOf(const QTimeZone &zone);
    // False when the day lies too far from the cause's other days to count (a hostile timestamp).
    static bool countDay(FailureCause &cause, qint64 day);
    static void addSorted(QList<int> &list, int value);

    TriageSpan m_span;
    qint64 m_fromUtc; // FailureCause::kNever when open
    qint64 m_toUtc;
    bool m_open; // no bound at all
    qint64 m_axisFirst;
    qint64 m_axisLast; // m_axisFirst > m_axisLast: no axis yet
    QList<FailureCause> m_causes;
    QList<qsizetype> m_rows;
    std::vector<qint32> m_slots; // open addressing over m_causes by pattern hash; -1 is empty
    size_t m_seed;
    qint64 m_grouped = 0;
    quint32 m_batch = 0;
    CauseMask m_mask;
    std::vector<std::shared_ptr<ZoneOffsets>>
        m_zones; // shared: caches of pure lookups, fine to share between copies
};
