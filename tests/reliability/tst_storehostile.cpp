// The stored history against a server that changes its story between refreshes (a stateful
// HostileServer): IDs reused as "new" files, files vanishing with an honest or a lying count, more files
// than it counts, and the key echoed inside file fields. A refresh never stores one file twice, never
// more files than the server counts, and never the key, in any encoding.
#include "HostileServer.h"
#include "api/ApiClient.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString kProfile = QStringLiteral("hostile");
const QString kWorkspace = QStringLiteral("WS1");
const QString kKey = QStringLiteral("k3y-Secret_0123456789abcdef");

// What the server says this time: its files newest first, and the count it claims.
struct Story
{
    QList<QByteArray> files; // whole file objects
    qint64 count = -1;       // -1: the true count
};

QByteArray file(const QByteArray &id, const QByteArray &name = "data.csv", const QByteArray &message = "")
{
    QByteArray json = HostileServer::fileJson(id, name);
    if (!message.isEmpty())
        json.replace(QByteArray("\"status_msg\":\"\""), QByteArray("\"status_msg\":\"" + message + "\""));
    return json;
}

QList<QByteArray> files(int count, int from = 0)
{
    QList<QByteArray> out;
    for (int i = from; i < from + count; ++i)
        out << file("f" + QByteArray::number(i));
    return out;
}

HistoryQuery query()
{
    HistoryQuery q;
    q.importId = QStringLiteral("imp");
    return q;
}

} // namespace

class TestStoreHostile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void idsReusedAsNewNeverListAFileTwice();
    void vanishedFilesWithAnHonestCountAreDropped();
    void aLyingCountNeverYieldsMoreThanItCounts();
    void moreFilesThanCountedStoresNothing();
    void keyEchoedInFileFieldsIsNeverStoredNorShown();

