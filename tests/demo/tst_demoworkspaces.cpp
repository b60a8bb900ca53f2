// The demo server's three workspaces on one listener (issue 19, "The demo"): each answers only its own
// key, each has its own rate-limit window, EU staging's stale schedule and stuck file are judged so by
// the attention rules (model/ImportHealth) throughout the hour the data stay put, Trigger works in each
// workspace on that workspace's imports only, and the session has one demo profile per workspace,
// each connected to its own workspace with the production flag where the workspace is production-like.
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/ImportHealth.h"
#include "session/Session.h"
#include "session/WorkspaceSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kHistory = "/v1.0/data/fileimports/import/run/history";
const QByteArray kDetails = "/v1.0/data/fileimports/import/status";
const QByteArray kTrigger = "/v1.0/data/fileimports/trigger/";

struct Answer
{
    int status = 0;
    QJsonObject json;
};

const DemoWorkspace &workspaceNamed(const QString &name)
{
    for (const DemoWorkspace &w : DemoServer::workspaces()) {
        if (w.name == name)
            return w;
    }
    qFatal("no demo workspace %s", qPrintable(name));
}

// The files of a demo import as the client would read them.
QList<FileRun> runsOf(const DemoImport &import)
{
    QList<FileRun> runs;
    for (const DemoFile &f : import.files) {
        FileRun run;
        run.id = f.id.toUtf8();
        run.status = fileStatusFromWire(f.status).value_or(FileStatus::Other);
        run.scheduledAt = *WallClock::parse(f.scheduledAt().toUtf8());
        if (f.isCompleted())
            run.completedAt = *WallClock::parse(f.completedAt().toUtf8());
        runs << run;
    }
    return runs;
}

ImportHealth judge(const DemoImport &import, const QDateTime &now)
{
    return ImportHealthRules::assess(runsOf(import), import.scheduleType == QLatin1String("PERIODIC"), now,
                                     86400, QTimeZone::utc());
}

} // namespace

class TestDemoWorkspaces final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void threeWorkspacesWithTheirOwnImports();
    void eachAnswersOnlyItsOwnKey();
    void eachHasItsOwnRateWindow();
    void staleAndStuckByTheAttentionRules();
    void triggerInEachWorkspace();
    void oneDemoProfilePerWorkspace();

private:
    Answer post(const DemoWorkspace &as, const QByteArray &path, const QJsonObject &body,
                const QString &key = {});
    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoWorkspaces::initTestCase()
{
    QCOMPARE(DemoServer::workspaces().size(), 3);
    // The primary workspace is the one every other test knows.
    QCOMPARE(DemoServer::workspaces().first().id, DemoServer::workspaceId());
    QCOMPARE(DemoServer::workspaces().first().apiKey, DemoServer::apiKey());
}

void TestDemoWorkspaces::init()
{
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    QVERIFY(m_server->start());
}

