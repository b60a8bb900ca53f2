// The Triage tab inside the real window on the demo workspace (issue 20, "In the window"): it shows
// the causes of the import fetched, a cause chosen there filters the table to exactly its files and
// the strip above the table undoes it, another import fetched while the first still runs leaves no
// cause of the first, a cause chosen stays chosen while files arrive and through a refresh, and the
// causes export from the same dialog as the table.
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "StatusChips.h"
#include "TestSession.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/CauseTableModel.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "session/HistoryFetch.h"
#include "store/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
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

bool waitForFetch(MainWindow &window, int timeoutMs = 60'000)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(timeoutMs);
}

QSet<QString> tableIds(const MainWindow &window)
{
    QSet<QString> ids;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        ids.insert(window.model()->file(row).idText());
    return ids;
}

QSet<QString> shownIds(const MainWindow &window)
{
    QSet<QString> ids;
    for (int row = 0; row < window.proxy()->rowCount(); ++row)
        ids.insert(
            window.model()->file(window.proxy()->mapToSource(window.proxy()->index(row, 0)).row()).idText());
    return ids;
}

int problemFiles(const MainWindow &window)
{
    int count = 0;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        count += FailureCauses::isProblem(window.model()->file(row).status) ? 1 : 0;
    return count;
}

// The cause the Triage table shows first (most files), as a row of the model.
int topCauseRow(MainWindow &window)
{
    const QSortFilterProxyModel *proxy = window.triagePage()->view()->proxy();
    return proxy->rowCount() > 0 ? proxy->mapToSource(proxy->index(0, 0)).row() : -1;
}

void selectTopCause(MainWindow &window)
{
    window.triagePage()->view()->table()->selectRow(0);
}

// RFC 4180 as the export writes it: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace

class TestWindowTriage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabShowsTheCausesOfTheFetchedImport();
    void selectingTheTopCauseFiltersTheTableToItsFiles();
    void aCauseChosenUnderTheSuccessfulChipShowsItsFiles();
    void clearingTheCauseRestoresTheTable();
    void anotherImportFetchedMidwayLeavesNoCauseOfTheFirst();
    void theChosenCauseStaysWhileFilesArriveAndThroughARefresh();
    void exportWritesTheCausesAsCsv();
    void aDateFilterIsTheSpan();
    void localTimeRegroupsTheDaysAndKeepsTheCause();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowTriage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowtriage"));
    QSettings().clear();
}

void TestWindowTriage::init()
{
    // Each test starts without a stored history: the demo workspace is stored too.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDemo(true);
    QVERIFY(waitForFetch(*m_window));
    QCOMPARE(m_window->model()->rowCount(), 987);
    RequestPolicy policy = m_window->apiClient()->policy();
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.rateLimitRequests = 10'000;
    m_window->apiClient()->setPolicy(policy);
    m_window->demoServer()->setRateLimit(0, 60);
}

void TestWindowTriage::cleanup()
{
    m_window.reset();
}

void TestWindowTriage::tabShowsTheCausesOfTheFetchedImport()
{
    QTabWidget *tabs = m_window->viewTabs();
    QCOMPARE(tabs->count(), 4); // Table, Trends, Triage, Board
    QCOMPARE(tabs->tabText(2), QStringLiteral("Tria&ge"));
    // Ctrl+3 opens it from the table, Ctrl+1 goes back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->triagePage());
    QVERIFY(m_window->triagePage()->view()->table()->hasFocus());

    const CauseTableModel *causes = m_window->triagePage()->model();
    const int problems = problemFiles(*m_window);
    QVERIFY(problems > 0);
    QVERIFY(causes->rowCount() > 1);
    // Every failed or partly failed file of the table is in exactly one cause, and no other file.
    QCOMPARE(causes->causes().groupedFiles(), qint64(problems));
    qint64 files = 0;
    const QSet<QString> ids = tableIds(*m_window);
    for (int row = 0; row < causes->rowCount(); ++row) {
        files += causes->cause(row).files;
        for (const QString &id : causes->fileIds(row))
            QVERIFY2(ids.contains(id), qPrintable(id));
    }
    QCOMPARE(files, qint64(problems));
    const QString summary = m_window->triagePage()->view()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("Span: the whole fetched history")), qPrintable(summary));

    QTest::keyClick(m_window->triagePage()->view()->table(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    // The tab's mnemonic, Alt+G, from the table.
    QTest::keyClick(m_window->table(), Qt::Key_G, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), m_window->triagePage());
}

