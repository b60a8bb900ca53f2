// The window as a new user first meets it (issue 16, part 6), on small screens: two offscreen
// screens, 1024×640 (where a new window opens) and 800×600 beside it. The status bar's texts fit, the window
// opens within the screen, PARTIAL_FAILURE is not dressed as PARTIAL_SUCCESS, one Tab stop per date field,
// counts grouped as the locale writes them, and SIGTERM closes the real binary as logging out does.
#include "UiTestSupport.h"

#include "ElidedLabel.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "StatusChips.h"
#include "TestSession.h"
#include "TrendsView.h"
#include "api/ApiClient.h"
#include "common/Palette.h"
#include "common/Settings.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "store/HistoryStore.h"

#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <csignal>

#include <memory>

namespace {

constexpr QSize kWide(1024, 640);
constexpr QSize kSmall(800, 600);

bool waitForFetch(MainWindow &window, int timeoutMs = 60'000)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(timeoutMs);
}

QScreen *screenOfSize(QSize size)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

// The demo opened and its representative import fetched, with requests as fast as the demo answers.
std::unique_ptr<MainWindow> openDemoWindow()
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
    auto window = makeWindow();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->openDemo(true);
    if (!waitForFetch(*window))
        return nullptr;
    RequestPolicy policy = window->apiClient()->policy();
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.rateLimitRequests = 10'000;
    window->apiClient()->setPolicy(policy);
    window->demoServer()->setRateLimit(0, 60);
    return window;
}

// What a status-bar label paints at its present width: a plain label paints all of its text.
QString paintedText(const QLabel *label)
{
    if (const auto *elided = qobject_cast<const ElidedLabel *>(label))
        return elided->displayedText();
    return label->text();
}

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

class TestWindowFit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY2(screenOfSize(kWide) && screenOfSize(kSmall), "the two offscreen screens are missing");
        // A window with nothing saved opens at the origin.
        QCOMPARE(QGuiApplication::screenAt(QPoint(0, 0))->size(), kWide);
    }
    void init() { QSettings().clear(); }

    void statusBarTextsFit_data();
    void statusBarTextsFit();
    void opensWithinTheScreen_data();
    void opensWithinTheScreen();
    void partialFailureHasItsOwnColourAndGlyph();
    void trendsFollowTheTable();
    void oneTabStopPerDateField();
    void countsAreGroupedEverywhere();
    void sigtermClosesTheWindow_data();
    void sigtermClosesTheWindow();
};

void TestWindowFit::statusBarTextsFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800x600") << kSmall;
    QTest::newRow("1024x640") << kWide;
}

// At 800 and 1024 px the summary and the wait's countdown overlapped and were cut: each status-bar
// text now stays in its own place, inside the window, and says all it paints (or ends in "…", with
// the whole text in its tooltip).
void TestWindowFit::statusBarTextsFit()
{
    QFETCH(QSize, size);
    auto window = openDemoWindow();
    QVERIFY(window);
    // A pace of 4 requests per 3 s makes the 87-page import wait, as 50 a minute does.
    RequestPolicy policy = window->apiClient()->policy();
    policy.rateLimitRequests = 4;
    policy.rateLimitWindowMs = 3000;
    window->apiClient()->setPolicy(policy);
    window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(window->progressText().startsWith(QLatin1String("Waiting")), 15'000);
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    window->statusBar()->layout()->activate();
    QApplication::processEvents();

    QStatusBar *bar = window->statusBar();
    const QRect inside = window->rect();
    QList<QWidget *> shown;
    for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !child->geometry().isEmpty() && !qobject_cast<QSizeGrip *>(child))
            shown << child;
    }
    QVERIFY(shown.size() >= 3); // summary, countdown, progress bar (and Cancel)
    for (QWidget *child : shown) {
        const QRect global(child->mapTo(window.get(), QPoint(0, 0)), child->size());
        QVERIFY2(inside.contains(global), qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 leaves the window")
                                                         .arg(child->objectName())
                                                         .arg(global.x())
                                                         .arg(global.y())
                                                         .arg(global.width())
                                                         .arg(global.height())));
        for (QWidget *other : shown) {
            if (other != child)
                QVERIFY2(
                    !child->geometry().intersects(other->geometry()),
                    qPrintable(child->objectName() + QStringLiteral(" overlaps ") + other->objectName()));
        }
        if (auto *label = qobject_cast<QLabel *>(child)) {
            const QString painted = paintedText(label);
            QVERIFY2(label->fontMetrics().horizontalAdvance(painted) <= label->contentsRect().width(),
                     qPrintable(QStringLiteral("%1 is cut: \"%2\" in %3 px")
                                    .arg(label->objectName(), painted)
                                    .arg(label->contentsRect().width())));
            // Shortened, it still shows it is, and the whole text is a hover away.
            if (painted != label->text())
                QVERIFY2(painted.endsWith(QChar(0x2026)) || painted.size() < label->text().size(),
                         qPrintable(painted));
        }
    }
    // The summary and the countdown both still say something.
    auto *summary = bar->findChild<QLabel *>(QStringLiteral("summaryStrip"));
    auto *countdown = bar->findChild<QLabel *>(QStringLiteral("fetchProgressText"));
    QVERIFY(summary && countdown);
    QVERIFY(paintedText(summary).size() >= 8);
    QVERIFY(paintedText(countdown).size() >= 8);
    window->cancelFetch();
}

