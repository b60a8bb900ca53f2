// The Triage view: causes sorted by files or failed rows, a selection that says which files to show and
// survives a live fetch and a regrouping, the per-day strip and the "New" badge in the palette's
// colours, every control reachable by keyboard and named, and a fit at 800×600.
#include "UiTestSupport.h"

#include "TriageView.h"
#include "common/Palette.h"
#include "demo/DemoData.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

namespace {

FileRun file(const QByteArray &id, const char *scheduled, const QByteArray &message, qint64 failed,
             FileStatus status = FileStatus::Failed)
{
    FileRun run;
    run.id = id;
    run.fileName = "users_" + id + ".csv";
    run.status = status;
    run.statusMessage = message;
    run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::FailedRows) = failed;
    return run;
}

// Three causes: an e-mail one in many files with few rows, a missing column in few files with many
// rows, and an expired credential that is new in the span.
QList<FileRun> history()
{
    QList<FileRun> files;
    for (int i = 0; i < 6; ++i)
        files.append(file("mail" + QByteArray::number(i),
                          i % 2 ? "2024-06-03T10:00:00.000000" : "2024-06-05T09:00:00.000000",
                          "Row " + QByteArray::number(17 + i * 31) + ": invalid value 'x" +
                              QByteArray::number(i) + "@y' for attribute 'email'",
                          2, FileStatus::PartialSuccess));
    files.append(file("col1", "2024-06-02T10:00:00.000000",
                      "Mandatory column \"uid\" missing in users_col1.csv", 900));
    files.append(file("col2", "2024-06-06T10:00:00.000000",
                      "Mandatory column \"uid\" missing in users_col2.csv", 800));
    files.append(file("s3", "2024-06-07T10:00:00.000000",
                      "Access denied to s3://acme-imports/users_s3.csv (403 Forbidden): credentials expired",
                      0));
    files.append(file("old", "2024-05-20T10:00:00.000000", "Mandatory column \"uid\" missing in x.csv", 5));
    files.append(file("fine", "2024-06-04T10:00:00.000000", "", 0, FileStatus::Successful));
    return files;
}

TriageSpan week()
{
    TriageSpan span;
    span.from = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
    span.to = QDateTime(QDate(2024, 6, 8), QTime(0, 0), QTimeZone::utc());
    return span;
}

QString patternAt(const TriageView &view, int row)
{
    return view.proxy()->index(row, CauseTableModel::PatternColumn).data().toString();
}

const QString kMail = QStringLiteral("Row <n>: invalid value <value> for attribute 'email'");
const QString kColumn = QStringLiteral("Mandatory column \"uid\" missing in <file>");

} // namespace

