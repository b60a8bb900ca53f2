// Hostile servers and hostile input against the real executable (issue 10, docs/SECURITY.md): each
// test stands up a small misbehaving server of its own (HostileServer.h, never the demo server),
// spawns `importscope` with its address space limited, and checks what a user would see — the exit
// code, exactly one clear line on stderr without the key or control characters, nothing written —
// and that memory and time stayed bounded.
#include "HostileServer.h"

#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/ResponseParser.h"
#include "demo/DemoServer.h"
#include "profiles/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true; // ASan reserves terabytes of shadow memory: no RLIMIT_AS
#else
constexpr bool kSanitized = false;
#endif

// The client's whole address space, threads and libraries included. Without the bounds, an endless
// body grew it to 23 GB; with them a run stays far below this.
constexpr rlim_t kAddressSpaceLimit = rlim_t(2) << 30;
// Resident memory any one spawned client may reach: about 28 MB is Qt and the program itself, 4 MiB the
// largest answer read, and Qt holds a few hundred KB more (RequestPolicy::kReadBufferBytes). Without
// that read buffer an endless chunked body reached the address-space limit, or 400 MB when it lost.
constexpr long kMaxResidentKb = 64 * 1024;

const QString kKey = QStringLiteral("hostile-test-key-0123456789abcdef");
const QString kWorkspace = QStringLiteral("WS1");

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

struct Spawn
{
    Spawn(QStringList args, QString withKey = kKey) : arguments(std::move(args)), key(std::move(withKey)) {}
    QStringList arguments;
    QString key;
    rlim_t fileSizeLimit = RLIM_INFINITY;
    int timeoutMs = 30'000;
    // Called while the client runs, every 20 ms; may signal it. Returns true once done with it.
    std::function<bool(QProcess &)> during;
};

// The largest resident set a client of the current test reached, in KB (see TestHostile::cleanup).
long g_clientPeakKb = 0;

// A running client's own high-water mark (VmHWM), which is its alone: the test's memory is not in it.
long residentPeakKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

Run importscope(const Spawn &spawn)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MOE_API_KEY"));
    if (!spawn.key.isEmpty())
        env.insert(QStringLiteral("MOE_API_KEY"), spawn.key);
    process.setProcessEnvironment(env);
    const rlim_t fileSizeLimit = spawn.fileSizeLimit;
    process.setChildProcessModifier([fileSizeLimit] {
        if (!kSanitized) {
            const rlimit space{kAddressSpaceLimit, kAddressSpaceLimit};
            ::setrlimit(RLIMIT_AS, &space);
        }
        if (fileSizeLimit != RLIM_INFINITY) {
            const rlimit size{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &size);
        }
        ::signal(SIGXFSZ, SIG_DFL); // as a shell leaves it: the client must ignore it itself
    });
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), spawn.arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    bool duringDone = !spawn.during;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (process.state() == QProcess::Running)
            g_clientPeakKb = std::max(g_clientPeakKb, residentPeakKb(process.processId()));
        if (!duringDone && process.state() == QProcess::Running)
            duringDone = spawn.during(process);
        if (clock.elapsed() > spawn.timeoutMs)
            loop.quit();
    });
    tick.start(20);
    if (process.state() == QProcess::Running)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.crashed = true; // hung: reported as such
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList exportArgs(const QString &url, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("export"),
                       QStringLiteral("--base-url"),
                       url,
                       QStringLiteral("--workspace-id"),
                       kWorkspace,
                       QStringLiteral("--import-id"),
                       QStringLiteral("IMP1"),
                       QStringLiteral("--rate-limit"),
                       QStringLiteral("10000/1")} +
           extra;
}

// Every form of the key a server might echo.
QList<QByteArray> keyForms(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    const QByteArray credentials = (kWorkspace + QLatin1Char(':') + key).toUtf8();
    return {utf8, credentials.toBase64(), credentials.toBase64(QByteArray::OmitTrailingEquals),
            utf8.toBase64(QByteArray::OmitTrailingEquals), QUrl::toPercentEncoding(key)};
}