Answer TestDemoWorkspaces::post(const DemoWorkspace &as, const QByteArray &path, const QJsonObject &body,
                                const QString &key)
{
    QNetworkRequest request(QUrl(m_server->url().toString() + QString::fromLatin1(path)));
    const QString credentials = as.id + u':' + (key.isNull() ? as.apiKey : key);
    request.setRawHeader("Authorization", "Basic " + credentials.toUtf8().toBase64());
    request.setRawHeader("MOE-APPKEY", as.id.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10'000)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestDemoWorkspaces::threeWorkspacesWithTheirOwnImports()
{
    QSet<QString> ids, seenImports;
    for (const DemoWorkspace &w : DemoServer::workspaces()) {
        QVERIFY(!ids.contains(w.id));
        ids.insert(w.id);
        // Import Details lists this workspace's imports, and only them.
        const Answer details = post(w, kDetails, {});
        QCOMPARE(details.status, 200);
        const DemoData data = m_server->snapshot(w.id);
        QVERIFY(!data.imports().isEmpty());
        QSet<QString> listed;
        for (const QJsonValue &item : details.json.value(QLatin1String("data")).toArray())
            listed.insert(item.toObject().value(QLatin1String("import_id")).toString());
        QSet<QString> held;
        for (const DemoImport &import : data.imports())
            held.insert(import.id);
        QCOMPARE(listed, held);
        QVERIFY2(!seenImports.intersects(held), qPrintable(w.id));
        seenImports += held;
        if (w.set != DemoData::Set::Primary) {
            // Smaller than the primary: 8 to 15 imports, a few hundred files.
            QVERIFY(data.imports().size() >= 8 && data.imports().size() <= 15);
            QVERIFY2(data.fileCount() >= 200 && data.fileCount() <= 1000,
                     qPrintable(QString::number(data.fileCount())));
        }
    }
    QCOMPARE(m_server->snapshot(QStringLiteral("NO-SUCH-WORKSPACE")).imports().size(), 0);
    // Only IN production is production-like.
    QVERIFY(!workspaceNamed(QString()).production);
    QVERIFY(!workspaceNamed(QStringLiteral("eu")).production);
    QVERIFY(workspaceNamed(QStringLiteral("in")).production);
}

void TestDemoWorkspaces::eachAnswersOnlyItsOwnKey()
{
    const QJsonObject body = {{QStringLiteral("import_id"), DemoData::staleImport().id}};
    for (const DemoWorkspace &a : DemoServer::workspaces()) {
        for (const DemoWorkspace &b : DemoServer::workspaces()) {
            const Answer answer = post(b, kDetails, {}, a.apiKey);
            const QString what = QStringLiteral("key of %1 for %2").arg(a.id, b.id);
            QVERIFY2(answer.status == (a.id == b.id ? 200 : 401), qPrintable(what));
            if (a.id != b.id)
                QCOMPARE(answer.json.value(QLatin1String("title")).toString(),
                         QStringLiteral("AuthenticationInvalid"));
        }
    }
    // EU staging's import is EU staging's: the primary workspace does not know it.
    QCOMPARE(post(workspaceNamed(QStringLiteral("eu")), kHistory, body).status, 200);
    const Answer elsewhere = post(workspaceNamed(QString()), kHistory, body);
    QCOMPARE(elsewhere.status, 400);
    QCOMPARE(elsewhere.json.value(QLatin1String("error_type")).toString(),
             QStringLiteral("Import Doesn't Exist"));
}

void TestDemoWorkspaces::eachHasItsOwnRateWindow()
{
    m_server->setRateLimit(3, 600);
    const DemoWorkspace &primary = workspaceNamed(QString());
    const DemoWorkspace &eu = workspaceNamed(QStringLiteral("eu"));
    const DemoWorkspace &in = workspaceNamed(QStringLiteral("in"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(primary, kDetails, {}).status, 200);
    QCOMPARE(post(primary, kDetails, {}).status, 429);
    // The primary's spent window leaves the others theirs whole.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(eu, kDetails, {}).status, 200);
    QCOMPARE(post(eu, kDetails, {}).status, 429);
    QCOMPARE(post(in, kDetails, {}).status, 200);
    QCOMPARE(post(primary, kDetails, {}).status, 429);
}

void TestDemoWorkspaces::staleAndStuckByTheAttentionRules()
{
    const DemoData eu = m_server->snapshot(workspaceNamed(QStringLiteral("eu")).id);
    const DemoImport *stale = eu.importById(DemoData::staleImport().id);
    const DemoImport *stuck = eu.importById(DemoData::stuckImport().id);
    const DemoImport *failing = eu.importById(DemoData::failingImport().id);
    QVERIFY(stale && stuck && failing);
    const QDateTime anchor = eu.anchor();
    // Import Details still calls the stale one a running schedule, due in the past.
    QCOMPARE(stale->scheduleType, QStringLiteral("PERIODIC"));
    QCOMPARE(stale->status, QStringLiteral("SCHEDULED"));
    QVERIFY(stale->nextScheduledAtUs() < anchor.toMSecsSinceEpoch() * 1000);
    // The stuck file: one, hours old, while the runs after it finished.
    const auto unfinished = std::count_if(stuck->files.cbegin(), stuck->files.cend(),
                                          [](const DemoFile &f) { return !f.isCompleted(); });
    QCOMPARE(unfinished, 1);
    QVERIFY(stuck->files.first().isCompleted());
    // From the start of the hour to its end (the data stay put for that hour): the same judgement.
    for (const QDateTime &now : {anchor, anchor.addSecs(59 * 60)}) {
        const QString when = now.toString(Qt::ISODate);
        const ImportHealth staleHealth = judge(*stale, now);
        QVERIFY2(staleHealth.stale, qPrintable(when));
        QCOMPARE(staleHealth.stuckFiles, 0);
        QVERIFY(!staleHealth.failing);
        QCOMPARE(staleHealth.severity(), ImportHealth::Severity::Critical);
        const ImportHealth stuckHealth = judge(*stuck, now);
        QVERIFY2(!stuckHealth.stale, qPrintable(when));
        QCOMPARE(stuckHealth.stuckFiles, 1);
        QVERIFY2(stuckHealth.reasons(QTimeZone::utc()).join(u'\n').contains(QLatin1String("stuck")),
                 qPrintable(stuckHealth.reasons(QTimeZone::utc()).join(u'\n')));
        const ImportHealth failingHealth = judge(*failing, now);
        QVERIFY(failingHealth.failing);
        QVERIFY(!failingHealth.stale);
        QCOMPARE(failingHealth.stuckFiles, 0);
    }
    // The 24 hours before the anchor have files in every periodic running import of the workspace.
    const qint64 dayAgoUs = (anchor.toMSecsSinceEpoch() - 86'400'000) * 1000;
    for (const DemoImport &import : eu.imports()) {
        if (import.scheduleType != QLatin1String("PERIODIC") || import.status != QLatin1String("SCHEDULED") ||
            import.id == stale->id)
            continue;
        QVERIFY2(!import.files.isEmpty() && import.files.first().scheduledAtUs >= dayAgoUs,
                 qPrintable(import.name));
    }
}

void TestDemoWorkspaces::triggerInEachWorkspace()
{
    for (const DemoWorkspace &w : DemoServer::workspaces()) {
        const DemoData before = m_server->snapshot(w.id);
        const auto periodic =
            std::find_if(before.imports().cbegin(), before.imports().cend(), [](const DemoImport &i) {
                return i.scheduleType == QLatin1String("PERIODIC") && i.status == QLatin1String("SCHEDULED");
            });
        QVERIFY(periodic != before.imports().cend());
        const Answer answer = post(w, kTrigger + periodic->id.toUtf8(), {});
        QVERIFY2(answer.status == 200, qPrintable(w.id));
        QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("success"));
        const DemoImport *after = m_server->snapshot(w.id).importById(periodic->id);
        QCOMPARE(after->files.size(), periodic->files.size() + 1);
        QCOMPARE(after->files.first().status, QStringLiteral("QUEUED"));
    }
    // Another workspace's import is not found in this one.
    const Answer foreign =
        post(workspaceNamed(QStringLiteral("in")), kTrigger + DemoData::staleImport().id.toUtf8(), {});
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.json.value(QLatin1String("error_type")).toString(), QStringLiteral("NOT_FOUND"));
}

void TestDemoWorkspaces::oneDemoProfilePerWorkspace()
{
    QTemporaryDir dir;
    Session::Options options;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.storePath = dir.filePath(QStringLiteral("history.sqlite"));
    Session session(options);
    const QStringList ids = Session::demoProfileIds();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("demo"), QStringLiteral("demo-eu"), QStringLiteral("demo-in")}));
    QVERIFY(Session::isDemoProfile(QStringLiteral("demo-eu")));
    QVERIFY(!Session::isDemoProfile(QStringLiteral("demo-xx")));
    QCOMPARE(session.profileLabel(QStringLiteral("demo")), QStringLiteral("Demo workspace"));
    QCOMPARE(session.profileLabel(QStringLiteral("demo-eu")), QStringLiteral("Demo workspace — EU staging"));
    QCOMPARE(session.profileLabel(QStringLiteral("demo-in")),
             QStringLiteral("Demo workspace — IN production"));
    // A remembered demo profile is opened again while no profile is saved, whichever demo it was.
    QCOMPARE(session.initialProfileId(QStringLiteral("demo-eu")), QStringLiteral("demo-eu"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        WorkspaceSession *workspace = session.workspace(ids.at(i));
        QVERIFY(workspace->isDemo());
        workspace->connectToWorkspace();
        QCOMPARE(workspace->state(), WorkspaceSession::State::Connected);
        QCOMPARE(workspace->connection()->workspaceId, DemoServer::workspaces().at(i).id);
        QCOMPARE(workspace->connection()->apiKey, DemoServer::workspaces().at(i).apiKey);
        QCOMPARE(workspace->isProduction(), DemoServer::workspaces().at(i).production);
        QCOMPARE(workspace->label(), session.profileLabel(ids.at(i)));
    }
    // All on the one demo server.
    QCOMPARE(session.workspace(ids.at(1))->connection()->baseUrl,
             session.workspace(ids.at(0))->connection()->baseUrl);
}

QTEST_MAIN(TestDemoWorkspaces)
#include "tst_demoworkspaces.moc"
