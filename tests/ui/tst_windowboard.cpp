// The Board tab inside the real window on the demo workspace (issue 19, "The board"): Ctrl+4 shows
// every demo import with the failing ones on top, Enter opens the import of the current row in the
// table over the board's span, Alt+Left comes back to the board on that same row, and refreshing
// twice in a row and closing the window at once neither crashes nor duplicates a row.
#include "BoardPage.h"
#include "FilterForm.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "TestSession.h"
#include "TriggerDialog.h"
#include "WatchControl.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/BoardTableModel.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "session/Watcher.h"
#include "session/WorkspaceSession.h"
#include "store/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
QStringList importIdsInViewOrder(const BoardPage *board)
{
    QStringList ids;
    for (int row = 0; row < board->proxy()->rowCount(); ++row)
        ids << board->model()
                   ->import(board->proxy()->mapToSource(board->proxy()->index(row, 0)).row())
                   .summary.id;
    return ids;
}

int severityAt(const BoardPage *board, int viewRow)
{
    return board->proxy()->index(viewRow, 0).data(BoardTableModel::SeverityRole).toInt();
}
} // namespace

class TestWindowBoard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void boardListsTheDemoImportsFailingFirst();
    void boardListsEveryDemoWorkspaceStaleAndStuckOnTop();
    void enterOpensTheImportAndAltLeftComesBack();
    void refreshTwiceThenCloseAtOnce();
    void aWorkspaceNotRefreshedIsSaid();
    void aWorkspaceDownBesideTheDemoOnes();
    void runNowFromTheBoard();
    void runNowFromTheTable();
    void statusBarSaysTheBoardsSummary();
    void watchingFromTheWindow();
    void watchingKeptOnFromTheLastRun();

private:
    void showBoard();
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowboard"));
    QSettings().clear();
}

void TestWindowBoard::init()
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDemo(false); // starts the demo server: the board shows the demo workspace
    QVERIFY(m_window->demoServer());
    liftDemoPacing(*m_window);
}

void TestWindowBoard::cleanup()
{
    m_window.reset();
}

void TestWindowBoard::showBoard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    BoardPage *board = m_window->boardPage();
    QSignalSpy finished(board, &BoardPage::scanFinished);
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), board);
    QVERIFY(board->table()->hasFocus());
    QCOMPARE(m_window->viewTabs()->tabText(3), QStringLiteral("Stat&us board"));
    // Shown for the first time, it paints what is stored and then refreshes.
    QVERIFY(board->isScanning() || !finished.isEmpty());
    // Its refresh may have ended already (a warm store): ask the board, not a spy made after it.
    QTRY_VERIFY_WITH_TIMEOUT(board->hasRefreshed() && !board->isScanning(), kPatienceMs);
}

