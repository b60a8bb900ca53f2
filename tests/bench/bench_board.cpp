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

#include <algorithm>

namespace {
using Bench::BoardSeed::kFilesPerImport;
using Bench::BoardSeed::kImports;
using Bench::BoardSeed::kWorkspaces;
constexpr int kRuns = 5;

// The shared board's history as the store holds it.
QList<FileRun> syntheticHistory(int import, qint64 nowUs, QRandomGenerator &random)
{
    using Bench::BoardSeed::Status;
    QList<FileRun> files;
    files.reserve(kFilesPerImport);
    for (const Bench::BoardSeed::File &seed : Bench::BoardSeed::history(import, nowUs, random)) {
        FileRun run;
        run.id = seed.id;
        run.fileName = seed.fileName;
        run.scheduledAt = WallClock{seed.scheduledUs, 0};
        run.completedAt = WallClock{seed.completedUs, 0};
        run.status = seed.status == Status::Successful       ? FileStatus::Successful
                     : seed.status == Status::PartialSuccess ? FileStatus::PartialSuccess
                                                             : FileStatus::Failed;
        run.count(FileRun::Count::TotalRows) = seed.totalRows;
        run.count(FileRun::Count::FailedRows) = seed.failedRows;
        if (!seed.message.isEmpty())
            run.statusMessage = seed.message;
        files << run;
    }
    return files;
}

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
                StoredHistory history;
                history.importId = Bench::BoardSeed::importId(w, i);
                history.importName = Bench::BoardSeed::importName(w, i);
                history.files = syntheticHistory(w * kImports + i, nowUs, random);
                history.totalCount = history.files.size();
                history.complete = true;
                if (const auto error = session.store().save(workspace.profileId, history)) {
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
        // The pacing floor: the pace lets at most 50 calls leave in any 60 s plus its guard (a rolling
        // window, docs/PACING.md), so a workspace's N requests need ceil(N / 50) - 1 full windows
        // before the last batch leaves, and the last answer takes the latency.
        const RequestPolicy policy = session.api().policy();
        const qint64 windowMs =
            policy.rateLimitWindowMs + std::clamp<qint64>(policy.rateLimitWindowMs / 100, 25, 250);
        qint64 floorMs = 0;
        for (int w = 0; w < workspaces.size(); ++w) {
            const int batches =
                (scan.requestsSent(w) + policy.rateLimitRequests - 1) / policy.rateLimitRequests;
            floorMs = std::max(floorMs, std::max(0, batches - 1) * windowMs + options.latencyMs);
        }
        std::printf("BENCH %s_floor_ms %lld ms\n", name, static_cast<long long>(floorMs));
        std::printf("BENCH %s_over_floor_ms %.0f ms\n", name, ms - double(floorMs));
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