private:
    RefreshReport refresh();
    QSet<QByteArray> storedIds(int *files = nullptr) const;

    Story m_story;
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreHostile::init()
{
    m_story = Story();
    m_server = std::make_unique<HostileServer>([this](QTcpSocket *socket, const SeenRequest &request, int) {
        const int page = std::max(1, request.page());
        const qint64 count = m_story.count >= 0 ? m_story.count : m_story.files.size();
        const qsizetype first = qsizetype(page - 1) * 50;
        if (page > 1 && first >= m_story.files.size()) {
            socket->write(HostileServer::response(
                400, R"({"status":"FAILURE","error_type":"Import Doesn't Exist","message":"no such page"})"));
            return;
        }
        const QList<QByteArray> onPage = m_story.files.mid(first, 50);
        const bool more = qint64(page) * 50 < count;
        socket->write(HostileServer::response(
            200, "{\"status\":\"success\",\"total_count\":" + QByteArray::number(count) + ",\"offset\":" +
                     QByteArray::number(page) + ",\"more_files\":" + (more ? "true" : "false") +
                     ",\"data\":[" + QByteArrayList(onPage).join(',') + "]}"));
    });
    QVERIFY(m_server->ok());
    m_api = std::make_unique<ApiClient>();
    RequestPolicy policy;
    policy.maxAttempts = 1;
    policy.rateLimitRequests = 10'000;
    policy.rateLimitWindowMs = 1000;
    m_api->setPolicy(policy);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->isOpen());
}

RefreshReport TestStoreHostile::refresh()
{
    Connection connection;
    connection.baseUrl = QUrl(m_server->url());
    connection.workspaceId = kWorkspace;
    connection.apiKey = kKey;
    HistoryRefresh refresh(m_api.get(), m_store.get());
    QSignalSpy finished(&refresh, &HistoryRefresh::finished);
    refresh.start(kProfile, connection, query(), m_store->load(kProfile, query()), std::nullopt);
    if (!finished.wait(30'000))
        return {};
    m_store->waitForWrites();
    return finished.first().at(1).value<RefreshReport>();
}

QSet<QByteArray> TestStoreHostile::storedIds(int *count) const
{
    QSet<QByteArray> ids;
    const auto history = m_store->load(kProfile, query());
    if (count)
        *count = history ? int(history->files.size()) : 0;
    if (history) {
        for (const FileRun &run : history->files)
            ids.insert(run.id);
    }
    return ids;
}

void TestStoreHostile::idsReusedAsNewNeverListAFileTwice()
{
    m_story.files = files(120);
    QVERIFY(refresh().ok());
    // Three "new" files at the top reuse IDs stored further down.
    m_story.files = QList<QByteArray>{file("f60"), file("f70"), file("f80")} + files(120);
    const RefreshReport report = refresh();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    int count = 0;
    const QSet<QByteArray> ids = storedIds(&count);
    QCOMPARE(ids.size(), count); // no file twice
    QCOMPARE(count, 120);        // the distinct files there are
}

void TestStoreHostile::vanishedFilesWithAnHonestCountAreDropped()
{
    m_story.files = files(125);
    QVERIFY(refresh().ok());
    m_story.files = files(60) + files(60, 65); // f60..f64 vanished, and the count says so
    const RefreshReport report = refresh();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    int count = 0;
    const QSet<QByteArray> ids = storedIds(&count);
    QCOMPARE(count, 120);
    QVERIFY(!ids.contains("f62"));
}

// Files vanish but the count still claims them: the head alone cannot tell, but the history never holds
// more files than the server counts, nor any file twice.
void TestStoreHostile::aLyingCountNeverYieldsMoreThanItCounts()
{
    m_story.files = files(125);
    QVERIFY(refresh().ok());
    m_story.files = files(60) + files(60, 65);
    m_story.count = 125;
    const RefreshReport report = refresh();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    int count = 0;
    const QSet<QByteArray> ids = storedIds(&count);
    QVERIFY(count <= 125);
    QCOMPARE(ids.size(), count);
    // Read from the top it holds only what the pages hold.
    m_store->forgetAll();
    const RefreshReport fresh = refresh();
    QVERIFY2(fresh.ok(), qPrintable(fresh.error ? fresh.error->message : QString()));
    storedIds(&count);
    QCOMPARE(count, 120);
}

void TestStoreHostile::moreFilesThanCountedStoresNothing()
{
    m_story.files = files(100);
    m_story.count = 90; // two full pages, yet it counts 90
    const RefreshReport report = refresh();
    QVERIFY(!report.ok());
    QVERIFY2(report.error->message.contains(QStringLiteral("counts 90")), qPrintable(report.error->message));
    QVERIFY(!m_store->load(kProfile, query()));
}

void TestStoreHostile::keyEchoedInFileFieldsIsNeverStoredNorShown()
{
    const QByteArray key = kKey.toUtf8();
    const QByteArray basic = QByteArray(kWorkspace.toUtf8() + ':' + key).toBase64();
    m_story.files = {
        file("k1", "upload_" + key + ".csv"), file("k2", "x.csv", "auth " + basic + " refused"),
        file(key.toHex(), "y.csv", "key=" + QUrl::toPercentEncoding(kKey)),
        file("k4", "z.csv",
             "B64URL " + key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    m_story.files += files(10);
    const RefreshReport report = refresh();
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    const auto history = m_store->load(kProfile, query());
    QVERIFY(history);
    QCOMPARE(history->files.size(), 14);
    QVERIFY(history->files.at(0).fileName.contains("\xe2\x80\xa2")); // masked where it stood
    QByteArray bytes;
    for (const QString &path : QStringList{m_store->path(), m_store->path() + QStringLiteral("-wal")}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    for (const QByteArray &form :
         {key, basic, key.toHex(), QUrl::toPercentEncoding(kKey),
          key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)}) {
        QVERIFY2(!bytes.contains(form), form.constData());
        for (const FileRun &run : history->files) {
            QVERIFY(!run.fileName.contains(form));
            QVERIFY(!run.statusMessage.contains(form));
            QVERIFY(!run.id.contains(form));
        }
    }
}

QTEST_GUILESS_MAIN(TestStoreHostile)
#include "tst_storehostile.moc"
