// Triage across the board inside the real window on the demo workspace (issue 20, "In the window",
// from the board): Ctrl+Shift+G shows the causes of every demo import over the board's span, with
// the file counts the core grouping gives for the demo server's own data; a cause that first appears
// in the span is New; Enter on a cause opens the import it hits most with that cause chosen and the
// table filtered to its files (and New told there from the stored history before the date filter);
// a refresh keeps the chosen cause; a refresh followed at once by closing the window does not crash.
#include "BoardPage.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "TestSession.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/CauseMask.h"
#include "model/CauseTableModel.h"
#include "model/FailureCauses.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "session/HistoryFetch.h"
#include "store/HistoryStore.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// A demo file as the client would read it: only what the grouping looks at.
FileRun runOf(const DemoFile &file)
{
    FileRun run;
    run.id = file.id.toUtf8();
    run.fileName = file.fileName.toUtf8();
    run.statusMessage = file.statusMsg.toUtf8();
    run.scheduledAt = WallClock{file.scheduledAtUs, 0};
    run.status = fileStatusFromWire(file.status).value_or(FileStatus::Other);
    run.count(FileRun::Count::FailedRows) = file.failedRows;
    return run;
}

// What the board should show, from the demo server's data through the core grouping: every demo
// import's whole history over the board's span (its files before the span mark what is not new).
struct Grouped
{
    FailureCauses causes;
    QStringList importIds; // by the index the causes count imports with
    QHash<QByteArray, qsizetype> rowOf;
};

// Every demo workspace's data, in the board's order of them (DemoServer::workspaces()).
QList<DemoData> allDemoData(const DemoServer *server)
{
    QList<DemoData> all;
    for (const DemoWorkspace &workspace : DemoServer::workspaces())
        all << server->snapshot(workspace.id);
    return all;
}

Grouped expectedCauses(const QList<DemoData> &all, const TriageSpan &span, const QString &onlyImport = {})
{
    Grouped expected{FailureCauses(span), {}, {}};
    for (qsizetype workspace = 0; workspace < all.size(); ++workspace) {
        for (const DemoImport &import : all[workspace].imports()) {
            if (import.files.isEmpty() || (!onlyImport.isEmpty() && import.id != onlyImport))
                continue;
            QList<FileRun> runs;
            for (const DemoFile &file : import.files)
                runs << runOf(file);
            expected.causes.add(
                TriageSource{int(workspace), int(expected.importIds.size()), QTimeZone::utc()}, runs);
            expected.importIds << import.id;
        }
    }
    for (qsizetype row = 0; row < expected.causes.size(); ++row)
        expected.rowOf.insert(expected.causes.at(row).pattern, row);
    return expected;
}

// The cause's files in each demo import, in the span: which import has most of them.
QHash<QString, qsizetype> filesPerImport(const QList<DemoData> &all, const TriageSpan &span,
                                         const QByteArray &pattern)
{
    QHash<QString, qsizetype> counts;
    for (const DemoData &data : all) {
        for (const DemoImport &import : data.imports()) {
            const Grouped one = expectedCauses(all, span, import.id);
            if (const auto row = one.rowOf.constFind(pattern); row != one.rowOf.constEnd())
                counts.insert(import.id, one.causes.at(*row).files);
        }
    }
    return counts;
}

int viewRowOf(const BoardPage *board, const QByteArray &pattern)
{
    const QSortFilterProxyModel *proxy = board->causesView()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (board->causesModel()->cause(proxy->mapToSource(proxy->index(row, 0)).row()).pattern == pattern)
            return row;
    }
    return -1;
}
} // namespace

class TestBoardTriage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void causesOfEveryImportMatchTheDemo();
    void aCauseFirstSeenInTheSpanIsNew();
    void enterOpensTheImportWithTheCauseChosen();
    void refreshKeepsTheChosenCause();
    void ctrlEExportsTheBoardsCauses();
    void refreshThenCloseAtOnce();

private:
    BoardPage *showCauses();
    std::unique_ptr<MainWindow> m_window;
};

void TestBoardTriage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_boardtriage"));
    QSettings().clear();
}

void TestBoardTriage::init()
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDemo(false);
    QVERIFY(m_window->demoServer());
    liftDemoPacing(*m_window);
}