void TestWindowTriage::selectingTheTopCauseFiltersTheTableToItsFiles()
{
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    const int top = topCauseRow(*m_window);
    QVERIFY(top >= 0);
    const FailureCause cause = m_window->triagePage()->model()->cause(top);
    QVERIFY(cause.files > 1);
    QVERIFY(cause.files < 987);
    selectTopCause(*m_window);

    QCOMPARE(m_window->proxy()->rowCount(), int(cause.files));
    const QStringList ids = m_window->triagePage()->model()->fileIds(top);
    QCOMPARE(shownIds(*m_window), QSet<QString>(ids.begin(), ids.end()));
    const QString strip = m_window->causeStripText();
    QVERIFY2(strip.contains(QStringLiteral("Showing the %1 file").arg(cause.files)), qPrintable(strip));
    QVERIFY2(strip.contains(CauseTableModel::patternText(cause.pattern)), qPrintable(strip));
    // The detail pane beside the tabs shows the cause's example file.
    QCOMPARE(m_window->detailPane()->fieldText(QStringLiteral("id")), QString::fromUtf8(cause.exampleFileId));
    QTRY_VERIFY(m_window->summaryText().startsWith(QStringLiteral("%1 of 987 files shown").arg(cause.files)));
}

void TestWindowTriage::aCauseChosenUnderTheSuccessfulChipShowsItsFiles()
{
    // The Successful chip holds no failed file: choosing a cause there must not show an empty table.
    m_window->statusChips()->setGroup(StatusGroup::Successful);
    QVERIFY(m_window->proxy()->rowCount() > 0);
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    const int top = topCauseRow(*m_window);
    selectTopCause(*m_window);
    QCOMPARE(m_window->statusChips()->group(), StatusGroup::All);
    QCOMPARE(m_window->proxy()->rowCount(), int(m_window->triagePage()->model()->cause(top).files));
    // A chip chosen afterwards narrows the cause's files, as it narrows any others.
    m_window->statusChips()->setGroup(StatusGroup::Failed);
    QVERIFY(m_window->proxy()->rowCount() <= int(m_window->triagePage()->model()->cause(top).files));
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        QCOMPARE(m_window->model()
                     ->file(m_window->proxy()->mapToSource(m_window->proxy()->index(row, 0)).row())
                     .status,
                 FileStatus::Failed);
}

void TestWindowTriage::clearingTheCauseRestoresTheTable()
{
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    selectTopCause(*m_window);
    QVERIFY(m_window->proxy()->rowCount() < 987);
    m_window->viewTabs()->setCurrentIndex(0);
    auto *clear = m_window->findChild<QPushButton *>(QStringLiteral("tableClearCauseButton"));
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_window->proxy()->rowCount(), 987);
    QVERIFY(m_window->causeStripText().isEmpty());
    QVERIFY(!clear->isVisible());
    QVERIFY(m_window->triagePage()->view()->selectedPattern().isNull());
    QTRY_VERIFY(m_window->summaryText().startsWith(QLatin1String("987 of 987 files shown")));
}

