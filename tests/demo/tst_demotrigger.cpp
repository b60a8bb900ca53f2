// The demo server's Trigger File Imports endpoint (docs/API.md), spoken to over raw HTTP and checked
// with QJsonDocument against what the demo's data hold: a triggered periodic import gets a new QUEUED
// file at the top of its history that moves on to PROCESSING and SUCCESSFUL as the demo's clock (a
// ManualClock here) moves; a second trigger within 5 minutes is refused with ALREADY_EXISTS; an
// unknown or expired import answers NOT_FOUND, a one-time import is refused, a wrong key gets 401.
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace {

const QByteArray kTrigger = "/v1.0/data/fileimports/trigger/";
const QByteArray kHistory = "/v1.0/data/fileimports/import/run/history";
const QByteArray kDetails = "/v1.0/data/fileimports/import/status";

QDateTime testAnchor()
{
    return QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
}

struct Answer
{
    int status = 0;
    QJsonObject json;
};

QString periodicId()
{
    return DemoData::onePageImport().id; // "Exactly one page": PERIODIC, SCHEDULED
}

} // namespace

class TestDemoTrigger final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void triggeredRunMovesOn();
    void fiveMinuteRule();
    void unknownOrExpiredIsNotFound();
    void oneTimeIsRefused();
    void wrongKeyTriggersNothing();

private:
    Answer post(const QByteArray &path, const QByteArray &payload, const QString &key = DemoServer::apiKey());
    Answer trigger(const QString &importId, const QString &key = DemoServer::apiKey())
    {
        return post(kTrigger + importId.toUtf8(), "{}", key);
    }
    QJsonObject newestFile(const QString &importId)
    {
        const Answer a = post(kHistory, "{\"import_id\":\"" + importId.toUtf8() + "\",\"offset\":1}");
        return a.json.value(QLatin1String("data")).toArray().first().toObject();
    }
    QJsonObject details(const QString &importId)
    {
        const QJsonArray imports = post(kDetails, "{}").json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : imports) {
            if (v.toObject().value(QLatin1String("import_id")).toString() == importId)
                return v.toObject();
        }
        return {};
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScopedClock> m_installed;
    std::unique_ptr<DemoServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestDemoTrigger::init()
{
    // Half an hour after the data end: no scheduled run within 5 minutes.
    m_clock = std::make_unique<ManualClock>(testAnchor().addSecs(30 * 60));
    m_installed = std::make_unique<ScopedClock>(*m_clock);
    DemoServer::Options options;
    options.anchor = testAnchor();
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    const auto url = m_server->start();
    QVERIFY(url);
}

void TestDemoTrigger::cleanup()
{
    m_server.reset();
    m_installed.reset();
    m_clock.reset();
}

