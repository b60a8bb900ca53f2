#include "HistoryClient.h"

#include "ApiClient.h"
#include "KeyScrubber.h"
#include "ResponseParser.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

HistoryClient::HistoryClient(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    qRegisterMetaType<HistoryOutcome>();
}

HistoryClient::~HistoryClient()
{
    if (!m_api)
        return;
    for (const auto &[page, id] : m_inFlight)
        m_api->abort(id);
}

quint64 HistoryClient::fetch(const Connection &connection, const HistoryQuery &query, const Options &options)
{
    if (m_running)
        cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_connection = connection;
    m_query = query;
    m_options = options;
    m_firstPage = query.page.value_or(std::max(1, options.firstPage));
    m_planLimit = options.reachBackToUs ? m_firstPage : kMaxPages;
    m_newestUs = m_oldestUs = 0;
    m_timed = false;
    m_orderBroken = m_totalChanged = m_reached = false;
    m_lastPage = 0;
    m_announcedLastPage = 0;
    m_nextToRequest = qint64(m_firstPage) + 1;
    m_nextToEmit = m_firstPage;
    m_pagesDone = 0;
    m_totalCount = 0;
    m_filesEmitted = 0;
    m_inFlight.clear();
    m_waitingPages.clear();
    m_earlyPages.clear();
    m_firstAnswered = false;
    m_earlyEnd = 0;
    m_pagesBeyondEnd = 0;
    m_seenIds.clear();

    if (const auto problem = query.validate()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidInput;
        error.message = *problem;
        // Asynchronously, like every other outcome, so callers need one code path.
        QTimer::singleShot(0, this, [this, generation, error] {
            if (generation == m_generation && m_running)
                complete(error);
        });
        return generation;
    }
    requestPage(m_firstPage);
    // Pages known to exist go out with the first (docs/ARCHITECTURE.md, "Known pages"): one wave
    // instead of page 1's round trip and then the rest. Within the window planMore() keeps, so the
    // pace and the in-flight limit hold as for any other wave; a span plans by time instead.
    if (!query.page && !options.reachBackToUs && options.knownPages > m_firstPage) {
        const qsizetype window = 2 * std::max(1, m_api->maxInFlight(m_connection));
        const int known = std::min(options.knownPages, kMaxPages);
        while (m_nextToRequest <= known && qsizetype(m_inFlight.size()) < window)
            requestPage(static_cast<int>(m_nextToRequest++));
    }
    return generation;
}

void HistoryClient::cancel()
{
    if (!m_running)
        return;
    for (const auto &[page, id] : m_inFlight)
        m_api->abort(id);
    m_inFlight.clear();
    m_earlyPages.clear(); // unchecked against the first page: nothing says they still belong
    flushInOrder(true);
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message =
        tr("Fetch cancelled: the table holds the %n file(s) received so far.", nullptr, m_filesEmitted);
    complete(error);
}

void HistoryClient::requestPage(int page)
{
    const quint64 generation = m_generation;
    auto parsed = std::make_shared<HistoryPage>();
    const quint64 id = m_api->post(
        m_connection, QString::fromLatin1(kPath), m_query.body(page),
        [parsed, connection = m_connection](const QByteArray &body) -> std::optional<QString> {
            auto result = ResponseParser::parseHistoryPage(body);
            if (!result)
                return result.error();
            *parsed = std::move(result.value());
            // A key the server echoes inside a file's fields is never kept (docs/SECURITY.md).
            KeyScrubber(connection).scrub(parsed->files);
            return std::nullopt;
        },
        [this, generation, page, parsed](const std::optional<ApiError> &error) {
            if (generation != m_generation || !m_running)
                return; // an older query's late answer
            m_inFlight.erase(page);
            if (error)
                onPageError(generation, page, *error);
            else
                onPage(generation, page, *parsed);
        },
        [this, generation](int waitMs) {
            if (generation == m_generation)
                Q_EMIT rateLimited(generation, waitMs);
        });
    m_inFlight[page] = id;
}

