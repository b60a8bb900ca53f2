#include "HistoryRefresh.h"

#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/KeyScrubber.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <set>

namespace {

class RefreshText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRefresh)
};

constexpr int kPageSize = HistoryQuery::kPageSize;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int pageOf(qsizetype position)
{
    return int(position / kPageSize) + 1;
}

bool isPastTheEnd(const ApiError &error)
{
    return error.kind == ApiError::Kind::Rejected && error.apiType == QLatin1String("Import Doesn't Exist");
}

} // namespace

HistoryRefresh::HistoryRefresh(ApiClient *api, HistoryStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store)
{
    qRegisterMetaType<RefreshReport>();
}

HistoryRefresh::~HistoryRefresh()
{
    m_state = State::Idle;
    abortAll();
}

bool HistoryRefresh::isUnfinished(const FileRun &run)
{
    return run.status == FileStatus::Queued || run.status == FileStatus::Processing ||
           run.status == FileStatus::Waiting;
}

HistoryQuery HistoryRefresh::pageQuery() const
{
    return m_query;
}

quint64 HistoryRefresh::start(const QString &profileId, const Connection &connection,
                              const HistoryQuery &query, std::optional<StoredHistory> stored,
                              std::optional<qint64> reachBackToUs)
{
    if (m_state == State::Head || m_state == State::Deep || m_state == State::Span)
        cancel();
    const quint64 generation = ++m_generation;
    m_state = State::Head;
    m_profileId = profileId;
    m_connection = connection;
    // The history is the import's, whatever the query's dates and statuses: no filter, every page.
    m_query = HistoryQuery();
    m_query.importId = query.importId.trimmed();
    m_query.importName = query.importName.trimmed();
    m_reachUs = reachBackToUs;
    m_report = RefreshReport();
    m_files.clear();
    m_seen.clear();
    m_reread.clear();
    m_total = m_storedTotal = -1;
    m_complete = m_checkTail = m_orderBroken = m_stoppedAtMoment = m_orderProbed = false;
    m_fresh = 0;
    m_headRounds = m_spanReads = m_pagesDone = m_pagesPlanned = m_pending = 0;
    m_report.history.importId = m_query.importId;
    m_report.history.importName = m_query.importName;

    if (const auto problem = m_query.validate()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidInput;
        error.message = *problem;
        // Asynchronously, like every other outcome, so callers need one code path.
        QTimer::singleShot(0, this, [this, generation, error] {
            if (generation == m_generation && m_state != State::Idle)
                fail(error);
        });
        return generation;
    }
    const bool usable = stored && (stored->complete || !stored->files.isEmpty());
    if (usable) {
        if (m_query.importId.isEmpty())
            m_query.importId = stored->importId; // the ID wins in the API: ask by it once it is known
        if (m_query.importName.isEmpty())
            m_report.history.importName = stored->importName;
        m_report.history.importId = m_query.importId;
        m_files = std::move(stored->files);
        m_seen = std::move(stored->lastSeenMs);
        const qint64 storedMs = stored->refreshedAt.isValid() ? stored->refreshedAt.toMSecsSinceEpoch() : 0;
        m_seen.resize(m_files.size(), storedMs);
        m_complete = stored->complete;
        m_storedTotal = stored->totalCount;
        if (m_complete && m_storedTotal != m_files.size()) {
            m_complete = false; // a count that does not add up proves nothing: checked by position
            m_storedTotal = -1;
        }
        m_checkTail = m_storedTotal < 0 && !m_files.isEmpty();
    }
    QTimer::singleShot(0, this, [this, generation, usable] {
        if (generation != m_generation || m_state == State::Idle)
            return;
        if (usable)
            headRound();
        else
            spanRead(RefreshText::tr("nothing was stored for this import"));
    });
    return generation;
}