// The failure's one line: "importscope: ..." and a line break, no control character, no key, no Qt
// warning. Returns why not, or an empty string.
QString oneClearLine(const QByteArray &err, const QString &key = kKey)
{
    if (!err.startsWith("importscope: "))
        return QStringLiteral("does not start with importscope: ") + QString::fromUtf8(err.left(300));
    if (err.count('\n') != 1 || !err.endsWith('\n'))
        return QStringLiteral("not exactly one line: ") + QString::fromUtf8(err.left(600));
    for (const char c : err.chopped(1)) {
        if ((static_cast<unsigned char>(c) < 0x20) || c == 0x7f)
            return QStringLiteral("control character %1 in: %2").arg(int(c)).arg(QString::fromUtf8(err));
    }
    if (err.contains("QIODevice") || err.contains("QObject") || err.contains("Qt"))
        return QStringLiteral("a Qt warning: ") + QString::fromUtf8(err);
    for (const QByteArray &form : keyForms(key)) {
        if (!form.isEmpty() && err.contains(form))
            return QStringLiteral("the key (%1) in: %2")
                .arg(QString::fromLatin1(form), QString::fromUtf8(err));
    }
    return {};
}

// The peak over all children so far, in KB. A child started with vfork (as QProcess does) has the
// test process's own high-water mark in it too, so only a peak above that one is the child's.
long largestChildResidentKb()
{
    rusage children = {};
    getrusage(RUSAGE_CHILDREN, &children);
    rusage self = {};
    getrusage(RUSAGE_SELF, &self);
    return children.ru_maxrss > self.ru_maxrss ? children.ru_maxrss : 0;
}

// Sends a body forever, 64 KB at a time, as fast as the client takes it: in chunks, or raw after a head
// that announces a terabyte or nothing at all (the body then ends when the connection closes).
void sendEndlessBody(QTcpSocket *socket, const QByteArray &framing, int status = 200)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " Whatever\r\nContent-Type: application/json\r\n" + framing + "\r\n");
    const bool chunked = framing.startsWith("Transfer-Encoding");
    const QByteArray spaces(64 * 1024, ' ');
    const QByteArray piece =
        chunked ? QByteArray::number(spaces.size(), 16) + "\r\n" + spaces + "\r\n" : spaces;
    auto more = [socket, piece] {
        if (socket->bytesToWrite() < 1024 * 1024)
            socket->write(piece);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void redirectsAreNeverFollowed_data();
    void redirectsAreNeverFollowed();
    void plainHttpOffLoopbackIsRefused();
    void endlessBodyIsCut_data();
    void endlessBodyIsCut();
    void pageOfMoreThan50FilesIsMalformed();
    void growingTotalCountIsBounded();
    void growingImportsListIsBounded();
    void hugeTotalCountPlansLazilyAndSigintEndsAtOnce_data();
    void hugeTotalCountPlansLazilyAndSigintEndsAtOnce();
    void trickledBodyMeetsTheDeadline();
    void silentServerTimesOutInOneLine();
    void echoedSecretsAreScrubbed_data();
    void echoedSecretsAreScrubbed();
    void rawControlCharactersAreRefusedEscapedOnesShown();
    void compressedAnswersAreRefused_data();
    void compressedAnswersAreRefused();
    void outputTargets_data();
    void outputTargets();
    void fileSizeLimitIsAWriteError();
    void badOptionValues_data();
    void badOptionValues();
    void lastPossiblePageEnds();
    void workspaceIdInjection();
    void keyFileEdgeCases_data();
    void keyFileEdgeCases();
    void keyTypedAtATerminalIsNotEchoed();
    void demoServerHttpLimits_data();
    void demoServerHttpLimits();
    void demoServerClosesIdleAndHalfOpenConnections();
    // Last: its clients reach hundreds of MB, and the children's peak the kernel keeps stays there.
    void endlessChallengeBodyStopsTheClient_data();
    void endlessChallengeBodyStopsTheClient();

private:
    // A server that answers every history request with one good page.
    std::unique_ptr<HostileServer> goodServer(int files = 2);
    QTemporaryDir m_dir;
    long m_residentBefore = 0;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostile::init()
{
    m_residentBefore = largestChildResidentKb();
    g_clientPeakKb = 0;
}

// Every client of a test stays under kMaxResidentKb: as sampled while it ran, and as the kernel counted
// it at its end (the children's peak: when it rose during this test, one of this test's clients set it).
void TestHostile::cleanup()
{
    long peak = g_clientPeakKb;
    if (const long children = largestChildResidentKb(); children > m_residentBefore)
        peak = std::max(peak, children);
    if (!kSanitized)
        QVERIFY2(peak < kMaxResidentKb,
                 qPrintable(QStringLiteral("a client reached %1 MB").arg(peak / 1024)));
}

void TestHostile::cleanupTestCase()
{
    qInfo("largest client resident set: %ld MB", largestChildResidentKb() / 1024);
}

std::unique_ptr<HostileServer> TestHostile::goodServer(int files)
{
    return std::make_unique<HostileServer>([files](QTcpSocket *socket, const SeenRequest &request, int) {
        socket->write(
            HostileServer::response(200, HostileServer::historyPage(request.page(), files, files, false)));
    });
}

void TestHostile::redirectsAreNeverFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("target"); // %1: the second server's port
    for (const int status : {301, 302, 307, 308}) {
        QTest::addRow("%d another host", status) << status << QStringLiteral("http://127.0.0.2:%1/x");
        QTest::addRow("%d another port", status) << status << QStringLiteral("http://127.0.0.1:%1/x");
        QTest::addRow("%d plain http off loopback", status)
            << status << QStringLiteral("http://exfiltrate.example:%1/x");
        QTest::addRow("%d same server, another path", status) << status << QStringLiteral("/elsewhere");
    }
}

