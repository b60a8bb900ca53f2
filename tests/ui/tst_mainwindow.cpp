// The real window driven with QTest against the embedded demo server: fetch, sort, search, select,
// cancel, and what the user is told when things go wrong.
#include "BoardPage.h"
#include "DetailPane.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "StatusChips.h"
#include "TestSession.h"
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "common/Settings.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/Session.h"
#include "store/HistoryStore.h"
#include "support/WireHarness.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
bool waitForFetch(MainWindow &window, int timeoutMs = 30'000)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(timeoutMs);
}

QStringList tableIds(const MainWindow &window)
{
    QStringList ids;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        ids << window.model()->file(row).idText();
    ids.sort();
    return ids;
}

// The file ids a fresh `importscope export --format json` of this import gives, run as a user would,
// while this thread's event loop keeps the demo server answering.
QStringList exportedIds(const QUrl &server, const QString &importName)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY),
                  {QStringLiteral("export"), QStringLiteral("--base-url"), server.toString(),
                   QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                   QStringLiteral("--import-name"), importName, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--quiet")});
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(60'000) || process.exitCode() != 0)
        return {QStringLiteral("export failed: ") + QString::fromUtf8(process.readAllStandardError())};
    QStringList ids;
    for (const QJsonValue &file : QJsonDocument::fromJson(process.readAllStandardOutput()).array())
        ids << file.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoOpensPopulatedAndPickerListsImports();
    void sortByClickingHeaders();
    void quickFilterNarrowsRows();
    void selectingShowsDetails();
    void problemsOnlyShowsEveryProblem();
    void replacingARunningFetchShowsOnlyTheNewImport();
    void cancelThenFetchShowsOnlyTheNewImport();
    void fetchTwiceQuicklyKeepsOneAnswer();
    void switchingProfileMidFetchClearsTheTable();
    void closingMidFetchIsSafe();
    void escapeInSearchClearsItAndKeepsTheFetch();
    void detailPaneFollowsTheVisibleSelection();
    void pacingIsVisibleWhileRequestsWait();
    void opensOnTheOnlySavedProfile();
    void reopensStoredAnswerAtOnceAndRefreshesIt();
    void pickingAStoredImportShowsItWithoutARequest();
    void pickingAgainWhileAStoredImportLoadsShowsTheLastPick();
    void emptyImportSaysNoFiles();
    void cancelMidFetchKeepsRowsAndSaysSo();
    void partialFailureSaysIncomplete();
    void unknownImportTellsToCheckTheId();
    void keyboardOnlyFetch();
    void wrongKeyOpensTheProfile();
    void endBeforeStartIsRefused();
    void columnsAndLayoutAreRemembered();
    void localTimeToggleNamesTheZone();
    void fetchesOverTls_data();
    void fetchesOverTls();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    // Each test starts without a stored history: the demo workspace is stored too.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDemo(true);
    QVERIFY(waitForFetch(*m_window));
    RequestPolicy policy = m_window->apiClient()->policy();
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.rateLimitRequests = 10'000;
    m_window->apiClient()->setPolicy(policy);
    m_window->demoServer()->setRateLimit(0, 60);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::demoOpensPopulatedAndPickerListsImports()
{
    QCOMPARE(m_window->model()->rowCount(), 987);
    QVERIFY(m_window->queryText().contains(DemoData::representativeImportName()));
    QVERIFY(m_window->queryText().contains(QLatin1String("987")));
    QVERIFY(m_window->summaryText().startsWith(QLatin1String("987 of 987 files shown")));
    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
    QTRY_COMPARE(picker->count(), m_window->demoServer()->snapshot().imports().size());
    QVERIFY(picker->findText(DemoData::largeImport().name) >= 0);
    QVERIFY(m_window->emptyStateText().isEmpty());
}

void TestMainWindow::sortByClickingHeaders()
{
    QTableView *table = m_window->table();
    QHeaderView *header = table->horizontalHeader();
    const int section = header->sectionViewportPosition(FileRunTableModel::TotalRowsColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(section, header->height() / 2));
    const auto *proxy = m_window->proxy();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), int(FileRunTableModel::TotalRowsColumn));
    qint64 previous = order == Qt::AscendingOrder ? -1 : std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const qint64 value = proxy->index(row, FileRunTableModel::TotalRowsColumn)
                                 .data(FileRunTableModel::SortRole)
                                 .toLongLong();
        QVERIFY(order == Qt::AscendingOrder ? value >= previous : value <= previous);
        previous = value;
    }
}

