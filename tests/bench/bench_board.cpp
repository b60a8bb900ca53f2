// The board across workspaces (issue 19): a board of 3 workspaces x 40 imports painted from the store
// (the stored histories judged by ImportScan, shown by BoardTableModel), against reading the same
// histories from the store alone as the baseline; and, on the demo server's three workspaces, what a
// refresh costs each workspace with nothing stored, and again with the store warm (Import Details
// plus only the imports that show a change: docs/ARCHITECTURE.md, "A quiet import costs nothing").
#include "BenchSupport.h"
#include "api/ApiClient.h"
#include "api/RequestPolicy.h"
#include "demo/DemoServer.h"
#include "model/BoardTableModel.h"
#include "session/ImportScan.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {
constexpr int kWorkspaces = 3;
constexpr int kImports = 40;
constexpr int kFilesPerImport = 300; // a periodic import run a few times a day for two months
constexpr int kRuns = 5;

// Runs a scan to its end; returns its elapsed time.
double runScan(ImportScan &scan)
{
    QEventLoop loop;
    QObject::connect(&scan, &ImportScan::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    scan.start();
    loop.exec();
    return Bench::elapsedMs(timer);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::printMachine("bench_board");
    QTemporaryDir dir;

    // 1. 3 x 40 imports painted from the store.
    {
        Session session(Session::Options{dir.filePath(QStringLiteral("settings.ini")), 10'000,
                                         dir.filePath(QStringLiteral("board.sqlite"))});
        QRandomGenerator random(42);
        const qint64 nowUs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
        QList<ScanWorkspace> workspaces;
        for (int w = 0; w < kWorkspaces; ++w) {
            ScanWorkspace workspace;
            workspace.profileId = QStringLiteral("ws%1").arg(w);
            workspace.label = QStringLiteral("Workspace %1").arg(w);
            workspace.connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never asked
            workspace.connection.workspaceId = QStringLiteral("WS%1").arg(w);
            workspaces << workspace;
            for (int i = 0; i < kImports; ++i) {
                const auto error = Bench::seedHistory(
                    session.store(), workspace.profileId,
                    QStringLiteral("%1%2").arg(w).arg(i).rightJustified(24, QLatin1Char('a')),
                    QStringLiteral("Import %1 of workspace %2").arg(i).arg(w),
                    Bench::syntheticFiles(w * kImports + i, kFilesPerImport, nowUs, 4 * 3600, random));
                if (error) {
                    std::fprintf(stderr, "save failed: %s\n", qPrintable(*error));
                    return 1;
                }
            }
        }
        QList<double> baseline;
        QList<double> paint;
        for (int run = 0; run < kRuns; ++run) {
            // Baseline: the 120 histories read from the store, nothing judged or shown.
            QElapsedTimer timer;
            timer.start();
            qint64 files = 0;
            for (const ScanWorkspace &workspace : workspaces) {
                for (const StoredImport &stored : session.store().imports(workspace.profileId)) {
                    HistoryQuery query;
                    query.importId = stored.importId;
                    if (const auto history = session.store().load(workspace.profileId, query))
                        files += history->files.size();
                }
            }
            baseline << Bench::elapsedMs(timer);
            if (files != qint64(kWorkspaces) * kImports * kFilesPerImport)
                return 1;

            ImportScan::Options options;
            options.storeOnly = true;
            options.spanSeconds = 7 * 86400;
            ImportScan scan(session, workspaces, options);
            BoardTableModel model;
            timer.start();
            runScan(scan);
            model.setScan(scan.workspaces(), scan.imports());
            paint << Bench::elapsedMs(timer);
            if (model.rowCount() != kWorkspaces * kImports)
                return 1;
        }
        Bench::report("board_3x40_store_read_baseline_ms", Bench::median(baseline), "ms", 1);
        Bench::report("board_3x40_painted_from_store_ms", Bench::median(paint), "ms", 1);
    }

    // 2. The demo's three workspaces refreshed with nothing stored, then again with the store warm.
    QThread thread;
    thread.start();
    DemoServer::Options options;
    options.rateLimit = 0;
    options.latencyMs = 100;
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
    Session session(Session::Options{dir.filePath(QStringLiteral("settings2.ini")), 10'000,
                                     dir.filePath(QStringLiteral("demo.sqlite"))});
    QList<ScanWorkspace> workspaces;
    for (const DemoWorkspace &demo : DemoServer::workspaces()) {
        ScanWorkspace workspace;
        workspace.profileId =
            QStringLiteral("bench-") + (demo.name.isEmpty() ? QStringLiteral("us") : demo.name);
        workspace.label = workspace.profileId;
        workspace.connection.baseUrl = url;
        workspace.connection.workspaceId = demo.id;
        workspace.connection.apiKey = demo.apiKey;
        workspaces << workspace;
    }
    const auto refresh = [&](const char *name) {
        server->resetCounters();
        ImportScan::Options scanOptions;
        scanOptions.spanSeconds = 7 * 86400;
        ImportScan scan(session, workspaces, scanOptions);
        const double ms = runScan(scan);
        Bench::report(name, ms, "ms");
        for (int w = 0; w < workspaces.size(); ++w) {
            int imports = 0;
            for (const ScannedImport &scanned : scan.imports())
                imports += scanned.workspace == w ? 1 : 0;
            std::printf("BENCH %s_requests_%s %d requests\n", name, qPrintable(workspaces[w].profileId),
                        scan.requestsSent(w));
            std::printf("BENCH %s_imports_%s %d imports\n", name, qPrintable(workspaces[w].profileId),
                        imports);
        }
        std::fflush(stdout);
    };
    // With the API's 50 a minute per workspace (the client's pace) and 100 ms latency: the floor is
    // set by the largest workspace's pages.
    refresh("board_demo_cold_refresh");
    refresh("board_demo_warm_refresh");
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
