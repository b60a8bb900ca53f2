// The stored history's budgets (docs/PERFORMANCE.md): reopening a stored import to a shown, sorted
// table, reopening 200,000 stored rows, the requests and time an incremental refresh takes beside a
// full fetch, and the bytes a stored file costs on disk. Also the figures behind two choices in
// app/store: one blob per answer rather than a row per file (a row-per-file table read the same way,
// for contrast), and saving on a worker thread (how long a save takes).
//
// The demo server runs in its own thread, as a real server would be in its own process. The full
// fetch's time at the default pace (50 requests a minute) is computed from its request count rather
// than waited for: 87 requests at 50 a minute take at least one full 60 s window.
#include "BenchSupport.h"
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdlib>

namespace {

constexpr int kRepeats = 5;
constexpr int kLatencyMs = 100;
constexpr int kManyRows = 200'000;
const QString kProfile = QStringLiteral("bench");

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(why));
    std::exit(1);
}

class ServerThread final
{
public:
    ServerThread()
    {
        m_thread.start();
        DemoServer::Options options;
        options.rateLimit = 0; // the refresh's own requests are counted; pacing is computed
        m_server = new DemoServer(options);
        m_server->moveToThread(&m_thread);
        Expected<QUrl> url = unexpected(QStringLiteral("not started"));
        QMetaObject::invokeMethod(
            m_server, [&] { url = m_server->start(); }, Qt::BlockingQueuedConnection);
        if (!url)
            die(url.error());
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    DemoServer *operator->() const { return m_server; }
    Connection connection() const
    {
        Connection connection;
        connection.baseUrl = m_server->url();
        connection.workspaceId = DemoServer::workspaceId();
        connection.apiKey = DemoServer::apiKey();
        return connection;
    }

private:
    QThread m_thread;
    DemoServer *m_server = nullptr;
};

RequestPolicy unpaced()
{
    RequestPolicy policy;
    policy.rateLimitRequests = 100'000;
    policy.rateLimitWindowMs = 1000;
    return policy;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return Bench::elapsedMs(timer);
}

QList<FileRun> fetchAll(ApiClient &api, const Connection &connection, const HistoryQuery &query,
                        int *requests)
{
    HistoryClient client(&api);
    QList<FileRun> files;
    HistoryOutcome outcome;
    QEventLoop loop;
    QObject::connect(&client, &HistoryClient::filesArrived, &loop,
                     [&](quint64, const QList<FileRun> &arrived) { files += arrived; });
    QObject::connect(&client, &HistoryClient::finished, &loop, [&](quint64, const HistoryOutcome &o) {
        outcome = o;
        loop.quit();
    });
    client.fetch(connection, query);
    loop.exec();
    if (!outcome.complete())
        die(QStringLiteral("full fetch failed: %1").arg(outcome.error->message));
    if (requests)
        *requests = outcome.pagesDone;
    return files;
}

RefreshReport refresh(ApiClient &api, HistoryStore &store, const Connection &connection,
                      const HistoryQuery &query)
{
    HistoryRefresh refresh(&api, &store);
    RefreshReport report;
    QEventLoop loop;
    QObject::connect(&refresh, &HistoryRefresh::finished, &loop, [&](quint64, const RefreshReport &r) {
        report = r;
        loop.quit();
    });
    refresh.start(kProfile, connection, query, store.load(kProfile, query), std::nullopt);
    loop.exec();
    if (!report.ok())
        die(QStringLiteral("refresh failed: %1").arg(report.error->message));
    if (report.saveError)
        die(QStringLiteral("refresh not saved: %1").arg(*report.saveError));
    return report;
}

// Opens the store, loads the answer, fills the model under the window's sort (scheduled, newest
// first) and shows the table: what reopening an import costs until the user sees it.
double reopenToShownTable(const QString &path, const HistoryQuery &query, qsizetype expected)
{
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    view.setModel(&proxy);
    QElapsedTimer timer;
    timer.start();
    HistoryStore store(path);
    std::optional<StoredHistory> answer = store.load(kProfile, query);
    if (!answer || answer->files.size() != expected)
        die(QStringLiteral("the stored answer is missing or short"));
    model.setFiles(answer->answerTo(query));
    proxy.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    view.show();
    QCoreApplication::processEvents();
    const double ms = Bench::elapsedMs(timer);
    if (proxy.rowCount() != expected)
        die(QStringLiteral("the table shows %1 rows").arg(proxy.rowCount()));
    return ms;
}

double medianReopen(const QString &path, const HistoryQuery &query, qsizetype expected, bool table)
{
    QList<double> samples;
    for (int i = 0; i < kRepeats; ++i) {
        if (table) {
            samples << reopenToShownTable(path, query, expected);
        } else {
            samples << timeMs([&] {
                HistoryStore store(path);
                const auto answer = store.load(kProfile, query);
                if (!answer || answer->files.size() != expected)
                    die(QStringLiteral("the stored answer is missing or short"));
            });
        }
    }
    return Bench::median(samples);
}

// The alternative app/store did not take: a row per file, twenty columns, read back into FileRuns.
double rowPerFileReadMs(const QString &path, const QList<FileRun> &files)
{
    const QString name = QStringLiteral("rows");
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            die(QStringLiteral("cannot open %1").arg(path));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral(
            "CREATE TABLE files (seq INTEGER PRIMARY KEY, id BLOB, file_name BLOB, status_msg BLOB, "
            "irregular BLOB, sched INTEGER, sched_shape INTEGER, comp INTEGER, comp_shape INTEGER, "
            "c0 INTEGER, c1 INTEGER, c2 INTEGER, c3 INTEGER, c4 INTEGER, c5 INTEGER, c6 INTEGER, "
            "c7 INTEGER, status INTEGER, type INTEGER, seen INTEGER)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (qsizetype i = 0; i < files.size(); ++i) {
            const FileRun &f = files.at(i);
            q.addBindValue(qint64(i));
            q.addBindValue(f.id);
            q.addBindValue(f.fileName);
            q.addBindValue(f.statusMessage);
            q.addBindValue(f.irregular.bytes());
            q.addBindValue(f.scheduledAt.usecs);
            q.addBindValue(int(f.scheduledAt.shape));
            q.addBindValue(f.completedAt.usecs);
            q.addBindValue(int(f.completedAt.shape));
            for (qint64 c : f.counts)
                q.addBindValue(c);
            q.addBindValue(int(f.status));
            q.addBindValue(int(f.type));
            q.addBindValue(qint64(0));
            q.exec();
        }
        db.commit();
        QList<double> samples;
        for (int round = 0; round < 3; ++round) {
            samples << timeMs([&] {
                QSqlQuery read(db);
                read.setForwardOnly(true);
                read.exec(QStringLiteral("SELECT * FROM files ORDER BY seq"));
                QList<FileRun> out;
                out.reserve(files.size());
                while (read.next()) {
                    FileRun f;
                    f.id = read.value(1).toByteArray();
                    f.fileName = read.value(2).toByteArray();
                    f.statusMessage = read.value(3).toByteArray();
                    f.irregular.setBytes(read.value(4).toByteArray());
                    f.scheduledAt.usecs = read.value(5).toLongLong();
                    f.scheduledAt.shape = quint8(read.value(6).toInt());
                    f.completedAt.usecs = read.value(7).toLongLong();
                    f.completedAt.shape = quint8(read.value(8).toInt());
                    for (int c = 0; c < FileRun::kCountFields; ++c)
                        f.counts[c] = read.value(9 + c).toLongLong();
                    f.status = FileStatus(read.value(17).toInt());
                    f.type = FileType(read.value(18).toInt());
                    out << f;
                }
                if (out.size() != files.size())
                    die(QStringLiteral("row-per-file read %1 rows").arg(out.size()));
            });
        }
        ms = Bench::median(samples);
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // for the shown table
    Bench::printMachine("bench_store");
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));

    ServerThread server;
    ApiClient api;
    api.setPolicy(unpaced());
    const Connection connection = server.connection();
    HistoryQuery large;
    large.importId = DemoData::largeImport().id;

    // The 4,321-file import, fetched in full and stored.
    int fullRequests = 0;
    QList<FileRun> files = fetchAll(api, connection, large, &fullRequests);
    if (files.size() != 4321)
        die(QStringLiteral("the large import has %1 files").arg(files.size()));
    const QString path = dir.filePath(QStringLiteral("large/history.sqlite"));
    {
        HistoryStore store(path);
        StoredHistory answer;
        answer.importId = large.importId;
        answer.files = files;
        answer.totalCount = files.size();
        answer.complete = true;
        QList<double> saves;
        for (int i = 0; i < kRepeats; ++i)
            saves << timeMs([&] {
                if (const auto error = store.save(kProfile, answer))
                    die(*error);
            });
        Bench::report("store_save_4321_ms", Bench::median(saves), "ms", 1);
        store.forget(QStringLiteral("nobody")); // checkpoints the WAL into the file
        Bench::report("store_bytes_per_file", double(QFileInfo(path).size()) / files.size(), "bytes", 1);
    }
    Bench::report("store_reopen_4321_ms", medianReopen(path, large, files.size(), false), "ms", 1);
    Bench::report("store_reopen_4321_shown_sorted_table_ms", medianReopen(path, large, files.size(), true),
                  "ms", 1);

    // 200,000 stored rows: the large import many times over, each copy with ids of its own.
    QList<FileRun> many;
    many.reserve(kManyRows);
    for (int copy = 0; many.size() < kManyRows; ++copy) {
        for (const FileRun &run : std::as_const(files)) {
            if (many.size() == kManyRows)
                break;
            FileRun copied = run;
            copied.id = run.id.left(16) + QByteArray::number(copy).rightJustified(8, '0');
            many << copied;
        }
    }
    const QString manyPath = dir.filePath(QStringLiteral("many/history.sqlite"));
    HistoryQuery manyQuery;
    manyQuery.importId = QStringLiteral("many");
    {
        HistoryStore store(manyPath);
        StoredHistory answer;
        answer.importId = manyQuery.importId;
        answer.files = many;
        answer.totalCount = many.size();
        answer.complete = true;
        QList<double> saves;
        for (int i = 0; i < 3; ++i)
            saves << timeMs([&] {
                if (const auto error = store.save(kProfile, answer))
                    die(*error);
            });
        Bench::report("store_save_200000_ms", Bench::median(saves), "ms", 1);
        store.forget(QStringLiteral("nobody"));
        Bench::report("store_bytes_per_file_200000", double(QFileInfo(manyPath).size()) / many.size(),
                      "bytes", 1);
    }
    Bench::report("store_reopen_200000_ms", medianReopen(manyPath, manyQuery, many.size(), false), "ms", 1);
    Bench::report("store_reopen_200000_shown_sorted_table_ms",
                  medianReopen(manyPath, manyQuery, many.size(), true), "ms", 1);
    Bench::report("store_row_per_file_read_200000_ms",
                  rowPerFileReadMs(dir.filePath(QStringLiteral("rows.sqlite")), many), "ms", 1);
    many.clear();

    // Refreshes at 100 ms latency, beside a full fetch of the same import.
    const QString refreshPath = dir.filePath(QStringLiteral("refresh/history.sqlite"));
    HistoryStore store(refreshPath);
    refresh(api, store, connection, large); // nothing stored yet: a full fetch, stored
    server->setLatencyMs(kLatencyMs);
    server->addNewestFiles(large.importId, 10);
    server->resetCounters();
    RefreshReport report;
    double ms = timeMs([&] { report = refresh(api, store, connection, large); });
    if (report.mode != RefreshReport::Mode::Incremental || report.newFiles != 10)
        die(QStringLiteral("the refresh after 10 new files was not incremental: %1")
                .arg(report.fallbackReason));
    Bench::report("refresh_10_new_requests", server->totalRequests(), "requests");
    Bench::report("refresh_10_new_ms", ms, "ms");

    // Three files deep in the history unfinished when stored (stored afresh: a finished file never
    // becomes unfinished, so a refresh would rightly not look), then 10 new files and the three finish.
    const QStringList deep = server->markUnfinished(large.importId, {600, 1900, 3500});
    server->setLatencyMs(0);
    store.forgetAll();
    refresh(api, store, connection, large);
    server->setLatencyMs(kLatencyMs);
    server->addNewestFiles(large.importId, 10);
    server->setFileStatus(large.importId, deep.at(0), QStringLiteral("SUCCESSFUL"));
    server->setFileStatus(large.importId, deep.at(1), QStringLiteral("FAILED"));
    server->setFileStatus(large.importId, deep.at(2), QStringLiteral("PARTIAL_FAILURE"));
    server->resetCounters();
    ms = timeMs([&] { report = refresh(api, store, connection, large); });
    if (report.mode != RefreshReport::Mode::Incremental || report.updatedFiles < 3)
        die(QStringLiteral("the refresh with deep changes was not incremental: %1")
                .arg(report.fallbackReason));
    Bench::report("refresh_10_new_3_finishing_deep_requests", server->totalRequests(), "requests");
    Bench::report("refresh_10_new_3_finishing_deep_ms", ms, "ms");

    // The full fetch beside them: its requests, its time here unpaced, and at the default pace.
    server->resetCounters();
    ms = timeMs([&] { fetchAll(api, connection, large, &fullRequests); });
    Bench::report("full_fetch_requests", server->totalRequests(), "requests");
    Bench::report("full_fetch_unpaced_ms", ms, "ms");
    // At 50 requests per rolling 60 s the 51st request waits for the first window to pass.
    const RequestPolicy pace;
    const int windows = (server->totalRequests() - 1) / pace.rateLimitRequests;
    Bench::report("full_fetch_paced_ms_computed", double(windows) * pace.rateLimitWindowMs + kLatencyMs,
                  "ms");
    return 0;
}
