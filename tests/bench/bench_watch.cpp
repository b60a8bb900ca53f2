// What watching costs a workspace and buys the window (issue 21), on the demo workspace (its 12
// imports) served from another thread: the requests one watch cycle sends with the store warm
// (counted by the server, and by the watcher), what that makes an hour at the default interval, what
// the default budget (10 requests a minute) lets the first slice of a cycle do, and how long each
// import then takes to open from the store the watcher keeps warm (the stored answer shown).
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
    WorkspaceSession *space =
        session.workspaceFor(workspace.connection, workspace.label, workspace.profileId);
    QList<double> openMs;
    QObject viewer;
    qint64 files = 0;
    const DemoData current = server->snapshot();
    for (const DemoImport &import : current.imports()) {
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
    Bench::report("watch_open_from_warm_store_median_ms", Bench::median(openMs), "ms", 1);
    double worst = 0;
    for (double ms : openMs)
        worst = std::max(worst, ms);
    Bench::report("watch_open_from_warm_store_max_ms", worst, "ms", 1);
    Bench::report("watch_open_from_warm_store_imports", double(openMs.size()), "imports");
    Bench::report("watch_open_from_warm_store_files", double(files), "files");

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
