// The Trends tab over a table: bars per day in the table's zone, numbers on hover, and a click on a
// day's bar filtering the table to that day, with a control to show all days again.
#include "UiTestSupport.h"

#include "TrendsView.h"
#include "common/Palette.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>

namespace {

FileRun file(int id, const char *scheduled, FileStatus status, qint64 total, qint64 failed)
{
    FileRun run;
    run.id = QByteArray("f") + QByteArray::number(id);
    run.status = status;
    run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::TotalRows) = total;
    run.count(FileRun::Count::AddedRows) = total - failed;
    run.count(FileRun::Count::FailedRows) = failed;
    return run;
}

QList<FileRun> week()
{
    return {file(1, "2024-06-01T09:00:00.000000", FileStatus::Successful, 100, 0),
            file(2, "2024-06-01T22:30:00.000000", FileStatus::Failed, 50, 50),
            file(3, "2024-06-03T12:00:00.000000", FileStatus::PartialSuccess, 200, 20),
            file(4, "2024-06-03T13:00:00.000000", FileStatus::Successful, 10, 0),
            file(5, "2024-06-03T14:00:00.000000", FileStatus::Successful, 10, 0),
            file(6, "2024-06-07T00:10:00.000000", FileStatus::Queued, 0, 0)};
}

} // namespace

