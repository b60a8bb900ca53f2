#include "HistoryRefresh.h"

#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

class RefreshText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRefresh)
};

constexpr qint64 kUsPerSecond = 1'000'000;
// A moment request may cover several unfinished files at once, as long as it stays well inside one
// page: at most this many stored files in its window, spanning at most an hour.
constexpr int kWindowFiles = 40;
constexpr qint64 kWindowSeconds = 3600;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 secondOf(const WallClock &clock)
{
    return clock.usecs >= 0 ? clock.usecs / kUsPerSecond
                            : -((-clock.usecs + kUsPerSecond - 1) / kUsPerSecond);
}

// "YYYY-MM-DD hh:mm:ss" of a scheduled second, in the same wall clock the API writes scheduled_at in.
QString momentText(qint64 second)
{
    WallClock clock;
    clock.usecs = second * kUsPerSecond;
    clock.shape = 0x80; // ' ' between date and time, no fraction
    return QString::fromLatin1(clock.text());
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

bool HistoryRefresh::statusAllowed(FileStatus status) const
{
    return !m_query.filtersStatus() || m_query.statuses.contains(status);
}

quint64 HistoryRefresh::start(const QString &profileId, const Connection &connection,
                              const HistoryQuery &query, std::optional<StoredAnswer> stored)
{
    if (m_state == State::Deep || m_state == State::Head || m_state == State::Full)
        cancel();
    const quint64 generation = ++m_generation;
    m_state = State::Deep;
    m_profileId = profileId;
    m_connection = connection;
    m_query = query;
    m_query.page.reset(); // a refresh is always of the whole answer
    m_report = RefreshReport();
    m_files.clear();
    m_seen.clear();
    m_reread.clear();
    m_covered = 0;
    m_headNeeded = true;
    m_headRounds = 0;
    m_fullFetches = 0;
    m_pending = 0;

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
    if (!stored) {
        fullFetch(RefreshText::tr("nothing was stored for this query"));
        return generation;
    }
    if (!stored->complete) {
        fullFetch(RefreshText::tr("the stored answer is incomplete"));
        return generation;
    }
    if (stored->totalCount != stored->files.size()) {
        fullFetch(RefreshText::tr("the stored answer does not add up to its count"));
        return generation;
    }
    // With a status filter a file can join the answer deep in the history when an unfinished file
    // finishes, unseen by the head. Only when the filter keeps every unfinished status is each such
    // file already in the stored answer, where its moment request sees it change.
    if (m_query.filtersStatus() && !(m_query.statuses.contains(FileStatus::Queued) &&
                                     m_query.statuses.contains(FileStatus::Processing) &&
                                     m_query.statuses.contains(FileStatus::Waiting))) {
        fullFetch(RefreshText::tr("the query filters on status without every unfinished status, so a file "
                                  "finishing deep in the history could join its answer unseen"));
        return generation;
    }
    m_files = std::move(stored->files);
    m_seen = std::move(stored->lastSeenMs);
    const qint64 storedMs = stored->refreshedAt.isValid() ? stored->refreshedAt.toMSecsSinceEpoch() : 0;
    m_seen.resize(m_files.size(), storedMs);
    // Deep first, head last: a file that arrives while the moments are asked for is on the head.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_state == State::Deep)
            refreshDeep();
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
    if (m_full && m_full->isRunning()) {
        const State state = m_state;
        m_state = State::Idle; // its Cancelled outcome is not ours to report
        m_full->cancel();
        m_state = state;
    }
}

void HistoryRefresh::request(const HistoryQuery &query, int page, PageDone done)
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
    auto parsed = std::make_shared<HistoryPage>();
    auto id = std::make_shared<quint64>(0);
    ++m_report.requests;
    *id = m_api->post(
        m_connection, QString::fromLatin1(HistoryClient::kPath), query.body(page),
        [parsed](const QByteArray &body) -> std::optional<QString> {
            auto result = ResponseParser::parseHistoryPage(body);
            if (!result)
                return result.error();
            *parsed = std::move(result.value());
            return std::nullopt;
        },
        [this, generation, state, parsed, id, done = std::move(done)](const std::optional<ApiError> &error) {
            m_calls.remove(*id);
            if (generation != m_generation || m_state != state)
                return; // a cancelled or superseded refresh's late answer
            done(error, *parsed);
        },
        [this, generation](int waitMs) {
            if (generation == m_generation)
                Q_EMIT rateLimited(generation, waitMs);
        });
    m_calls.insert(*id);
}