void TestMainWindow::quickFilterNarrowsRows()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("invalid"));
    QTRY_VERIFY(m_window->proxy()->rowCount() < 987);
    const int shown = m_window->proxy()->rowCount();
    QVERIFY(shown > 0);
    for (int row = 0; row < shown; ++row) {
        const FileRun &run =
            m_window->model()->file(m_window->proxy()->mapToSource(m_window->proxy()->index(row, 0)).row());
        const QString haystack = run.fileNameText() + run.idText() + run.statusMessageText();
        QVERIFY(haystack.contains(QLatin1String("invalid"), Qt::CaseInsensitive));
    }
    QTRY_VERIFY(m_window->summaryText().startsWith(QStringLiteral("%1 of 987").arg(shown)));
    search->setText(QStringLiteral("no file is called this"));
    QTRY_VERIFY(m_window->emptyStateText().contains(QLatin1String("No fetched file matches")));
}

void TestMainWindow::selectingShowsDetails()
{
    QTableView *table = m_window->table();
    // Find a failed file and click it.
    int target = -1;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
        if (m_window->proxy()->index(row, FileRunTableModel::StatusColumn).data().toString() ==
            QLatin1String("FAILED")) {
            target = row;
            break;
        }
    }
    QVERIFY(target >= 0);
    table->scrollTo(m_window->proxy()->index(target, 1));
    const QRect cell = table->visualRect(m_window->proxy()->index(target, FileRunTableModel::FileNameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const FileRun &run =
        m_window->model()->file(m_window->proxy()->mapToSource(m_window->proxy()->index(target, 0)).row());
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->fieldText(QStringLiteral("id")), run.idText());
    QCOMPARE(pane->fieldText(QStringLiteral("status")), QStringLiteral("FAILED"));
    QCOMPARE(pane->fieldText(QStringLiteral("message")), run.statusMessageText());
    const QLocale locale;
    QCOMPARE(pane->fieldText(QStringLiteral("failed")),
             locale.toString(run.count(FileRun::Count::FailedRows)));
    QCOMPARE(pane->fieldText(QStringLiteral("total")), locale.toString(run.count(FileRun::Count::TotalRows)));
    QVERIFY(
        pane->fieldText(QStringLiteral("json")).contains(QStringLiteral("\"id\": \"%1\"").arg(run.idText())));
}