void HistoryRefresh::cancel()
{
    if (m_state == State::Idle || m_state == State::Saving)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = RefreshText::tr("Refresh cancelled: the stored history is unchanged.");
    fail(error);
}

void HistoryRefresh::abortAll()
{
    if (m_api) {
        for (quint64 id : std::as_const(m_calls))
            m_api->abort(id);
    }
    m_calls.clear();
    m_pending = 0;
    if (m_pages && m_pages->isRunning()) {
        m_pages->disconnect(this);
        m_pages->cancel();
        m_pages->deleteLater();
        m_pages = nullptr;
    }
}

void HistoryRefresh::request(int page, PageDone done)
{
    if (!m_api) {
        ApiError error;
        error.kind = ApiError::Kind::Local;
        error.message = RefreshText::tr("The refresh lost its network client: try again.");
        QTimer::singleShot(0, this, [this, generation = m_generation, error] {
            if (generation == m_generation && m_state != State::Idle)
                fail(error);
        });
        return;
    }
    const quint64 generation = m_generation;
    const State state = m_state;
    const int round = m_headRounds;
    auto parsed = std::make_shared<HistoryPage>();
    auto id = std::make_shared<quint64>(0);
    ++m_report.requests;
    ++m_pagesPlanned;
    Q_EMIT progress(m_generation);
    *id = m_api->post(
        m_connection, QString::fromLatin1(HistoryClient::kPath), pageQuery().body(page),
        [parsed, connection = m_connection](const QByteArray &body) -> std::optional<QString> {
            auto result = ResponseParser::parseHistoryPage(body);
            if (!result)
                return result.error();
            *parsed = std::move(result.value());
            KeyScrubber(connection).scrub(parsed->files); // docs/SECURITY.md: never kept, stored or shown
            return std::nullopt;
        },
        [this, generation, state, round, parsed, id,
         done = std::move(done)](const std::optional<ApiError> &error) {
            m_calls.remove(*id);
            // A cancelled, superseded or restarted refresh's late answer.
            if (generation != m_generation || m_state != state || m_headRounds != round)
                return;
            ++m_pagesDone;
            Q_EMIT progress(m_generation);
            done(error, *parsed);
        },
        [this, generation](int waitMs) {
            if (generation == m_generation)
                Q_EMIT rateLimited(generation, waitMs);
        });
    m_calls.insert(*id);
}

void HistoryRefresh::headRound()
{
    abortAll();
    if (++m_headRounds > kMaxHeadRounds) {
        spanRead(RefreshText::tr("the history kept changing while it was refreshed"));
        return;
    }
    readHead(1);
}

void HistoryRefresh::readHead(int page)
{
    m_state = State::Head;
    if (page == 1) {
        m_head.clear();
        m_headIds.clear();
        m_headTotal = 0;
    }
    request(page, [this, page](const std::optional<ApiError> &error, const HistoryPage &data) {
        if (error) {
            if (page > 1 && isPastTheEnd(*error)) {
                spanRead(RefreshText::tr("the history shrank while it was refreshed"));
                return;
            }
            fail(*error);
            return;
        }
        if (page == 1) {
            m_headTotal = data.totalCount;
        } else if (data.totalCount != m_headTotal) {
            headRound(); // files came or went between two head pages: the pages no longer fit together
            return;
        }
        for (const FileRun &run : data.files) {
            if (m_headIds.contains(run.id)) {
                spanRead(RefreshText::tr("the API sent the same file twice among the newest ones"));
                return;
            }
            m_headIds.insert(run.id);
            m_head << run;
        }
        const bool more = data.moreFiles && !data.files.isEmpty();
        const bool found = !m_files.isEmpty() && m_headIds.contains(m_files.first().id);
        if (found || !more) {
            onHeadComplete();
            return;
        }
        if (page < kMaxHeadPages) {
            readHead(page + 1);
            return;
        }
        spanRead(RefreshText::tr("more than %n new files: reading the history again costs little more",
                                 nullptr, kMaxHeadPages * kPageSize));
    });
}