void TestWindowFit::opensWithinTheScreen_data()
{
    QTest::addColumn<QSize>("screenSize");
    QTest::addColumn<QSize>("saved"); // an empty size: nothing saved, the default size
    QTest::newRow("1024x640, default size") << kWide << QSize();
    QTest::newRow("1024x640, saved 1600x1000") << kWide << QSize(1600, 1000);
    QTest::newRow("800x600, saved 800x600") << kSmall << kSmall;
    QTest::newRow("800x600, saved 1280x760") << kSmall << QSize(1280, 760);
}

// On a 1024×640 screen the window opened at 1280×760 with Fetch and Cancel off-screen; on an
// 800×600 screen the status bar was below the edge. Whatever was saved, all of the window, frame
// included, is within the screen's available geometry, Fetch and the status bar among it.
void TestWindowFit::opensWithinTheScreen()
{
    QFETCH(QSize, screenSize);
    QFETCH(QSize, saved);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);
    if (saved.isValid()) {
        // Saved by a window on that screen, larger than it (a bigger monitor, another resolution).
        QWidget earlier;
        earlier.move(screen->geometry().topLeft() + QPoint(10, 10));
        earlier.show();
        QVERIFY(QTest::qWaitForWindowExposed(&earlier));
        earlier.setGeometry(QRect(screen->geometry().topLeft() + QPoint(0, 0), saved));
        QTRY_COMPARE(earlier.size(), saved);
        Settings::setValue(Settings::Key::WindowGeometry, earlier.saveGeometry());
    }
    TestSession session;
    MainWindow window(*session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = screen->availableGeometry();
    QTRY_VERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1×%2 at %3,%4 on a %5×%6 screen")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(available.width())
                                .arg(available.height())));
    const auto globalRect = [](QWidget *w) { return QRect(w->mapToGlobal(QPoint(0, 0)), w->size()); };
    QVERIFY(available.contains(globalRect(window.statusBar())));
    auto *fetch = window.findChild<QWidget *>(QStringLiteral("fetchButton"));
    QVERIFY(fetch && fetch->isVisible());
    QVERIFY2(available.contains(globalRect(fetch)), "Fetch is off-screen");
    auto *cancel = window.findChild<QWidget *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    if (cancel->isVisible())
        QVERIFY2(available.contains(globalRect(cancel)), "Cancel is off-screen");
}