void TestMainWindow::problemsOnlyShowsEveryProblem()
{
    // The demo's CRM import has FAILED, PARTIAL_SUCCESS and PARTIAL_FAILURE files; the request filter
    // cannot name the last, so "Problems only" must fetch everything and show the problems.
    const DemoImport *crm =
        m_window->demoServer()->snapshot().importByName(DemoData::representativeImportName());
    QVERIFY(crm);
    int problems = 0, partialFailures = 0;
    for (const DemoFile &file : crm->files) {
        const bool problem = file.status == QLatin1String("FAILED") ||
                             file.status == QLatin1String("PARTIAL_SUCCESS") ||
                             file.status == QLatin1String("PARTIAL_FAILURE");
        problems += problem;
        partialFailures += file.status == QLatin1String("PARTIAL_FAILURE");
    }
    QVERIFY(partialFailures > 0);

    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("problemsOnlyButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->toolTip().contains(QLatin1String("PARTIAL_FAILURE")));
    QVERIFY(m_window->findChild<QCheckBox *>(QStringLiteral("status_SUCCESSFUL"))->isChecked());
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), int(crm->files.size())); // nothing filtered in the request
    QCOMPARE(m_window->proxy()->rowCount(), problems);
    int shownPartialFailures = 0;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
        const QString status =
            m_window->proxy()->index(row, FileRunTableModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QLatin1String("FAIL")) || status.contains(QLatin1String("PARTIAL")),
                 qPrintable(status));
        shownPartialFailures += status.contains(QLatin1String("PARTIAL_FAILURE"));
    }
    QCOMPARE(shownPartialFailures, partialFailures);
    // The chip says so, and "All" brings every file back without a request.
    const int requests = m_window->demoServer()->totalRequests();
    QVERIFY(m_window->statusChips()->chip(StatusGroup::Problems)->isChecked());
    QVERIFY(
        m_window->statusChips()->chip(StatusGroup::Problems)->text().contains(QLocale().toString(problems)));
    QTest::mouseClick(m_window->statusChips()->chip(StatusGroup::All), Qt::LeftButton);
    QCOMPARE(m_window->proxy()->rowCount(), int(crm->files.size()));
    QCOMPARE(m_window->demoServer()->totalRequests(), requests);

    // A chip that hides the current file moves the current row to its first file, and the details
    // show that file: never an empty pane beside a list of failures. One it keeps shown stays current.
    const auto firstOf = [this](const QString &status) {
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            if (m_window->proxy()->index(row, FileRunTableModel::StatusColumn).data().toString() == status)
                return row;
        }
        return -1;
    };
    const int successful = firstOf(QStringLiteral("SUCCESSFUL"));
    QVERIFY(successful >= 0);
    m_window->table()->selectRow(successful);
    QTest::mouseClick(m_window->statusChips()->chip(StatusGroup::Failed), Qt::LeftButton);
    const QModelIndex current = m_window->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 0);
    QCOMPARE(m_window->proxy()->index(0, FileRunTableModel::StatusColumn).data().toString(),
             QStringLiteral("FAILED"));
    QVERIFY(m_window->table()->selectionModel()->isRowSelected(0, {}));
    const QString failedId = m_window->proxy()->index(0, FileRunTableModel::FileIdColumn).data().toString();
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("detail_id"))->text(), failedId);
    m_window->table()->selectRow(1);
    const QString second = m_window->proxy()->index(1, FileRunTableModel::FileIdColumn).data().toString();
    QTest::mouseClick(m_window->statusChips()->chip(StatusGroup::Problems), Qt::LeftButton);
    QCOMPARE(m_window->proxy()
                 ->index(m_window->table()->currentIndex().row(), FileRunTableModel::FileIdColumn)
                 .data()
                 .toString(),
             second);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("detail_id"))->text(), second);

    // The name in the details may be shortened to fit; its menu copies it whole.
    const QModelIndex source = m_window->proxy()->mapToSource(m_window->table()->currentIndex());
    const QString name = m_window->model()->file(source.row()).fileNameText();
    QVERIFY(!name.isEmpty());
    auto *copyName = m_window->findChild<QAction *>(QStringLiteral("copyFileNameAction"));
    QVERIFY(copyName);
    copyName->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), name);
}