void HistoryRefresh::refreshDeep()
{
    m_state = State::Deep;
    // Below what the next (or the last) head read covers: before any head read, everything past page
    // 1, since new files only push stored ones further down.
    const qsizetype from = m_covered > 0 ? m_covered : HistoryQuery::kPageSize;
    QList<qsizetype> deep;
    for (qsizetype i = from; i < m_files.size(); ++i) {
        if (isUnfinished(m_files.at(i)) && !m_reread.contains(m_files.at(i).id))
            deep << i;
    }
    if (deep.isEmpty()) {
        if (m_headNeeded)
            readHead(1);
        else
            succeed();
        return;
    }
    for (qsizetype i : std::as_const(deep)) {
        if (m_files.at(i).scheduledAt.isNull()) {
            fullFetch(RefreshText::tr("the unfinished file %1 has no scheduled time to ask for")
                          .arg(m_files.at(i).idText()));
            return;
        }
    }
    std::sort(deep.begin(), deep.end(), [this](qsizetype a, qsizetype b) {
        return m_files.at(a).scheduledAt.usecs < m_files.at(b).scheduledAt.usecs;
    });
    const auto storedIn = [this](qint64 first, qint64 last) {
        return std::count_if(m_files.cbegin(), m_files.cend(), [&](const FileRun &run) {
            const qint64 second = secondOf(run.scheduledAt);
            return !run.scheduledAt.isNull() && second >= first && second <= last;
        });
    };
    struct Window
    {
        qint64 first = 0;
        qint64 last = 0;
        QList<QByteArray> ids;
    };
    QList<Window> windows;
    for (qsizetype i : std::as_const(deep)) {
        const qint64 second = secondOf(m_files.at(i).scheduledAt);
        if (!windows.isEmpty() && second - windows.last().first <= kWindowSeconds &&
            storedIn(windows.last().first, second) <= kWindowFiles) {
            windows.last().last = second;
        } else {
            windows.append({second, second, {}});
        }
        windows.last().ids << m_files.at(i).id;
    }

    // Requests go out after any head read so far: the head is read again at the end.
    m_headNeeded = true;
    m_covered = 0;
    m_pending = int(windows.size());
    for (const Window &window : std::as_const(windows)) {
        HistoryQuery moment;
        moment.importId = m_query.importId;
        moment.importName = m_query.importName;
        // No status filter: the file must be found whatever it became.
        moment.dates =
            DateRange{momentText(window.first), momentText(window.last), DateFormat::YearMonthDayDashTime};
        request(moment, 1, [this, window](const std::optional<ApiError> &error, const HistoryPage &page) {
            if (error) {
                fail(*error);
                return;
            }
            if (page.moreFiles) {
                fullFetch(
                    RefreshText::tr("more than a page of files share the moment of an unfinished file"));
                return;
            }
            QHash<QByteArray, qsizetype> where;
            for (qsizetype i = 0; i < m_files.size(); ++i)
                where.insert(m_files.at(i).id, i);
            QList<qsizetype> leaving;
            const qint64 seen = nowMs();
            for (const QByteArray &id : window.ids) {
                const auto fresh = std::find_if(page.files.cbegin(), page.files.cend(),
                                                [&](const FileRun &run) { return run.id == id; });
                const qsizetype index = where.value(id, -1);
                if (index < 0)
                    continue; // left the answer in another window's update
                if (fresh == page.files.cend()) {
                    // Never delete on a guess: only a full fetch can say where it went.
                    fullFetch(RefreshText::tr("the unfinished file %1 was not found at its moment (%2)")
                                  .arg(QString::fromUtf8(id), momentText(window.first)));
                    return;
                }
                if (!(*fresh == m_files.at(index)))
                    ++m_report.updatedFiles;
                m_files[index] = *fresh;
                m_seen[index] = seen;
                m_reread.insert(id);
                // Finished with a status the query does not ask for: seen leaving, not guessed.
                if (!statusAllowed(fresh->status))
                    leaving << index;
            }
            std::sort(leaving.begin(), leaving.end(), std::greater<>());
            for (qsizetype index : std::as_const(leaving)) {
                m_files.removeAt(index);
                m_seen.removeAt(index);
            }
            if (--m_pending == 0)
                refreshDeep();
        });
    }
}