// PARTIAL_FAILURE (56 % failed) wore the amber "!" of PARTIAL_SUCCESS (2 %): its own colour and its
// own glyph, told apart in grey too (never by colour alone), in the table, on the chips and in Trends.
void TestWindowFit::partialFailureHasItsOwnColourAndGlyph()
{
    const QColor success = Palette::statusColor(FileStatus::PartialSuccess);
    const QColor failure = Palette::statusColor(FileStatus::PartialFailure);
    QVERIFY(success != failure);
    QVERIFY(failure != Palette::statusColor(FileStatus::Failed));
    // The glyphs differ beyond their colour: the same in grey, they would look alike.
    QImage a = grey(Palette::statusIcon(FileStatus::PartialSuccess));
    QImage b = grey(Palette::statusIcon(FileStatus::PartialFailure));
    // Each disc filled with one grey, so only the white glyph can differ.
    const auto glyphOnly = [](QImage image) {
        for (int y = 0; y < image.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x)
                line[x] = line[x] > 240 ? 255 : 0;
        }
        return image;
    };
    QVERIFY2(glyphOnly(a) != glyphOnly(b), "PARTIAL_FAILURE and PARTIAL_SUCCESS share a glyph");

    FileRun partialSuccess;
    partialSuccess.id = "ps";
    partialSuccess.status = FileStatus::PartialSuccess;
    partialSuccess.scheduledAt = *WallClock::parse("2024-06-01T09:00:00.000000");
    FileRun partialFailure = partialSuccess;
    partialFailure.id = "pf";
    partialFailure.status = FileStatus::PartialFailure;
    HistoryTable table({partialSuccess, partialFailure});
    const auto icon = [&](int row) {
        return table.model.index(row, FileRunTableModel::StatusColumn)
            .data(Qt::DecorationRole)
            .value<QImage>();
    };
    QVERIFY(!icon(0).isNull());
    QVERIFY2(icon(0) != icon(1), "the table shows both with one icon");

    TrendsView trends(&table.model, &table.proxy);
    trends.refresh();
    QStringList labels;
    QList<QColor> colours;
    for (QBarSet *set : trends.fileBarSets()) {
        labels << set->label();
        colours << set->color();
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Partial failure"), QStringLiteral("Partial success")}));
    QCOMPARE(colours, (QList<QColor>{failure, success}));

    StatusChips chips;
    const QIcon partialChip = chips.chip(StatusGroup::Partial)->icon();
    QVERIFY2(!partialChip.isNull(), "the Partial chip has no glyph");
    const QImage chipImage = partialChip.pixmap(partialChip.availableSizes().value(0)).toImage();
    QVERIFY(chipImage.width() > chipImage.height()); // both glyphs, side by side
    QVERIFY(!chips.chip(StatusGroup::Failed)->icon().isNull());
}

// Trends counted every fetched file while the table, narrowed by a chip or a search, showed one.
void TestWindowFit::trendsFollowTheTable()
{
    auto window = openDemoWindow();
    QVERIFY(window);
    const int fetched = window->model()->rowCount();
    window->statusChips()->setGroup(StatusGroup::Failed);
    const int shown = window->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < fetched);
    window->viewTabs()->setCurrentIndex(1);
    window->trendsView()->refresh();
    int counted = 0;
    for (const DayTrend &day : window->trendsView()->trends().days)
        counted += day.fileCount();
    QCOMPARE(counted + int(window->trendsView()->trends().unscheduled), shown);
    // Saying more, Trends still fit an 800×600 screen under a 27 px title bar.
    QVERIFY2(window->minimumSizeHint().width() <= 800 && window->minimumSizeHint().height() <= 573,
             qPrintable(QStringLiteral("%1×%2")
                            .arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height())));
    auto *summary = window->trendsView()->findChild<QLabel *>(QStringLiteral("trendsSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("of %1 fetched").arg(QLocale().toString(fetched))),
             qPrintable(summary->text()));

    // A search narrows them too; clearing both brings every file back.
    window->statusChips()->setGroup(StatusGroup::All);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    const QString oneId = window->model()->file(0).idText();
    search->setText(oneId);
    QTRY_COMPARE(window->proxy()->rowCount(), 1);
    QTRY_COMPARE(window->trendsView()->trends().days.isEmpty() ? 0 : [&] {
        int files = 0;
        for (const DayTrend &day : window->trendsView()->trends().days)
            files += day.fileCount();
        return files;
    }(), 1);
    search->clear();
    QTRY_COMPARE(window->proxy()->rowCount(), fetched);
    QTRY_VERIFY(!window->trendsView()
                     ->findChild<QLabel *>(QStringLiteral("trendsSummary"))
                     ->text()
                     .contains(QLatin1String("fetched")));
}

