// The "Run now" confirmation against the demo server: it names workspace and import; Run sends
// exactly one trigger (a second click sends nothing) and the new run is in the demo's history; for a
// production profile Run stays disabled until the import's name is typed; while the 5-minute rule
// forbids a run it says when it becomes possible and Run is disabled until then (a ManualClock);
// a refusal (NOT_FOUND) is said in plain words.
#include "TriggerDialog.h"
#include "UiTestSupport.h"
#include "api/ApiClient.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestTriggerDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void namesWorkspaceAndImportAndRunsOnce();
    void productionNeedsTheNameTyped();
    void fiveMinuteRuleDisablesRun();
    void refusalInPlainWords();

private:
    TriggerTarget target(const QString &importId, const QString &name) const
    {
        TriggerTarget t;
        t.connection.baseUrl = m_server->url();
        t.connection.workspaceId = DemoServer::workspaceId();
        t.connection.apiKey = DemoServer::apiKey();
        t.workspace = QStringLiteral("Demo (%1)").arg(DemoServer::workspaceId());
        t.importId = importId;
        t.importName = name;
        return t;
    }
    bool labelsContain(const QWidget &dialog, const QString &text) const
    {
        const auto labels = dialog.findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text().contains(text); });
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScopedClock> m_installed;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestTriggerDialog::initTestCase()
{
    isolateSettings();
}

void TestTriggerDialog::init()
{
    // The real time, so the demo's data (ending at the hour) lie before it; then moved by hand.
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_installed = std::make_unique<ScopedClock>(*m_clock);
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    QVERIFY(m_server->start());
    m_api = std::make_unique<ApiClient>();
}

void TestTriggerDialog::cleanup()
{
    m_api.reset();
    m_server.reset();
    m_installed.reset();
    m_clock.reset();
}

void TestTriggerDialog::namesWorkspaceAndImportAndRunsOnce()
{
    const DemoImportRef import = DemoData::onePageImport();
    TriggerDialog dialog(m_api.get(), target(import.id, import.name));
    dialog.show();
    QVERIFY(labelsContain(dialog, import.name));
    QVERIFY(labelsContain(dialog, DemoServer::workspaceId()));
    QVERIFY(dialog.runButton()->isEnabled());
    QVERIFY(!dialog.runButton()->isDefault()); // Enter does not run it

    QSignalSpy finished(&dialog, &TriggerDialog::finished);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton); // a second click sends nothing
    QVERIFY(finished.wait(10'000));
    QCOMPARE(dialog.outcome()->result, TriggerOutcome::Result::Triggered);
    QVERIFY2(dialog.outcomeText().contains(QStringLiteral("was triggered")),
             qPrintable(dialog.outcomeText()));
    QVERIFY(!dialog.runButton()->isEnabled());
    QCOMPARE(m_server->triggerRequests(import.id), 1);
    QCOMPARE(m_server->snapshot().importById(import.id)->files.first().status, QStringLiteral("QUEUED"));
}

void TestTriggerDialog::productionNeedsTheNameTyped()
{
    const DemoImportRef import = DemoData::onePagePlusOneImport();
    TriggerTarget t = target(import.id, import.name);
    t.production = true;
    TriggerDialog dialog(m_api.get(), t);
    dialog.show();
    QVERIFY(dialog.nameEdit());
    QVERIFY(!dialog.runButton()->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), import.name.left(5));
    QVERIFY(!dialog.runButton()->isEnabled());
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QCOMPARE(m_server->totalRequests(), 0);
    QTest::keyClicks(dialog.nameEdit(), import.name.mid(5));
    QVERIFY(dialog.runButton()->isEnabled());

    QSignalSpy finished(&dialog, &TriggerDialog::finished);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_server->triggerRequests(import.id), 1);
}

void TestTriggerDialog::fiveMinuteRuleDisablesRun()
{
    const DemoImportRef import = DemoData::onePageImport();
    TriggerTarget t = target(import.id, import.name);
    t.lastRunAt = m_clock->nowUtc().addSecs(-120);
    TriggerDialog dialog(m_api.get(), t);
    dialog.show();
    QVERIFY(!dialog.runButton()->isEnabled());
    const QString possible =
        t.lastRunAt.addSecs(300).toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(dialog.ruleText().contains(possible), qPrintable(dialog.ruleText()));
    QVERIFY2(dialog.ruleText().contains(QStringLiteral("3 min")), qPrintable(dialog.ruleText()));
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QCOMPARE(m_server->totalRequests(), 0);

    m_clock->advance(3 * 60 * 1000);
    dialog.updateState();
    QVERIFY(dialog.runButton()->isEnabled());
}

void TestTriggerDialog::refusalInPlainWords()
{
    const DemoData data = m_server->snapshot();
    const DemoImport *archived = nullptr;
    for (const DemoImport &import : data.imports()) {
        if (import.status == QLatin1String("ARCHIVED"))
            archived = &import;
    }
    QVERIFY(archived);
    TriggerDialog dialog(m_api.get(), target(archived->id, archived->name));
    dialog.show();
    QSignalSpy finished(&dialog, &TriggerDialog::finished);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(dialog.outcome()->result, TriggerOutcome::Result::Refused);
    QVERIFY2(dialog.outcomeText().contains(QStringLiteral("deleted or expired")),
             qPrintable(dialog.outcomeText()));
    QVERIFY(labelsContain(dialog, QStringLiteral("deleted or expired")));
}

QTEST_MAIN(TestTriggerDialog)
#include "tst_triggerdialog.moc"
