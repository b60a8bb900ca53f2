#pragma once
// One run of one query for one workspace, from its first request to its outcome, as the views that
// watch it observe it: its phase (fetching page k of n, waiting for the rate limit until T, done,
// incomplete, failed, cancelled, superseded), the files as they arrive, and one outcome. Several views
// may watch one fetch (WorkspaceSession shares a fetch between views asking the same query); a view
// that joins late reads files() and then follows the signals.
//
// Each fetch drives a HistoryClient or a HistoryRefresh of its own. When nobody watches it any more
// it is superseded: disconnected from that client before the client is stopped, so nothing it still
// holds (pages in order, pages waiting out of order, a retry landing late) can reach anyone; it emits
// superseded() once and then nothing more (docs/ARCHITECTURE.md, "A replaced fetch is gone"). Every
// signal is emitted from the event loop, never from inside the call that started the fetch.

#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/FileRun.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"
#include "store/HistoryRefresh.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class ApiClient;
class HistoryStore;
class QTimer;

// How a fetch uses the stored history (docs/ARCHITECTURE.md, "The stored history").
enum class StoreUse {
    None,    // every page from the API, nothing stored (the command line's default export)
    Refresh, // show what is stored at once, then refresh it with as few requests as possible
    Only,    // what is stored, and no request at all (export --cached, a view opening an import)
};

class HistoryFetch final : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        WaitingForKey,       // queued until the workspace's key has been read
        Fetching,            // pages are being asked for (or the store is being read)
        WaitingForRateLimit, // requests are held back until waitUntil()
        Done,                // every page arrived
        Incomplete,          // some pages arrived, then a page failed
        Failed,              // nothing usable arrived
        Cancelled,           // the user stopped it; what arrived is kept
        Superseded,          // nobody watches it any more; nothing of it is kept
    };
    Q_ENUM(Phase)
    enum class WaitReason { None, OwnPace, ServerLimit, Retry };

    // importName: the import's name as the workspace lists it, when the query names only its ID.
    HistoryFetch(ApiClient *api, const HistoryQuery &query, const QString &workspaceLabel,
                 const QString &importName = {}, QObject *parent = nullptr);
    // Before start(): read and write the stored history under this key (a profile id).
    void useStore(HistoryStore *store, const QString &storeKey, StoreUse use);
    // Before start(): pages an earlier answer to the same query had, asked for with page 1 when every
    // page comes from the API (HistoryClient::Options::knownPages). 0: nothing known.
    void setKnownPages(int pages) { m_knownPages = pages; }
    int knownPages() const { return m_knownPages; }
    ~HistoryFetch() override;

    const HistoryQuery &query() const { return m_query; }
    StoreUse storeUse() const { return m_storeUse; }
    // The store it reads and writes, and the key its histories are filed under (null and "" without).
    HistoryStore *store() const { return m_store; }
    QString storeKey() const { return m_storeKey; }
    // "import “Daily users” in workspace “prod-eu”": what the window's line above the table says.
    QString describe() const;
    QString workspaceLabel() const { return m_workspaceLabel; }
    QString importName() const { return m_importName; }

    Phase phase() const { return m_phase; }
    bool isRunning() const;
    // The refresh is storing its result (one transaction that completes even if cancelled).
    bool isSaving() const { return m_refresh && m_refresh->isSaving(); }
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; } // 0 until known
    int filesReceived() const { return int(m_answer.size()); }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // While waiting: until when, and why.
    qint64 waitUntilMs() const { return m_waitUntilMs; }
    WaitReason waitReason() const { return m_waitReason; }
    // WaitReason::Retry: the attempt to come, of how many, and what failed.
    int retryAttempt() const { return m_retryAttempt; }
    QString retryCause() const { return m_retryCause; }
    // Fetching with requests out and no page for this long: a slow or stalled server (0 otherwise).
    qint64 silentMs() const;
    static constexpr qint64 kSilentAfterMs = 5000;
    // The pace the workspace is held to, for "the API's limit of 50 requests a minute".
    int paceRequests() const;
    int paceWindowMs() const;
    // Rough time still needed for the pages not yet received at the pace in force; 0 when unknown.
    qint64 estimatedMsLeft() const;
    const std::optional<HistoryOutcome> &outcome() const { return m_outcome; }
    // When the answer shown came from the store: when it was stored (invalid: it did not).
    QDateTime storedAt() const { return m_storedAt; }
    // What the refresh did (store modes): requests, new and changed files, a fallback's reason, the
    // save's error. Nothing before it ended, or without the store.
    const std::optional<RefreshReport> &report() const { return m_report; }
    int refreshRequests() const { return m_report ? m_report->requests : 0; }
    QString fallbackReason() const { return m_report ? m_report->fallbackReason : QString(); }
    // Every file of the answer so far, in the API's order: what a view joining late shows first.
    const QList<FileRun> &files() const { return m_answer; }
    const QList<FileRun> &answer() const { return m_answer; }

    // The progress in words, the same for the window's status line and the command line's stderr:
    // "page 12 of 87", "waiting 54 s for the API's limit of 50 requests a minute · page 51 of 87 ·
    // about 1 min left".
    QString progressText() const;

    // The user stops it: requests end at once, what arrived is kept, the outcome says Cancelled.
    void cancel();

