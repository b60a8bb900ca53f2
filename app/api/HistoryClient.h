#pragma once
// Fetches every page of one import's run history: page 1 first, then, knowing the total, the
// rest concurrently through ApiClient, handed on in page order and de-duplicated by file id.
// Each fetch has a generation; starting a new one cancels the old, and anything the old one still
// produces is dropped (DB Browser for SQLite's m_lifeCounter).

#include "ApiError.h"
#include "Connection.h"
#include "FileRun.h"
#include "HistoryQuery.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <map>
#include <optional>

class ApiClient;
struct HistoryPage;

struct HistoryOutcome
{
    std::optional<ApiError> error; // none: every page arrived
    qint64 totalCount = 0;         // as the API counted on page 1
    int filesReceived = 0;         // after de-duplication
    int pagesDone = 0;
    int pagesTotal = 0;
    bool complete() const { return !error; }
};
Q_DECLARE_METATYPE(HistoryOutcome)

class HistoryClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPath = "/v1.0/data/fileimports/import/run/history";

    explicit HistoryClient(ApiClient *api, QObject *parent = nullptr);
    ~HistoryClient() override;

    // Starts a fetch and returns its generation. An invalid query finishes at once with InvalidInput.
    quint64 fetch(const Connection &connection, const HistoryQuery &query);
    // Stops the running fetch; it finishes with Cancelled and keeps what it had.
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void progress(quint64 generation, int pagesDone, int pagesTotal);
    // New files, in page order, never one seen before in this fetch.
    void filesArrived(quint64 generation, const QList<FileRun> &files);
    // Paused by the rate limit for this long.
    void rateLimited(quint64 generation, int waitMs);
    void finished(quint64 generation, const HistoryOutcome &outcome);

private:
    void requestPage(int page);
    void onPage(quint64 generation, int page, const HistoryPage &data);
    void onPageError(quint64 generation, int page, const ApiError &error);
    void flushInOrder(bool includeGaps);
    void stopAfter(int lastPage);
    void complete(std::optional<ApiError> error);

    QPointer<ApiClient> m_api; // may go first when both are children of one window
    quint64 m_generation = 0;
    bool m_running = false;
    Connection m_connection;
    HistoryQuery m_query;
    int m_firstPage = 1;
    int m_lastPage = 0; // 0 until page 1 tells
    int m_nextToEmit = 1;
    int m_pagesDone = 0;
    qint64 m_totalCount = 0;
    int m_filesEmitted = 0;
    std::map<int, quint64> m_inFlight;            // page → call id
    std::map<int, QList<FileRun>> m_waitingPages; // arrived out of order
    QSet<QByteArray> m_seenIds;
};