class TestTrendsView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void aggregatesInTheTablesZone()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.refresh();
        QCOMPARE(view.trends().days.size(), 7);
        QCOMPARE(view.trends().days.front().day, QDate(2024, 6, 1));
        QCOMPARE(view.trends().days[0].fileCount(), 2);

        // Shown in Kolkata (+05:30): 22:30 UTC on the 1st is the 2nd there.
        table.model.setZones(QTimeZone::utc(), QTimeZone("Asia/Kolkata"));
        view.refresh();
        QCOMPARE(view.trends().days[0].fileCount(), 1);
        QCOMPARE(view.trends().days[1].day, QDate(2024, 6, 2));
        QCOMPARE(view.trends().days[1].fileCount(), 1);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("trendsSummary"))
                    ->text()
                    .contains(QStringLiteral("Asia/Kolkata")));
    }

    void barsUseStatusColoursAndSkipAbsentStatuses()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.refresh();
        const QList<QBarSet *> sets = view.fileBarSets();
        QStringList labels;
        for (QBarSet *set : sets)
            labels.append(set->label());
        QCOMPARE(labels, (QStringList{QStringLiteral("Failed"), QStringLiteral("Partial success"),
                                      QStringLiteral("Successful"), QStringLiteral("Queued or waiting")}));
        QCOMPARE(sets[0]->color(), Palette::statusColor(FileStatus::Failed));
        QCOMPARE(sets[2]->color(), Palette::statusColor(FileStatus::Successful));
        QCOMPARE(sets[2]->at(2), 2.0); // two successful files on 3 June
        QCOMPARE(sets[0]->at(0), 1.0);
        QCOMPARE(sets[2]->count(), 7);
    }

    void hoverTextHasTheNumbers()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.refresh();
        const QString text = view.dayText(2);
        QVERIFY2(text.contains(QStringLiteral("Files: 3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 successful")));
        QVERIFY(text.contains(QStringLiteral("1 partial success")));
        QVERIFY(text.contains(QStringLiteral("220 total")));
        QVERIFY(text.contains(QStringLiteral("20 failed")));
        QVERIFY(text.contains(QStringLiteral("9.09 %")));
        QVERIFY(view.dayText(1).contains(QStringLiteral("No files")));
    }

    // A real mouse click on the bar of 3 June: the table shows its three files, and "Show all days"
    // brings everything back.
    void clickingADayFiltersTheTable()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        QCoreApplication::processEvents();

        QChartView *chartView = view.filesChartView();
        QChart *chart = chartView->chart();
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().constFirst());
        QVERIFY(series);
        const QPointF inChart = chart->mapToPosition(QPointF(2, 1.0), series); // middle of the day's stack
        const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);

        QCOMPARE(table.proxy.day(), std::optional<QDate>(QDate(2024, 6, 3)));
        QStringList shown = table.shownIds();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("f3"), QStringLiteral("f4"), QStringLiteral("f5")}));
        auto *showAll = view.findChild<QPushButton *>(QStringLiteral("showAllDaysButton"));
        QVERIFY(showAll->isVisible());
        QVERIFY(view.filterText().contains(QStringLiteral("2024")));

        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(table.proxy.day(), std::nullopt);
        QCOMPARE(table.proxy.rowCount(), 6);
        QVERIFY(!showAll->isVisible());
    }

    // Issue 12: the numbers appeared only after a click, and over the table. Moving the pointer onto
    // a bar shows them; moving off a bar, or leaving the tab, takes them away.
    void hoveringABarShowsItsNumbers()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        QCoreApplication::processEvents();

        const auto pointAt = [](QChartView *chartView, double day, double value) {
            QChart *chart = chartView->chart();
            const QPointF inChart = chart->mapToPosition(QPointF(day, value), chart->series().constFirst());
            return chartView->mapFromScene(chart->mapToScene(inChart));
        };
        QChartView *files = view.filesChartView();
        QTest::mouseMove(files->viewport(), pointAt(files, 2, 1.0)); // on 3 June's stack, no click
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.dayText(2));
        QCOMPARE(view.dayAt(files, pointAt(files, 2, 1.0)), 2);

        QTest::mouseMove(files->viewport(), pointAt(files, 1.5, 1.0)); // between two days' bars
        QCOMPARE(view.dayAt(files, pointAt(files, 1.5, 1.0)), -1);
        QTRY_VERIFY(!QToolTip::isVisible());

        QChartView *rows = view.rowsChartView();
        QTest::mouseMove(rows->viewport(), pointAt(rows, 0, 10.0)); // 1 June in the rows chart
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.dayText(0));

        // The window switches to the table when a day is clicked: the numbers do not stay behind.
        view.hide();
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // Without a mouse: Tab onto the chart starts on the latest day with its numbers shown; Left and
    // Home move along the days, each with its numbers over its bar and as the chart's description for a
    // screen reader; Return filters the table to the day reached, as a click does.
    void keyboardChoosesADay()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        QCoreApplication::processEvents();
        const qsizetype last = view.trends().days.size() - 1;
        QVERIFY(last >= 2);

        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QChartView *files = view.filesChartView();
        files->setFocus(Qt::TabFocusReason);
        auto *dayLine = view.findChild<QLabel *>(QStringLiteral("trendsKeyDay"));
        QTRY_VERIFY(dayLine->isVisible());
        QCOMPARE(dayLine->text(), view.keyDayText(last));
        QVERIFY2(files->accessibleDescription().contains(QStringLiteral("7 June 2024")),
                 qPrintable(files->accessibleDescription()));

        QTest::keyClick(files, Qt::Key_Home);
        QCOMPARE(dayLine->text(), view.keyDayText(0));
        QTest::keyClick(files, Qt::Key_Right);
        QTest::keyClick(files, Qt::Key_Right);
        QCOMPARE(dayLine->text(), view.keyDayText(2));
        // The day reached is the highlighted bar.
        for (QBarSet *set : view.fileBarSets())
            QCOMPARE(set->selectedBars(), QList<int>{2});
        QVERIFY2(files->accessibleDescription().contains(QStringLiteral("3 June 2024")) &&
                     files->accessibleDescription().contains(QStringLiteral("Files: 3")),
                 qPrintable(files->accessibleDescription()));
        QTest::keyClick(files, Qt::Key_Left);
        QTest::keyClick(files, Qt::Key_Right);
        QTest::keyClick(files, Qt::Key_Return);
        QCOMPARE(table.proxy.day(), std::optional<QDate>(QDate(2024, 6, 3)));
        QStringList shown = table.shownIds();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("f3"), QStringLiteral("f4"), QStringLiteral("f5")}));

        // A day without files filters nothing (the click does the same).
        QTest::keyClick(files, Qt::Key_Left);
        QVERIFY(view.trends().days[1].fileCount() == 0);
        QTest::keyClick(files, Qt::Key_Return);
        QCOMPARE(table.proxy.day(), std::optional<QDate>(QDate(2024, 6, 3)));
        // Leaving the chart takes the numbers away.
        files->clearFocus();
        QTRY_VERIFY(!dayLine->isVisible());
        for (QBarSet *set : view.fileBarSets()) // the filtered day's bar again
            QCOMPARE(set->selectedBars(), QList<int>{2});
        // Keys without a focus-in first (the window was not active): they start from the latest day.
        TrendsView fresh(&table.model, &table.proxy);
        fresh.resize(1000, 700);
        fresh.refresh();
        table.proxy.setDay(std::nullopt);
        QTest::keyClick(fresh.rowsChartView(), Qt::Key_Left);
        QCOMPARE(fresh.findChild<QLabel *>(QStringLiteral("trendsKeyDay"))->text(),
                 fresh.keyDayText(last - 1));
    }

    // A click on an unfocused chart, with time between press and release as a hand takes: the press
    // gives the chart focus, and still the day under the pointer is the one chosen.
    void slowClickOnAnUnfocusedChart()
    {
        HistoryTable table(week());
        TrendsView view(&table.model, &table.proxy);
        view.resize(1000, 700);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.refresh();
        QCoreApplication::processEvents();
        QChartView *files = view.filesChartView();
        files->clearFocus(); // the window gave it focus on activation
        view.rowsChartView()->clearFocus();
        QVERIFY(!files->hasFocus());
        QTest::qWait(50); // the layout settles without the day line
        QChart *chart = files->chart();
        // Just above the axis, on 1 June's bar: where a short bar is.
        const QPointF inChart = chart->mapToPosition(QPointF(0, 0.05), chart->series().constFirst());
        const QPoint at = files->mapFromScene(chart->mapToScene(inChart));
        const int height = files->height();
        QTest::mousePress(files->viewport(), Qt::LeftButton, {}, at);
        QTest::qWait(100);
        QCOMPARE(files->height(), height); // nothing above the charts appeared and pushed them
        QTest::mouseRelease(files->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(table.proxy.day(), std::optional<QDate>(QDate(2024, 6, 1)));
    }

    void oneDayAndAYear()
    {
        HistoryTable one({file(1, "2024-06-01T09:00:00.000000", FileStatus::Failed, 10, 10)});
        TrendsView single(&one.model, &one.proxy);
        single.refresh();
        QCOMPARE(single.trends().days.size(), 1);
        auto *axis = qobject_cast<QCategoryAxis *>(
            single.filesChartView()->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 1);

        QList<FileRun> year;
        for (int i = 0; i < 2000; ++i) {
            const QDateTime at =
                QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 15768);
            year.append(file(i,
                             at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000")).toLatin1().constData(),
                             i % 5 ? FileStatus::Successful : FileStatus::Failed, 100, i % 5 ? 0 : 40));
        }
        HistoryTable table(year);
        TrendsView view(&table.model, &table.proxy);
        view.refresh();
        QVERIFY(view.trends().days.size() > 360);
        auto *yearAxis =
            qobject_cast<QCategoryAxis *>(view.filesChartView()->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(yearAxis->count() <= 14); // thinned labels, not 365
        QVERIFY(yearAxis->count() >= 6);
    }

    void emptyModelShowsAHint()
    {
        HistoryTable table({});
        TrendsView view(&table.model, &table.proxy);
        view.refresh();
        QVERIFY(view.trends().isEmpty());
        auto *hint = view.findChild<QLabel *>(QStringLiteral("trendsEmpty"));
        view.show();
        QVERIFY(hint->isVisible());
    }

    void refreshesLazilyAfterNewRows()
    {
        HistoryTable table({});
        TrendsView view(&table.model, &table.proxy);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        table.model.append(week());
        QTRY_COMPARE(view.trends().days.size(), 7);
    }
};

QTEST_MAIN(TestTrendsView)
#include "tst_trendsview.moc"