Q_SIGNALS:
    // New files, in page order, never one seen before in this fetch.
    void filesArrived(const QList<FileRun> &files);
    // Phase, pages or wait changed; every second while waiting, so a countdown needs no timer of its own.
    void progressChanged();
    // Exactly once per fetch that was not superseded.
    void finished(const HistoryOutcome &outcome);
    // Exactly once, instead of finished(), when nobody watches it any more.
    void superseded();
    // The stored answer, before any request (StoreUse::Refresh or Only).
    void storedAnswerShown(const QList<FileRun> &files, const QDateTime &storedAt);
    // The refresh brought the answer up to date: these files replace every file shown so far.
    void answerReplaced(const QList<FileRun> &files);
    // The refresh ended (store modes), just before finished(): what it cost and found.
    void refreshed(const RefreshReport &report);

private:
    friend class WorkspaceSession;
    void start(const Connection &connection);
    void fail(const ApiError &error);
    void supersede();
    // Cancels the page client and the refresh, disconnected first so that they report nothing.
    void stopClientsQuietly();
    void setPhase(Phase phase);
    void onWaiting(qint64 untilMs, WaitReason reason);
    void onFinished(const HistoryOutcome &outcome);
    void startPages(const Connection &connection);
    void startFromStore(const Connection &connection);
    void onStoredLoaded(const Connection &connection, std::optional<StoredHistory> history);
    void watchPacing();
    void onRefreshed(const RefreshReport &report);
    void append(const QList<FileRun> &files);

    ApiClient *m_api;
    HistoryQuery m_query;
    QString m_workspaceLabel;
    QString m_importName;
    QString m_workspaceId;
    std::unique_ptr<HistoryClient> m_client;
    HistoryRefresh *m_refresh = nullptr; // child
    HistoryStore *m_store = nullptr;
    QString m_storeKey;
    StoreUse m_storeUse = StoreUse::None;
    int m_knownPages = 0;
    QDateTime m_storedAt;
    std::optional<RefreshReport> m_report;
    QList<FileRun> m_answer; // the whole answer so far (copies share the text)
    bool m_loading = false;  // reading the store
    Phase m_phase = Phase::WaitingForKey;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    qint64 m_waitUntilMs = 0;
    WaitReason m_waitReason = WaitReason::None;
    int m_retryAttempt = 0;
    int m_retryAttempts = 0;
    QString m_retryCause;
    qint64 m_lastProgressMs = 0; // wall clock: the fetch's start, then each page
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    std::optional<HistoryOutcome> m_outcome;
    QTimer *m_tick; // one second, while running: countdowns and "no answer for 6 s"
};