void TestHostile::redirectsAreNeverFollowed()
{
    QFETCH(int, status);
    QFETCH(QString, target);
    HostileServer second(
        [](QTcpSocket *socket, const SeenRequest &request, int) {
            socket->write(
                HostileServer::response(200, HostileServer::historyPage(request.page(), 1, 1, false)));
        },
        QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(second.ok());
    const QString location = target.contains(QLatin1String("%1")) ? target.arg(second.port()) : target;
    HostileServer first([&](QTcpSocket *socket, const SeenRequest &, int) {
        socket->write(HostileServer::response(status, "{}", "Location: " + location.toUtf8() + "\r\n"));
    });
    QVERIFY(first.ok());
    const QString output = m_dir.filePath(QStringLiteral("redirect.csv"));
    const Run run = importscope({exportArgs(first.url(), {QStringLiteral("-o"), output})});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("redirect") && run.err.contains(location.toUtf8()), run.err.constData());
    QCOMPARE(first.requests().size(), 1);  // not retried either
    QCOMPARE(second.requests().size(), 0); // the key never reached it
    QVERIFY(!QFile::exists(output));
    QVERIFY(run.out.isEmpty());
}

void TestHostile::plainHttpOffLoopbackIsRefused()
{
    const Run run = importscope({exportArgs(QStringLiteral("http://api.example.com"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY(run.err.contains("Plain http:// is refused"));
}

void TestHostile::endlessBodyIsCut_data()
{
    QTest::addColumn<QByteArray>("framing"); // the head's last lines
    QTest::addColumn<bool>("endless");       // or one byte, then silence
    QTest::newRow("chunked, never ends") << QByteArray("Transfer-Encoding: chunked\r\n") << true;
    QTest::newRow("Content-Length of a terabyte, one byte")
        << QByteArray("Content-Length: 1000000000000\r\n") << false;
    QTest::newRow("no length, the connection never closes") << QByteArray("Connection: close\r\n") << true;
}

void TestHostile::endlessBodyIsCut()
{
    QFETCH(QByteArray, framing);
    QFETCH(bool, endless);
    HostileServer server([&](QTcpSocket *socket, const SeenRequest &, int) {
        if (endless)
            sendEndlessBody(socket, framing);
        else
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + framing + "\r\n{");
    });
    QVERIFY(server.ok());
    const QString output = m_dir.filePath(QStringLiteral("endless.csv"));
    const Run run = importscope({exportArgs(server.url(), {QStringLiteral("-o"), output})});
    QVERIFY(!run.crashed); // with RLIMIT_AS, an unbounded buffer would have aborted it
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("passed 4 MB"), run.err.constData());
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!QFile::exists(output));
}

void TestHostile::endlessChallengeBodyStopsTheClient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("framing");
    for (const int status : {401, 407}) {
        QTest::addRow("%d, chunked", status) << status << QByteArray("Transfer-Encoding: chunked\r\n");
        QTest::addRow("%d, a terabyte announced", status)
            << status << QByteArray("Content-Length: 1000000000000\r\n");
    }
}