class TestTriageView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void sortedByFilesOrFailedRows()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.proxy()->rowCount(), 3);
        QCOMPARE(patternAt(view, 0), kMail);
        QVERIFY(
            view.summaryText().startsWith(QStringLiteral("3 cause(s) · 9 failed or partly failed file(s)")));
        QVERIFY(view.summaryText().contains(QStringLiteral("2 new in this span")));

        // Chosen from the keyboard: the combo box, then Down.
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("triageOrderCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(view.order(), CauseOrder::FailedRows);
        QCOMPARE(patternAt(view, 0), kColumn);
        view.setOrder(CauseOrder::Files);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(patternAt(view, 0), kMail);
    }

    void selectingACauseGivesItsFiles()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &TriageView::causeSelected);
        QSignalSpy cleared(&view, &TriageView::selectionCleared);

        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Space); // focus sits on the first row; Space selects it
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toString(), kMail);
        QCOMPARE(selected.first().at(1).toStringList().size(), 6);
        QVERIFY(selected.first().at(1).toStringList().contains(QStringLiteral("mail3")));
        auto *example = view.findChild<QPlainTextEdit *>(QStringLiteral("triageExample"));
        QVERIFY(example->toPlainText().startsWith(QStringLiteral("Row ")));
        QVERIFY(example->toPlainText().contains(QStringLiteral("@y' for attribute 'email'")));

        QVERIFY(view.selectCause(kColumn.toUtf8()));
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.last().at(1).toStringList(), (QStringList{"col1", "col2"}));
        QCOMPARE(example->toPlainText(),
                 QStringLiteral("Mandatory column \"uid\" missing in users_col2.csv"));

        view.clearSelection();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(view.selectedFileIds().isEmpty());
        QVERIFY(example->toPlainText().isEmpty());
    }

    void liveFilesKeepTheSelection()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectCause(kColumn.toUtf8()));
        QSignalSpy selected(&view, &TriageView::causeSelected);
        QSignalSpy cleared(&view, &TriageView::selectionCleared);

        // A fetch brings a new cause with many files, and one more file of the selected cause.
        QList<FileRun> more;
        for (int i = 0; i < 10; ++i)
            more.append(file("t" + QByteArray::number(i), "2024-06-07T11:00:00.000000",
                             "Timeout after " + QByteArray::number(30 + i) + " s", 0));
        more.append(file("col3", "2024-06-07T12:00:00.000000",
                         "Mandatory column \"uid\" missing in users_col3.csv", 7));
        model.addFiles({0, 1}, more);

        QCOMPARE(view.selectedPattern(), kColumn.toUtf8());
        QTRY_COMPARE(patternAt(view, 0), QStringLiteral("Timeout after <n> s")); // re-sorted live
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(selected.size(), 1); // the selected cause grew: the window's filter takes the new file in
        QCOMPARE(selected.last().at(1).toStringList(), (QStringList{"col1", "col2", "col3"}));

        // Files of other causes only: the selection is quiet.
        model.addFiles({0, 1}, {file("t99", "2024-06-07T13:00:00.000000", "Timeout after 99 s", 0)});
        QCOMPARE(selected.size(), 1);
        QCOMPARE(view.selectedPattern(), kColumn.toUtf8());
        const QModelIndex current = view.table()->selectionModel()->selectedRows().value(0);
        QCOMPARE(current.data().toString(), kColumn);
    }

    void regroupingSelectsTheCauseAgain()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.show();
        QVERIFY(view.selectCause(kColumn.toUtf8()));
        QSignalSpy selected(&view, &TriageView::causeSelected);
        QSignalSpy cleared(&view, &TriageView::selectionCleared);

        TriageSpan longer = week();
        longer.from = longer.from.addDays(-30);
        model.setSpan(longer); // a regrouping: the rows go, then come back
        QCOMPARE(cleared.size(), 1);
        model.addFiles({0, 0}, history());
        QCOMPARE(view.selectedPattern(), kColumn.toUtf8());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.last().at(1).toStringList(), (QStringList{"col1", "col2", "old"}));
    }

    void emptyState()
    {
        CauseTableModel model;
        TriageView view(&model);
        view.show();
        auto *stack = view.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), view.findChild<QLabel *>(QStringLiteral("triageEmpty")));
        model.addFiles({0, 0}, {file("x", "2024-06-07T10:00:00.000000", "Broken", 1)});
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(view.table()));
        model.clear();
        QCOMPARE(stack->currentWidget(), view.findChild<QLabel *>(QStringLiteral("triageEmpty")));
    }

    void keyboardAndNames()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        QWidget window;
        auto *before = new QComboBox(&window); // something to Tab from
        before->setAccessibleName(QStringLiteral("before"));
        auto *view = new TriageView(&model, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(view);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every control that takes focus is named for a screen reader.
        for (QWidget *child : view->findChildren<QWidget *>()) {
            if (child->focusPolicy() == Qt::NoFocus || !child->isVisibleTo(view) || child->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(child);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(child->objectName()));
        }
        // Tab walks sort choice → table → example, and leaves the table with one press.
        before->setFocus();
        QStringList walk;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            walk.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(walk, (QStringList{"triageOrderCombo", "triageTable", "triageExample"}));
        // Cells read as their column, then the value.
        const QModelIndex cell = view->proxy()->index(0, CauseTableModel::NewColumn);
        QVERIFY(cell.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("New ")));
    }

    void fitsAt800x600()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        // What a user acts on is in view without scrolling: cause, files, failed rows, last seen, new, days.
        int used = 0;
        for (int column = 0; column < CauseTableModel::ColumnCount; ++column) {
            if (!table->isColumnHidden(column))
                used += table->columnWidth(column);
        }
        QVERIFY2(used <= table->viewport()->width() + 1, qPrintable(QString::number(used)));
        QVERIFY(table->columnWidth(CauseTableModel::PatternColumn) >= 180);
        QVERIFY(!table->isColumnHidden(CauseTableModel::DaysColumn));
        QVERIFY(!table->isColumnHidden(CauseTableModel::NewColumn));
        const QRect combo = view.findChild<QComboBox *>(QStringLiteral("triageOrderCombo"))->geometry();
        QVERIFY(view.rect().contains(combo));
        QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("triageExample"))->isVisible());
        QVERIFY(table->viewport()->height() > 5 * table->verticalHeader()->defaultSectionSize());

        // Wide: the example gets its own column as well.
        view.resize(1400, 700);
        QVERIFY(!table->isColumnHidden(CauseTableModel::ExampleColumn));
        QVERIFY(!table->isColumnHidden(CauseTableModel::FirstSeenColumn));
    }

    void stripAndBadgeInThePalettesColours()
    {
        CauseTableModel model;
        model.setSpan(week());
        model.addFiles({0, 0}, history());
        TriageView view(&model);
        view.resize(1000, 600);
        view.setOrder(CauseOrder::FailedRows);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.table()->viewport()->grab().toImage();
        const auto hasColour = [&](int column, int row, const QColor &colour) {
            const QRect cell = view.table()->visualRect(view.proxy()->index(row, column));
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    if (image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio()) ==
                        colour)
                        return true;
                }
            }
            return false;
        };
        const QColor failed = Palette::color(Palette::Role::Failed);
        const QColor badge = Palette::color(Palette::Role::Processing);
        const int fresh =
            view.proxy()->match(view.proxy()->index(0, 0), CauseTableModel::IsNewRole, true).value(0).row();
        QVERIFY(fresh >= 0);
        QVERIFY(hasColour(CauseTableModel::DaysColumn, 0, failed));
        QVERIFY(hasColour(CauseTableModel::NewColumn, fresh, badge));
        QVERIFY(!hasColour(CauseTableModel::NewColumn, fresh == 0 ? 1 : 0, badge));

        // Screenshots for the record (docs/screenshots), when asked for.
        const QString dir = qEnvironmentVariable("IMPORTSCOPE_TRIAGE_SCREENSHOTS");
        if (!dir.isEmpty()) {
            view.resize(800, 600);
            view.selectCause(kColumn.toUtf8());
            QTest::qWait(50);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("triage-800x600.png"))));
            view.resize(1400, 700);
            QTest::qWait(50);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("triage-wide.png"))));

            // The demo workspace, every import, its last 30 days.
            const QDateTime anchor(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
            const DemoData data = DemoData::generate(1, anchor);
            CauseTableModel demo;
            TriageSpan last30;
            last30.from = anchor.addDays(-30);
            last30.to = anchor;
            demo.setSpan(last30);
            QStringList names;
            for (const DemoImport &import : data.imports()) {
                QList<FileRun> files;
                for (const DemoFile &f : import.files) {
                    FileRun run;
                    run.id = f.id.toUtf8();
                    run.fileName = f.fileName.toUtf8();
                    run.statusMessage = f.statusMsg.toUtf8();
                    run.scheduledAt = *WallClock::parse(f.scheduledAt().toUtf8());
                    run.status = *fileStatusFromWire(f.status);
                    run.count(FileRun::Count::FailedRows) = f.failedRows;
                    files.append(run);
                }
                demo.addFiles({0, int(names.size())}, files);
                names.append(import.name);
            }
            demo.setNames({QStringLiteral("demo")}, names);
            TriageView demoView(&demo);
            demoView.resize(1024, 640);
            demoView.show();
            QVERIFY(QTest::qWaitForWindowExposed(&demoView));
            demoView.selectCause(demo.cause(0).pattern);
            QTest::qWait(50);
            QVERIFY(demoView.grab().save(QDir(dir).filePath(QStringLiteral("triage-demo.png"))));
        }
    }
};

QTEST_MAIN(TestTriageView)
#include "tst_triageview.moc"