// The defect of the last round: fetch, then fetch something else before the first ended.
void TestMainWindow::replacingARunningFetchShowsOnlyTheNewImport()
{
    m_window->demoServer()->setLatencyMs(400);
    QVERIFY(m_window->demoServer()->setFaults(QStringLiteral("stall@3")));
    m_window->demoServer()->resetCounters(); // totalRequests() counts as the faults do, from here
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 10'000);
    QVERIFY(m_window->isFetching());
    // The stalled third request is the old fetch's, not the new fetch's one page.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->demoServer()->totalRequests() >= 3, 10'000);

    m_window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    QTest::keyClick(m_window->table(), Qt::Key_F5);
    QVERIFY(waitForFetch(*m_window));
    m_window->demoServer()->setLatencyMs(0);
    QVERIFY(m_window->demoServer()->setFaults(QString()));
    QTest::qWait(1500); // anything the old fetch still held would have landed by now

    QCOMPARE(tableIds(*m_window), exportedIds(m_window->demoServer()->url(), DemoData::onePageImport().name));
    QVERIFY2(!m_window->banner()->isVisible() ||
                 !m_window->banner()->text().contains(QLatin1String("cancel")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->queryText().contains(DemoData::onePageImport().name));
    QVERIFY(m_window->queryText().contains(QLatin1String("Demo workspace")));
    QVERIFY(!m_window->queryText().contains(DemoData::largeImport().name));
    QVERIFY(m_window->summaryText().startsWith(QLatin1String("50 of 50 files shown")));
}

void TestMainWindow::cancelThenFetchShowsOnlyTheNewImport()
{
    m_window->demoServer()->setLatencyMs(300);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 10'000);
    m_window->cancelFetch();
    QTRY_VERIFY(!m_window->isFetching());
    m_window->filterForm()->setImport(QString(), DemoData::singleFileImport().name);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QTest::qWait(800);
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(tableIds(*m_window),
             exportedIds(m_window->demoServer()->url(), DemoData::singleFileImport().name));
    QVERIFY(!m_window->banner()->isVisible());
}

void TestMainWindow::fetchTwiceQuicklyKeepsOneAnswer()
{
    m_window->demoServer()->setLatencyMs(100);
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->startFetch();
    m_window->startFetch();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1); // the replaced fetch says nothing, not even "finished"
    QCOMPARE(m_window->model()->rowCount(), 987);
    const QStringList ids = tableIds(*m_window);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 987); // no file twice
}

// Needs the keychain (tests/run-tests.sh starts a throwaway one).
void TestMainWindow::switchingProfileMidFetchClearsTheTable()
{
    // A second workspace on a second demo server, saved as a profile with its key in the keychain.
    DemoServer other;
    QVERIFY(other.start());
    Profile profile;
    profile.name = QStringLiteral("Second workspace");
    profile.baseUrl = other.url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    std::optional<Expected<Profile, ProfileError>> added;
    m_window->session()->profiles().add(
        profile, DemoServer::apiKey(), this,
        [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));

    m_window->demoServer()->setLatencyMs(400);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 10'000);
    m_window->selectProfile(added->value().id);
    QCOMPARE(m_window->model()->rowCount(), 0); // cleared at once
    QVERIFY(!m_window->isFetching());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->state() == WorkspaceSession::State::Connected, 15'000);
    m_window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QTest::qWait(1000);
    QCOMPARE(tableIds(*m_window), exportedIds(other.url(), DemoData::onePageImport().name));
    QVERIFY(m_window->queryText().contains(profile.name));

    std::optional<std::optional<ProfileError>> removed;
    m_window->session()->profiles().remove(added->value().id, this,
                                           [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
    // Its profile is gone, so the window shows none rather than a workspace that no longer exists.
    QTRY_VERIFY(!m_window->workspace());
    QCOMPARE(m_window->model()->rowCount(), 0);
}

void TestMainWindow::closingMidFetchIsSafe()
{
    m_window->demoServer()->setLatencyMs(300);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 10'000);
    m_window->close();
    m_window.reset(); // the window, its session, the demo server and every request in flight
    QTest::qWait(700);
    m_window = makeWindow(); // cleanup() expects one
}

void TestMainWindow::escapeInSearchClearsItAndKeepsTheFetch()
{
    m_window->demoServer()->setLatencyMs(300);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 10'000);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("csv"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_window->isFetching());
    m_window->cancelFetch();
}

void TestMainWindow::detailPaneFollowsTheVisibleSelection()
{
    m_window->table()->selectRow(3);
    const FileRun &run =
        m_window->model()->file(m_window->proxy()->mapToSource(m_window->proxy()->index(3, 0)).row());
    QCOMPARE(m_window->detailPane()->fieldText(QStringLiteral("id")), run.idText());
    // A search that hides the selected file leaves nothing selected in the pane.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    search->setText(QStringLiteral("no file is called this"));
    QTRY_COMPARE(m_window->proxy()->rowCount(), 0);
    QVERIFY(m_window->detailPane()->fieldText(QStringLiteral("id")).isEmpty());
    search->clear();
    QTRY_COMPARE(m_window->proxy()->rowCount(), 987);
}

void TestMainWindow::pacingIsVisibleWhileRequestsWait()
{
    // A pace of 4 requests per 3 s makes the 87-page import wait, as 50 a minute does.
    RequestPolicy policy = m_window->apiClient()->policy();
    policy.rateLimitRequests = 4;
    policy.rateLimitWindowMs = 3000;
    m_window->apiClient()->setPolicy(policy);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->progressText().startsWith(QLatin1String("Waiting")), 10'000);
    const QString text = m_window->progressText();
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("limit of 4 request.* per 3 s"))),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(" of 87")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("left")), qPrintable(text));
    m_window->cancelFetch();
    QTRY_VERIFY(!m_window->isFetching());
    QVERIFY(m_window->progressText().isEmpty());
}