void HistoryRefresh::onHeadComplete()
{
    qsizetype n = m_head.size();
    if (!m_files.isEmpty()) {
        n = std::find_if(m_head.cbegin(), m_head.cend(),
                         [&](const FileRun &run) { return run.id == m_files.first().id; }) -
            m_head.cbegin();
        if (n == m_head.size()) {
            spanRead(RefreshText::tr("the newest stored file is no longer in the history"));
            return;
        }
    }
    const qsizetype overlap = std::min(m_head.size() - n, m_files.size());
    for (qsizetype i = 0; i < overlap; ++i) {
        if (m_head.at(n + i).id != m_files.at(i).id) {
            spanRead(RefreshText::tr("files were added or removed among the newest ones"));
            return;
        }
    }
    // New files only ever arrive at the top, so a "new" file already stored further down means the
    // server's story changed (an ID reused): building on it would list one file twice.
    if (n > 0 && overlap < m_files.size()) {
        QSet<QByteArray> deeper;
        deeper.reserve(m_files.size() - overlap);
        for (qsizetype i = overlap; i < m_files.size(); ++i)
            deeper.insert(m_files.at(i).id);
        for (qsizetype i = 0; i < n; ++i) {
            if (deeper.contains(m_head.at(i).id)) {
                spanRead(RefreshText::tr("the API sent as new a file that is stored further down"));
                return;
            }
        }
    }
    // Newest first, and a file never moves: n new files on top of what was counted make exactly
    // this many. Anything else means files vanished or appeared deeper down.
    const qint64 expected = m_complete ? n + m_files.size() : m_storedTotal >= 0 ? n + m_storedTotal : -1;
    if (expected >= 0 && m_headTotal != expected) {
        spanRead(
            RefreshText::tr("the history counts %1 files where the stored ones and the new ones make %2: "
                            "files vanished or appeared deeper in the history")
                .arg(m_headTotal)
                .arg(expected));
        return;
    }
    const qint64 seen = nowMs();
    for (qsizetype i = 0; i < overlap; ++i) {
        if (!(m_head.at(n + i) == m_files.at(i)))
            ++m_report.updatedFiles;
    }
    m_report.newFiles += int(n);
    for (const FileRun &run : std::as_const(m_head))
        m_reread.insert(run.id);
    const bool headHoldsAllStored = overlap == m_files.size();
    QList<FileRun> merged = m_head;
    merged += m_files.mid(overlap);
    QList<qint64> mergedSeen(m_head.size(), seen);
    mergedSeen += m_seen.mid(overlap);
    m_files = std::move(merged);
    m_seen = std::move(mergedSeen);
    if (headHoldsAllStored)
        m_checkTail = false; // the head read every stored file: nothing left to check by position
    m_fresh = m_head.size();
    m_total = m_headTotal;
    m_storedTotal = m_headTotal;
    readDeep();
}

