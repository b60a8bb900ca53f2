// Issue 18's budget for the real wire, side by side in one run, through nghttpx (Debian's nghttp2-proxy)
// in front of the demo server at a 100 ms round trip, the server in its own thread:
//   25 pages one at a time (over TLS + HTTP/2), over TLS + HTTP/1.1, over TLS + HTTP/2, and over plain
//   HTTP/1.1 through the same front end. Budgets: HTTP/2 at least 10x the sequential loop (page 1, then
//   the rest in one round trip, about 2 round trips in all); TLS + HTTP/1.1 within 10 % of plain HTTP/1.1
//   (one handshake per connection, reused).
//   20 pages over TLS + HTTP/2 from a fresh client (handshake included) against curl --parallel --http2
//   handed every page up front: at most 0.4 s, and at most 1.5x curl. Twice: knowing nothing (page 1,
//   then the rest: two round trips), and with the pages an earlier answer had known (they go out with
//   page 1: one round trip, as curl; docs/ARCHITECTURE.md, "Known pages").
// The certificates are made by the run (tests/support/WireHarness.h) and handed to both clients; the
// key reaches curl on its standard input, never its command line.
#include "BenchSupport.h"
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/ResponseParser.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "support/WireHarness.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <cstdlib>
#include <memory>

namespace {

constexpr int kLatencyMs = 100;
constexpr int kPages = 25;
constexpr int kCurlPages = 20;
constexpr int kRepeats = 3;

constexpr int filesFor(int pages)
{
    return pages * HistoryQuery::kPageSize - 25;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_wire: %s\n", qPrintable(why));
    std::exit(1);
}

class ServerThread final
{
public:
    explicit ServerThread(const DemoServer::Options &options)
    {
        m_thread.start();
        m_server = new DemoServer(options);
        m_server->moveToThread(&m_thread);
        Expected<QUrl> url = unexpected(QStringLiteral("not started"));
        QMetaObject::invokeMethod(
            m_server, [&] { url = m_server->start(); }, Qt::BlockingQueuedConnection);
        if (!url)
            die(url.error());
        m_url = *url;
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    DemoServer *operator->() const { return m_server; }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
};

// The newest `files` files of the large import as a date filter (as bench_fetch does).
HistoryQuery newestFilesQuery(const DemoData &data, int files)
{
    const DemoImport *import = data.importById(DemoData::largeImport().id);
    if (!import || import->files.size() <= files)
        die(QStringLiteral("the large demo import is missing or too small"));
    const qint64 oldestUs = import->files.at(files - 1).scheduledAtUs;
    const qint64 nextUs = import->files.at(files).scheduledAtUs;
    if (oldestUs / 1'000'000 == nextUs / 1'000'000)
        die(QStringLiteral("two files share the boundary second; pick another count"));
    const auto text = [](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    HistoryQuery query;
    query.importId = import->id;
    query.dates = DateRange{text(oldestUs), text(data.anchor().toMSecsSinceEpoch() * 1000),
                            DateFormat::YearMonthDayDashTime};
    return query;
}

double fetchAll(ApiClient &api, const Connection &connection, const HistoryQuery &query, int pages,
                int knownPages = 0)
{
    HistoryClient client(&api);
    QEventLoop loop;
    int files = 0;
    HistoryOutcome outcome;
    QObject::connect(&client, &HistoryClient::filesArrived, &loop,
                     [&](quint64, const QList<FileRun> &arrived) { files += arrived.size(); });
    QObject::connect(&client, &HistoryClient::finished, &loop, [&](quint64, const HistoryOutcome &result) {
        outcome = result;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    HistoryClient::Options options;
    options.knownPages = knownPages;
    client.fetch(connection, query, options);
    loop.exec();
    const double ms = Bench::elapsedMs(timer);
    if (!outcome.complete())
        die(QStringLiteral("a fetch failed: %1").arg(outcome.error->message));
    if (outcome.pagesBeyondEnd != 0)
        die(QStringLiteral("%1 known pages did not exist").arg(outcome.pagesBeyondEnd));
    if (files != filesFor(pages) || outcome.pagesTotal != pages)
        die(QStringLiteral("expected %1 files on %2 pages, got %3 on %4")
                .arg(filesFor(pages))
                .arg(pages)
                .arg(files)
                .arg(outcome.pagesTotal));
    return ms;
}

double fetchSequentially(ApiClient &api, const Connection &connection, const HistoryQuery &query)
{
    QEventLoop loop;
    int files = 0;
    int page = 1;
    std::function<void()> next = [&] {
        auto parsed = std::make_shared<HistoryPage>();
        api.post(
            connection, QString::fromLatin1(HistoryClient::kPath), query.body(page),
            [parsed](const QByteArray &body) -> std::optional<QString> {
                auto result = ResponseParser::parseHistoryPage(body);
                if (!result)
                    return result.error();
                *parsed = std::move(result.value());
                return std::nullopt;
            },
            [&, parsed](const std::optional<ApiError> &error) {
                if (error)
                    die(QStringLiteral("sequential page %1 failed: %2").arg(page).arg(error->message));
                files += parsed->files.size();
                if (parsed->moreFiles && qint64(page) * HistoryQuery::kPageSize < parsed->totalCount) {
                    ++page;
                    next();
                } else {
                    loop.quit();
                }
            });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    loop.exec();
    const double ms = Bench::elapsedMs(timer);
    if (files != filesFor(kPages) || page != kPages)
        die(QStringLiteral("sequential loop got %1 files on %2 pages").arg(files).arg(page));
    return ms;
}

// curl handed every page up front, all at once over one HTTP/2 connection; the key on its stdin.
double curlParallel(const QUrl &baseUrl, const QString &caFile, const HistoryQuery &query, int pages,
                    const QString &directory)
{
    QByteArray config = "parallel\nparallel-max = 100\nhttp2\nsilent\nshow-error\nfail\n";
    const QByteArray credentials =
        (DemoServer::workspaceId() + QLatin1Char(':') + DemoServer::apiKey()).toUtf8().toBase64();
    for (int page = 1; page <= pages; ++page) {
        const QString bodyFile = QStringLiteral("%1/page-%2.json").arg(directory).arg(page);
        QFile body(bodyFile);
        if (!body.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(bodyFile));
        body.write(query.body(page));
        body.close();
        config += "url = \"" + baseUrl.toString().toUtf8() + HistoryClient::kPath + "\"\n";
        config += "cacert = \"" + caFile.toUtf8() + "\"\n";
        config += "header = \"Authorization: Basic " + credentials + "\"\n";
        config += "header = \"MOE-APPKEY: " + DemoServer::workspaceId().toUtf8() + "\"\n";
        config += "header = \"Content-Type: application/json\"\n";
        config += "data-binary = \"@" + bodyFile.toUtf8() + "\"\n";
        config += "output = /dev/null\n";
        if (page < pages)
            config += "next\n";
    }
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(Wire::program(QStringLiteral("curl")), {QStringLiteral("--config"), QStringLiteral("-")});
    curl.write(config);
    curl.closeWriteChannel();
    if (!curl.waitForFinished(30'000) || curl.exitCode() != 0)
        die(QStringLiteral("curl failed: %1").arg(QString::fromUtf8(curl.readAllStandardError())));
    return Bench::elapsedMs(timer);
}

Connection connectionTo(const QUrl &url, const QList<QSslCertificate> &trusted)
{
    Connection connection;
    connection.baseUrl = url;
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    connection.extraCertificates = trusted;
    connection.proxy.mode = ProxySetting::Mode::None; // the bench measures the wire, not a proxy
    return connection;
}

QString runs(const QList<double> &values)
{
    QStringList out;
    for (const double value : values)
        out << QString::number(value, 'f', 0);
    return out.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::printMachine("bench_wire");
    const QString missing = Wire::missingTools();
    if (!missing.isEmpty() || Wire::program(QStringLiteral("curl")).isEmpty())
        die(missing.isEmpty() ? QStringLiteral("missing curl") : missing);

    // What a workspace with extra trusted certificates pays once per process (ApiClient's systemRoots()).
    QElapsedTimer rootsTimer;
    rootsTimer.start();
    const qsizetype roots = QSslConfiguration::systemCaCertificates().size();
    const double rootsMs = Bench::elapsedMs(rootsTimer);
    std::printf("the system's roots: %lld entries read in %.0f ms\n", static_cast<long long>(roots), rootsMs);
    Bench::report("wire_system_roots_read_ms", rootsMs, "ms");

    QTemporaryDir dir;
    Wire::Pki pki(dir.filePath(QStringLiteral("pki")));
    if (!pki.ok())
        die(pki.error());
    const QList<QSslCertificate> trusted = *Certificates::fromFile(pki.caCertificate());

    DemoServer::Options options;
    options.latencyMs = kLatencyMs;
    options.rateLimit = 0;
    options.anchor = QDateTime(QDate(2024, 11, 14), QTime(12, 0), QTimeZone::utc());
    ServerThread server(options);

    const auto frontEnd = [&](const QString &name, bool tls, const QString &alpn) {
        Wire::Nghttpx::Options front;
        front.directory = dir.path();
        front.backendPort = static_cast<quint16>(server.url().port());
        if (tls) {
            front.key = pki.serverKey();
            front.certificate = pki.certificate(Wire::Pki::Server::Good);
        }
        front.alpn = alpn;
        front.name = name;
        auto started = std::make_unique<Wire::Nghttpx>(front);
        if (!started->ok())
            die(started->error());
        return started;
    };
    const auto h2 = frontEnd(QStringLiteral("h2"), true, QStringLiteral("h2,http/1.1"));
    const auto h1 = frontEnd(QStringLiteral("h1"), true, QStringLiteral("http/1.1"));
    const auto plain = frontEnd(QStringLiteral("plain"), false, {});

    const HistoryQuery query = newestFilesQuery(server->snapshot(), filesFor(kPages));
    const HistoryQuery curlQuery = newestFilesQuery(server->snapshot(), filesFor(kCurlPages));
    RequestPolicy fast;
    fast.rateLimitRequests = 1'000'000; // the client's own pacing is not what is measured

    ApiClient overH2, overH1, overPlain;
    for (ApiClient *api : {&overH2, &overH1, &overPlain})
        api->setPolicy(fast);
    const Connection toH2 = connectionTo(h2->url(), trusted);
    const Connection toH1 = connectionTo(h1->url(), trusted);
    const Connection toPlain = connectionTo(plain->url(), {});

    // Interleaved, so every transport sees the same machine load; the first round opens the
    // connections the later ones reuse.
    QList<double> sequential, tlsH2, tlsH1, plainH1;
    for (int i = 0; i < kRepeats; ++i) {
        tlsH2.append(fetchAll(overH2, toH2, query, kPages));
        tlsH1.append(fetchAll(overH1, toH1, query, kPages));
        plainH1.append(fetchAll(overPlain, toPlain, query, kPages));
        sequential.append(fetchSequentially(overH2, toH2, query));
    }
    if (!overH2.usesHttp2(toH2) || overH1.usesHttp2(toH1) || h2->protocols() != QSet<QByteArray>{"h2"} ||
        h1->protocols() != QSet<QByteArray>{"http/1.1"})
        die(QStringLiteral("the front ends did not speak the protocols they were set up for"));
    std::printf("query: %d files, %d pages; latency %d ms; server in flight at most %d\n", filesFor(kPages),
                kPages, kLatencyMs, server->maxInFlight());
    std::printf("runs (ms): sequential %s | TLS+HTTP/2 %s | TLS+HTTP/1.1 %s | plain HTTP/1.1 %s\n",
                qPrintable(runs(sequential)), qPrintable(runs(tlsH2)), qPrintable(runs(tlsH1)),
                qPrintable(runs(plainH1)));
    const double sequentialMs = Bench::median(sequential);
    const double h2Ms = Bench::median(tlsH2);
    const double h1Ms = Bench::median(tlsH1);
    const double plainMs = Bench::median(plainH1);
    std::printf("%-28s %10s\n", "25 pages", "median ms");
    std::printf("%-28s %10.0f\n", "sequential (TLS+HTTP/2)", sequentialMs);
    std::printf("%-28s %10.0f\n", "TLS + HTTP/1.1", h1Ms);
    std::printf("%-28s %10.0f\n", "TLS + HTTP/2", h2Ms);
    std::printf("%-28s %10.0f\n", "plain HTTP/1.1", plainMs);
    Bench::report("wire_sequential_ms", sequentialMs, "ms");
    Bench::report("wire_tls_http1_ms", h1Ms, "ms");
    Bench::report("wire_tls_http2_ms", h2Ms, "ms");
    Bench::report("wire_plain_http1_ms", plainMs, "ms");
    Bench::report("wire_http2_speedup", sequentialMs / h2Ms, "x", 2);
    Bench::report("wire_tls_http1_vs_plain", h1Ms / plainMs, "x", 3);

    // 20 pages, cold: a fresh client (its handshake counted) against curl handed every page at once.
    // Then a fresh client again, knowing the 20 pages the run before it was answered with (as a stored
    // history knows them): they go out with page 1.
    QList<double> ours, known, theirs;
    for (int i = 0; i < kRepeats; ++i) {
        ApiClient fresh;
        fresh.setPolicy(fast);
        ours.append(fetchAll(fresh, toH2, curlQuery, kCurlPages));
        ApiClient freshKnowing;
        freshKnowing.setPolicy(fast);
        known.append(fetchAll(freshKnowing, toH2, curlQuery, kCurlPages, kCurlPages));
        theirs.append(curlParallel(h2->url(), pki.caCertificate(), curlQuery, kCurlPages, dir.path()));
    }
    std::printf("runs (ms): 20 pages over TLS+HTTP/2, fresh client %s | pages known %s | curl --parallel "
                "--http2 %s\n",
                qPrintable(runs(ours)), qPrintable(runs(known)), qPrintable(runs(theirs)));
    const double oursMs = Bench::median(ours);
    const double knownMs = Bench::median(known);
    const double curlMs = Bench::median(theirs);
    // curl is handed every page; ImportScope learns how many there are from page 1, one round trip more.
    std::printf("one round trip is %d ms: ImportScope minus curl is %.0f ms\n", kLatencyMs, oursMs - curlMs);
    Bench::report("wire_http2_20pages_ms", oursMs, "ms");
    Bench::report("wire_curl_parallel_20pages_ms", curlMs, "ms");
    Bench::report("wire_http2_20pages_vs_curl", oursMs / curlMs, "x", 2);
    Bench::report("wire_http2_20pages_known_ms", knownMs, "ms");
    Bench::report("wire_http2_known_vs_curl", knownMs / curlMs, "x", 2);

    int missed = 0;
    const auto budget = [&missed](const char *what, bool met) {
        std::printf("budget %s: %s\n", what, met ? "met" : "MISSED");
        missed += met ? 0 : 1;
    };
    budget("HTTP/2 >= 10x sequential", sequentialMs / h2Ms >= 10);
    budget("TLS + HTTP/1.1 within 10 % of plain HTTP/1.1", h1Ms <= 1.10 * plainMs);
    budget("20 pages over HTTP/2 <= 400 ms", oursMs <= 400);
    budget("20 pages over HTTP/2 <= 1.5x curl (nothing known: 2 round trips)", oursMs <= 1.5 * curlMs);
    budget("20 known pages over HTTP/2 <= 400 ms", knownMs <= 400);
    budget("20 known pages over HTTP/2 <= 1.5x curl", knownMs <= 1.5 * curlMs);
    return missed ? 1 : 0;
}
