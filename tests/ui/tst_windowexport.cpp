// Export, clipboard, "Copy as cURL" and Trends inside the real window on the demo workspace: the
// shortcuts and menus reach them, the cURL command copied from the window returns the window's
// first page when run with curl, and a click in Trends filters the table and says so.
#include "ExportDialog.h"
#include "FileDialog.h"
#include "HistoryTableActions.h"
#include "MainWindow.h"
#include "TestSession.h"
#include "TrendsView.h"
#include "api/ApiClient.h"
#include "api/CurlCommand.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestWindowExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowexport"));
        QSettings().clear();
        m_window = makeWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window.get(), &MainWindow::fetchFinished);
        m_window->openDemo(true);
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_window->model()->rowCount(), 987);
    }

    void cleanupTestCase() { m_window.reset(); }

    void menusHoldTheActions()
    {
        QStringList texts;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions())
                texts.append(action->objectName());
        }
        QVERIFY(texts.contains(QStringLiteral("exportAction")));
        QVERIFY(texts.contains(QStringLiteral("copyRowsAction")));
        QVERIFY(texts.contains(QStringLiteral("copyCurlAction")));
        QCOMPARE(m_window->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(m_window->tableActions()->copyRowsAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(m_window->viewTabs()->count(), 4); // Table, Trends, Triage, Board
    }

    void ctrlEExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.json"));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            dialog->findChild<QAbstractButton *>(QStringLiteral("formatJsonRadio"))->setChecked(true);
            dialog->findChild<QAbstractButton *>(QStringLiteral("scopeAllRadio"))->setChecked(true);
            // Default columns: all 15 fields, though the table hides the file id.
            if (!dialog->findChild<QAbstractButton *>(QStringLiteral("columnsAllRadio"))->isChecked()) {
                dialog->reject();
                return;
            }
            QSignalSpy done(dialog, &ExportDialog::exportFinished);
            FileDialog::setNextFileName(path);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
            done.wait(30000);
            dialog->reject();
        });
        m_window->activateWindow();
        m_window->table()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(sawDialog);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 987);
        QCOMPARE(rows.first().toObject().keys().size(), 15);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toString(),
                 m_window->model()->file(0).idText());
    }

    void ctrlCCopiesSelectedRows()
    {
        QTableView *table = m_window->table();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        table->selectionModel()->select(m_window->proxy()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(m_window->proxy()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QVERIFY(m_window->tableActions()->copyRowsAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3); // header and two rows (a quoted message may span lines)
        QVERIFY(lines.first().startsWith(QStringLiteral("Status\t")));
    }

    void copyAsCurlReturnsTheFirstPage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        m_window->demoServer()->setRateLimit(0, 60);
        QApplication::clipboard()->clear();
        m_window->copyCurlAction()->trigger();
        const QString command = QApplication::clipboard()->text();
        QVERIFY(command.startsWith(QStringLiteral("curl ")));
        QVERIFY(!command.contains(DemoServer::apiKey()));

        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(CurlCommand::kKeyVariable), DemoServer::apiKey());
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(shell.waitForStarted());
        QSignalSpy finished(&shell, &QProcess::finished);
        QVERIFY(finished.wait(30000)); // the server answers from this thread's event loop
        QCOMPARE(shell.exitCode(), 0);
        QStringList ids;
        for (const QJsonValue &file : QJsonDocument::fromJson(shell.readAllStandardOutput())
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toArray())
            ids.append(file.toObject().value(QStringLiteral("id")).toString());
        QStringList firstPage;
        for (int row = 0; row < 50; ++row)
            firstPage.append(m_window->model()->file(row).idText()); // rows in fetch order: page 1 first
        QCOMPARE(ids, firstPage);
    }

    void trendsClickFiltersTheTable()
    {
        QTabWidget *tabs = m_window->viewTabs();
        tabs->setCurrentWidget(m_window->trendsView());
        TrendsView *trends = m_window->trendsView();
        QTRY_VERIFY(!trends->trends().isEmpty());
        QTest::qWait(50);
        QChartView *view = trends->filesChartView();
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().constFirst());
        // The busiest day, clicked in the middle of its stack.
        qsizetype busiest = 0;
        for (qsizetype i = 0; i < trends->trends().days.size(); ++i) {
            if (trends->trends().days[i].fileCount() > trends->trends().days[busiest].fileCount())
                busiest = i;
        }
        const DayTrend day = trends->trends().days[busiest];
        const QPointF inChart =
            view->chart()->mapToPosition(QPointF(double(busiest), day.fileCount() / 2.0), series);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->mapFromScene(view->chart()->mapToScene(inChart)));

        QCOMPARE(m_window->proxy()->day(), std::optional<QDate>(day.day));
        QCOMPARE(m_window->proxy()->rowCount(), day.fileCount());
        QCOMPARE(tabs->currentIndex(), 0); // back on the table, showing that day
        auto *strip = m_window->findChild<QWidget *>(QStringLiteral("dayFilterStrip"));
        QVERIFY(strip->isVisible());
        QTRY_VERIFY2(m_window->summaryText().startsWith(QStringLiteral("%1 of 987").arg(day.fileCount())),
                     qPrintable(m_window->summaryText()));

        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("tableShowAllDaysButton")),
                          Qt::LeftButton);
        QCOMPARE(m_window->proxy()->day(), std::nullopt);
        QCOMPARE(m_window->proxy()->rowCount(), 987);
        QVERIFY(!strip->isVisible());
    }

    void rowMenuOffersExportAndCurl()
    {
        QTableView *table = m_window->table();
        const auto menu = m_window->tableActions()->createContextMenu(
            table->visualRect(m_window->proxy()->index(1, 1)).center());
        QVERIFY(menu->actions().contains(m_window->exportAction()));
        QVERIFY(menu->actions().contains(m_window->copyCurlAction()));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWindowExport)
#include "tst_windowexport.moc"