// Unfinished files below the head, and (for a history whose count is unknown) its oldest file, are
// read again by their page: a file stored at p is at p now that the head is merged, since new files
// only push the others down and no file moves.
void HistoryRefresh::readDeep()
{
    m_state = State::Deep;
    std::set<int> pages;
    for (qsizetype i = m_fresh; i < m_files.size(); ++i) {
        if (isUnfinished(m_files.at(i)) && !m_reread.contains(m_files.at(i).id))
            pages.insert(pageOf(i));
    }
    if (m_checkTail)
        pages.insert(pageOf(m_files.size() - 1));
    if (pages.empty()) {
        extendOrFinish();
        return;
    }
    // Never dearer than reading the whole span from the top (docs/ARCHITECTURE.md).
    const int spanPages = pageOf(std::max<qsizetype>(0, m_files.size() - 1));
    if (m_report.requests + int(pages.size()) > spanPages) {
        spanRead(RefreshText::tr("the unfinished files deep in the history cost as many requests as reading "
                                 "it again"));
        return;
    }
    m_pending = int(pages.size());
    for (const int page : pages) {
        request(page, [this, page](const std::optional<ApiError> &error, const HistoryPage &data) {
            if (error) {
                if (isPastTheEnd(*error)) {
                    spanRead(RefreshText::tr("the history shrank while it was refreshed"));
                    return;
                }
                fail(*error);
                return;
            }
            if (data.totalCount != m_total) {
                headRound(); // files came or went since the head was read: positions moved
                return;
            }
            const qsizetype first = qsizetype(page - 1) * kPageSize;
            const qint64 seen = nowMs();
            for (qsizetype j = 0; j < data.files.size() && first + j < m_files.size(); ++j) {
                const FileRun &fresh = data.files.at(j);
                const qsizetype position = first + j;
                if (fresh.id != m_files.at(position).id) {
                    spanRead(RefreshText::tr("a file deeper in the history is not where its position says "
                                             "(%1): files moved")
                                 .arg(m_files.at(position).idText()));
                    return;
                }
                if (!(fresh == m_files.at(position)))
                    ++m_report.updatedFiles;
                m_files[position] = fresh;
                m_seen[position] = seen;
                m_reread.insert(fresh.id);
            }
            if (first + data.files.size() < std::min<qsizetype>(m_files.size(), first + kPageSize)) {
                spanRead(RefreshText::tr("the history holds fewer files than were stored"));
                return;
            }
            if (page == pageOf(m_files.size() - 1))
                m_checkTail = false; // the oldest stored file is where the count says: the block holds
            if (--m_pending == 0)
                extendOrFinish();
        });
    }
}

bool HistoryRefresh::reached() const
{
    if (m_complete)
        return true;
    if (!m_reachUs || m_orderBroken || m_files.isEmpty() || m_files.constLast().scheduledAt.isNull())
        return false;
    // Newest first: holding a file older than the moment means holding every file after it.
    return m_files.constLast().scheduledAt.usecs < *m_reachUs;
}

void HistoryRefresh::extendOrFinish()
{
    if (m_total >= 0 && m_files.size() > m_total) {
        if (m_fresh == m_files.size()) {
            // Just read from the top, and still more files than the count: the server contradicts itself.
            ApiError error;
            error.kind = ApiError::Kind::Malformed;
            error.message =
                RefreshText::tr("The API counts %1 files but sent %2: nothing was stored. Try again "
                                "later.")
                    .arg(m_total)
                    .arg(m_files.size());
            fail(error);
            return;
        }
        spanRead(RefreshText::tr("the history counts fewer files than are stored"));
        return;
    }
    if (m_total >= 0 && m_files.size() == m_total)
        m_complete = true;
    if (reached()) {
        if (m_stoppedAtMoment && !m_orderProbed)
            probeOrder();
        else
            succeed();
        return;
    }
    readPages(int(m_files.size() / kPageSize) + 1, false, QString());
}

// A read that stopped at the moment asked for builds on the files coming newest first by time, which
// the API does not promise: the last page must then hold nothing newer than the oldest file kept.
// One request, once per refresh that stopped so; where it fails, the whole history is read.
void HistoryRefresh::probeOrder()
{
    m_orderProbed = true;
    m_state = State::Deep;
    const int last = pageOf(std::max<qint64>(0, m_total - 1));
    if (last <= pageOf(m_files.size() - 1)) {
        succeed(); // the last page was read
        return;
    }
    request(last, [this](const std::optional<ApiError> &error, const HistoryPage &data) {
        if (error) {
            if (isPastTheEnd(*error)) {
                spanRead(RefreshText::tr("the history shrank while it was refreshed"));
                return;
            }
            fail(*error);
            return;
        }
        if (data.totalCount != m_total) {
            headRound(); // files came or went meanwhile
            return;
        }
        const qint64 oldest = m_files.constLast().scheduledAt.usecs;
        const bool newer = std::any_of(data.files.cbegin(), data.files.cend(), [&](const FileRun &run) {
            return run.scheduledAt.isNull() || run.scheduledAt.usecs > oldest;
        });
        if (!newer) {
            succeed();
            return;
        }
        // Not newest first by time: a moment bounds nothing, so the rest is read too.
        m_orderBroken = true;
        extendOrFinish();
    });
}