void HistoryClient::onPage(quint64 generation, int page, const HistoryPage &data)
{
    if (page != m_firstPage && !m_firstAnswered) {
        // A known page before the first: only the first page's count says whether it still exists.
        m_earlyPages[page] = data;
        return;
    }
    ++m_pagesDone;
    if (page != m_firstPage && data.totalCount != m_totalCount)
        m_totalChanged = true;
    if (page == m_firstPage) {
        m_totalCount = data.totalCount;
        if (m_query.page) {
            m_lastPage = page;
        } else if (!data.moreFiles) {
            m_lastPage = page;
        } else {
            // more_files says there is a next page even if total_count disagrees; ask for at least one
            // more. Only the number is planned here: planMore() asks for a window at a time.
            m_lastPage = std::clamp(pagesFor(data.totalCount), page + 1, kMaxPages);
            if (m_earlyEnd)
                m_lastPage = std::max(page, std::min(m_lastPage, m_earlyEnd));
            m_announcedLastPage = m_lastPage;
        }
        m_firstAnswered = true;
        if (m_nextToRequest - 1 > m_lastPage) {
            // Known pages the history no longer holds (it shrank): dropped, whether answered or not.
            m_pagesBeyondEnd += int(m_nextToRequest - 1 - m_lastPage);
            m_earlyPages.erase(m_earlyPages.upper_bound(m_lastPage), m_earlyPages.end());
            stopAfter(m_lastPage);
        }
    } else if (page == m_lastPage && !m_query.page && data.moreFiles &&
               data.totalCount > qint64(m_lastPage) * HistoryQuery::kPageSize &&
               data.files.size() >= HistoryQuery::kPageSize) {
        // Files arrived while we paged: the import grew past the pages we planned. Followed only a
        // little way, so a server whose total_count grows with every page cannot keep us forever.
        if (m_lastPage >= kMaxPages || m_lastPage >= m_announcedLastPage + kGrowthPages) {
            ApiError error;
            error.kind = ApiError::Kind::Server;
            error.message =
                m_lastPage >= kMaxPages
                    ? tr("The import holds more files than one fetch follows (%1 pages of 50): narrow the "
                         "dates or statuses, or fetch single pages.")
                          .arg(kMaxPages)
                    : tr("The import kept growing while it was fetched (%1 pages beyond the %2 that page 1 "
                         "announced): try again later, or narrow the dates.")
                          .arg(m_lastPage - m_announcedLastPage)
                          .arg(m_announcedLastPage);
            m_waitingPages[page] = data.files;
            failWith(error);
            return;
        }
        ++m_lastPage;
    } else if (page < m_lastPage && (!data.moreFiles || data.files.isEmpty())) {
        // Files vanished while we paged: this page is the last one.
        stopAfter(page);
    }
    if (page > m_lastPage)
        return;
    m_waitingPages[page] = data.files;
    Q_EMIT progress(generation, m_pagesDone, std::min(m_lastPage, m_planLimit) - m_firstPage + 1);
    flushInOrder(false);
    if (!m_running)
        return;
    if (page == m_firstPage && !m_earlyPages.empty()) {
        // The known pages that came before the first, now read as if they had come after it, in order.
        auto early = std::exchange(m_earlyPages, {});
        for (const auto &[earlyPage, earlyData] : early) {
            if (earlyPage > m_lastPage)
                continue; // a page before it said the history ends sooner
            onPage(generation, earlyPage, earlyData);
            if (!m_running)
                return;
        }
    }
    estimatePlan();
    planMore();
    if (m_nextToEmit > m_lastPage && m_inFlight.empty())
        complete(std::nullopt);
}

void HistoryClient::planMore()
{
    if (!m_api || !m_running)
        return;
    // Twice what may be in flight: every slot stays busy while a slow page holds up the ones behind it.
    // Over HTTP/2 that is every page the workspace's pace allows at once (RequestPolicy::kHttp2MaxInFlight):
    // after page 1 they all go out in one wave, and the pace, not this window, holds back the rest.
    const qsizetype window = 2 * std::max(1, m_api->maxInFlight(m_connection));
    while (m_nextToRequest <= std::min(m_lastPage, m_planLimit) &&
           qsizetype(m_inFlight.size() + m_waitingPages.size()) < window)
        requestPage(static_cast<int>(m_nextToRequest++));
}

void HistoryClient::estimatePlan()
{
    if (!m_options.reachBackToUs || m_reached || m_nextToEmit <= m_planLimit)
        return;
    if (m_orderBroken || !m_timed || m_newestUs <= m_oldestUs) {
        m_planLimit = kMaxPages; // no measure of how far the moment is: every page
        return;
    }
    // The files so far cover (newest - oldest) for their number; as many more per page lie ahead.
    const double usPerFile = double(m_newestUs - m_oldestUs) / double(std::max(1, m_filesEmitted - 1));
    const double filesLeft = double(m_oldestUs - *m_options.reachBackToUs) / usPerFile;
    const qint64 pages =
        std::clamp<qint64>(qint64(std::ceil(filesLeft / HistoryQuery::kPageSize)), 1, kMaxPages);
    m_planLimit = int(std::min<qint64>(m_nextToEmit - 1 + pages, kMaxPages));
}