void TestWindowBoard::boardListsTheDemoImportsFailingFirst()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    // Every demo workspace's imports, the primary's and the two others'.
    QSet<QString> demoIds;
    for (const DemoWorkspace &workspace : DemoServer::workspaces()) {
        const DemoData data = m_window->demoServer()->snapshot(workspace.id); // kept: the loop reads into it
        for (const DemoImport &import : data.imports())
            demoIds.insert(import.id);
    }
    const QStringList shown = importIdsInViewOrder(board);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), demoIds);
    QCOMPARE(shown.size(), demoIds.size());
    // The demo has failing imports, and they come first: severity never rises down the board.
    QVERIFY(severityAt(board, 0) == int(ImportHealth::Severity::Critical));
    for (int row = 1; row < board->proxy()->rowCount(); ++row)
        QVERIFY2(severityAt(board, row) <= severityAt(board, row - 1), qPrintable(QString::number(row)));
    const QString top = board->proxy()->index(0, BoardTableModel::AttentionColumn).data().toString();
    QVERIFY2(top.startsWith(QStringLiteral("failing")), qPrintable(top));
    QVERIFY(!board->proxy()
                 ->index(0, BoardTableModel::AttentionColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY2(board->statusText().startsWith(QStringLiteral("Checked at ")), qPrintable(board->statusText()));
    QVERIFY(board->proxy()
                ->index(0, BoardTableModel::WorkspaceColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Demo workspace")));
    // From the tab bar, Tab walks into the board: its span, its button, its table.
    m_window->viewTabs()->tabBar()->setFocus(Qt::TabFocusReason);
    QStringList walk;
    for (int step = 0; step < 4; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walk << QApplication::focusWidget()->objectName();
    }
    QVERIFY2(walk.mid(0, 3) ==
                 (QStringList{QStringLiteral("boardSpanCombo"), QStringLiteral("boardRefreshButton"),
                              QStringLiteral("boardTable")}),
             qPrintable(walk.join(QLatin1Char(' '))));
    // Its mnemonic reaches it too, from the table.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), board);
}

// The board over the demo's three workspaces (issue 19, "The demo"): each workspace's imports under its
// own name, the production-like one with the badge, EU staging's stale schedule and stuck file above
// every import that needs nothing, each with its reason; the profile chooser offers each workspace.
void TestWindowBoard::boardListsEveryDemoWorkspaceStaleAndStuckOnTop()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    const QStringList demoProfiles = Session::demoProfileIds();
    QCOMPARE(demoProfiles.size(), DemoServer::workspaces().size());
    for (qsizetype i = 0; i < demoProfiles.size(); ++i) {
        const DemoWorkspace &workspace = DemoServer::workspaces().at(i);
        const QString label = m_window->session()->profileLabel(demoProfiles.at(i));
        const DemoData data = m_window->demoServer()->snapshot(workspace.id); // kept: the loop reads into it
        for (const DemoImport &import : data.imports()) {
            const int row = board->model()->rowOf(demoProfiles.at(i), import.id);
            QVERIFY2(row >= 0, qPrintable(label + QStringLiteral(": ") + import.name));
            const QString shownAs =
                board->model()->index(row, BoardTableModel::WorkspaceColumn).data().toString();
            QCOMPARE(shownAs, workspace.production ? label + QStringLiteral("  [PRODUCTION]") : label);
        }
    }
    // The workspace column fits "Demo workspace — EU staging" (it was cut at its fixed width).
    const QString euLabel = m_window->session()->profileLabel(QStringLiteral("demo-eu"));
    QVERIFY2(board->table()->columnWidth(BoardTableModel::WorkspaceColumn) >
                 board->table()->fontMetrics().horizontalAdvance(euLabel),
             qPrintable(euLabel + QStringLiteral(": ") +
                        QString::number(board->table()->columnWidth(BoardTableModel::WorkspaceColumn))));
    const auto viewRowOf = [board](const QString &importId) {
        const int row = board->model()->rowOf(QStringLiteral("demo-eu"), importId);
        return row < 0 ? -1 : board->proxy()->mapFromSource(board->model()->index(row, 0)).row();
    };
    int firstCalm = board->proxy()->rowCount();
    for (int row = 0; row < board->proxy()->rowCount(); ++row) {
        if (severityAt(board, row) == int(ImportHealth::Severity::Ok)) {
            firstCalm = row;
            break;
        }
    }
    QVERIFY(firstCalm < board->proxy()->rowCount()); // healthy imports beside them
    const struct
    {
        DemoImportRef import;
        const char *word;
        ImportHealth::Severity severity;
    } expected[] = {{DemoData::staleImport(), "stale", ImportHealth::Severity::Critical},
                    {DemoData::stuckImport(), "stuck", ImportHealth::Severity::Warning},
                    {DemoData::failingImport(), "failing", ImportHealth::Severity::Critical}};
    for (const auto &e : expected) {
        const int row = viewRowOf(e.import.id);
        QVERIFY2(row >= 0 && row < firstCalm, qPrintable(e.import.name));
        QCOMPARE(severityAt(board, row), int(e.severity));
        const QModelIndex attention = board->proxy()->index(row, BoardTableModel::AttentionColumn);
        QVERIFY2(attention.data().toString().startsWith(QLatin1String(e.word)),
                 qPrintable(attention.data().toString()));
        QVERIFY2(attention.data(Qt::ToolTipRole).toString().contains(QLatin1String(e.word)),
                 qPrintable(attention.data(Qt::ToolTipRole).toString()));
    }
    // The profile chooser offers every demo workspace, as the board lists them.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    for (const QString &id : demoProfiles)
        QVERIFY2(combo->findData(id) >= 0, qPrintable(id));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("demo-eu"))),
             QStringLiteral("Demo workspace — EU staging (built in)"));
}

