// What `importscope check` and `importscope triage` cost a workspace: requests and time of a first
// run (nothing stored), and of the next run with the store warm, against the demo workspace on
// 127.0.0.1 (its 12 imports). The baseline, in the same run, is `export` of every import without the
// store: what a script does today. Requests are counted by the server.
#include "BenchSupport.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace {
struct Cost
{
    int requests = 0;
    double ms = 0;
    int exitCode = -1;
};

Cost run(DemoServer &server, const QString &home, const QStringList &arguments)
{
    server.resetCounters();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    process.waitForFinished(600'000);
    Cost cost;
    cost.ms = Bench::elapsedMs(timer);
    cost.requests = server.totalRequests();
    cost.exitCode = process.exitCode();
    return cost;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::printMachine("bench_check");
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
    const QStringList connection = {QStringLiteral("--base-url"),     url.toString(),
                                    QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                                    QStringLiteral("--rate-limit"),   QStringLiteral("100000/1")};
    QTemporaryDir home;
    const DemoData data = server->snapshot();

    // Baseline: every import exported without the store, one process each.
    int baselineRequests = 0;
    double baselineMs = 0;
    for (const DemoImport &import : data.imports()) {
        const Cost cost = run(*server, home.filePath(QStringLiteral("baseline")),
                              QStringList{QStringLiteral("export"), QStringLiteral("--import-id"), import.id,
                                          QStringLiteral("-o"), QStringLiteral("/dev/null")} +
                                  connection);
        baselineRequests += cost.requests;
        baselineMs += cost.ms;
    }
    Bench::report("baseline_export_every_import_requests", baselineRequests, "requests");
    Bench::report("baseline_export_every_import_ms", baselineMs, "ms");

    for (const char *command : {"check", "triage"}) {
        const QString store = home.filePath(QString::fromLatin1(command));
        const QStringList arguments = QStringList{QString::fromLatin1(command)} + connection;
        const Cost cold = run(*server, store, arguments);
        QList<double> warmMs;
        int warmRequests = 0;
        for (int i = 0; i < 5; ++i) {
            const Cost warm = run(*server, store, arguments);
            warmMs << warm.ms;
            warmRequests = std::max(warmRequests, warm.requests);
        }
        const auto named = [command](const char *figure) { return QByteArray(QByteArray(command) + figure); };
        Bench::report(named("_cold_requests").constData(), cold.requests, "requests");
        Bench::report(named("_cold_ms").constData(), cold.ms, "ms");
        Bench::report(named("_warm_requests_max").constData(), warmRequests, "requests");
        Bench::report(named("_warm_median_ms").constData(), Bench::median(warmMs), "ms");
        Bench::report(named("_imports").constData(), double(data.imports().size()), "imports");
    }
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