// Qt reads a 401 or 407 body to its end before it hands over anything (docs/SECURITY.md, "Bounds"):
// neither the read buffer nor the 4 MiB cap can act, and MemoryBrake stops the client instead.
void TestHostile::endlessChallengeBodyStopsTheClient()
{
    QFETCH(int, status);
    QFETCH(QByteArray, framing);
    HostileServer server(
        [&](QTcpSocket *socket, const SeenRequest &, int) { sendEndlessBody(socket, framing, status); });
    QVERIFY(server.ok());
    const QString output = m_dir.filePath(QStringLiteral("challenge.csv"));
    const Run run = importscope({exportArgs(server.url(), {QStringLiteral("-o"), output})});
    QVERIFY(!run.crashed); // without the brake: std::bad_alloc at the address-space limit
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("stopped when it had grown by 512 MB, before running out of memory"),
             run.err.constData());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("challenge*")}, QDir::Files | QDir::Hidden),
             QStringList()); // no file, and no temporary one left behind
    // The brake's limit and one interval's growth, not the 64 MB every other client stays under.
    QVERIFY2(g_clientPeakKb < long(kAddressSpaceLimit / 1024 / 2),
             qPrintable(QStringLiteral("the client reached %1 MB").arg(g_clientPeakKb / 1024)));
    g_clientPeakKb = 0;
    m_residentBefore = std::max(m_residentBefore, largestChildResidentKb());
}

void TestHostile::pageOfMoreThan50FilesIsMalformed()
{
    HostileServer server([](QTcpSocket *socket, const SeenRequest &request, int) {
        socket->write(
            HostileServer::response(200, HostileServer::historyPage(request.page(), 51, 51, false)));
    });
    QVERIFY(server.ok());
    const Run run = importscope({exportArgs(server.url())});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("51 files on one page"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestHostile::growingTotalCountIsBounded()
{
    // Every page is full and announces one page more than the last: a fetch that never ends.
    HostileServer server([](QTcpSocket *socket, const SeenRequest &request, int) {
        const int page = request.page();
        socket->write(
            HostileServer::response(200, HostileServer::historyPage(page, 50, qint64(page + 1) * 50, true)));
    });
    QVERIFY(server.ok());
    const QString output = m_dir.filePath(QStringLiteral("growing.csv"));
    const Run run = importscope({exportArgs(server.url(), {QStringLiteral("-o"), output})});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("kept growing"), run.err.constData());
    // Page 1 planned 2 pages; 20 more are followed, then it stops.
    QVERIFY2(server.requests().size() <= 2 + HistoryClient::kGrowthPages + 1,
             qPrintable(QString::number(server.requests().size())));
    QVERIFY(!QFile::exists(output));
}

void TestHostile::growingImportsListIsBounded()
{
    HostileServer server([](QTcpSocket *socket, const SeenRequest &request, int) {
        const int page = request.page();
        QByteArrayList imports;
        for (int i = 0; i < 50; ++i)
            imports << "{\"import_id\":\"i" + QByteArray::number(page) + "_" + QByteArray::number(i) +
                           "\",\"import_name\":\"n\"}";
        socket->write(HostileServer::response(
            200, "{\"status\":\"success\",\"total_count\":" + QByteArray::number(qint64(page + 1) * 50) +
                     ",\"more_files\":true,\"data\":[" + imports.join(',') + "]}"));
    });
    QVERIFY(server.ok());
    const Run run = importscope({{QStringLiteral("imports"), QStringLiteral("--base-url"), server.url(),
                                  QStringLiteral("--workspace-id"), kWorkspace}});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("kept growing"), run.err.constData());
    QVERIFY(server.requests().size() <= 2 + 20 + 1);
    QVERIFY(run.out.isEmpty());
}

