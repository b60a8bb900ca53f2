// The real window driven with QTest against the embedded demo server: fetch, sort, search, select,
// cancel, and what the user is told when things go wrong.
#include "DetailPane.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {
bool waitForFetch(MainWindow &window, int timeoutMs = 30'000)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(timeoutMs);
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
    void problemsOnlyFetchesOnlyProblems();
    void emptyImportSaysNoFiles();
    void cancelMidFetchKeepsRowsAndSaysSo();
    void partialFailureSaysIncomplete();
    void unknownImportTellsToCheckTheId();
    void keyboardOnlyFetch();
    void wrongKeyOpensTheProfile();
    void endBeforeStartIsRefused();
    void columnsAndLayoutAreRemembered();
    void localTimeToggleNamesTheZone();

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
    m_window = std::make_unique<MainWindow>();
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

void TestMainWindow::problemsOnlyFetchesOnlyProblems()
{
    auto *problems = m_window->findChild<QToolButton *>(QStringLiteral("problemsOnlyButton"));
    QTest::mouseClick(problems, Qt::LeftButton);
    QVERIFY(!m_window->findChild<QCheckBox *>(QStringLiteral("status_SUCCESSFUL"))->isChecked());
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    const int rows = m_window->model()->rowCount();
    QVERIFY(rows > 0 && rows < 987);
    for (int row = 0; row < rows; ++row) {
        const FileStatus status = m_window->model()->file(row).status;
        QVERIFY(status == FileStatus::Failed || status == FileStatus::PartialSuccess);
    }
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
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QVERIFY(m_window->model()->rowCount() >= 50);
    QVERIFY(m_window->model()->rowCount() < 987);
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
    SecretStore secrets;
    ProfileStore store(secrets);
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
    m_window = std::make_unique<MainWindow>();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