void TestWindowTriage::anotherImportFetchedMidwayLeavesNoCauseOfTheFirst()
{
    // A: the large import, slowly; B: one page, fetched while A still runs.
    m_window->demoServer()->setLatencyMs(300);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    const CauseTableModel *causes = m_window->triagePage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(causes->rowCount() > 0, 20'000);
    QVERIFY(m_window->isFetching());
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    selectTopCause(*m_window);
    QVERIFY(!m_window->causeStripText().isEmpty());

    m_window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    m_window->startFetch();
    // At once, before anything of B arrives: nothing of A, no cause chosen, the table not filtered.
    QCOMPARE(causes->rowCount(), 0);
    QVERIFY(m_window->triagePage()->view()->selectedPattern().isNull());
    QVERIFY(m_window->causeStripText().isEmpty());
    // And at every moment while B arrives: every file of every cause is a file of the table.
    HistoryFetch *b = m_window->shownFetch();
    QVERIFY(b);
    QStringList strays;
    const auto checkNoStrays = [&] {
        const QSet<QString> ids = tableIds(*m_window);
        for (int row = 0; row < causes->rowCount(); ++row) {
            for (const QString &id : causes->fileIds(row)) {
                if (!ids.contains(id))
                    strays << id;
            }
        }
    };
    // Connected after the window, so it runs once the table has taken the files in.
    QObject watching; // ends the checks with this test
    connect(b, &HistoryFetch::filesArrived, &watching, checkNoStrays);
    connect(b, &HistoryFetch::answerReplaced, &watching, checkNoStrays);
    QVERIFY(waitForFetch(*m_window));
    m_window->demoServer()->setLatencyMs(0);
    QTest::qWait(1000); // anything the old fetch still held would have landed by now
    QVERIFY2(strays.isEmpty(), qPrintable(QStringLiteral("files of the first import: ") + strays.join(' ')));

    QCOMPARE(m_window->model()->rowCount(), 50);
    const QSet<QString> ids = tableIds(*m_window);
    QCOMPARE(causes->causes().groupedFiles(), qint64(problemFiles(*m_window)));
    for (int row = 0; row < causes->rowCount(); ++row) {
        for (const QString &id : causes->fileIds(row))
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("a file of the first import: ") + id));
    }
    // The cause chosen in A is no longer chosen, and the table is not filtered by it.
    QVERIFY(m_window->triagePage()->view()->selectedPattern().isNull());
    QVERIFY(m_window->causeStripText().isEmpty());
    QCOMPARE(m_window->proxy()->rowCount(), 50);
}

void TestWindowTriage::theChosenCauseStaysWhileFilesArriveAndThroughARefresh()
{
    // Files arriving: the large import, a cause chosen after its first pages.
    m_window->demoServer()->setLatencyMs(150);
    m_window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    m_window->startFetch();
    const CauseTableModel *causes = m_window->triagePage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(causes->causes().groupedFiles() >= 20, 20'000);
    QVERIFY(m_window->isFetching());
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    selectTopCause(*m_window);
    const QByteArray pattern = m_window->triagePage()->view()->selectedPattern();
    const int chosenRow = topCauseRow(*m_window);
    const qint64 early = causes->cause(chosenRow).files;
    QCOMPARE(m_window->proxy()->rowCount(), int(early));
    // While the fetch runs, the table takes in the cause's files as they come, page by page.
    QTRY_VERIFY_WITH_TIMEOUT(causes->cause(chosenRow).files > early + 2, 20'000);
    QVERIFY(m_window->isFetching());
    QCOMPARE(m_window->proxy()->rowCount(), int(causes->cause(chosenRow).files));
    QVERIFY2(m_window->causeStripText().contains(
                 QStringLiteral("Showing the %1 file").arg(causes->cause(chosenRow).files)),
             qPrintable(m_window->causeStripText()));
    QVERIFY(waitForFetch(*m_window));
    m_window->demoServer()->setLatencyMs(0);
    QCOMPARE(m_window->model()->rowCount(), 4321);

    QCOMPARE(m_window->triagePage()->view()->selectedPattern(), pattern);
    const auto filesOf = [&] {
        for (int row = 0; row < causes->rowCount(); ++row) {
            if (causes->cause(row).pattern == pattern)
                return causes->cause(row).files;
        }
        return qint64(-1);
    };
    const qint64 late = filesOf();
    QVERIFY2(late > early, qPrintable(QStringLiteral("%1 then %2").arg(early).arg(late)));
    // The table took in the cause's files as they came.
    QCOMPARE(m_window->proxy()->rowCount(), int(late));

    // A refresh of the same import: the stored answer first, then the refreshed one replaces it.
    QSignalSpy replaced(m_window.get(), &MainWindow::fetchFinished);
    m_window->startFetch();
    HistoryFetch *fetch = m_window->shownFetch();
    QVERIFY(fetch);
    QSignalSpy stored(fetch, &HistoryFetch::storedAnswerShown);
    QSignalSpy answer(fetch, &HistoryFetch::answerReplaced);
    QVERIFY(replaced.wait(60'000));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(answer.count(), 1);
    QCOMPARE(m_window->triagePage()->view()->selectedPattern(), pattern);
    QCOMPARE(m_window->proxy()->rowCount(), int(filesOf()));
    QVERIFY(!m_window->causeStripText().isEmpty());
}

void TestWindowTriage::exportWritesTheCausesAsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("causes.csv"));
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    bool sawCausesDialog = false;
    QString status;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawCausesDialog = dialog->exportsCauses();
        // The table's questions are not asked of causes.
        if (!sawCausesDialog ||
            dialog->findChild<QAbstractButton *>(QStringLiteral("scopeAllRadio"))->isVisible()) {
            sawCausesDialog = false;
            dialog->reject();
            return;
        }
        dialog->findChild<QAbstractButton *>(QStringLiteral("formatCsvRadio"))->setChecked(true);
        QSignalSpy done(dialog, &ExportDialog::exportFinished);
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        done.wait(30'000);
        status = dialog->statusText();
        dialog->reject();
    });
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(sawCausesDialog);
    QVERIFY2(status.contains(QLatin1String("cause")), qPrintable(status));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> records = parseCsv(text);
    QVERIFY(records.size() > 1);
    QVERIFY2(records.first().join(QLatin1Char(',')).startsWith(QLatin1String("pattern,files,")),
             qPrintable(records.first().join(QLatin1Char(','))));
    const qsizetype filesColumn = records.first().indexOf(QStringLiteral("files"));
    qint64 sum = 0;
    for (qsizetype i = 1; i < records.size(); ++i)
        sum += records[i].value(filesColumn).toLongLong();
    QCOMPARE(records.size() - 1, qsizetype(m_window->triagePage()->model()->rowCount()));
    QCOMPARE(sum, qint64(problemFiles(*m_window)));
}

void TestWindowTriage::aDateFilterIsTheSpan()
{
    // The last 7 days (the first preset): the causes are those of the files fetched for them, and
    // the summary names the span. "New" is told from the stored history before the span (the
    // import's whole history was stored when the demo opened); the demo's messages all recur over
    // its 60 days, so none is new (tst_boardtriage checks New against the demo's data).
    m_window->findChild<QCheckBox *>(QStringLiteral("dateCheck"))->setChecked(true);
    m_window->startFetch();
    QVERIFY(waitForFetch(*m_window));
    QVERIFY(m_window->model()->rowCount() > 0);
    QVERIFY(m_window->model()->rowCount() < 987);
    const CauseTableModel *causes = m_window->triagePage()->model();
    QCOMPARE(causes->causes().groupedFiles(), qint64(problemFiles(*m_window)));
    const QString summary = m_window->triagePage()->view()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("Span: the date filter, ")), qPrintable(summary));
    QTRY_VERIFY(m_window->triagePage()->tellsNew());
    QVERIFY2(m_window->triagePage()->view()->summaryText().contains(
                 QLatin1String("new: not seen before it in the stored history")),
             qPrintable(m_window->triagePage()->view()->summaryText()));
    QVERIFY(m_window->triagePage()->model()->causes().span().from.isValid());
    for (int row = 0; row < causes->rowCount(); ++row)
        QVERIFY(!causes->index(row, 0).data(CauseTableModel::IsNewRole).toBool());
    QCOMPARE(causes->causes().groupedFiles(), qint64(problemFiles(*m_window))); // the older files only mark
    m_window->findChild<QCheckBox *>(QStringLiteral("dateCheck"))->setChecked(false);
}