void TestMainWindow::emptyImportSaysNoFiles()
{
    m_window->filterForm()->setImport(QString(), DemoData::emptyImport().name);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(m_window->emptyStateText().contains(QLatin1String("No files")));
}

void TestMainWindow::cancelMidFetchKeepsRowsAndSaysSo()
{
    m_window->demoServer()->setLatencyMs(400);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 5000);
    QVERIFY(m_window->isFetching());
    QTest::keyClick(m_window->table(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isFetching());
    QVERIFY(m_window->model()->rowCount() < 4321);
    QVERIFY(m_window->queryText().contains(QLatin1String("cancelled")));
    QVERIFY(m_window->banner()->text().contains(QLatin1String("cancelled")));
}

void TestMainWindow::partialFailureSaysIncomplete()
{
    QVERIFY(m_window->demoServer()->setFaults(QStringLiteral("500@3-")));
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name); // not stored yet
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QVERIFY(m_window->model()->rowCount() >= 50);
    QVERIFY(m_window->model()->rowCount() < 4321);
    QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Error);
    QVERIFY(m_window->banner()->text().contains(QLatin1String("incomplete")));
    QVERIFY(m_window->queryText().contains(QLatin1String("INCOMPLETE")));
    QVERIFY(
        m_window->banner()->findChild<QToolButton *>(QStringLiteral("bannerAction1"))->isVisible()); // Retry
}

void TestMainWindow::unknownImportTellsToCheckTheId()
{
    m_window->filterForm()->setImport(QStringLiteral("000000000000000000000000"), QString());
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(m_window->banner()->text().contains(QLatin1String("check the import ID")));
}

void TestMainWindow::keyboardOnlyFetch()
{
    m_window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    QTest::keyClick(m_window->table(), Qt::Key_F5);
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 50);
}

