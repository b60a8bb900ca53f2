// Copying from the history table: Ctrl+C puts the selected rows (shown columns, shown order, header
// first) on the clipboard as tab-separated text; the row menu copies a file id, the row's JSON and
// its status message, acting on the row that was right-clicked.
#include "UiTestSupport.h"

#include "HistoryTableActions.h"
#include "export/ClipboardText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<FileRun> files()
{
    QList<TestRow> rows(4);
    const char *names[] = {"b.csv", "a.csv", "d.csv", "c.csv"};
    for (int i = 0; i < 4; ++i) {
        rows[i].id = QStringLiteral("id-%1").arg(i);
        rows[i].fileName = QLatin1String(names[i]);
        rows[i].type = QStringLiteral("EVENTS");
        rows[i].status = i == 2 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESSFUL");
        rows[i].message = i == 2 ? QStringLiteral("Row 4:\t\"bad\" value\nsee =HELP") : QString();
        rows[i].scheduledAt = QStringLiteral("2024-06-0%1T10:00:00.000000").arg(i + 1);
        rows[i].counts = {1000 + i, 20000, 15000, 0, 0, 5000, 0, 0};
    }
    return toFileRuns(rows);
}

QAction *menuAction(QMenu *menu, const char *objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String(objectName))
            return action;
    }
    return nullptr;
}

} // namespace

class TestHistoryTableActions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void ctrlCCopiesSelectedRowsAsShown()
    {
        HistoryTable table(files());
        HistoryTableActions actions(&table.view);
        using M = FileRunTableModel;
        table.view.sortByColumn(M::FileNameColumn, Qt::AscendingOrder); // a, b, c, d
        for (int column = 0; column < M::ColumnCount; ++column)
            table.view.setColumnHidden(column, true);
        for (const int column : {M::FileNameColumn, M::StatusColumn, M::FailedRowsColumn, M::MessageColumn})
            table.view.setColumnHidden(column, false);
        table.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table.view));
        table.view.setFocus();
        QApplication::clipboard()->clear();

        // Select d.csv and a.csv (view rows 3 and 0): they copy in the shown order, a first.
        table.view.selectRow(3);
        table.view.selectionModel()->select(table.proxy.index(0, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy copied(&actions, &HistoryTableActions::copied);
        QTest::keyClick(&table.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(copied.size(), 1);
        const QString expected =
            QStringLiteral("Status\tFile name\tFailed\tMessage\n"
                           "SUCCESSFUL\ta.csv\t5000\t\n"
                           "FAILED\td.csv\t5000\t\"Row 4:\t\"\"bad\"\" value\nsee =HELP\"\n");
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void copyIsDisabledWithoutSelection()
    {
        HistoryTable table(files());
        HistoryTableActions actions(&table.view);
        QVERIFY(!actions.copyRowsAction()->isEnabled());
        table.view.selectRow(1);
        QVERIFY(actions.copyRowsAction()->isEnabled());
    }

    void rowMenuActsOnTheClickedRow()
    {
        HistoryTable table(files());
        HistoryTableActions actions(&table.view);
        QAction extra(QStringLiteral("Export…"));
        actions.setExtraMenuActions({&extra});
        table.view.sortByColumn(FileRunTableModel::FileNameColumn, Qt::DescendingOrder); // d, c, b, a
        table.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table.view));
        table.view.selectRow(3);

        // Right click on the first row (d.csv, model row 2), which is not selected: it becomes the selection.
        const QPoint onFirstRow = table.view.visualRect(table.proxy.index(0, 1)).center();
        const auto menu = actions.createContextMenu(onFirstRow);
        QCOMPARE(table.view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table.view.currentIndex().row(), 0);
        QVERIFY(menu->actions().contains(&extra));

        QAction *copyId = menuAction(menu.get(), "copyFileIdAction");
        QAction *copyJson = menuAction(menu.get(), "copyRowJsonAction");
        QAction *copyMessage = menuAction(menu.get(), "copyMessageAction");
        QVERIFY(copyId && copyJson && copyMessage && menuAction(menu.get(), "copyRowsAction"));

        copyId->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("id-2"));
        copyMessage->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Row 4:\t\"bad\" value\nsee =HELP"));
        copyJson->trigger();
        const QString json = QApplication::clipboard()->text();
        QCOMPARE(json, ClipboardText::rowAsJson(table.model.file(2)));
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("id-2"));
        QCOMPARE(object.value(QStringLiteral("failed_rows")).toInt(), 5000);
        QCOMPARE(object.value(QStringLiteral("file_size")).toInt(), 1002);

        // A row without a message offers nothing to copy there.
        const auto other = actions.createContextMenu(table.view.visualRect(table.proxy.index(1, 1)).center());
        QVERIFY(!menuAction(other.get(), "copyMessageAction")->isEnabled());
        QVERIFY(menuAction(other.get(), "copyFileIdAction")->isEnabled());

        // Below the last row: no row, no row actions.
        const auto empty = actions.createContextMenu(QPoint(5, table.view.viewport()->height() - 2));
        QVERIFY(!menuAction(empty.get(), "copyFileIdAction")->isEnabled());
    }
};

QTEST_MAIN(TestHistoryTableActions)
#include "tst_historytableactions.moc"