void TestHostile::hugeTotalCountPlansLazilyAndSigintEndsAtOnce_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void TestHostile::hugeTotalCountPlansLazilyAndSigintEndsAtOnce()
{
    QFETCH(int, signalNumber);
    int maxPage = 0;
    HostileServer server([&maxPage](QTcpSocket *socket, const SeenRequest &request, int) {
        maxPage = std::max(maxPage, request.page());
        socket->write(HostileServer::response(
            200, HostileServer::historyPage(request.page(), 50, 1'000'000'000'000'000, true)));
    });
    QVERIFY(server.ok());
    qint64 signalledAtMs = -1;
    QElapsedTimer clock;
    clock.start();
    const QString output = m_dir.filePath(QStringLiteral("huge.csv"));
    Spawn spawn{exportArgs(server.url(), {QStringLiteral("-o"), output})};
    spawn.during = [&](QProcess &process) {
        if (server.requests().size() < 30)
            return false;
        signalledAtMs = clock.elapsed();
        ::kill(pid_t(process.processId()), signalNumber);
        return true;
    };
    const Run run = importscope(spawn);
    QVERIFY(signalledAtMs >= 0);
    QCOMPARE(run.exitCode, 130);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY(run.err.contains("Interrupted"));
    // Ended within a second of the signal (three under the sanitizers), not after aborting 10^13 pages.
    const qint64 endedAfterMs = clock.elapsed() - signalledAtMs;
    QVERIFY2(endedAfterMs < (kSanitized ? 3000 : 1000), qPrintable(QString::number(endedAfterMs)));
    // Only a window of pages was ever asked for ahead of what arrived.
    QVERIFY2(maxPage <= int(server.requests().size()) + 12, qPrintable(QString::number(maxPage)));
    QVERIFY(!QFile::exists(output));
}

void TestHostile::trickledBodyMeetsTheDeadline()
{
    // One byte every 100 ms: never silent for the 0.2 s inactivity timeout, but never done either.
    HostileServer server([](QTcpSocket *socket, const SeenRequest &, int) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(100);
    });
    QVERIFY(server.ok());
    const Run run =
        importscope({exportArgs(server.url(), {QStringLiteral("--timeout"), QStringLiteral("0.2")})});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("did not finish its answer within 1 s"), run.err.constData());
    QCOMPARE(server.requests().size(), 5); // each attempt ended by the deadline, then retried
    QVERIFY(run.out.isEmpty());
}

void TestHostile::silentServerTimesOutInOneLine()
{
    HostileServer server([](QTcpSocket *, const SeenRequest &, int) {}); // never answers
    QVERIFY(server.ok());
    const Run run =
        importscope({exportArgs(server.url(), {QStringLiteral("--timeout"), QStringLiteral("0.2")})});
    QCOMPARE(run.exitCode, 5);
    // Formerly preceded by five "QIODevice::read (QNetworkReplyHttpImpl): device not open" warnings.
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("sent nothing for 0.2 s"), run.err.constData());
}

void TestHostile::echoedSecretsAreScrubbed_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("a real-length key") << kKey;
    QTest::newRow("a key of 3 characters") << QStringLiteral("k3y");
    QTest::newRow("a key of 1 character") << QStringLiteral("Z");
}

void TestHostile::echoedSecretsAreScrubbed()
{
    QFETCH(QString, key);
    // The server echoes what it got: the Authorization header, the key in several encodings, and
    // terminal escapes and line breaks for good measure.
    HostileServer server([key](QTcpSocket *socket, const SeenRequest &request, int) {
        QByteArray message = "you sent " + request.header("Authorization") + " \\u001b[31mkey " +
                             key.toUtf8() + " or " + QUrl::toPercentEncoding(key) + " or " +
                             key.toUtf8().toBase64(QByteArray::OmitTrailingEquals) + "\\r\\nX-Fake: 1";
        socket->write(HostileServer::response(418, "{\"message\":\"" + message + "\"}"));
    });
    QVERIFY(server.ok());
    const Run run = importscope({exportArgs(server.url()), key});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(oneClearLine(run.err, key), QString());
    QVERIFY2(run.err.contains("you sent Basic ••••"), run.err.constData());
}

void TestHostile::rawControlCharactersAreRefusedEscapedOnesShown()
{
    // First a raw NUL inside a string (refused, retried), then the same escaped (kept, shown).
    HostileServer server([](QTcpSocket *socket, const SeenRequest &, int index) {
        const QByteArray name =
            index == 0 ? QByteArray("nul\0here.csv", 12) : QByteArray("nul\\u0000here.csv");
        socket->write(HostileServer::response(
            200, "{\"status\":\"success\",\"total_count\":1,\"more_files\":false,\"data\":[" +
                     HostileServer::fileJson("f1", name) + "]}"));
    });
    QVERIFY(server.ok());
    const Run run = importscope({exportArgs(server.url())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!run.out.contains('\0'));
    QVERIFY2(run.out.contains(QStringLiteral("nul\u2400here.csv").toUtf8()), run.out.constData());

    const auto refused =
        ResponseParser::parseHistoryPage(QByteArray("{\"status\":\"success\",\"total_count\":1,\"data\":[") +
                                         HostileServer::fileJson("f1", QByteArray("a\x1b[31mb", 7)) + "]}");
    QVERIFY(!refused);
    QVERIFY(refused.error().contains("raw control character"));
}

void TestHostile::compressedAnswersAreRefused_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("corrupt gzip") << QByteArray("gzip") << QByteArray("\x1f\x8b\x08\x00garbage-not-gzip", 20)
                                  << false;
    // 8 MiB of spaces in 8 KB: inflated, it would pass the cap twice over.
    QByteArray bomb = qCompress(QByteArray(8 * 1024 * 1024, ' '), 9);
    bomb.remove(0, 4); // qCompress's length prefix: what remains is the zlib stream HTTP calls deflate
    bomb.squeeze();
    QTest::newRow("deflate, twice the cap inflated") << QByteArray("deflate") << bomb << false;
    QTest::newRow("gzip, chunked") << QByteArray("GZip") << QByteArray("\x1f\x8b\x08\x00", 4) << true;
}

