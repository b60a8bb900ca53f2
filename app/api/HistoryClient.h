#pragma once
// Fetches every page of one import's run history: page 1 first, then, knowing the total, the
// rest concurrently through ApiClient, handed on in page order and de-duplicated by file id. Pages an
// earlier answer said exist (Options::knownPages) go out together with page 1 instead.
// Pages are planned lazily: at most a small window of pages is asked for or held at any time, so a
// server announcing 10^15 files costs nothing up front and cancel() is immediate; growth past what
// page 1 announced is followed only a little way (docs/SECURITY.md, "Bounds").
// Each fetch has a generation; starting a new one cancels the old, and anything the old one still
// produces is dropped (DB Browser for SQLite's m_lifeCounter).

#include "ApiError.h"
#include "Connection.h"
#include "FileRun.h"
#include "HistoryQuery.h"
#include "PagingLimits.h"
#include "ResponseParser.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

class ApiClient;

struct HistoryOutcome
{
    std::optional<ApiError> error; // none: every page arrived
    qint64 totalCount = 0;         // as the API counted on the first page
    int filesReceived = 0;         // after de-duplication
    int pagesDone = 0;
    int pagesTotal = 0;
    // Read as the pages came, for whoever builds on them (the stored history's refresh):
    bool totalChanged = false; // a later page counted otherwise than the first: files came or went
    bool orderBroken = false;  // a file was scheduled after the one before it: not newest first
    bool reachedEnd = false;   // the history's last page was read (not stopped at reachBackToUs)
    // Known pages (Options::knownPages) asked for with the first page that the first page then said
    // do not exist (the history shrank): answered or cut short, dropped, never handed on.
    int pagesBeyondEnd = 0;
    bool complete() const { return !error; }
};
Q_DECLARE_METATYPE(HistoryOutcome)

class HistoryClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPath = "/v1.0/data/fileimports/import/run/history";
    // docs/SECURITY.md, "Bounds": the paging limits both paging clients share.
    static constexpr int kMaxPages = PagingLimits::kMaxPages;
    static constexpr int kGrowthPages = PagingLimits::kGrowthPages;

    struct Options
    {
        // Read from this page on (the query's own page, if any, still means that page only).
        int firstPage = 1;
        // Stop after the page that holds a file scheduled before this wall-clock moment (µs, as
        // WallClock counts): a span read back from the top, paging by position only. Pages are
        // asked for a few at a time, as far as the files so far suggest the moment lies, so a span
        // costs about its own pages. Ignored once the files are seen not to be newest first.
        std::optional<qint64> reachBackToUs;
        // Pages the query's history certainly holds now, counted from page 1: an earlier answer to
        // the same query had this many, and files only arrive at the top and never vanish
        // (docs/ARCHITECTURE.md, "Known pages"). They are asked for together with the first page,
        // one wave instead of two round trips, up to the window and kMaxPages; pages the first page
        // then says do not exist are dropped (HistoryOutcome::pagesBeyondEnd). 0: nothing known,
        // page 1 first as always. Ignored for a query's own page and with reachBackToUs (a span
        // plans its pages by time).
        int knownPages = 0;
    };

    // The pages `files` files fill, at most kMaxPages: what Options::knownPages is given for a count
    // an earlier answer had.
    static int pagesFor(qint64 files)
    {
        return int(std::clamp<qint64>((files + HistoryQuery::kPageSize - 1) / HistoryQuery::kPageSize, 0,
                                      kMaxPages));
    }

    explicit HistoryClient(ApiClient *api, QObject *parent = nullptr);
    ~HistoryClient() override;

    // Starts a fetch and returns its generation. An invalid query finishes at once with InvalidInput.
    quint64 fetch(const Connection &connection, const HistoryQuery &query, const Options &options);
    quint64 fetch(const Connection &connection, const HistoryQuery &query)
    {
        return fetch(connection, query, {});
    }
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
    // Asks for further pages while fewer than the window are asked for or waiting to be handed on.
    void planMore();
    // Stops with `error`, handing on what arrived in order so far.
    void failWith(const ApiError &error);
    void onPage(quint64 generation, int page, const HistoryPage &data);
    void onPageError(quint64 generation, int page, const ApiError &error);
    void flushInOrder(bool includeGaps);
    void stopAfter(int lastPage);
    void complete(std::optional<ApiError> error);
    // The last page worth asking for before more files have arrived, by the span they cover so far.
    void estimatePlan();

    // Guarded: at teardown the client may already be gone (Qt deletes siblings in creation order).
    QPointer<ApiClient> m_api;
    quint64 m_generation = 0;
    bool m_running = false;
    Connection m_connection;
    HistoryQuery m_query;
    int m_firstPage = 1;
    int m_lastPage = 0;          // 0 until page 1 tells
    int m_announcedLastPage = 0; // what page 1's total_count planned
    qint64 m_nextToRequest = 1;  // 64 bits: page INT_MAX has a next page number too
    qint64 m_nextToEmit = 1;
    int m_pagesDone = 0;
    qint64 m_totalCount = 0;
    int m_filesEmitted = 0;
    std::map<int, quint64> m_inFlight;            // page → call id; at most the window
    std::map<int, QList<FileRun>> m_waitingPages; // arrived out of order; at most the window
    // Known pages answered before the first page: held until it tells how many pages exist.
    std::map<int, HistoryPage> m_earlyPages;
    bool m_firstAnswered = false;
    int m_earlyEnd = 0; // a known page answered "Import Doesn't Exist" before the first: none after it
    int m_pagesBeyondEnd = 0;
    QSet<QByteArray> m_seenIds;
    Options m_options;
    int m_planLimit = 0;   // no page beyond this is asked for yet (reachBackToUs)
    qint64 m_newestUs = 0; // scheduled_at of the first file handed on
    qint64 m_oldestUs = 0; // ... and of the last
    bool m_timed = false;  // a file with a scheduled time was handed on
    bool m_orderBroken = false;
    bool m_totalChanged = false;
    bool m_reached = false; // a file before reachBackToUs was handed on
};