void TestWindowBoard::enterOpensTheImportAndAltLeftComesBack()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    QTableView *table = board->table();
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().row(), 0);
    // The second row, by keyboard: the row to come back to is not simply the first.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString importId = board->currentImportId();
    const ScannedImport &chosen =
        board->model()->import(board->proxy()->mapToSource(table->currentIndex()).row());
    QVERIFY(!importId.isEmpty());

    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QVERIFY(m_window->shownFetch());
    QCOMPARE(m_window->shownFetch()->query().importId, importId);
    // The board's span (7 days by default) is the table's date filter.
    QVERIFY(m_window->shownFetch()->query().dates.has_value());
    QVERIFY(fetched.wait(kPatienceMs));
    QCOMPARE(qint64(m_window->model()->rowCount()), chosen.health.files);
    QVERIFY(m_window->backToBoardAction()->isEnabled());

    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), board);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(board->currentImportId(), importId);
    // And the button does the same, after the board was refreshed meanwhile.
    m_window->viewTabs()->setCurrentIndex(0);
    board->refresh();
    QVERIFY(waitForRefreshed(board));
    m_window->findChild<QPushButton *>(QStringLiteral("backToBoardButton"))->click();
    QCOMPARE(m_window->viewTabs()->currentWidget(), board);
    QCOMPARE(board->currentImportId(), importId);
    // A double-click opens a row too: the first one this time.
    const QString firstId =
        board->model()->import(board->proxy()->mapToSource(board->proxy()->index(0, 0)).row()).summary.id;
    const QRect cell = table->visualRect(board->proxy()->index(0, BoardTableModel::ImportColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QCOMPARE(m_window->shownFetch()->query().importId, firstId);
}

void TestWindowBoard::refreshTwiceThenCloseAtOnce()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    const int rows = board->model()->rowCount();
    QVERIFY(rows > 0);
    // What one refresh of a warm store costs.
    DemoServer *server = m_window->demoServer();
    server->resetCounters();
    board->refresh();
    QVERIFY(waitForRefreshed(board));
    const int once = server->totalRequests();
    QVERIFY(once > 0);
    // Twice in a row, the second while the first refreshes: the first is cancelled (it sends a
    // request or two at most, not a whole second refresh), only the second's rows are shown, once each.
    server->resetCounters();
    QSignalSpy painted(board, &BoardPage::scanFinished);
    QTest::mouseClick(board->refreshButton(), Qt::LeftButton);
    QVERIFY(!painted.isEmpty() || painted.wait(10'000));
    QCOMPARE(painted.first().first().toBool(), false); // the stored board, the refresh under way
    QVERIFY(board->isScanning());
    QTest::mouseClick(board->refreshButton(), Qt::LeftButton);
    QVERIFY(waitForRefreshed(board));
    QVERIFY2(
        server->totalRequests() <= once + 2,
        qPrintable(QStringLiteral("%1 requests, %2 for one refresh").arg(server->totalRequests()).arg(once)));
    QCOMPARE(board->model()->rowCount(), rows);
    const QStringList ids = importIdsInViewOrder(board);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), rows);
    // Refreshing again and again keeps nothing of the scans before (each holds an import's answer).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto workspaces = [this] {
        return m_window->session()->findChildren<WorkspaceSession *>(Qt::FindDirectChildrenOnly).size();
    };
    const qsizetype before = workspaces();
    for (int i = 0; i < 3; ++i) {
        board->refresh();
        QVERIFY(waitForRefreshed(board));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(workspaces(), before);
    // A refresh under way when the window closes: nothing may call back into the dead page.
    board->refresh();
    QVERIFY(board->isScanning());
    board->refresh();
    m_window->close();
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void TestWindowBoard::aWorkspaceNotRefreshedIsSaid()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    const int rows = board->model()->rowCount();
    // The server answers nothing but 500 now: the board keeps every import, judged from the store,
    // and its status line says which workspace was not refreshed.
    QVERIFY(m_window->demoServer()->setFaults(QStringLiteral("500:1")));
    board->refresh();
    QVERIFY(waitForRefreshed(board));
    QCOMPARE(board->model()->rowCount(), rows);
    QVERIFY2(board->statusText().contains(QStringLiteral("Demo workspace: ")) &&
                 board->statusText().contains(QStringLiteral("not refreshed, judged from the store")),
             qPrintable(board->statusText()));
    const QString attention = board->proxy()->index(0, BoardTableModel::AttentionColumn).data().toString();
    QVERIFY2(attention.contains(QStringLiteral("from the store, refreshed ")), qPrintable(attention));
}