void HistoryRefresh::readPages(int firstPage, bool fromTop, const QString &reason)
{
    Q_UNUSED(reason)
    abortAll();
    m_state = State::Span;
    m_fromTop = fromTop;
    m_read.clear();
    m_overlap = fromTop ? 0 : m_files.size() - qsizetype(firstPage - 1) * kPageSize;
    m_pages = new HistoryClient(m_api, this);
    connect(m_pages, &HistoryClient::filesArrived, this, [this](quint64, const QList<FileRun> &files) {
        m_read += files;
        if (m_fromTop)
            Q_EMIT filesRead(m_generation, files);
    });
    connect(m_pages, &HistoryClient::progress, this, [this](quint64, int done, int total) {
        m_pagesDone = m_report.requests + done;
        m_pagesPlanned = m_report.requests + total;
        Q_EMIT progress(m_generation);
    });
    connect(m_pages, &HistoryClient::rateLimited, this,
            [this](quint64, int waitMs) { Q_EMIT rateLimited(m_generation, waitMs); });
    connect(m_pages, &HistoryClient::finished, this, &HistoryRefresh::onPagesFinished);
    HistoryClient::Options options;
    options.firstPage = firstPage;
    if (!m_orderBroken)
        options.reachBackToUs = m_reachUs;
    // The whole history wanted and its count known (the head just read, else as stored): its pages
    // go out with the first (docs/ARCHITECTURE.md, "Known pages"). Nothing known: page 1 first.
    if (const qint64 known = m_total >= 0 ? m_total : m_storedTotal; !options.reachBackToUs && known > 0)
        options.knownPages = HistoryClient::pagesFor(known);
    m_pages->fetch(m_connection, pageQuery(), options);
}

void HistoryRefresh::onPagesFinished(quint64 generation, const HistoryOutcome &outcome)
{
    if (m_state != State::Span || !m_pages || generation != m_pages->generation())
        return;
    m_pages->deleteLater();
    m_pages = nullptr;
    m_report.requests += outcome.pagesDone + outcome.pagesBeyondEnd;
    QList<FileRun> read = std::exchange(m_read, {});
    if (outcome.error) {
        if (!m_fromTop && isPastTheEnd(*outcome.error)) {
            spanRead(RefreshText::tr("the history shrank while it was refreshed"));
            return;
        }
        fail(*outcome.error);
        return;
    }
    if (outcome.orderBroken)
        m_orderBroken = true; // not newest first: dates bound nothing, the whole history is read
    if (!outcome.reachedEnd)
        m_stoppedAtMoment = true;
    const qint64 seen = nowMs();
    if (m_fromTop) {
        m_files = std::move(read);
        m_seen = QList<qint64>(m_files.size(), seen);
        m_reread.clear();
        for (const FileRun &run : std::as_const(m_files))
            m_reread.insert(run.id);
        m_total = outcome.totalCount;
        m_storedTotal = m_total;
        m_complete = outcome.reachedEnd || m_files.size() >= m_total;
        m_fresh = m_files.size();
        m_checkTail = false;
        // Files came or went while the pages came: the top may be stale, so the head is read once more
        // and must align. After a second read from the top the answer is taken as it is, so a server
        // that never holds still cannot keep the refresh going.
        if (outcome.totalChanged && m_spanReads < 2) {
            if (m_complete)
                m_storedTotal = m_files.size();
            m_headRounds = 0;
            headRound();
            return;
        }
        extendOrFinish();
        return;
    }
    // Appended below the stored files: the first page's top must be their last files.
    if (m_overlap > read.size()) {
        spanRead(RefreshText::tr("the pages below the stored history do not continue it"));
        return;
    }
    for (qsizetype i = 0; i < m_overlap; ++i) {
        if (read.at(i).id != m_files.at(m_files.size() - m_overlap + i).id) {
            spanRead(RefreshText::tr("the pages below the stored history do not continue it: files moved"));
            return;
        }
    }
    if (outcome.totalCount != m_total || outcome.totalChanged) {
        headRound(); // files came or went meanwhile: positions moved, so begin at the top again
        return;
    }
    QSet<QByteArray> held;
    held.reserve(m_files.size());
    for (const FileRun &run : std::as_const(m_files))
        held.insert(run.id);
    for (qsizetype i = m_overlap; i < read.size(); ++i) {
        if (held.contains(read.at(i).id)) {
            spanRead(RefreshText::tr("the API sent a stored file again further down"));
            return;
        }
        m_reread.insert(read.at(i).id);
    }
    m_files += read.mid(m_overlap);
    m_seen.resize(m_files.size(), seen);
    if (outcome.reachedEnd)
        m_complete = true;
    extendOrFinish();
}