void TestBoardTriage::cleanup()
{
    m_window.reset();
}

BoardPage *TestBoardTriage::showCauses()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    BoardPage *board = m_window->boardPage();
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_4, Qt::ControlModifier);
    if (m_window->viewTabs()->currentWidget() != board || !waitForRefreshed(board))
        return nullptr;
    // Ctrl+Shift+G from the board's table: the causes, with the keyboard in their table.
    QTest::keyClick(board->table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    if (!board->showsCauses() || !board->causesButton()->isChecked() ||
        !board->causesView()->table()->hasFocus())
        return nullptr;
    return board;
}

void TestBoardTriage::causesOfEveryImportMatchTheDemo()
{
    BoardPage *board = showCauses();
    QVERIFY(board);
    const Grouped expected =
        expectedCauses(allDemoData(m_window->demoServer()), board->causesModel()->causes().span());
    const CauseTableModel *model = board->causesModel();
    QCOMPARE(model->rowCount(), int(expected.causes.size()));
    QVERIFY(model->rowCount() > 0);
    int acrossImports = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FailureCause &shown = model->cause(row);
        const auto at = expected.rowOf.constFind(shown.pattern);
        QVERIFY2(at != expected.rowOf.constEnd(), shown.pattern.constData());
        const FailureCause &want = expected.causes.at(*at);
        QCOMPARE(shown.files, want.files);
        QCOMPARE(shown.failedRows, want.failedRows);
        QCOMPARE(shown.imports.size(), want.imports.size());
        QCOMPARE(model->index(row, CauseTableModel::NewColumn).data(CauseTableModel::IsNewRole).toBool(),
                 expected.causes.isNew(*at));
        acrossImports += want.imports.size() > 1 ? 1 : 0;
    }
    // The demo's causes recur across its imports: the board is what shows that.
    QVERIFY(acrossImports > 0);
    // A cause chosen says which imports it hits.
    QTest::keyClick(board->causesView()->table(), Qt::Key_Home);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Space);
    QVERIFY(!board->causesView()->selectedPattern().isNull());
    QVERIFY2(board->causeHitsText().startsWith(QStringLiteral("Hits ")), qPrintable(board->causeHitsText()));
    // Ctrl+Shift+G again: back to the imports.
    QTest::keyClick(board->causesView()->table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!board->showsCauses());
    QVERIFY(board->table()->isVisible());
    // Tab from the board's table reaches the switch within the board's controls; Alt+T, its
    // mnemonic, works from anywhere on the board.
    board->table()->setFocus(Qt::TabFocusReason);
    QStringList walk;
    for (int step = 0; step < 4 && QApplication::focusWidget() != board->causesButton(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walk << QApplication::focusWidget()->objectName();
        QVERIFY2(board->isAncestorOf(QApplication::focusWidget()), qPrintable(walk.join(QLatin1Char(' '))));
    }
    QVERIFY2(QApplication::focusWidget() == board->causesButton(), qPrintable(walk.join(QLatin1Char(' '))));
    QTest::keyClick(board->table(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(board->showsCauses()); // a mnemonic clicks as a button does, after its animation
    QVERIFY(board->causesView()->table()->hasFocus());
    // The same letter back: no other control shown with the causes claims it.
    QTest::keyClick(board->causesView()->table(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(!board->showsCauses());
}

void TestBoardTriage::aCauseFirstSeenInTheSpanIsNew()
{
    // The demo's messages come from a short list, and its 60 days hold each of them before any
    // 7-day span. So a file fails now, with a message no demo workspace ever had, before the board
    // first reads it: that cause first appears in the span, and the board, reading every import's
    // whole stored history, must mark it New, and no other.
    DemoServer *server = m_window->demoServer();
    const QString importId = DemoData::representativeImportId();
    const QStringList added = server->addNewestFiles(importId, 1);
    QCOMPARE(added.size(), 1);
    // A failure none of the three workspaces ever had, with a value to mask.
    QVERIFY(server->setFileStatus(
        importId, added.first(), QStringLiteral("FAILED"),
        QStringLiteral("Column 'loyalty_tier' is not in table 'crm_users' (row 4711)")));
    QByteArray wanted;
    const DemoData held = server->snapshot(); // kept: the loop reads into it
    for (const DemoFile &file : held.importById(importId)->files) {
        if (file.id == added.first())
            wanted = CauseMask::pattern(file.statusMsg, file.fileName).toUtf8();
    }
    QVERIFY(!wanted.isEmpty());

    BoardPage *board = showCauses();
    QVERIFY(board);
    const Grouped expected = expectedCauses(allDemoData(server), board->causesModel()->causes().span());
    const qsizetype wantedRow = expected.rowOf.value(wanted, -1);
    QVERIFY(wantedRow >= 0);
    QVERIFY(expected.causes.isNew(wantedRow)); // the core grouping of the demo's data agrees
    const int row = viewRowOf(board, wanted);
    QVERIFY2(row >= 0, wanted.constData());
    QVERIFY(board->causesView()
                ->proxy()
                ->index(row, CauseTableModel::NewColumn)
                .data(CauseTableModel::IsNewRole)
                .toBool());
    // Every other cause was seen before the span: not New.
    for (int at = 0; at < board->causesModel()->rowCount(); ++at) {
        const FailureCause &shown = board->causesModel()->cause(at);
        QCOMPARE(board->causesModel()->index(at, 0).data(CauseTableModel::IsNewRole).toBool(),
                 shown.pattern == wanted);
    }
}

void TestBoardTriage::enterOpensTheImportWithTheCauseChosen()
{
    BoardPage *board = showCauses();
    QVERIFY(board);
    const QList<DemoData> data = allDemoData(m_window->demoServer());
    const TriageSpan span = board->causesModel()->causes().span();
    // The cause hitting most imports: Enter must choose the one with most of its files.
    const CauseTableModel *model = board->causesModel();
    int best = 0;
    for (int row = 1; row < model->rowCount(); ++row) {
        if (model->cause(row).imports.size() > model->cause(best).imports.size())
            best = row;
    }
    const QByteArray pattern = model->cause(best).pattern;
    QVERIFY(model->cause(best).imports.size() > 1);
    const QHash<QString, qsizetype> perImport = filesPerImport(data, span, pattern);
    qsizetype most = 0;
    for (auto it = perImport.cbegin(); it != perImport.cend(); ++it)
        most = std::max(most, it.value());
    QSet<QString> mostAffected;
    for (auto it = perImport.cbegin(); it != perImport.cend(); ++it) {
        if (it.value() == most)
            mostAffected.insert(it.key());
    }

    const int viewRow = viewRowOf(board, pattern);
    QVERIFY(viewRow >= 0);
    board->causesView()->table()->setCurrentIndex(board->causesView()->proxy()->index(viewRow, 0));
    QCOMPARE(board->causesView()->selectedPattern(), pattern);
    QSignalSpy fetched(m_window.get(), &MainWindow::fetchFinished);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Return);
    QCOMPARE(m_window->viewTabs()->currentIndex(), 0);
    QVERIFY(m_window->shownFetch());
    const QString opened = m_window->shownFetch()->query().importId;
    QVERIFY2(mostAffected.contains(opened), qPrintable(opened));
    QVERIFY(m_window->shownFetch()->query().dates.has_value()); // over the board's span
    QVERIFY(fetched.wait(60'000));
    QTRY_COMPARE(m_window->triagePage()->view()->selectedPattern(), pattern);

    // The strip names the cause, and the table shows exactly the files of that cause among those
    // fetched: each masked to the pattern here, independently of the grouping under test.
    QVERIFY2(m_window->causeStripText().contains(CauseTableModel::patternText(pattern)),
             qPrintable(m_window->causeStripText()));
    QSet<QByteArray> wantedIds;
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        const FileRun &file = m_window->model()->file(row);
        if (FailureCauses::isProblem(file.status) &&
            CauseMask::pattern(QString::fromUtf8(file.statusMessage), file.fileNameText()).toUtf8() ==
                pattern)
            wantedIds.insert(file.id);
    }
    QVERIFY(!wantedIds.isEmpty());
    QSet<QByteArray> shownIds;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        shownIds.insert(m_window->model()
                            ->file(m_window->proxy()->mapToSource(m_window->proxy()->index(row, 0)).row())
                            .id);
    QCOMPARE(shownIds, wantedIds);

    // New for this one import, told from its stored history before the date filter (the board's
    // scan stored all of it): as the core grouping of the demo's files of that import says.
    TriagePage *triage = m_window->triagePage();
    QTRY_VERIFY(triage->tellsNew());
    QVERIFY2(triage->spanText().contains(QStringLiteral("new: not seen before it")),
             qPrintable(triage->spanText()));
    const TriageSpan tableSpan = triage->model()->causes().span();
    QVERIFY(tableSpan.from.isValid());
    const Grouped one = expectedCauses(data, tableSpan, opened);
    QCOMPARE(triage->model()->rowCount(), int(one.causes.size()));
    for (int row = 0; row < triage->model()->rowCount(); ++row) {
        const qsizetype want = one.rowOf.value(triage->model()->cause(row).pattern, -1);
        QVERIFY(want >= 0);
        QCOMPARE(triage->model()->cause(row).files, one.causes.at(want).files);
        QCOMPARE(triage->model()->index(row, 0).data(CauseTableModel::IsNewRole).toBool(),
                 one.causes.isNew(want));
    }
}

void TestBoardTriage::refreshKeepsTheChosenCause()
{
    BoardPage *board = showCauses();
    QVERIFY(board);
    QVERIFY(board->causesView()->proxy()->rowCount() > 2);
    // Not the first row: a repaint that selected the first would look right.
    QTest::keyClick(board->causesView()->table(), Qt::Key_Home);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Down);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Down);
    const QByteArray chosen = board->causesView()->selectedPattern();
    QVERIFY(!chosen.isNull());
    const QString hits = board->causeHitsText();
    QTest::keyClick(board->causesView()->table(), Qt::Key_F5); // the window's refresh reaches the board
    if (!board->isScanning())
        QTest::mouseClick(board->refreshButton(), Qt::LeftButton);
    QVERIFY(board->isScanning());
    QVERIFY(waitForRefreshed(board));
    QCOMPARE(board->causesView()->selectedPattern(), chosen);
    QCOMPARE(board->causeHitsText(), hits);
}

void TestBoardTriage::ctrlEExportsTheBoardsCauses()
{
    BoardPage *board = showCauses();
    QVERIFY(board);
    const Grouped expected =
        expectedCauses(allDemoData(m_window->demoServer()), board->causesModel()->causes().span());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board-causes.json"));
    bool sawCausesDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawCausesDialog = dialog->exportsCauses();
        dialog->findChild<QAbstractButton *>(QStringLiteral("formatJsonRadio"))->setChecked(true);
        QSignalSpy done(dialog, &ExportDialog::exportFinished);
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        done.wait(30'000);
        dialog->reject();
    });
    // Ctrl+E on the board's causes: the Triage tab's dialog, in causes mode, with these causes.
    QTest::keyClick(board->causesView()->table(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(sawCausesDialog);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(records.size(), qsizetype(expected.causes.size()));
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        // The columns of `importscope triage`.
        QCOMPARE(record.keys().size(), 10);
        const qsizetype row =
            expected.rowOf.value(record.value(QStringLiteral("pattern")).toString().toUtf8(), -1);
        QVERIFY2(row >= 0, qPrintable(record.value(QStringLiteral("pattern")).toString()));
        QCOMPARE(qint64(record.value(QStringLiteral("files")).toDouble()), expected.causes.at(row).files);
        QCOMPARE(record.value(QStringLiteral("imports")).toInt(),
                 int(expected.causes.at(row).imports.size()));
        QCOMPARE(record.value(QStringLiteral("new")).toBool(), expected.causes.isNew(row));
        QCOMPARE(record.value(QStringLiteral("file_ids")).toArray().size(),
                 qsizetype(expected.causes.at(row).files));
    }
}

void TestBoardTriage::refreshThenCloseAtOnce()
{
    BoardPage *board = showCauses();
    QVERIFY(board);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Home);
    QTest::keyClick(board->causesView()->table(), Qt::Key_Space);
    QTest::mouseClick(board->refreshButton(), Qt::LeftButton);
    QTest::mouseClick(board->refreshButton(), Qt::LeftButton);
    QVERIFY(board->isScanning());
    m_window.reset(); // the scans under way are cancelled and their answers dropped
    QTest::qWait(0);
    QVERIFY(!m_window);
}

QTEST_MAIN(TestBoardTriage)
#include "tst_boardtriage.moc"