void TestHostile::compressedAnswersAreRefused()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(bool, chunked);
    HostileServer server([&](QTcpSocket *socket, const SeenRequest &, int) {
        const QByteArray header = "Content-Encoding: " + encoding + "\r\n";
        if (!chunked) {
            socket->write(HostileServer::response(200, body, header));
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" +
                      header + "\r\n" + QByteArray::number(body.size(), 16) + "\r\n" + body +
                      "\r\n0\r\n\r\n");
    });
    QVERIFY(server.ok());
    const QString output = m_dir.filePath(QStringLiteral("compressed.csv"));
    const Run run = importscope({exportArgs(server.url(), {QStringLiteral("-o"), output})});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains(QByteArray("sent a compressed answer (" + encoding.toLower() + ")")),
             run.err.constData());
    QCOMPARE(server.requests().size(), 1); // not retried: the next answer would be compressed too
    QCOMPARE(server.requests().first().header("Accept-Encoding"), QByteArray("identity"));
    QVERIFY(!QFile::exists(output));
}

void TestHostile::outputTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("a copy of /dev/null made with mknod stays a device") << "chardev" << 0;
    QTest::newRow("/dev/full reports the failure") << "full" << 1;
    QTest::newRow("a FIFO is written straight") << "fifo" << 0;
    QTest::newRow("/dev/stdout into a pipe") << "stdout" << 0;
    QTest::newRow("a directory is refused") << "directory" << 1;
    QTest::newRow("a socket is refused") << "socket" << 1;
    QTest::newRow("a regular file is replaced atomically") << "regular" << 0;
}

void TestHostile::outputTargets()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    auto server = goodServer();
    QVERIFY(server->ok());
    const QString path = kind == QLatin1String("full")     ? QStringLiteral("/dev/full")
                         : kind == QLatin1String("stdout") ? QStringLiteral("/dev/stdout")
                                                           : m_dir.filePath(QStringLiteral("target-") + kind);
    if (path.startsWith(m_dir.path()))
        QFile::remove(path); // never anything outside the test's own directory
    struct stat device = {};
    if (kind == QLatin1String("full") && (::stat("/dev/full", &device) != 0 || !S_ISCHR(device.st_mode)))
        QSKIP("this machine has no /dev/full device");
    int fifoReader = -1;
    if (kind == QLatin1String("chardev")) {
        if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod needs root");
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        fifoReader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(fifoReader >= 0);
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("socket")) {
        QCOMPARE(
            QProcess::execute(
                QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])"), path}),
            0);
    } else if (kind == QLatin1String("regular")) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    struct stat before = {};
    ::lstat(QFile::encodeName(path).constData(), &before);

    const Run run = importscope({exportArgs(server->url(), {QStringLiteral("-o"), path})});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QCOMPARE(oneClearLine(run.err), QString());
        QVERIFY2(run.err.contains("Cannot write"), run.err.constData());
    } else {
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }
    struct stat after = {};
    ::lstat(QFile::encodeName(path).constData(), &after);
    if (kind != QLatin1String("regular") && before.st_mode != 0) {
        QCOMPARE(after.st_mode & S_IFMT, before.st_mode & S_IFMT); // never replaced by a regular file
        QCOMPARE(after.st_ino, before.st_ino);
    }
    if (kind == QLatin1String("fifo")) {
        char buffer[4096];
        const ssize_t got = ::read(fifoReader, buffer, sizeof buffer);
        ::close(fifoReader);
        QVERIFY(got > 0);
        QVERIFY(QByteArray(buffer, int(got)).startsWith("id,file_name"));
    } else if (kind == QLatin1String("stdout")) {
        QVERIFY(run.out.startsWith("id,file_name"));
    } else if (kind == QLatin1String("regular")) {
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("id,file_name"));
    }
}