void HistoryClient::failWith(const ApiError &error)
{
    for (const auto &[otherPage, id] : m_inFlight)
        m_api->abort(id);
    m_inFlight.clear();
    m_earlyPages.clear();
    flushInOrder(true);
    complete(error);
}

void HistoryClient::onPageError(quint64 generation, int page, const ApiError &error)
{
    Q_UNUSED(generation)
    if (page > m_firstPage && !m_firstAnswered && error.kind == ApiError::Kind::Rejected &&
        error.apiType == QLatin1String("Import Doesn't Exist")) {
        // A known page past the end before the first page answered: the history shrank (or the
        // import is gone, which the first page will say). Nothing after it is waited for.
        m_earlyEnd = m_earlyEnd ? std::min(m_earlyEnd, page - 1) : page - 1;
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (it->first > m_earlyEnd && it->first != m_firstPage) {
                m_api->abort(it->second);
                it = m_inFlight.erase(it);
            } else {
                ++it;
            }
        }
        m_earlyPages.erase(m_earlyPages.upper_bound(m_earlyEnd), m_earlyPages.end());
        return;
    }
    // docs/API.md: "Import Doesn't Exist" for a later page means the import shrank under us: the end.
    if (page > m_firstPage && !m_query.page && error.kind == ApiError::Kind::Rejected &&
        error.apiType == QLatin1String("Import Doesn't Exist")) {
        stopAfter(page - 1);
        Q_EMIT progress(m_generation, m_pagesDone, m_lastPage - m_firstPage + 1);
        flushInOrder(false);
        if (m_nextToEmit > m_lastPage && m_inFlight.empty())
            complete(std::nullopt);
        return;
    }
    failWith(error);
}

void HistoryClient::stopAfter(int lastPage)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->first > lastPage) {
            m_api->abort(it->second);
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    m_waitingPages.erase(m_waitingPages.upper_bound(lastPage), m_waitingPages.end());
    m_lastPage = lastPage;
    m_nextToRequest = std::min<qint64>(m_nextToRequest, qint64(lastPage) + 1);
}

void HistoryClient::flushInOrder(bool includeGaps)
{
    QList<FileRun> fresh;
    int reachedOn = 0;
    for (auto it = m_waitingPages.begin(); it != m_waitingPages.end();) {
        if (!includeGaps && it->first != m_nextToEmit)
            break;
        for (FileRun &run : it->second) {
            if (m_seenIds.contains(run.id))
                continue; // the same file shifted onto a later page
            m_seenIds.insert(run.id);
            if (!run.scheduledAt.isNull()) {
                if (!m_timed) {
                    m_newestUs = m_oldestUs = run.scheduledAt.usecs;
                    m_timed = true;
                }
                if (run.scheduledAt.usecs > m_oldestUs)
                    m_orderBroken = true; // newer than a file before it: the order is not by time
                m_oldestUs = std::min(m_oldestUs, run.scheduledAt.usecs);
                if (m_options.reachBackToUs && run.scheduledAt.usecs < *m_options.reachBackToUs)
                    reachedOn = it->first;
            }
            fresh.append(std::move(run));
        }
        m_nextToEmit = qint64(it->first) + 1;
        it = m_waitingPages.erase(it);
        if (reachedOn && !m_orderBroken)
            break;
    }
    if (reachedOn && !m_orderBroken && !includeGaps && !m_reached) {
        // Newest first: every later page is older still, so the span ends with this page.
        m_reached = true;
        stopAfter(reachedOn);
    }
    if (fresh.isEmpty())
        return;
    m_filesEmitted += fresh.size();
    Q_EMIT filesArrived(m_generation, fresh);
}

void HistoryClient::complete(std::optional<ApiError> error)
{
    m_running = false;
    HistoryOutcome outcome;
    outcome.error = std::move(error);
    outcome.totalCount = m_totalCount;
    outcome.filesReceived = m_filesEmitted;
    outcome.pagesDone = m_pagesDone;
    outcome.pagesTotal = m_lastPage ? m_lastPage - m_firstPage + 1 : 0;
    outcome.pagesBeyondEnd = m_pagesBeyondEnd;
    outcome.totalChanged = m_totalChanged;
    outcome.orderBroken = m_orderBroken;
    outcome.reachedEnd = !outcome.error && !m_reached;
    Q_EMIT finished(m_generation, outcome);
}