void HistoryRefresh::spanRead(const QString &reason)
{
    abortAll();
    if (m_spanReads >= 2) {
        ApiError error;
        error.kind = ApiError::Kind::Server;
        error.message =
            RefreshText::tr("The history kept changing while it was read (%1): nothing was stored. "
                            "Try again in a minute.")
                .arg(reason);
        fail(error);
        return;
    }
    ++m_spanReads;
    m_report.mode = RefreshReport::Mode::Full;
    if (m_report.fallbackReason.isEmpty())
        m_report.fallbackReason = reason;
    m_files.clear();
    m_seen.clear();
    m_reread.clear();
    m_complete = m_checkTail = false;
    m_headRounds = 0;
    readPages(1, true, reason);
}

void HistoryRefresh::fail(const ApiError &error)
{
    abortAll();
    m_state = State::Idle;
    m_report.error = error;
    m_report.history.files.clear();
    m_report.history.lastSeenMs.clear();
    m_files.clear();
    m_seen.clear();
    Q_EMIT finished(m_generation, m_report);
}

void HistoryRefresh::succeed()
{
    // A history never holds one file twice, nor more files than the API counts.
    QSet<QByteArray> ids;
    ids.reserve(m_files.size());
    for (const FileRun &run : std::as_const(m_files)) {
        if (ids.contains(run.id)) {
            spanRead(RefreshText::tr("the history would hold the file %1 twice").arg(run.idText()));
            return;
        }
        ids.insert(run.id);
    }
    if (m_complete && m_total >= 0 && m_files.size() > m_total) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.message =
            RefreshText::tr("The API counts %1 files but sent %2: nothing was stored. Try again later.")
                .arg(m_total)
                .arg(m_files.size());
        fail(error);
        return;
    }
    m_state = State::Saving;
    const qint64 now = nowMs();
    StoredHistory &history = m_report.history;
    history.files = std::move(m_files);
    history.lastSeenMs = std::move(m_seen);
    history.totalCount = m_complete ? history.files.size() : m_total;
    history.complete = m_complete;
    history.refreshedAt = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    m_files.clear();
    m_seen.clear();
    const quint64 generation = m_generation;
    if (!m_store) {
        m_state = State::Idle;
        Q_EMIT finished(generation, m_report);
        return;
    }
    m_store->saveAsync(m_profileId, history, this, [this, generation](const std::optional<QString> &error) {
        if (generation != m_generation || m_state != State::Saving)
            return;
        m_report.saveError = error;
        m_state = State::Idle;
        Q_EMIT finished(generation, m_report);
    });
}