// Tab walked all six sections of each date field: twelve presses to cross From and To. One stop
// each now; Left and Right still move between the sections.
void TestWindowFit::oneTabStopPerDateField()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *form = new FilterForm(&window);
    layout->addWidget(form);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dates = form->findChild<QCheckBox *>(QStringLiteral("dateCheck"));
    auto *preset = form->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *from = form->findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
    auto *to = form->findChild<QDateTimeEdit *>(QStringLiteral("toEdit"));
    QVERIFY(dates && preset && from && to);
    dates->setChecked(true);
    preset->setCurrentIndex(preset->count() - 1); // Custom: both fields take input
    QTRY_VERIFY(from->isEnabled() && to->isEnabled());

    from->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(from->hasFocus());
    QCOMPARE(from->currentSectionIndex(), 0);
    QTest::keyClick(from, Qt::Key_Right); // the arrows move within the field
    QTest::keyClick(from, Qt::Key_Right);
    QTest::keyClick(from, Qt::Key_Right);
    QTest::keyClick(from, Qt::Key_Right);
    QTest::keyClick(from, Qt::Key_Right);
    QVERIFY(from->hasFocus());
    QVERIFY2(from->currentSectionIndex() > 0, "Right no longer moves to the next section");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(to->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(!to->hasFocus() && !from->hasFocus(), "a second Tab is still in the To field");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(to->hasFocus());
    QTest::keyClick(to, Qt::Key_Backtab);
    QVERIFY2(from->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
}

// "4321 file(s)" stood beside "4,321": every count the window shows is grouped as the locale
// writes numbers.
void TestWindowFit::countsAreGroupedEverywhere()
{
    auto window = openDemoWindow();
    QVERIFY(window);
    window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    window->startFetch();
    QVERIFY(waitForFetch(*window));
    QCOMPARE(window->model()->rowCount(), 4321);
    const QString grouped = QLocale().toString(4321);
    QVERIFY(grouped != QLatin1String("4321")); // English groups thousands
    QVERIFY2(window->queryText().contains(grouped + QLatin1String(" file")), qPrintable(window->queryText()));
    QVERIFY2(!window->queryText().contains(QLatin1String("4321")), qPrintable(window->queryText()));
    QVERIFY2(window->summaryText().contains(grouped), qPrintable(window->summaryText()));
    const QString chip = window->statusChips()->chip(StatusGroup::All)->text();
    QVERIFY2(chip.contains(grouped), qPrintable(chip));
    const QString spoken = window->statusChips()->chip(StatusGroup::All)->accessibleName();
    QVERIFY2(spoken.contains(grouped) && !spoken.contains(QLatin1String("4321")), qPrintable(spoken));
}

void TestWindowFit::sigtermClosesTheWindow_data()
{
    QTest::addColumn<bool>("ignoredByParent");
    QTest::newRow("from a shell") << false;
    // As when started by something that ignores SIGTERM for its children: the window went on running.
    QTest::newRow("SIGTERM ignored by the parent") << true;
}

// SIGTERM to the window: it was still running a second later. The real binary, in a throwaway HOME:
// it closes as on logout, exiting 0, and saves its layout as closing the window does.
void TestWindowFit::sigtermClosesTheWindow()
{
    QFETCH(bool, ignoredByParent);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("IMPORTSCOPE_SAY_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    if (ignoredByParent)
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("trap '' TERM; exec \"$0\""),
                       QStringLiteral(IMPORTSCOPE_BINARY)});
    else
        process.start(QStringLiteral(IMPORTSCOPE_BINARY), {});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("shown"), 30'000);
    QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY2(process.state() == QProcess::NotRunning || finished.wait(30'000), "still running after SIGTERM");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(process.exitCode(), 0);
    const QString settings = home.filePath(QStringLiteral(".config/ImportScope/ImportScope.conf"));
    QFile file(settings);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings));
    QVERIFY2(file.readAll().contains("windowGeometry"), "the window's layout was not saved");
}

int main(int argc, char **argv)
{
    // Two offscreen screens: 1024×640 at the origin, where a new window opens, and 800×600 to its right.
    const QString config = QDir::temp().filePath(
        QStringLiteral("tst_windowfit-screens-%1.json").arg(QCoreApplication::applicationPid()));
    const auto screen = [](const char *name, int x, QSize size) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("x"), x},
                           {QStringLiteral("y"), 0},
                           {QStringLiteral("width"), size.width()},
                           {QStringLiteral("height"), size.height()},
                           {QStringLiteral("logicalDpi"), 96},
                           {QStringLiteral("logicalBaseDpi"), 96},
                           {QStringLiteral("dpr"), 1.0}};
    };
    const QJsonObject root{{QStringLiteral("synchronousWindowSystemEvents"), false},
                           {QStringLiteral("windowFrameMargins"), true},
                           {QStringLiteral("screens"),
                            QJsonArray{screen("wide", 0, kWide), screen("small", kWide.width(), kSmall)}}};
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
            return 2;
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    int result = 0;
    {
        QApplication app(argc, argv);
        TestWindowFit test;
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}

#include "tst_windowfit.moc"