void HistoryRefresh::readHead(int page)
{
    m_state = State::Head;
    if (page == 1) {
        m_head.clear();
        m_headIds.clear();
        m_headTotal = 0;
        if (++m_headRounds > kMaxHeadRounds) {
            fullFetch(RefreshText::tr("the history kept changing while it was refreshed"));
            return;
        }
    }
    request(m_query, page, [this, page](const std::optional<ApiError> &error, const HistoryPage &data) {
        if (error) {
            // An offset past the last page: the history shrank under the refresh.
            if (page > 1 && error->kind == ApiError::Kind::Rejected &&
                error->apiType == QLatin1String("Import Doesn't Exist")) {
                fullFetch(RefreshText::tr("the history shrank while it was refreshed"));
                return;
            }
            fail(*error);
            return;
        }
        if (page == 1) {
            m_headTotal = data.totalCount;
        } else if (data.totalCount != m_headTotal) {
            readHead(1); // files came or went between two head pages: the pages no longer fit together
            return;
        }
        for (const FileRun &run : data.files) {
            if (!m_headIds.contains(run.id)) {
                m_headIds.insert(run.id);
                m_head << run;
            }
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
        fullFetch(RefreshText::tr("more than %n new files: a full fetch costs little more", nullptr,
                                  kMaxHeadPages * HistoryQuery::kPageSize));
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
            fullFetch(RefreshText::tr("the newest stored file is no longer in the history"));
            return;
        }
    }
    const qsizetype overlap = std::min(m_head.size() - n, m_files.size());
    for (qsizetype i = 0; i < overlap; ++i) {
        if (m_head.at(n + i).id != m_files.at(i).id) {
            fullFetch(RefreshText::tr("files were added or removed among the newest ones"));
            return;
        }
    }
    // Pages are newest first and a file never moves: n new files on top of a still-complete stored
    // answer make exactly this many. Anything else means files vanished or appeared deeper down.
    const qint64 expected = n + m_files.size();
    if (m_headTotal != expected) {
        fullFetch(RefreshText::tr("the history counts %1 files where the stored answer and the new files "
                                  "make %2: files vanished or appeared deeper in the history")
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
        m_reread.insert(run.id); // just read: no moment request needed for these
    QList<FileRun> merged = m_head;
    merged += m_files.mid(overlap);
    QList<qint64> mergedSeen(m_head.size(), seen);
    mergedSeen += m_seen.mid(overlap);
    m_files = std::move(merged);
    m_seen = std::move(mergedSeen);
    m_covered = m_head.size();
    m_headNeeded = false;
    // Unfinished files the new ones pushed below the head still need their moment (then the head
    // is read once more, since requests went out after it).
    refreshDeep();
}

void HistoryRefresh::fullFetch(const QString &reason)
{
    abortAll();
    m_state = State::Full;
    m_report.mode = RefreshReport::Mode::Full;
    if (m_report.fallbackReason.isEmpty())
        m_report.fallbackReason = reason;
    ++m_fullFetches;
    m_fullFiles.clear();
    if (!m_full) {
        m_full = new HistoryClient(m_api, this);
        connect(m_full, &HistoryClient::filesArrived, this,
                [this](quint64 generation, const QList<FileRun> &files) {
                    if (m_state == State::Full && generation == m_full->generation())
                        m_fullFiles += files;
                });
        connect(m_full, &HistoryClient::rateLimited, this, [this](quint64, int waitMs) {
            if (m_state == State::Full)
                Q_EMIT rateLimited(m_generation, waitMs);
        });
        connect(m_full, &HistoryClient::finished, this, &HistoryRefresh::onFullFinished);
    }
    m_full->fetch(m_connection, m_query);
}

void HistoryRefresh::onFullFinished(quint64 generation, const HistoryOutcome &outcome)
{
    if (m_state != State::Full || generation != m_full->generation())
        return;
    m_report.requests += outcome.pagesDone;
    if (outcome.error) {
        fail(*outcome.error);
        return;
    }
    m_files = std::move(m_fullFiles);
    m_fullFiles.clear();
    m_seen = QList<qint64>(m_files.size(), nowMs());
    m_reread.clear();
    for (const FileRun &run : std::as_const(m_files))
        m_reread.insert(run.id); // every unfinished file was just read
    m_covered = 0;
    m_headRounds = 0;
    // Files that arrived while the pages came in are on the head: one more request proves the answer
    // complete. After a second full fetch the answer is taken as it is, so a server that never holds
    // still cannot keep the refresh going.
    m_headNeeded = m_fullFetches < 2;
    if (m_headNeeded)
        readHead(1);
    else
        succeed();
}

void HistoryRefresh::fail(const ApiError &error)
{
    abortAll();
    m_state = State::Idle;
    m_report.error = error;
    m_report.answer = StoredAnswer();
    m_files.clear();
    m_seen.clear();
    Q_EMIT finished(m_generation, m_report);
}

void HistoryRefresh::succeed()
{
    m_state = State::Saving;
    const qint64 now = nowMs();
    StoredAnswer answer;
    answer.files = std::move(m_files);
    answer.lastSeenMs = std::move(m_seen);
    answer.totalCount = answer.files.size();
    answer.refreshedAt = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    answer.complete = true;
    m_files.clear();
    m_seen.clear();
    m_report.answer = answer;
    const quint64 generation = m_generation;
    if (!m_store) {
        m_state = State::Idle;
        Q_EMIT finished(generation, m_report);
        return;
    }
    m_store->saveAsync(m_profileId, m_query, std::move(answer), this,
                       [this, generation](const std::optional<QString> &error) {
                           if (generation != m_generation || m_state != State::Saving)
                               return;
                           m_report.saveError = error;
                           m_state = State::Idle;
                           Q_EMIT finished(generation, m_report);
                       });
}