// Needs the keychain. A saved profile whose server is down, beside the three demo workspaces: the
// board still lists every demo import, refreshed, and its status line names the one that failed.
void TestWindowBoard::aWorkspaceDownBesideTheDemoOnes()
{
    Profile profile;
    profile.name = QStringLiteral("Workspace that is down");
    profile.baseUrl = QStringLiteral("http://127.0.0.1:9");
    profile.workspaceId = QStringLiteral("DOWN0WORKSPACE");
    std::optional<Expected<Profile, ProfileError>> added;
    m_window->session()->profiles().add(
        profile, QStringLiteral("down-key-0123456789"), this,
        [&](Expected<Profile, ProfileError> result) { added = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 15'000);
    QVERIFY2(added->hasValue(), qPrintable(added->error().message));
    showBoard();
    BoardPage *board = m_window->boardPage();
    board->refresh();
    QVERIFY(waitForRefreshed(board));
    int demoImports = 0;
    for (const DemoWorkspace &workspace : DemoServer::workspaces())
        demoImports += int(m_window->demoServer()->snapshot(workspace.id).imports().size());
    QCOMPARE(board->model()->rowCount(), demoImports);
    QVERIFY2(board->statusText().contains(profile.name + QStringLiteral(": ")),
             qPrintable(board->statusText()));
    QVERIFY2(!board->statusText().contains(QStringLiteral("Demo workspace")),
             qPrintable(board->statusText()));
    for (int row = 0; row < board->proxy()->rowCount(); ++row) {
        const QString attention =
            board->proxy()->index(row, BoardTableModel::AttentionColumn).data().toString();
        QVERIFY2(!attention.contains(QStringLiteral("from the store")), qPrintable(attention));
    }
    std::optional<std::optional<ProfileError>> removed;
    m_window->session()->profiles().remove(added->value().id, this,
                                           [&](std::optional<ProfileError> error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
}

void TestWindowBoard::runNowFromTheBoard()
{
    showBoard();
    BoardPage *board = m_window->boardPage();
    const DemoImportRef periodic = DemoData::onePageImport();
    QVERIFY(board->selectImport(QString::fromLatin1(Session::kDemoProfileId), periodic.id));
    QVERIFY2(board->runNowButton()->isEnabled(), qPrintable(board->runNowBlocker()));

    // A one-time import cannot be run again: the button says why instead.
    const DemoData held = m_window->demoServer()->snapshot();
    const auto oneTime =
        std::find_if(held.imports().cbegin(), held.imports().cend(),
                     [](const DemoImport &i) { return i.scheduleType != QLatin1String("PERIODIC"); });
    if (oneTime != held.imports().cend()) {
        QVERIFY(board->selectImport(QString::fromLatin1(Session::kDemoProfileId), oneTime->id));
        QVERIFY(!board->runNowButton()->isEnabled());
        QVERIFY2(board->runNowButton()->toolTip().contains(QLatin1String("periodic")),
                 qPrintable(board->runNowButton()->toolTip()));
        QVERIFY(board->selectImport(QString::fromLatin1(Session::kDemoProfileId), periodic.id));
    }

    // Run now: the confirmation names the import; one click, one trigger; the board refreshes and the
    // row's last run is the new QUEUED file, on the same row.
    QTest::mouseClick(board->runNowButton(), Qt::LeftButton);
    auto *dialog = board->findChild<TriggerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy finished(dialog, &TriggerDialog::finished);
    QSignalSpy scans(board, &BoardPage::scanFinished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().value<TriggerOutcome>().result, TriggerOutcome::Result::Triggered);
    QCOMPARE(m_window->demoServer()->triggerRequests(periodic.id), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!scans.isEmpty() && scans.last().first().toBool(), kPatienceMs);
    QCOMPARE(board->currentImportId(), periodic.id);
    const int row = board->model()->rowOf(QString::fromLatin1(Session::kDemoProfileId), periodic.id);
    QVERIFY(row >= 0);
    const ScannedImport &scanned = board->model()->import(row);
    QVERIFY(scanned.health.lastRun);
    QCOMPARE(scanned.health.lastRun->status, FileStatus::Queued);
    dialog->close();
}

// Run now from the import's table (issue 19, "Run again ... from the board and from the import's
// table"): the same confirmation as the board's, one click one Trigger request for that import, then
// the table fetched again with the new QUEUED file; a one-time import is not offered it, and says why.
void TestWindowBoard::runNowFromTheTable()
{
    HistoryView *history = m_window->historyView();
    QAction *runNow = history->runNowAction();
    QVERIFY(runNow);
    QVERIFY(!runNow->associatedObjects().isEmpty()); // in the window's menu, not only a member
    const DemoData held = m_window->demoServer()->snapshot();
    const auto queuedFiles = [this] {
        return std::count_if(m_window->model()->files().cbegin(), m_window->model()->files().cend(),
                             [](const FileRun &file) { return file.status == FileStatus::Queued; });
    };
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    const auto show = [&](const QString &id, const QString &name) {
        fetched.clear();
        m_window->filterForm()->setImport(id, name);
        m_window->startFetch();
        return fetched.wait(kPatienceMs);
    };

    const auto oneTime =
        std::find_if(held.imports().cbegin(), held.imports().cend(),
                     [](const DemoImport &i) { return i.scheduleType != QLatin1String("PERIODIC"); });
    QVERIFY(oneTime != held.imports().cend());
    QVERIFY(show(oneTime->id, oneTime->name));
    QTRY_VERIFY(m_window->workspace()->importsState() == WorkspaceSession::ImportsState::Listed);
    QVERIFY(!runNow->isEnabled());
    QVERIFY2(runNow->toolTip().contains(QLatin1String("periodic")), qPrintable(runNow->toolTip()));

    const DemoImportRef periodic = DemoData::onePageImport();
    QVERIFY(show(periodic.id, periodic.name));
    QTRY_VERIFY2(runNow->isEnabled(), qPrintable(history->runNowBlocker()));
    const auto queuedBefore = queuedFiles();
    QCOMPARE(m_window->demoServer()->triggerRequests(), 0);
    runNow->trigger();
    auto *dialog = history->findChild<TriggerDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    if (dialog->nameEdit()) // a production profile: its name typed first, as on the board
        QTest::keyClicks(dialog->nameEdit(), periodic.name);
    QVERIFY2(dialog->runButton()->isEnabled(), qPrintable(dialog->ruleText()));
    QSignalSpy finished(dialog, &TriggerDialog::finished);
    fetched.clear();
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().value<TriggerOutcome>().result, TriggerOutcome::Result::Triggered);
    QCOMPARE(m_window->demoServer()->triggerRequests(periodic.id), 1);
    QCOMPARE(m_window->demoServer()->triggerRequests(), 1);
    // The table is fetched again: the new run is there, QUEUED.
    QVERIFY(fetched.wait(kPatienceMs));
    QCOMPARE(queuedFiles(), queuedBefore + 1);
    QCOMPARE(m_window->demoServer()->triggerRequests(), 1); // the refetch triggered nothing
    dialog->close();
}

// The status bar speaks of what is shown (issue 19): on the board the board's own summary (its
// workspaces, imports, those that need attention, when refreshed), never the table's numbers of one
// import; back on the table, the table's.
void TestWindowBoard::statusBarSaysTheBoardsSummary()
{
    m_window->viewTabs()->setCurrentIndex(0); // the table
    const DemoImportRef shown = DemoData::onePageImport();
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    m_window->filterForm()->setImport(shown.id, shown.name);
    m_window->startFetch();
    QVERIFY(fetched.wait(kPatienceMs));
    QTRY_VERIFY2(m_window->summaryText().contains(QLatin1String("files shown")),
                 qPrintable(m_window->summaryText()));
    QCOMPARE(m_window->statusSummaryText(), m_window->summaryText());

    showBoard();
    BoardPage *board = m_window->boardPage();
    auto *boardStrip = m_window->findChild<QLabel *>(QStringLiteral("boardSummaryStrip"));
    QVERIFY(boardStrip);
    auto *tableStrip = m_window->findChild<QLabel *>(QStringLiteral("summaryStrip"));
    QVERIFY(tableStrip);
    QVERIFY(boardStrip->isVisible());
    QVERIFY(!tableStrip->isVisible());
    const QString text = m_window->statusSummaryText();
    QCOMPARE(text, board->summaryText());
    QCOMPARE(boardStrip->text(), text);
    int attention = 0;
    for (int row = 0; row < board->model()->rowCount(); ++row)
        attention += board->model()->index(row, 0).data(BoardTableModel::SeverityRole).toInt() > 0 ? 1 : 0;
    QVERIFY(attention > 0);
    const QString expectedStart = QStringLiteral("%1 workspace").arg(DemoServer::workspaces().size());
    QVERIFY2(text.startsWith(expectedStart), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(", %1 import").arg(board->model()->rowCount())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(", %1 need").arg(attention)), qPrintable(text));
    static const QRegularExpression refreshedAt(QStringLiteral(" attention · refreshed \\d\\d:\\d\\d$"));
    QVERIFY2(refreshedAt.match(text).hasMatch(), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("files shown")));

    // Back on the table (Ctrl+1): the table's summary again.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QVERIFY(tableStrip->isVisible());
    QVERIFY(!boardStrip->isVisible());
    QCOMPARE(m_window->statusSummaryText(), m_window->summaryText());
    QVERIFY(m_window->statusSummaryText().contains(QLatin1String("files shown")));
}

void TestWindowBoard::watchingFromTheWindow()
{
    showBoard();
    WatchControl *watch = m_window->watchControl();
    QVERIFY(watch);
    QVERIFY(!watch->isWatching()); // off by default
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("watchStatus"));
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    // No tray here (offscreen): the tray setting is not offered, and says why.
    QVERIFY(!watch->trayAction()->isEnabled());
    QVERIFY2(watch->trayAction()->toolTip().contains(QLatin1String("while the window is open")),
             qPrintable(watch->trayAction()->toolTip()));

    // On: the watcher takes the board's workspaces, checks, and the status bar says what it watches.
    QSignalSpy checked(watch->watcher(), &Watcher::checkFinished);
    // The demo's imports cost a request each and one per workspace: at the default 10 a minute the
    // check would go on in a minute's slices; the test's budget lets it finish in one.
    QCOMPARE(watch->watcher()->budgetPerMinute(), Watcher::kDefaultBudgetPerMinute);
    watch->watcher()->setBudgetPerMinute(1000);
    watch->watchAction()->trigger();
    QVERIFY(watch->isWatching());
    QVERIFY(watch->watcher()->isRunning());
    QVERIFY(checked.wait(kPatienceMs));
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QLatin1String("Last check")), qPrintable(status->text()));
    QCOMPARE(QSettings().value(QStringLiteral("watch/enabled")).toBool(), true);

    // A click on a notification: the window shows that import with that file selected.
    const DemoImport held =
        *m_window->demoServer()->snapshot().importByName(DemoData::representativeImportName());
    const DemoFile &file = held.files.at(3);
    m_window->openFromNotification(QString::fromLatin1(Session::kDemoProfileId), held.id, file.id);
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->table()->currentIndex().isValid() &&
            m_window->table()->currentIndex().siblingAtColumn(0).data().isValid() &&
            m_window->model()
                    ->file(m_window->proxy()->mapToSource(m_window->table()->currentIndex()).row())
                    .id == file.id.toUtf8(),
        kPatienceMs);

    // Off: the watcher stops and the status bar no longer claims it watches.
    watch->watchAction()->trigger();
    QVERIFY(!watch->watcher()->isRunning());
    QVERIFY(!status->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("watch/enabled")).toBool(), false);
}

