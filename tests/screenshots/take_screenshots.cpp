// Drives the real window on the demo workspace into the states the README shows, and saves each
// as a PNG. Not a test: run it through docs/screenshots/take.sh, under Xvfb, then look at them.
#include "../ui/UiTestSupport.h"

#include "AppStart.h"
#include "BoardPage.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "StatusChips.h"
#include "TrendsView.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "WindowStyle.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/CauseTableModel.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

namespace {
void settle(int ms = 300)
{
    QTest::qWait(ms);
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    const bool ok = (shot.isNull() ? window->grab() : shot).save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

bool fetchDone(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(60'000);
}

void selectFirst(MainWindow &window, const QString &status)
{
    for (int row = 0; row < window.proxy()->rowCount(); ++row) {
        if (window.proxy()->index(row, FileRunTableModel::StatusColumn).data().toString() == status) {
            window.table()->selectRow(row);
            window.table()->scrollTo(window.proxy()->index(row, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // As the application starts: the locale, and the catalogues (English's plural forms among them).
    AppStart::installTranslations();
    // The build's catalogue for IMPORTSCOPE_LANG (English: its plural forms), as the executable embeds.
    const Language appCatalogue(qEnvironmentVariable("IMPORTSCOPE_LANG", QStringLiteral("en")));
    WindowStyle::install(); // as the application runs
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    int failures = 0;
    // The window at three sizes in the language IMPORTSCOPE_LANG names (docs/screenshots/take.sh runs
    // it for en, de and hi): the form folds below its wide width and the table keeps its key columns.
    if (qEnvironmentVariableIsSet("SCREENSHOT_SIZES")) {
        const QString language = qEnvironmentVariable("IMPORTSCOPE_LANG", QStringLiteral("en"));
        const Language catalogue(language);
        for (const QSize size : {QSize(800, 600), QSize(1024, 640), QSize(1920, 1080)}) {
            Session session; // as the application makes it (ui/AppStart)
            MainWindow window(session);
            window.resize(size);
            window.show();
            window.openDemo(true);
            failures += !fetchDone(window);
            selectFirst(window, QStringLiteral("FAILED"));
            failures += !save(
                &window,
                out +
                    QStringLiteral("/size-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
            std::fprintf(stderr, "%s asked %dx%d, got %dx%d\n", qPrintable(language), size.width(),
                         size.height(), window.width(), window.height());
        }
        return failures == 0 ? 0 : 1;
    }
    // The window on a small screen as a new user meets it (issue 16): run on an Xvfb screen of
    // SCREENSHOT_SCREEN (800x600 or 1024x640) under openbox. The window opens within the screen; the
    // status bar during a paced fetch (summary and countdown side by side); the Partial chip's two
    // glyphs and a PARTIAL_FAILURE row; Trends narrowed by the Problems chip.
    if (qEnvironmentVariableIsSet("SCREENSHOT_SCREEN")) {
        const QString screen = qEnvironmentVariable("SCREENSHOT_SCREEN");
        Session session;            // as the application makes it (ui/AppStart)
        MainWindow window(session); // the default size, fitted into the screen
        window.show();
        window.openDemo(true);
        failures += !fetchDone(window);
        RequestPolicy fast = window.apiClient()->policy();
        fast.rateLimitRequests = 10'000;
        window.apiClient()->setPolicy(fast);
        window.demoServer()->setRateLimit(0, 60);
        selectFirst(window, QStringLiteral("PARTIAL_FAILURE"));
        failures += !save(&window, out + QStringLiteral("/fit-%1-opened.png").arg(screen));
        RequestPolicy paced = fast;
        paced.rateLimitRequests = 4;
        paced.rateLimitWindowMs = 3000;
        window.apiClient()->setPolicy(paced);
        window.filterForm()->setImport(QString(), DemoData::largeImport().name);
        window.startFetch();
        failures += !QTest::qWaitFor(
            [&] { return window.progressText().startsWith(QLatin1String("Waiting")); }, 20'000);
        settle(1200);
        failures += !save(&window, out + QStringLiteral("/fit-%1-pacing.png").arg(screen));
        window.cancelFetch();
        window.apiClient()->setPolicy(fast);
        window.filterForm()->setImport(QString(), DemoData::representativeImportName());
        window.startFetch();
        failures += !fetchDone(window);
        window.statusChips()->setGroup(StatusGroup::Problems);
        window.viewTabs()->setCurrentWidget(window.trendsView());
        settle(800);
        failures += !save(&window, out + QStringLiteral("/fit-%1-trends-problems.png").arg(screen));
        settle(800);
        std::fprintf(stderr, "window %dx%d frame %dx%d at %d,%d on %dx%d\n", window.width(), window.height(),
                     window.frameGeometry().width(), window.frameGeometry().height(),
                     window.frameGeometry().x(), window.frameGeometry().y(),
                     window.screen()->availableGeometry().width(),
                     window.screen()->availableGeometry().height());
        return failures == 0 ? 0 : 1;
    }
    // Keyboard focus on Fetch, reached with Tab, in the default, dark and high-contrast palettes, in the
    // language IMPORTSCOPE_LANG names: the ring must show on the default button in each.
    if (qEnvironmentVariableIsSet("SCREENSHOT_FOCUS")) {
        const QString language = qEnvironmentVariable("IMPORTSCOPE_LANG", QStringLiteral("en"));
        const Language catalogue(language);
        const QList<std::pair<const char *, QPalette>> palettes = {{"default", QApplication::palette()},
                                                                   {"dark", darkDesktopPalette()},
                                                                   {"contrast", highContrastPalette()}};
        for (const auto &[name, palette] : palettes) {
            QApplication::setPalette(palette);
            Session session; // as the application makes it (ui/AppStart)
            MainWindow window(session);
            window.resize(1024, 640);
            window.show();
            window.openDemo(true);
            failures += !fetchDone(window);
            auto *fetch = window.findChild<QWidget *>(QStringLiteral("fetchButton"));
            for (int step = 0; step < 60 && QApplication::focusWidget() != fetch; ++step)
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                                Qt::Key_Tab);
            failures +=
                !save(&window, out + QStringLiteral("/focus-%1-%2.png").arg(QLatin1String(name), language));
        }
        return failures == 0 ? 0 : 1;
    }
    // A dark palette, as a dark desktop theme would hand the application: checks every colour we
    // chose still reads on it. Only the one picture, in its own run.
    if (qEnvironmentVariableIsSet("SCREENSHOT_DARK")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        WindowStyle::install();
        QApplication::setPalette(darkDesktopPalette());
        Session session; // as the application makes it (ui/AppStart)
        MainWindow window(session);
        window.resize(1280, 760);
        window.show();
        window.openDemo(true);
        failures += !fetchDone(window);
        selectFirst(window, QStringLiteral("PARTIAL_SUCCESS"));
        window.filterForm()->setImport(QString(), QString());
        window.startFetch(); // refused: no import; shows the warning banner on the dark palette
        failures += !save(&window, out + QStringLiteral("/dark.png"));
        return failures == 0 ? 0 : 1;
    }
    // The board (issue 19): every demo import, most in need of attention first, at 1280x760 and at
    // 800x600, in the language IMPORTSCOPE_LANG names. Under openbox, in its own run.
    if (qEnvironmentVariableIsSet("SCREENSHOT_BOARD")) {
        const QString language = qEnvironmentVariable("IMPORTSCOPE_LANG", QStringLiteral("en"));
        const Language catalogue(language);
        for (const QSize size : {QSize(1280, 760), QSize(800, 600)}) {
            Session session; // as the application makes it (ui/AppStart)
            MainWindow window(session);
            window.resize(size);
            window.show();
            window.openDemo(false);
            RequestPolicy fast = window.apiClient()->policy();
            fast.rateLimitRequests = 10'000;
            window.apiClient()->setPolicy(fast);
            window.demoServer()->setRateLimit(0, 60);
            window.activateWindow();
            failures += !QTest::qWaitForWindowActive(&window);
            QSignalSpy scanned(window.boardPage(), &BoardPage::scanFinished);
            QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // the Board tab, as a user opens it
            failures += !QTest::qWaitFor(
                [&] { return !scanned.isEmpty() && scanned.last().first().toBool(); }, 60'000);
            failures += !save(
                &window,
                out +
                    QStringLiteral("/board-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
            if (size.width() != 1280)
                continue;
            // Run now on a periodic import: the confirmation over the board, before anything is sent.
            BoardPage *board = window.boardPage();
            failures += !board->selectImport(QString::fromLatin1(Session::kDemoProfileId),
                                             DemoData::onePageImport().id);
            QTest::mouseClick(board->runNowButton(), Qt::LeftButton);
            settle(500);
            const QPixmap screen = window.screen()->grabWindow(0);
            failures += !screen.copy(window.frameGeometry())
                             .save(out + QStringLiteral("/trigger-confirm-%1.png").arg(language));
            if (auto *dialog = board->findChild<QDialog *>())
                dialog->reject();
        }
        return failures == 0 ? 0 : 1;
    }
    // Triage across the board (issue 20): the causes of every demo import over the board's 7 days,
    // the cause hitting most imports chosen, at 1280x760 in IMPORTSCOPE_LANG. Under openbox, in its own run.
    if (qEnvironmentVariableIsSet("SCREENSHOT_BOARD_TRIAGE")) {
        const QString language = qEnvironmentVariable("IMPORTSCOPE_LANG", QStringLiteral("en"));
        const Language catalogue(language);
        Session session; // as the application makes it (ui/AppStart)
        MainWindow window(session);
        window.resize(1280, 760);
        window.show();
        window.openDemo(false);
        RequestPolicy fast = window.apiClient()->policy();
        fast.rateLimitRequests = 10'000;
        window.apiClient()->setPolicy(fast);
        window.demoServer()->setRateLimit(0, 60);
        window.activateWindow();
        failures += !QTest::qWaitForWindowActive(&window);
        BoardPage *board = window.boardPage();
        QSignalSpy scanned(board, &BoardPage::scanFinished);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // the Board tab
        failures +=
            !QTest::qWaitFor([&] { return !scanned.isEmpty() && scanned.last().first().toBool(); }, 60'000);
        QTest::keyClick(board->table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier); // its causes
        const CauseTableModel *model = board->causesModel();
        int widest = 0;
        for (int row = 1; row < model->rowCount(); ++row) {
            if (model->cause(row).imports.size() > model->cause(widest).imports.size())
                widest = row;
        }
        if (model->rowCount() > 0)
            failures += !board->causesView()->selectCause(model->cause(widest).pattern);
        settle(600);
        failures += !save(&window, out + QStringLiteral("/board-triage-%1.png").arg(language));
        return failures == 0 ? 0 : 1;
    }
    // Triage (issue 20): the causes of the representative import with the top cause chosen, then the
    // table filtered to that cause's files, the strip above it saying so. Under openbox, in its own run.
    if (qEnvironmentVariableIsSet("SCREENSHOT_TRIAGE")) {
        Session session; // as the application makes it (ui/AppStart)
        MainWindow window(session);
        window.resize(1280, 760);
        window.show();
        window.openDemo(true);
        failures += !fetchDone(window);
        window.activateWindow();
        failures += !QTest::qWaitForWindowActive(&window);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // the Triage tab, as a user opens it
        window.triagePage()->view()->table()->selectRow(0);
        settle(600);
        failures += !save(&window, out + QStringLiteral("/triage.png"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // the Table tab, filtered by the cause
        settle(600);
        failures += !save(&window, out + QStringLiteral("/triage-table.png"));
        // The same export dialog, asking only what applies to causes.
        window.viewTabs()->setCurrentWidget(window.triagePage());
        ExportDialog dialog(window.table(), &window);
        dialog.setCauses(window.triagePage()->model()->causes(), window.triagePage()->rowsInViewOrder(),
                         QTimeZone::utc());
        dialog.show();
        failures += !save(&dialog, out + QStringLiteral("/triage-export-dialog.png"));
        return failures == 0 ? 0 : 1;
    }

    {
        // First start: no profile yet.
        Session session; // as the application makes it (ui/AppStart)
        MainWindow window(session);
        window.resize(1280, 760);
        window.show();
        failures += !save(&window, out + QStringLiteral("/empty-state.png"));

        // The demo workspace, a failed file selected.
        window.openDemo(true);
        failures += !fetchDone(window);
        RequestPolicy fast = window.apiClient()->policy();
        fast.backoffBaseMs = 10;
        fast.rateLimitRequests = 10'000;
        window.apiClient()->setPolicy(fast);
        window.demoServer()->setRateLimit(0, 60);
        selectFirst(window, QStringLiteral("PARTIAL_SUCCESS"));
        failures += !save(&window, out + QStringLiteral("/main-window.png"));

        // The import picker, open: every import with its type, source and last run.
        auto *picker = window.findChild<QComboBox *>(QStringLiteral("importNameCombo"));
        picker->showPopup();
        settle(500);
        const QPixmap screen = window.screen()->grabWindow(0);
        failures += !screen.copy(window.frameGeometry()).save(out + QStringLiteral("/import-picker.png"));
        picker->hidePopup();

        // Problems only: everything fetched, the problems shown, PARTIAL_FAILURE among them.
        QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("problemsOnlyButton")),
                          Qt::LeftButton);
        window.startFetch();
        failures += !fetchDone(window);
        selectFirst(window, QStringLiteral("PARTIAL_FAILURE"));
        failures += !save(&window, out + QStringLiteral("/problems-only.png"));
        window.statusChips()->setGroup(StatusGroup::All);

        // A fetch replaced while it ran (a page stalled): only the new import's files, said once.
        window.demoServer()->setLatencyMs(400);
        (void)window.demoServer()->setFaults(QStringLiteral("stall@3"));
        window.filterForm()->setImport(QString(), DemoData::largeImport().name);
        window.startFetch();
        failures += !QTest::qWaitFor([&] { return window.model()->rowCount() > 0; }, 20'000);
        window.filterForm()->setImport(QString(), DemoData::onePageImport().name);
        window.startFetch();
        failures += !fetchDone(window);
        window.demoServer()->setLatencyMs(0);
        (void)window.demoServer()->setFaults(QString());
        selectFirst(window, QStringLiteral("FAILED"));
        failures += !save(&window, out + QStringLiteral("/replaced-fetch.png"));

        // Pacing: 4 requests per 3 s holds the 87-page import back, and the status line counts down.
        RequestPolicy paced = window.apiClient()->policy();
        paced.rateLimitRequests = 4;
        paced.rateLimitWindowMs = 3000;
        window.apiClient()->setPolicy(paced);
        window.filterForm()->setImport(QString(), DemoData::largeImport().name);
        window.startFetch();
        failures += !QTest::qWaitFor(
            [&] { return window.progressText().startsWith(QLatin1String("Waiting")); }, 20'000);
        settle(1200);
        failures += !save(&window, out + QStringLiteral("/pacing.png"));
        window.cancelFetch();
        window.apiClient()->setPolicy(fast);
        window.filterForm()->setImport(QString(), DemoData::representativeImportName());

        // The server fails part-way: rows kept, the banner says so and offers Retry.
        window.filterForm()->setStatuses(
            QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
        (void)window.demoServer()->setFaults(QStringLiteral("503@4-"));
        window.startFetch();
        failures += !fetchDone(window);
        failures += !save(&window, out + QStringLiteral("/error-banner.png"));
    }
    {
        // Trends and the export dialog, on a fresh window over the demo workspace.
        Session session; // as the application makes it (ui/AppStart)
        MainWindow window(session);
        window.resize(1280, 760);
        window.show();
        window.openDemo(true);
        failures += !fetchDone(window);
        window.viewTabs()->setCurrentWidget(window.trendsView());
        settle(800);
        failures += !save(&window, out + QStringLiteral("/trends.png"));
        // The same by keyboard: focus on the files chart, three days back from the latest.
        QWidget *chart = window.trendsView()->filesChartView();
        window.activateWindow();
        failures += !QTest::qWaitForWindowActive(&window);
        window.viewTabs()->tabBar()->setFocus();
        for (int step = 0; step < 10 && QApplication::focusWidget() && QApplication::focusWidget() != chart;
             ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(chart, Qt::Key_Left);
        failures += !save(&window, out + QStringLiteral("/trends-keyboard.png"));

        window.viewTabs()->setCurrentIndex(0);
        selectFirst(window, QStringLiteral("FAILED"));
        ExportDialog dialog(window.table(), &window);
        // Shown columns, so the note on the computed columns shows too.
        dialog.findChild<QAbstractButton *>(QStringLiteral("columnsShownRadio"))->setChecked(true);
        dialog.show();
        failures += !save(&dialog, out + QStringLiteral("/export-dialog.png"));
    }
    return failures == 0 ? 0 : 1;
}
