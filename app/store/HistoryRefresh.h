#pragma once
// Brings one import's stored history up to date with as few requests as the API allows, and stores
// the result. Everything is located by position, never by a date filter (whose reading the API does
// not settle): the head of the history (page 1, newest first) is read and aligned with what is stored,
// which tells how many files arrived; a stored file at position p is then at n + p, so files still
// unfinished deeper down are re-read by their page. When the history must reach further back than
// what is stored, the pages after it are read until the moment asked for; and only when alignment,
// counts or order do not hold is the span read again from the top. The rule, its checks and its
// fallbacks: docs/ARCHITECTURE.md, "The stored history and incremental refresh". It either ends with
// the new history, saved in one transaction, or with an error and the store untouched.

#include "HistoryStore.h"
#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/HistoryQuery.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class ApiClient;
class HistoryClient;
struct HistoryOutcome;
struct HistoryPage;

struct RefreshReport
{
    enum class Mode : quint8 { Incremental, Full };

    Mode mode = Mode::Incremental;
    int requests = 0;                 // requests this refresh sent (ApiClient's own retries not counted)
    QString fallbackReason;           // why it read the span again; empty when it stayed incremental
    std::optional<ApiError> error;    // none: `history` is current (and saved unless saveError)
    std::optional<QString> saveError; // the history is current but could not be stored
    StoredHistory history;            // the new history; empty on error
    int newFiles = 0;                 // at the head, not stored before
    int updatedFiles = 0;             // stored files the refresh re-read whose fields changed

    bool ok() const { return !error; }
};
Q_DECLARE_METATYPE(RefreshReport)

class HistoryRefresh final : public QObject
{
    Q_OBJECT
public:
    // Head pages read while looking for the newest stored file; more new files than this and reading
    // the span again costs little more and is simpler to trust.
    static constexpr int kMaxHeadPages = 4;
    // Rounds of head reads (files arriving or vanishing while the refresh runs), then the span is read.
    static constexpr int kMaxHeadRounds = 3;

    // The store may be null: the refresh then only reports the new history.
    HistoryRefresh(ApiClient *api, HistoryStore *store, QObject *parent = nullptr);
    ~HistoryRefresh() override;

    // Refreshes the history of the query's import (only its import ID and name are used) for the
    // profile, from `stored` (nothing: read from the top), reaching back to the wall-clock moment
    // `reachBackToUs` (µs, as WallClock counts; nothing: to the import's first file). Cancels a
    // running refresh. Returns its generation.
    quint64 start(const QString &profileId, const Connection &connection, const HistoryQuery &query,
                  std::optional<StoredHistory> stored, std::optional<qint64> reachBackToUs);
    // Stops at once; finished() reports Cancelled and the store keeps the previous history. Once the
    // history is whole and being saved, the save (one transaction) completes regardless and
    // finished() follows it; a start() meanwhile lets the save complete but drops its report.
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }
    bool isSaving() const { return m_state == State::Saving; }
    quint64 generation() const { return m_generation; }
    // Pages asked for and planned so far, for progress ("page 3 of 12").
    int pagesDone() const { return m_pagesDone; }
    int pagesPlanned() const { return m_pagesPlanned; }

    // True when a file is QUEUED, PROCESSING or WAITING: the only ones whose fields may still change.
    static bool isUnfinished(const FileRun &run);

Q_SIGNALS:
    void rateLimited(quint64 generation, int waitMs);
    void progress(quint64 generation);
    // While the span is read from the top with nothing stored to show: files in the API's order,
    // each once, for a view that shows them as they come. The final history follows in finished().
    void filesRead(quint64 generation, const QList<FileRun> &files);
    void finished(quint64 generation, const RefreshReport &report);

private:
    enum class State : quint8 { Idle, Head, Deep, Span, Saving };
    using PageDone = std::function<void(const std::optional<ApiError> &error, const HistoryPage &page)>;

    HistoryQuery pageQuery() const; // the import alone: no dates, no statuses
    void request(int page, PageDone done);
    void abortAll();
    void headRound();
    void readHead(int page);
    void onHeadComplete();
    void readDeep();
    void extendOrFinish();
    void probeOrder();
    void readPages(int firstPage, bool fromTop, const QString &reason);
    void onPagesFinished(quint64 generation, const HistoryOutcome &outcome);
    void spanRead(const QString &reason);
    void fail(const ApiError &error);
    void succeed();
    bool reached() const;

    QPointer<ApiClient> m_api;
    QPointer<HistoryStore> m_store;
    HistoryClient *m_pages = nullptr; // child: span reads and extensions
    quint64 m_generation = 0;
    State m_state = State::Idle;

    QString m_profileId;
    Connection m_connection;
    HistoryQuery m_query;
    std::optional<qint64> m_reachUs;
    RefreshReport m_report;
    // The history being built: the stored one, then updated in place.
    QList<FileRun> m_files;
    QList<qint64> m_seen;
    qint64 m_total = -1;       // the import's count as the last head read saw it; -1 unknown
    qint64 m_storedTotal = -1; // as stored
    bool m_complete = false;
    bool m_checkTail = false; // the stored count is unknown: the oldest stored file is checked by position
    bool m_orderBroken = false;
    bool m_stoppedAtMoment = false; // a read in this refresh ended at reachBackToUs, not at the end
    bool m_orderProbed = false;
    qsizetype m_fresh = 0;     // files at the top re-read by the last head read
    QSet<QByteArray> m_reread; // files re-read in this refresh
    int m_headRounds = 0;
    int m_spanReads = 0;
    int m_pagesDone = 0;
    int m_pagesPlanned = 0;
    QSet<quint64> m_calls;
    int m_pending = 0;
    // The head as it is read: page 1's count and the pages so far.
    qint64 m_headTotal = 0;
    QList<FileRun> m_head;
    QSet<QByteArray> m_headIds;
    // A read of consecutive pages (HistoryClient): from the top, or appended below m_files.
    bool m_fromTop = false;
    qsizetype m_overlap = 0; // files of the first page read that are m_files' last ones
    QList<FileRun> m_read;
};