void TestWindowTriage::localTimeRegroupsTheDaysAndKeepsTheCause()
{
    // Days are divided at the midnights of the zone the window shows: switching to local time (here
    // Asia/Kolkata, the workspace being UTC) groups again, the same files, the chosen cause kept.
    m_window->viewTabs()->setCurrentWidget(m_window->triagePage());
    selectTopCause(*m_window);
    const QByteArray pattern = m_window->triagePage()->view()->selectedPattern();
    const int shown = m_window->proxy()->rowCount();
    const CauseTableModel *causes = m_window->triagePage()->model();
    const qint64 grouped = causes->causes().groupedFiles();
    QVERIFY(causes->headerData(CauseTableModel::FirstSeenColumn, Qt::Horizontal).toString().contains("UTC"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("localTimeAction"));
    qputenv("TZ", "Asia/Kolkata");
    toggle->setChecked(true);
    const QString header = causes->headerData(CauseTableModel::FirstSeenColumn, Qt::Horizontal).toString();
    toggle->setChecked(false);
    qunsetenv("TZ");
    QVERIFY2(!header.contains("UTC"), qPrintable(header));
    QCOMPARE(causes->causes().groupedFiles(), grouped);
    QCOMPARE(m_window->triagePage()->view()->selectedPattern(), pattern);
    QCOMPARE(m_window->proxy()->rowCount(), shown);
}

QTEST_MAIN(TestWindowTriage)
#include "tst_windowtriage.moc"