// Needs the keychain (tests/run-tests.sh starts a throwaway one).
void TestMainWindow::wrongKeyOpensTheProfile()
{
    ProfileStore &store = m_window->session()->profiles();
    Profile profile;
    profile.name = QStringLiteral("Staging (wrong key)");
    profile.baseUrl = m_window->demoServer()->url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    std::optional<Expected<Profile, ProfileError>> added;
    store.add(profile, QStringLiteral("definitely-not-the-key"), this,
              [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));
    m_window->reloadProfiles();
    m_window->selectProfile(added->value().id);
    m_window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().contains(profile.name), 15'000);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Error);
    QVERIFY2(m_window->banner()->text().contains(QLatin1String("Data API key")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(!m_window->banner()->text().contains(QLatin1String("definitely-not-the-key")));
    QVERIFY(m_window->banner()
                ->findChild<QToolButton *>(QStringLiteral("bannerAction2"))
                ->isVisible()); // Open profile
    std::optional<std::optional<ProfileError>> removed;
    store.remove(added->value().id, this, [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
}

void TestMainWindow::endBeforeStartIsRefused()
{
    auto *dates = m_window->findChild<QCheckBox *>(QStringLiteral("dateCheck"));
    dates->setChecked(true);
    auto *preset = m_window->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    preset->setCurrentIndex(3); // custom
    auto *from = m_window->findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
    auto *to = m_window->findChild<QDateTimeEdit *>(QStringLiteral("toEdit"));
    from->setDateTime(QDateTime(QDate(2024, 3, 2), QTime(0, 0)));
    to->setDateTime(QDateTime(QDate(2024, 3, 1), QTime(0, 0)));
    const int requests = m_window->demoServer()->totalRequests();
    m_window->startFetch();
    QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Warning);
    QVERIFY(m_window->banner()->text().contains(QLatin1String("ends before it starts")));
    QCOMPARE(m_window->demoServer()->totalRequests(), requests); // nothing sent
    QCOMPARE(m_window->model()->rowCount(), 987);                // the table still holds the last query
}

void TestMainWindow::columnsAndLayoutAreRemembered()
{
    QTableView *table = m_window->table();
    QVERIFY(table->isColumnHidden(FileRunTableModel::FileIdColumn)); // hidden by default
    table->setColumnHidden(FileRunTableModel::FileIdColumn, false);
    table->setColumnHidden(FileRunTableModel::SkippedRowsColumn, true);
    table->setColumnWidth(FileRunTableModel::FileNameColumn, 333);
    table->horizontalHeader()->moveSection(
        table->horizontalHeader()->visualIndex(FileRunTableModel::MessageColumn), 1);
    m_window->close();
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    table = m_window->table();
    QVERIFY(!table->isColumnHidden(FileRunTableModel::FileIdColumn));
    QVERIFY(table->isColumnHidden(FileRunTableModel::SkippedRowsColumn));
    QCOMPARE(table->columnWidth(FileRunTableModel::FileNameColumn), 333);
    QCOMPARE(table->horizontalHeader()->visualIndex(FileRunTableModel::MessageColumn), 1);
    // Put things back for the other tests' windows.
    table->horizontalHeader()->reset();
    table->setColumnHidden(FileRunTableModel::FileIdColumn, true);
    table->setColumnHidden(FileRunTableModel::SkippedRowsColumn, false);
    table->horizontalHeader()->moveSection(
        table->horizontalHeader()->visualIndex(FileRunTableModel::MessageColumn),
        FileRunTableModel::MessageColumn);
    m_window->close();
}

void TestMainWindow::localTimeToggleNamesTheZone()
{
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("localTimeAction"));
    const QString workspaceHeader =
        m_window->model()->headerData(FileRunTableModel::ScheduledColumn, Qt::Horizontal).toString();
    QVERIFY(workspaceHeader.contains(QLatin1String("UTC")));
    qputenv("TZ", "Asia/Kolkata");
    toggle->setChecked(true);
    const QString localHeader =
        m_window->model()->headerData(FileRunTableModel::ScheduledColumn, Qt::Horizontal).toString();
    QVERIFY2(localHeader.contains(QString::fromUtf8(QTimeZone::systemTimeZoneId())), qPrintable(localHeader));
    toggle->setChecked(false);
    qunsetenv("TZ");
}

// Needs the keychain. As after `importscope profile add` on a fresh machine: one saved profile, no
// window ever opened. The window opens on it and never claims there is no profile.
void TestMainWindow::opensOnTheOnlySavedProfile()
{
    m_window.reset();
    Settings::setValue(Settings::Key::LastProfile, QString());
    Session session;
    QVERIFY(session.startDemoServer());
    Profile profile;
    profile.name = QStringLiteral("Added from the command line");
    profile.baseUrl = session.demoServer()->url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    std::optional<Expected<Profile, ProfileError>> added;
    session.profiles().add(profile, DemoServer::apiKey(), this,
                           [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));

    m_window = std::make_unique<MainWindow>(session);
    m_window->show();
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentData().toString(), added->value().id);
    QVERIFY(!m_window->emptyStateText().contains(QLatin1String("No profile yet")));
    // With a profile saved the window opens on the board (issue 19), which judges that profile.
    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->boardPage());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->boardPage()->hasScanned(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->state() == WorkspaceSession::State::Connected, 15'000);
    QVERIFY(m_window->windowTitle().contains(profile.name));

    std::optional<std::optional<ProfileError>> removed;
    session.profiles().remove(added->value().id, this,
                              [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
    m_window.reset();
    m_window = makeWindow();
}

// Needs the keychain. Yesterday's import reopens at once from the store, labelled with its age, and
// is refreshed with a request or two; with the server gone, the stored rows stay with a banner.
void TestMainWindow::reopensStoredAnswerAtOnceAndRefreshesIt()
{
    auto server = std::make_unique<DemoServer>();
    QVERIFY(server->start());
    server->setRateLimit(0, 60);
    Profile profile;
    profile.name = QStringLiteral("Stored workspace");
    profile.baseUrl = server->url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    std::optional<Expected<Profile, ProfileError>> added;
    m_window->session()->profiles().add(
        profile, DemoServer::apiKey(), this,
        [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));
    m_window->selectProfile(added->value().id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->state() == WorkspaceSession::State::Connected, 15'000);
    m_window->filterForm()->setImport(QString(), DemoData::representativeImportName());
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QVERIFY(m_window->queryText().contains(QLatin1String("fetched")));
    m_window->session()->store().waitForWrites();

    // Fetch again: the stored files are in the table before any request is answered.
    server->setLatencyMs(500);
    server->resetCounters();
    QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
    m_window->startFetch();
    // Read from the store on its own thread, and shown before the refresh's first answer.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 987, 400);
    QVERIFY2(m_window->queryText().contains(QLatin1String("stored")), qPrintable(m_window->queryText()));
    QVERIFY(m_window->queryText().contains(QLatin1String("refreshing")));
    QVERIFY(finished.wait(30'000));
    QVERIFY2(m_window->queryText().contains(QLatin1String("refreshed")), qPrintable(m_window->queryText()));
    QVERIFY(server->totalRequests() <= 2);
    QCOMPARE(m_window->model()->rowCount(), 987);

    // Offline: the stored rows stay, and the banner says when they were stored and why the refresh failed.
    server.reset();
    RequestPolicy policy = m_window->apiClient()->policy();
    policy.maxAttempts = 1;
    m_window->apiClient()->setPolicy(policy);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 987);
    QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Warning);
    QVERIFY2(m_window->banner()->text().contains(QLatin1String("stored at")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->queryText().contains(QLatin1String("not refreshed")));

    std::optional<std::optional<ProfileError>> removed;
    m_window->session()->profiles().remove(added->value().id, this,
                                           [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
}

void TestMainWindow::fetchesOverTls_data()
{
    QTest::addColumn<QString>("alpn");
    QTest::addColumn<QByteArray>("protocol");
    QTest::newRow("TLS, HTTP/2") << QStringLiteral("h2,http/1.1") << QByteArray("h2");
    QTest::newRow("TLS, HTTP/1.1") << QStringLiteral("http/1.1") << QByteArray("http/1.1");
}

// Needs the keychain. A profile behind a TLS front end (nghttpx) whose CA it trusts as its extra
// certificate fetches the whole import, over the protocol the front end offers (issue 18).
void TestMainWindow::fetchesOverTls()
{
    QFETCH(QString, alpn);
    QFETCH(QByteArray, protocol);
    if (const QString missing = Wire::missingTools(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QTemporaryDir dir;
    Wire::Pki pki(dir.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    DemoServer server; // in this thread: the window's event loop serves it
    QVERIFY(server.start());
    server.setRateLimit(0, 60);
    Wire::Nghttpx::Options options;
    options.directory = dir.path();
    options.backendPort = static_cast<quint16>(server.url().port());
    options.key = pki.serverKey();
    options.certificate = pki.certificate(Wire::Pki::Server::Good);
    options.alpn = alpn;
    Wire::Nghttpx front(options);
    QVERIFY2(front.ok(), qPrintable(front.error()));

    Profile profile;
    profile.name = QStringLiteral("Behind TLS, %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    profile.baseUrl = front.url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    profile.extraCertificate = Wire::readFile(pki.caCertificate());
    profile.proxy = QString::fromLatin1(Profile::kNoProxy);
    std::optional<Expected<Profile, ProfileError>> added;
    m_window->session()->profiles().add(
        profile, DemoServer::apiKey(), this,
        [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));
    m_window->selectProfile(added->value().id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->state() == WorkspaceSession::State::Connected, 15'000);
    m_window->filterForm()->setImport(QString(), DemoData::representativeImportName());
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 987);
    QVERIFY2(m_window->queryText().contains(QLatin1String("fetched")), qPrintable(m_window->queryText()));
    // Every request over the offered protocol; the history's 20 pages among them (the import picker
    // asks for the workspace's imports too).
    QCOMPARE(front.protocols(), QSet<QByteArray>{protocol});
    const QList<QByteArray> requests = front.accessLog();
    QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                           [](const QByteArray &line) { return line.contains(HistoryClient::kPath); }),
             20);

    std::optional<std::optional<ProfileError>> removed;
    m_window->session()->profiles().remove(added->value().id, this,
                                           [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
}

// issue 17: picking an import from the list shows its stored history at once, with no request; a
// pick while a fetch runs leaves that fetch alone; an import never stored is left to Fetch.
void TestMainWindow::pickingAStoredImportShowsItWithoutARequest()
{
    // init() fetched (and stored) the representative import; now another one is shown.
    m_window->filterForm()->setImport(QString(), DemoData::singleFileImport().name);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 1);

    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
    QTRY_VERIFY(picker->findText(DemoData::representativeImportName()) >= 0);
    m_window->demoServer()->resetCounters();
    const int stored = picker->findText(DemoData::representativeImportName());
    picker->setCurrentIndex(stored);
    Q_EMIT picker->activated(stored);
    QTRY_COMPARE(m_window->model()->rowCount(), 987);
    QVERIFY(waitForFetch(*m_window, 5000) || !m_window->isFetching());
    QCOMPARE(m_window->demoServer()->totalRequests(), 0);
    QVERIFY2(m_window->queryText().contains(QLatin1String("as stored")), qPrintable(m_window->queryText()));
    QVERIFY(!m_window->banner()->isVisible());

    // Never stored: picking it shows nothing new and sends nothing; the table keeps what it shows.
    const int fresh = picker->findText(DemoData::largeImport().name);
    picker->setCurrentIndex(fresh);
    Q_EMIT picker->activated(fresh);
    QTest::qWait(300);
    QCOMPARE(m_window->model()->rowCount(), 987);
    QCOMPARE(m_window->demoServer()->totalRequests(), 0);

    // A pick while a fetch runs does not stop it.
    m_window->demoServer()->setLatencyMs(300);
    m_window->startFetch(); // the large import, 87 pages
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isFetching(), 5000);
    picker->setCurrentIndex(stored);
    Q_EMIT picker->activated(stored);
    QTest::qWait(200);
    QVERIFY(m_window->isFetching());
    QVERIFY2(m_window->queryText().contains(DemoData::largeImport().name) ||
                 m_window->model()->rowCount() != 987,
             qPrintable(m_window->queryText()));
    m_window->demoServer()->setLatencyMs(0);
}

// The user picks again before the history picked first was read from the store (issue 17): the
// table ends on the last import picked, as the form says, not on the first.
void TestMainWindow::pickingAgainWhileAStoredImportLoadsShowsTheLastPick()
{
    // init() fetched (and stored) the representative import; the one-file import is stored too.
    m_window->filterForm()->setImport(QString(), DemoData::singleFileImport().name);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 1);
    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
    QTRY_VERIFY(picker->findText(DemoData::representativeImportName()) >= 0);
    const int representative = picker->findText(DemoData::representativeImportName());
    const int single = picker->findText(DemoData::singleFileImport().name);
    QVERIFY(single >= 0);
    m_window->demoServer()->resetCounters();

    picker->setCurrentIndex(representative);
    Q_EMIT picker->activated(representative);
    QVERIFY(m_window->isFetching()); // its stored history is being read, on the store's thread
    picker->setCurrentIndex(single);
    Q_EMIT picker->activated(single);
    QTRY_VERIFY(!m_window->isFetching());
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->shownFetch()->importName(), DemoData::singleFileImport().name);
    QVERIFY2(m_window->queryText().contains(QLatin1String("as stored")), qPrintable(m_window->queryText()));
    QCOMPARE(m_window->demoServer()->totalRequests(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