void TestWindowBoard::watchingKeptOnFromTheLastRun()
{
    // Watching was on when the window last closed, and nothing is open yet this time: the window
    // starts (it once recursed into the board until the stack overflowed), says there is nothing to
    // watch, and watches the demo as soon as it is opened.
    m_window.reset();
    QSettings().setValue(QStringLiteral("watch/enabled"), true);
    QSettings().remove(QStringLiteral("ui/lastProfile"));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    WatchControl *watch = m_window->watchControl();
    QTRY_VERIFY(watch->isWatching());
    QTRY_VERIFY2(watch->statusText().contains(QLatin1String("nothing to watch")),
                 qPrintable(watch->statusText()));
    QVERIFY(!m_window->demoServer());

    m_window->openDemo(false);
    liftDemoPacing(*m_window);
    const auto watchesTheDemo = [this] {
        // Every demo workspace, the demo being open, and nothing else.
        QStringList watched;
        for (const ScanWorkspace &workspace : m_window->boardPage()->lastWorkspaces())
            watched << workspace.profileId;
        return watched == Session::demoProfileIds() && m_window->watchControl()->watcher()->isRunning();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(watchesTheDemo(),
                              qPrintable(QStringLiteral("%1 %2 %3 %4")
                                             .arg(m_window->boardPage()->lastWorkspaces().size())
                                             .arg(m_window->boardPage()->isScanning())
                                             .arg(watch->watcher()->isRunning())
                                             .arg(m_window->boardPage()->statusText())),
                              kPatienceMs);
    QVERIFY2(!watch->statusText().contains(QLatin1String("nothing to watch")),
             qPrintable(watch->statusText()));

    // The next start of a returning demo user: the demo is opened by the window itself, and watched.
    m_window.reset();
    QSettings().setValue(QStringLiteral("ui/lastProfile"), QString::fromLatin1(Session::kDemoProfileId));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->demoServer());
    liftDemoPacing(*m_window); // before the event loop runs: watching starts from it
    QTRY_VERIFY_WITH_TIMEOUT(watchesTheDemo(), kPatienceMs);
    QSettings().setValue(QStringLiteral("watch/enabled"), false);
}

QTEST_MAIN(TestWindowBoard)
#include "tst_windowboard.moc"
