#pragma once
// Brings a stored answer up to date with as few requests as the API allows, and stores the result:
// the head of the history (page 1, newest first) is read and aligned with the stored answer, files
// still unfinished deeper down are asked for by their moment (a one-second date filter), and only
// when that cannot prove the answer complete does it fall back to a full fetch (HistoryClient). The
// rule, its assumptions and its fallbacks: docs/ARCHITECTURE.md, "The stored history and incremental
// refresh". It either ends with the complete new answer, saved in one transaction, or with an error
// and the store untouched.

#include "HistoryStore.h"
#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/HistoryQuery.h"

#include <QHash>
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
    QString fallbackReason;           // why it fetched everything; empty when it stayed incremental
    std::optional<ApiError> error;    // none: `answer` is complete (and saved unless saveError)
    std::optional<QString> saveError; // the answer is complete but could not be stored
    StoredAnswer answer;              // the complete new answer; empty on error
    int newFiles = 0;                 // at the head, not in the stored answer
    int updatedFiles = 0;             // unfinished files re-read by their moment whose fields changed

    bool ok() const { return !error; }
};
Q_DECLARE_METATYPE(RefreshReport)

class HistoryRefresh final : public QObject
{
    Q_OBJECT
public:
    // Head pages a refresh reads while looking for the newest stored file; more new files than this
    // and a full fetch is not much dearer, and far simpler to trust.
    static constexpr int kMaxHeadPages = 4;
    // Times the head is read again because the history changed while the refresh ran.
    static constexpr int kMaxHeadRounds = 3;

    // The store may be null: the refresh then only reports the new answer.
    HistoryRefresh(ApiClient *api, HistoryStore *store, QObject *parent = nullptr);
    ~HistoryRefresh() override;

    // Starts a refresh of `query` (its page, if any, is ignored: the whole answer is refreshed) for
    // the profile, from `stored` (nothing: a full fetch). Cancels a running one. Returns its generation.
    quint64 start(const QString &profileId, const Connection &connection, const HistoryQuery &query,
                  std::optional<StoredAnswer> stored);
    // Stops at once; finished() reports Cancelled and the store keeps the previous answer. Once the
    // answer is complete and being saved, the save (one transaction) completes regardless and
    // finished() follows it; a start() meanwhile lets the save complete but drops its report.
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }
    quint64 generation() const { return m_generation; }

    // True when a file is QUEUED, PROCESSING or WAITING: the only ones whose fields may still change.
    static bool isUnfinished(const FileRun &run);

Q_SIGNALS:
    void rateLimited(quint64 generation, int waitMs);
    void finished(quint64 generation, const RefreshReport &report);

private:
    enum class State : quint8 { Idle, Deep, Head, Full, Saving };
    using PageDone = std::function<void(const std::optional<ApiError> &error, const HistoryPage &page)>;

    void request(const HistoryQuery &query, int page, PageDone done);
    void abortAll();
    void refreshDeep();
    void readHead(int page);
    void onHeadComplete();
    void fullFetch(const QString &reason);
    void onFullFinished(quint64 generation, const HistoryOutcome &outcome);
    void fail(const ApiError &error);
    void succeed();
    bool statusAllowed(FileStatus status) const;

    QPointer<ApiClient> m_api;
    QPointer<HistoryStore> m_store;
    HistoryClient *m_full = nullptr; // child
    quint64 m_generation = 0;
    State m_state = State::Idle;

    QString m_profileId;
    Connection m_connection;
    HistoryQuery m_query;
    RefreshReport m_report;
    // The answer being built: the stored one, then updated in place.
    QList<FileRun> m_files;
    QList<qint64> m_seen;
    QSet<QByteArray> m_reread; // unfinished files already asked for by their moment in this refresh
    bool m_headNeeded = true;  // a request went out after the last complete head read
    qsizetype m_covered = 0;   // top files of m_files the last head read re-read (0: none yet)
    int m_headRounds = 0;
    int m_fullFetches = 0;
    QSet<quint64> m_calls;
    int m_pending = 0;
    // The head as it is read: page 1's count and the pages so far.
    qint64 m_headTotal = 0;
    QList<FileRun> m_head;
    QSet<QByteArray> m_headIds;
    QList<FileRun> m_fullFiles;
};