Answer TestDemoTrigger::post(const QByteArray &path, const QByteArray &payload, const QString &key)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(QString::fromUtf8(path))));
    const QByteArray credentials = (DemoServer::workspaceId() + u':' + key).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setRawHeader("MOE-APPKEY", DemoServer::workspaceId().toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam.post(request, payload);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestDemoTrigger::triggeredRunMovesOn()
{
    const QString before = newestFile(periodicId()).value(QLatin1String("id")).toString();
    const qsizetype filesBefore = m_server->snapshot().importById(periodicId())->files.size();

    const Answer answer = trigger(periodicId());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(answer.json.value(QLatin1String("message")).toString(),
             QStringLiteral("Triggered Import Successfully"));
    QCOMPARE(m_server->snapshot().importById(periodicId())->files.size(), filesBefore + 1);

    // A new file at the top, scheduled now on the demo's clock, not yet completed.
    QJsonObject file = newestFile(periodicId());
    const QString id = file.value(QLatin1String("id")).toString();
    QVERIFY(id != before);
    QCOMPARE(file.value(QLatin1String("file_status")).toString(), QStringLiteral("QUEUED"));
    QCOMPARE(file.value(QLatin1String("scheduled_at")).toString(),
             DemoData::formatTimestamp(m_clock->nowUtcMs() * 1000));
    QCOMPARE(file.value(QLatin1String("completed_at")).toString(), QString());
    QCOMPARE(details(periodicId()).value(QLatin1String("last_run_status")).toString(),
             QStringLiteral("QUEUED"));

    m_clock->advance(DemoServer::kTriggeredQueuedForMs + 1000);
    file = newestFile(periodicId());
    QCOMPARE(file.value(QLatin1String("id")).toString(), id);
    QCOMPARE(file.value(QLatin1String("file_status")).toString(), QStringLiteral("PROCESSING"));

    m_clock->advance(DemoServer::kTriggeredDoneAfterMs);
    file = newestFile(periodicId());
    QCOMPARE(file.value(QLatin1String("id")).toString(), id);
    QCOMPARE(file.value(QLatin1String("file_status")).toString(), QStringLiteral("SUCCESSFUL"));
    QVERIFY(!file.value(QLatin1String("completed_at")).toString().isEmpty());
    QCOMPARE(details(periodicId()).value(QLatin1String("last_run_status")).toString(),
             QStringLiteral("SUCCESSFUL"));
    QCOMPARE(m_server->triggerRequests(periodicId()), 1);
}

void TestDemoTrigger::fiveMinuteRule()
{
    QCOMPARE(trigger(periodicId()).status, 200);
    const qsizetype files = m_server->snapshot().importById(periodicId())->files.size();

    m_clock->advance(DemoServer::kTriggerGapMs - 1000);
    const Answer again = trigger(periodicId());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QLatin1String("error_type")).toString(), QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(again.json.value(QLatin1String("message")).toString(),
             QStringLiteral("Import has run in the last 5 min."));
    QCOMPARE(m_server->snapshot().importById(periodicId())->files.size(), files); // nothing new ran

    m_clock->advance(1000);
    QCOMPARE(trigger(periodicId()).status, 200);
    QCOMPARE(m_server->snapshot().importById(periodicId())->files.size(), files + 1);
    QCOMPARE(m_server->triggerRequests(periodicId()), 3);
}

void TestDemoTrigger::unknownOrExpiredIsNotFound()
{
    const Answer unknown = trigger(QStringLiteral("ffffffffffffffffffffffff"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json.value(QLatin1String("error_type")).toString(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(unknown.json.value(QLatin1String("message")).toString(),
             QStringLiteral("This import is either deleted or expired."));

    // "Product feed" is ARCHIVED: expired.
    const DemoData data = m_server->snapshot();
    const DemoImport *archived = nullptr;
    for (const DemoImport &import : data.imports()) {
        if (import.status == QLatin1String("ARCHIVED"))
            archived = &import;
    }
    QVERIFY(archived);
    const Answer expired = trigger(archived->id);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json.value(QLatin1String("error_type")).toString(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(m_server->snapshot().importById(archived->id)->files.size(), archived->files.size());
}

void TestDemoTrigger::oneTimeIsRefused()
{
    const DemoImportRef oneTime = DemoData::singleFileImport();
    const qsizetype files = m_server->snapshot().importById(oneTime.id)->files.size();
    const Answer answer = trigger(oneTime.id);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QVERIFY(!answer.json.value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_server->snapshot().importById(oneTime.id)->files.size(), files);
}

void TestDemoTrigger::wrongKeyTriggersNothing()
{
    const qsizetype files = m_server->snapshot().importById(periodicId())->files.size();
    QCOMPARE(trigger(periodicId(), QStringLiteral("wrong-key")).status, 401);
    QCOMPARE(m_server->triggerRequests(), 0);
    QCOMPARE(m_server->snapshot().importById(periodicId())->files.size(), files);
}

QTEST_GUILESS_MAIN(TestDemoTrigger)
#include "tst_demotrigger.moc"