void TestHostile::fileSizeLimitIsAWriteError()
{
    auto server = goodServer(50);
    QVERIFY(server->ok());
    const QString path = m_dir.filePath(QStringLiteral("limited.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("the old export\n");
    }
    Spawn spawn{exportArgs(server->url(), {QStringLiteral("-o"), path})};
    spawn.fileSizeLimit = 2000; // `ulimit -f`: 50 rows need more
    const Run run = importscope(spawn);
    QVERIFY(!run.crashed); // formerly ended by SIGXFSZ without a word
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains("Cannot write"), run.err.constData());
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old export\n"));
}

void TestHostile::badOptionValues_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("named");
    QTest::newRow("timeout nan") << QStringList{"--timeout", "nan"} << "--timeout";
    QTest::newRow("timeout inf") << QStringList{"--timeout", "inf"} << "--timeout";
    QTest::newRow("timeout 1e-9") << QStringList{"--timeout", "1e-9"} << "--timeout";
    QTest::newRow("timeout -1") << QStringList{"--timeout", "-1"} << "--timeout";
    QTest::newRow("rate 5/nan") << QStringList{"--rate-limit", "5/nan"} << "--rate-limit";
    QTest::newRow("rate 5/inf") << QStringList{"--rate-limit", "5/inf"} << "--rate-limit";
    QTest::newRow("rate 5/1e-9") << QStringList{"--rate-limit", "5/1e-9"} << "--rate-limit";
    QTest::newRow("rate nan/60") << QStringList{"--rate-limit", "nan/60"} << "--rate-limit";
    QTest::newRow("rate 0/60") << QStringList{"--rate-limit", "0/60"} << "--rate-limit";
    QTest::newRow("page 2147483648") << QStringList{"--page", "2147483648"} << "--page";
}

void TestHostile::badOptionValues()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, named);
    auto server = goodServer();
    QVERIFY(server->ok());
    // The rate given last wins: exportArgs() gives one of its own first.
    const Run run = importscope({exportArgs(server->url(), extra)});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(oneClearLine(run.err), QString());
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QCOMPARE(server->requests().size(), 0);
}

void TestHostile::lastPossiblePageEnds()
{
    // Formerly the page after page 2^31-1 overflowed and the fetch never ended.
    auto server = goodServer();
    QVERIFY(server->ok());
    const Run run =
        importscope({exportArgs(server->url(), {QStringLiteral("--page"), QStringLiteral("2147483647")})});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(server->requests().constFirst().body.contains("\"offset\":2147483647"));
}

void TestHostile::workspaceIdInjection()
{
    auto server = goodServer();
    QVERIFY(server->ok());
    for (const QString &id : {QStringLiteral("WS1\r\nX-Injected: yes"), QStringLiteral("WS:1"),
                              QStringLiteral("WS 1"), QStringLiteral("WSé"), QStringLiteral("WS\x7f")}) {
        QStringList args = exportArgs(server->url());
        args[args.indexOf(QStringLiteral("--workspace-id")) + 1] = id;
        const Run run = importscope({args});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(oneClearLine(run.err), QString());
        QVERIFY2(run.err.contains("workspace ID"), run.err.constData());
    }
    QCOMPARE(server->requests().size(), 0);

    // The same rule for profiles, which the window's profile dialog validates through.
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.dataCenter = QStringLiteral("01");
    profile.timeZoneId = "UTC";
    profile.workspaceId = QStringLiteral("WS1\r\nX-Injected: yes");
    QVERIFY(profile.validate({}).has_value());
    profile.workspaceId = QStringLiteral("WSé");
    QVERIFY(profile.validate({}).has_value());
    profile.workspaceId = QStringLiteral("WS1_ok-2");
    QCOMPARE(profile.validate({}), std::nullopt);
}

void TestHostile::keyFileEdgeCases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("a FIFO is refused, not waited on") << "fifo" << 2;
    QTest::newRow("/dev/zero is refused") << "zero" << 2;
    QTest::newRow("invalid UTF-8 is refused") << "latin1" << 2;
    QTest::newRow("a key line longer than 4 KB is refused") << "long" << 2;
    QTest::newRow("CRLF and a BOM are fine") << "crlf" << 0;
}

