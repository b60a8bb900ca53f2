// What watching costs a workspace and buys the window (issue 21), on the demo workspace (its 12
// imports) served from another thread: the requests one watch cycle sends with the store warm
// (counted by the server, and by the watcher), what that makes an hour at the default interval, what
// the default budget (10 requests a minute) lets the first slice of a cycle do, and how long each
// import then takes to open from the store the watcher keeps warm (the stored answer shown). That is
// the baseline; then the board of issue 21's budget, 3 workspaces x 40 imports x 300 files (the
// board bench_board stores, Bench::BoardSeed), served by three demo servers, one a workspace: the
// requests and wall time of a cold check and of a warm one, the requests an hour that makes at the
// default interval against the default budget (20 % of the API's 50 a minute per workspace), what
// the default budget postpones, and how long each of the 120 imports then takes to open.
#include "BenchSupport.h"
#include "api/ApiClient.h"
#include "api/RequestPolicy.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "session/Watcher.h"
#include "session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {
// One check, to its end.
void runCheck(Watcher &watcher)
{
    QEventLoop loop;
    QObject::connect(&watcher, &Watcher::checkFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    if (watcher.isRunning())
        watcher.checkNow();
    else
        watcher.start();
    loop.exec();
}

// One workspace of the shared board, as a demo server serves it.
DemoData boardWorkspace(int workspace, qint64 nowUs, QRandomGenerator &random)
{
    using Bench::BoardSeed::Status;
    QList<DemoImport> imports;
    for (int i = 0; i < Bench::BoardSeed::kImports; ++i) {
        DemoImport import;
        import.id = Bench::BoardSeed::importId(workspace, i);
        import.name = Bench::BoardSeed::importName(workspace, i);
        import.type = QStringLiteral("USERS");
        import.scheduleType = QStringLiteral("PERIODIC");
        import.source = QStringLiteral("SFTP");
        import.status = QStringLiteral("SCHEDULED");
        import.createdByEmail = QStringLiteral("bench@example.com");
        import.timeZone = QStringLiteral("UTC");
        import.fileStem = QStringLiteral("feed");
        import.periodUs = Bench::BoardSeed::kPeriodUs;
        for (const Bench::BoardSeed::File &seed :
             Bench::BoardSeed::history(workspace * Bench::BoardSeed::kImports + i, nowUs, random)) {
            DemoFile file;
            file.id = QString::fromLatin1(seed.id);
            file.fileName = QString::fromLatin1(seed.fileName);
            file.type = QStringLiteral("USERS");
            file.status = seed.status == Status::Successful       ? QStringLiteral("SUCCESSFUL")
                          : seed.status == Status::PartialSuccess ? QStringLiteral("PARTIAL_SUCCESS")
                                                                  : QStringLiteral("FAILED");
            file.statusMsg = QString::fromLatin1(seed.message);
            file.scheduledAtUs = seed.scheduledUs;
            file.completedAtUs = seed.completedUs;
            file.fileSize = seed.totalRows * 100;
            file.totalRows = seed.totalRows;
            file.failedRows = seed.failedRows;
            file.addedRows = seed.totalRows - seed.failedRows;
            import.files << file;
        }
        import.createdAtUs = import.files.constLast().scheduledAtUs - 86'400'000'000LL;
        imports << import;
    }
    return DemoData::fromImports(imports, QDateTime::fromMSecsSinceEpoch(nowUs / 1000 + 60'000, Qt::UTC));
}

// Opens each import of a workspace from the store, as the window does after a cycle; the times of
// those whose whole stored history came back. `files` counts what was read.
QList<double> openFromStore(Session &session, const ScanWorkspace &workspace, const DemoData &data,
                            qint64 &files)
{
    WorkspaceSession *space =
        session.workspaceFor(workspace.connection, workspace.label, workspace.profileId);
    QList<double> openMs;
    QObject viewer;
    for (const DemoImport &import : data.imports()) {
        HistoryQuery query;
        query.importId = import.id;
        QElapsedTimer timer;
        timer.start();
        HistoryFetch *fetch = space->fetch(query, StoreUse::Only, &viewer);
        // Opened when the stored files are in hand: the fetch (store only) has finished with them.
        QEventLoop loop;
        QObject::connect(fetch, &HistoryFetch::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (!fetch->outcome())
            loop.exec();
        const double ms = Bench::elapsedMs(timer);
        if (fetch->outcome() && !fetch->outcome()->error && fetch->files().size() == import.files.size())
            openMs << ms;
        files += fetch->files().size();
        space->release(&viewer);
    }
    return openMs;
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::printMachine("bench_watch");
    QThread thread;
    thread.start();
    DemoServer::Options options;
    options.rateLimit = 0;
    auto *server = new DemoServer(options);
    server->moveToThread(&thread);
    QUrl url;
    QMetaObject::invokeMethod(
        server,
        [server, &url] {
            const auto started = server->start();
            url = started ? started.value() : QUrl();
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty())
        return 1;

    QTemporaryDir dir;
    Session session(Session::Options{dir.filePath(QStringLiteral("settings.ini")), 10'000,
                                     dir.filePath(QStringLiteral("history.sqlite"))});
    RequestPolicy policy;
    policy.rateLimitRequests = 100'000; // the server has no limit here: the warm-up is not paced
    session.api().setPolicy(policy);
    ScanWorkspace workspace;
    workspace.label = QStringLiteral("Demo");
    workspace.profileId = QStringLiteral("bench");
    workspace.connection.baseUrl = url;
    workspace.connection.workspaceId = DemoServer::workspaceId();
    workspace.connection.apiKey = DemoServer::apiKey();

    Watcher watcher(session);
    watcher.setIntervalMinutes(Watcher::kDefaultIntervalMinutes);
    watcher.setBudgetPerMinute(100'000);
    watcher.setWorkspaces({workspace});
    // The first check fills the store (every page of every import): the cold cost, once.
    server->resetCounters();
    runCheck(watcher);
    Bench::report("watch_first_cycle_requests", server->totalRequests(), "requests");

    // Warm: a new file at the top of two imports between cycles, as a busy workspace has.
    const DemoData data = server->snapshot();
    QList<double> cycleRequests;
    int watcherCounted = 0;
    for (int round = 0; round < 5; ++round) {
        server->addNewestFiles(data.imports().at(0).id, 1);
        server->addNewestFiles(data.imports().at(1).id, 1);
        server->resetCounters();
        runCheck(watcher);
        cycleRequests << server->totalRequests();
        watcherCounted = watcher.lastRequests().value(QStringLiteral("Demo"));
    }
    const double perCycle = Bench::median(cycleRequests);
    Bench::report("watch_cycle_requests", perCycle, "requests");
    Bench::report("watch_cycle_requests_counted_by_watcher", watcherCounted, "requests");
    Bench::report("watch_imports", double(data.imports().size()), "imports");
    Bench::report("watch_requests_per_hour_default_interval",
                  perCycle * 60 / Watcher::kDefaultIntervalMinutes, "requests");

    // The default budget: what the first slice of a warm cycle does, and what it leaves for later.
    {
        Watcher budgeted(session);
        budgeted.setWorkspaces({workspace});
        QEventLoop loop;
        int spent = 0;
        // The first slice ends when the watcher reports its postponed imports (or the check ends).
        QObject::connect(&budgeted, &Watcher::statusChanged, &loop, [&] {
            if (budgeted.postponedImports() > 0 || budgeted.lastCheck().isValid()) {
                spent = budgeted.lastRequests().value(QStringLiteral("Demo"));
                loop.quit();
            }
        });
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        server->resetCounters();
        budgeted.start();
        loop.exec();
        Bench::report("watch_default_budget_slice_requests", server->totalRequests(), "requests");
        Bench::report("watch_default_budget_slice_counted", spent, "requests");
        Bench::report("watch_default_budget_postponed_imports", budgeted.postponedImports(), "imports");
        budgeted.stop();
    }

    // Opening each import from the warm store after a cycle: until the stored answer is shown.
    qint64 files = 0;
    const QList<double> openMs = openFromStore(session, workspace, server->snapshot(), files);
    Bench::report("watch_open_from_warm_store_median_ms", Bench::median(openMs), "ms", 1);
    Bench::report("watch_open_from_warm_store_max_ms", maxOf(openMs), "ms", 1);
    Bench::report("watch_open_from_warm_store_imports", double(openMs.size()), "imports");
    Bench::report("watch_open_from_warm_store_files", double(files), "files");

    // ---- The board of 3 workspaces x 40 imports, one demo server a workspace ----
    const int kBoard = Bench::BoardSeed::kWorkspaces;
    QList<DemoServer *> servers;
    QList<ScanWorkspace> board;
    QList<DemoData> boardData;
    {
        QRandomGenerator random(42); // bench_board's seed: the same board
        const qint64 nowUs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000 - 60'000'000LL;
        for (int w = 0; w < kBoard; ++w) {
            auto *boardServer = new DemoServer(options);
            boardServer->moveToThread(&thread);
            QUrl boardUrl;
            QMetaObject::invokeMethod(
                boardServer,
                [boardServer, &boardUrl] {
                    const auto started = boardServer->start();
                    boardUrl = started ? started.value() : QUrl();
                },
                Qt::BlockingQueuedConnection);
            if (boardUrl.isEmpty())
                return 1;
            boardData << boardWorkspace(w, nowUs, random);
            boardServer->setData(boardData.constLast());
            servers << boardServer;
            ScanWorkspace space;
            space.label = QStringLiteral("Board %1").arg(w);
            space.profileId = QStringLiteral("board%1").arg(w);
            space.connection.baseUrl = boardUrl;
            space.connection.workspaceId = DemoServer::workspaceId();
            space.connection.apiKey = DemoServer::apiKey();
            board << space;
        }
    }
    const auto boardRequests = [&servers] {
        int n = 0;
        for (const DemoServer *boardServer : std::as_const(servers))
            n += boardServer->totalRequests();
        return n;
    };
    const auto resetBoard = [&servers] {
        for (DemoServer *boardServer : std::as_const(servers))
            boardServer->resetCounters();
    };
    QTemporaryDir boardDir;
    Session boardSession(Session::Options{boardDir.filePath(QStringLiteral("settings.ini")), 10'000,
                                          boardDir.filePath(QStringLiteral("history.sqlite"))});
    boardSession.api().setPolicy(policy);
    Watcher boardWatcher(boardSession);
    boardWatcher.setBudgetPerMinute(100'000); // the pace lifted: what a check costs, not how it waits
    boardWatcher.setWorkspaces(board);
    {
        resetBoard();
        QElapsedTimer timer;
        timer.start();
        runCheck(boardWatcher);
        const double coldMs = Bench::elapsedMs(timer);
        Bench::report("watch_3x40_cold_check_requests", boardRequests(), "requests");
        Bench::report("watch_3x40_cold_check_requests_per_workspace", double(boardRequests()) / kBoard,
                      "requests", 1);
        Bench::report("watch_3x40_cold_check_ms", coldMs, "ms", 1);
        // At the default budget the same cold check is spread over this many minutes per workspace.
        Bench::report("watch_3x40_cold_check_minutes_at_default_budget",
                      double(boardRequests()) / kBoard / Watcher::kDefaultBudgetPerMinute, "min", 1);
    }
    // Warm: nothing new (Import Details only), then a new file at the top of two imports of each
    // workspace before each check, as a busy board has.
    {
        resetBoard();
        runCheck(boardWatcher);
        Bench::report("watch_3x40_quiet_check_requests", boardRequests(), "requests");
    }
    QList<double> warmRequests;
    QList<double> warmMs;
    int warmCounted = 0;
    for (int round = 0; round < 5; ++round) {
        for (int w = 0; w < kBoard; ++w) {
            // The same two each time, as in the 12-import run: a steady busy board (their queued
            // files keep them from being quiet, so each costs a request every check).
            servers[w]->addNewestFiles(Bench::BoardSeed::importId(w, 0), 1);
            servers[w]->addNewestFiles(Bench::BoardSeed::importId(w, 10), 1);
        }
        resetBoard();
        QElapsedTimer timer;
        timer.start();
        runCheck(boardWatcher);
        warmMs << Bench::elapsedMs(timer);
        warmRequests << boardRequests();
        warmCounted = 0;
        for (const int spent : boardWatcher.lastRequests())
            warmCounted += spent;
    }
    const double warmPerCheck = Bench::median(warmRequests);
    const double warmPerWorkspace = warmPerCheck / kBoard;
    const double perHour = warmPerWorkspace * 60 / Watcher::kDefaultIntervalMinutes;
    const double budgetPerHour = Watcher::kDefaultBudgetPerMinute * 60.0;
    Bench::report("watch_3x40_warm_check_requests", warmPerCheck, "requests");
    Bench::report("watch_3x40_warm_check_requests_counted_by_watcher", warmCounted, "requests");
    Bench::report("watch_3x40_warm_check_requests_per_workspace", warmPerWorkspace, "requests", 1);
    Bench::report("watch_3x40_warm_check_median_ms", Bench::median(warmMs), "ms", 1);
    Bench::report("watch_3x40_warm_check_max_ms", maxOf(warmMs), "ms", 1);
    Bench::report("watch_3x40_requests_per_hour_per_workspace_default_interval", perHour, "requests", 1);
    Bench::report("watch_3x40_budget_per_hour_per_workspace", budgetPerHour, "requests");
    Bench::report("watch_3x40_share_of_budget", 100.0 * perHour / budgetPerHour, "%", 1);
    Bench::report("watch_3x40_share_of_api_limit", 100.0 * perHour / (50.0 * 60), "%", 1);

    // The default budget over a warm check with two more imports with a new file a workspace (four
    // to refresh): what the first slice spends and postpones.
    {
        for (int w = 0; w < kBoard; ++w) {
            servers[w]->addNewestFiles(Bench::BoardSeed::importId(w, 20), 1);
            servers[w]->addNewestFiles(Bench::BoardSeed::importId(w, 30), 1);
        }
        Watcher budgeted(boardSession);
        budgeted.setWorkspaces(board);
        QEventLoop loop;
        // The first slice of every workspace is over when the check ends or waits for the budget.
        QObject::connect(&budgeted, &Watcher::statusChanged, &loop, [&] {
            if (budgeted.lastCheck().isValid() || (budgeted.postponedImports() > 0 && !budgeted.isChecking()))
                loop.quit();
        });
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        resetBoard();
        budgeted.start();
        loop.exec();
        Bench::report("watch_3x40_default_budget_first_slice_requests", boardRequests(), "requests");
        Bench::report("watch_3x40_default_budget_postponed_imports", budgeted.postponedImports(), "imports");
        budgeted.stop();
    }

    // Each of the 120 imports opened from the store the watcher keeps warm.
    {
        QList<double> boardOpenMs;
        qint64 boardFiles = 0;
        for (int w = 0; w < kBoard; ++w)
            boardOpenMs += openFromStore(boardSession, board[w], servers[w]->snapshot(), boardFiles);
        Bench::report("watch_3x40_open_from_warm_store_median_ms", Bench::median(boardOpenMs), "ms", 1);
        Bench::report("watch_3x40_open_from_warm_store_max_ms", maxOf(boardOpenMs), "ms", 1);
        Bench::report("watch_3x40_open_from_warm_store_imports", double(boardOpenMs.size()), "imports");
        Bench::report("watch_3x40_open_from_warm_store_files", double(boardFiles), "files");
    }
    for (DemoServer *boardServer : std::as_const(servers))
        QMetaObject::invokeMethod(
            boardServer, [boardServer] { delete boardServer; }, Qt::BlockingQueuedConnection);

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