void TestHostile::keyFileEdgeCases()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    auto server = goodServer();
    QVERIFY(server->ok());
    QString path = m_dir.filePath(QStringLiteral("key-") + kind);
    QFile::remove(path);
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("zero")) {
        path = QStringLiteral("/dev/zero");
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("latin1"))
            file.write("caf\xe9-key\n");
        else if (kind == QLatin1String("long"))
            file.write(QByteArray(5000, 'k'));
        else
            file.write("\xEF\xBB\xBF" + kKey.toUtf8() + "\r\n");
    }
    Spawn spawn{exportArgs(server->url(), {QStringLiteral("--api-key-file"), path}), QString()};
    spawn.timeoutMs = 10'000;
    const Run run = importscope(spawn);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(server->requests().constFirst().header("Authorization"),
                 "Basic " + (kWorkspace + QLatin1Char(':') + kKey).toUtf8().toBase64());
    } else {
        QCOMPARE(oneClearLine(run.err), QString());
        QVERIFY2(run.err.contains("API key"), run.err.constData());
        QCOMPARE(server->requests().size(), 0);
    }
}

void TestHostile::keyTypedAtATerminalIsNotEchoed()
{
    // Python gives the client a terminal (a pty), types the key and prints everything the terminal
    // showed. The keychain is made unreachable: only the reading matters here.
    const char *script = R"(import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], 'profile', 'add', 'ptytest', '--dc', '01', '--workspace-id', 'WS1', '--api-key-stdin'])
time.sleep(0.5)
os.write(fd, (sys.argv[2] + '\n').encode())
shown = b''
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    shown += chunk
os.waitpid(pid, 0)
sys.stdout.buffer.write(shown)
)";
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("ptyhome")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("ptyhome/.config")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("MOE_API_KEY"));
    python.setProcessEnvironment(env);
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script),
                                             QStringLiteral(IMPORTSCOPE_BINARY), kKey});
    QVERIFY(python.waitForFinished(30'000));
    const QByteArray shown = python.readAllStandardOutput();
    QVERIFY2(shown.contains("API key (not shown)"), shown.constData());
    QVERIFY2(!shown.contains(kKey.toUtf8()), shown.constData());
}

void TestHostile::demoServerHttpLimits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray start = "POST /v1.0/data/fileimports/import/run/history HTTP/1.1\r\nHost: demo\r\n";
    QTest::newRow("a 200 MB body is refused before it is read")
        << start + "Content-Length: 200000000\r\n\r\n" + QByteArray(1024 * 1024, 'x')
        << QByteArray("HTTP/1.1 413");
    QTest::newRow("two conflicting Content-Length headers")
        << start + "Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}" << QByteArray("HTTP/1.1 400");
    QTest::newRow("a chunked body") << start + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                                    << QByteArray("HTTP/1.1 411");
    QTest::newRow("Connection: close is honoured")
        << start + "Connection: close\r\nContent-Length: 2\r\n\r\n{}" << QByteArray("HTTP/1.1 401");
}

void TestHostile::demoServerHttpLimits()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    DemoServer::Options options;
    options.rateLimit = 0;
    DemoServer server(options);
    const auto url = server.start();
    QVERIFY(url);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(url->port()));
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.write(request);
    QByteArray answer;
    // Every case ends with the server closing the connection after its answer.
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += client.readAll(), client.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += client.readAll();
    QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
    if (statusLine != "HTTP/1.1 401")
        QCOMPARE(server.totalRequests(), 0); // refused before QHttpServer buffered it
}

void TestHostile::demoServerClosesIdleAndHalfOpenConnections()
{
    DemoServer::Options options;
    options.idleTimeoutMs = 300;
    DemoServer server(options);
    const auto url = server.start();
    QVERIFY(url);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 50; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, quint16(url->port()));
        clients.push_back(std::move(client));
    }
    for (const auto &client : clients)
        QTRY_COMPARE(client->state(), QAbstractSocket::ConnectedState);
    // Half of them send half a request head, the others nothing at all.
    for (std::size_t i = 0; i < clients.size(); i += 2)
        clients[i]->write("POST /v1.0/data/fileimports/import/run/history HTTP/1.1\r\nHost: d");
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(server.totalRequests(), 0);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
