// Watching's controls in the window. Watch settings (View > Watch settings…): the dialog shows the watcher's
// interval and budget, says what share of the API's 50 requests a minute the budget is and what is left for
// fetches, changes nothing on Cancel, applies to the running watcher and is kept across a restart on OK, and
// never offers a budget the API could not grant. The tray's menu says the state and the last check in words
// and offers Quit, the way out while the window is hidden in the tray. Watching chosen imports: "Watch
// this import" on board rows and "only the imports I chose" in the dialog are kept across a restart,
// and a check then asks the demo server about the chosen imports only; one gone from its workspace
// is dropped from the choice.
#include "TestSession.h"
#include "UiTestSupport.h"
#include "WatchChoice.h"
#include "WatchControl.h"
#include "WatchSettingsDialog.h"
#include "WatchTray.h"
#include "demo/DemoData.h"
#include "session/Session.h"
#include "session/Watcher.h"

#include <QContextMenuEvent>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestWatchControl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().clear(); }

    void showsTheDefaultsAndTheirShare();
    void cancelChangesNothing();
    void okAppliesAndIsKeptAcrossARestart();
    void budgetStaysWithinTheApiLimit();
    void trayMenuSaysTheStateAndQuits();
    void chosenImportsSurviveARestart();
    void theDialogTakesImportsOutOfTheChoiceOnOkOnly();
    void aCheckAsksOnlyAboutTheChosenImports();

private:
    // A session on the demo server (its pace lifted), its store in `dir` so a second one is the
    // same user's next start.
    static std::unique_ptr<Session> demoSession(const QTemporaryDir &dir);
    // Primary demo imports with no file whose status may change: Import Details shows them
    // unchanged, so a warm check asks about them only when they get a new file.
    static QStringList settledImports(const DemoServer &demo);
};

std::unique_ptr<Session> TestWatchControl::demoSession(const QTemporaryDir &dir)
{
    auto session =
        std::make_unique<Session>(Session::Options{dir.filePath(QStringLiteral("settings.ini")), 10'000,
                                                   dir.filePath(QStringLiteral("history.sqlite"))});
    RequestPolicy policy = session->api().policy();
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.rateLimitRequests = 10'000;
    session->api().setPolicy(policy);
    if (!session->startDemoServer())
        return nullptr;
    session->demoServer()->setRateLimit(0, 60);
    return session;
}

QStringList TestWatchControl::settledImports(const DemoServer &demo)
{
    QStringList out;
    const DemoData data = demo.snapshot();
    for (const DemoImport &import : data.imports()) {
        const bool settled =
            !import.files.isEmpty() &&
            std::none_of(import.files.cbegin(), import.files.cend(), [](const DemoFile &file) {
                return file.status == QLatin1String("QUEUED") || file.status == QLatin1String("PROCESSING") ||
                       file.status == QLatin1String("WAITING");
            });
        if (settled && import.id != DemoData::largeImport().id)
            out << import.id;
    }
    return out;
}

void TestWatchControl::showsTheDefaultsAndTheirShare()
{
    Session session;
    WatchControl control(session, nullptr, nullptr);
    WatchSettingsDialog dialog(*control.watcher());
    QCOMPARE(dialog.intervalBox()->value(), 5);
    QCOMPARE(dialog.budgetBox()->value(), 10);
    // 10 of 50 is a fifth; the other 40 remain for the window's fetches.
    QVERIFY2(dialog.shareText().startsWith(QLatin1String("20 %")), qPrintable(dialog.shareText()));
    QVERIFY2(dialog.shareText().contains(QLatin1String("other 40")), qPrintable(dialog.shareText()));

    dialog.budgetBox()->setValue(25); // the share follows as the user types
    QVERIFY2(dialog.shareText().startsWith(QLatin1String("50 %")), qPrintable(dialog.shareText()));
    QVERIFY2(dialog.shareText().contains(QLatin1String("other 25")), qPrintable(dialog.shareText()));
}

void TestWatchControl::cancelChangesNothing()
{
    Session session;
    WatchControl control(session, nullptr, nullptr);
    WatchSettingsDialog dialog(*control.watcher());
    dialog.intervalBox()->setValue(30);
    dialog.budgetBox()->setValue(40);
    dialog.reject();
    QCOMPARE(control.watcher()->intervalMinutes(), Watcher::kDefaultIntervalMinutes);
    QCOMPARE(control.watcher()->budgetPerMinute(), Watcher::kDefaultBudgetPerMinute);
    QVERIFY(!QSettings().contains(QStringLiteral("watch/intervalMinutes")));
    QVERIFY(!QSettings().contains(QStringLiteral("watch/budgetPerMinute")));
}

void TestWatchControl::okAppliesAndIsKeptAcrossARestart()
{
    {
        Session session;
        WatchControl control(session, nullptr, nullptr);
        WatchSettingsDialog dialog(*control.watcher());
        dialog.intervalBox()->setValue(15);
        dialog.budgetBox()->setValue(25);
        dialog.accept();
        QCOMPARE(control.watcher()->intervalMinutes(), 15);
        QCOMPARE(control.watcher()->budgetPerMinute(), 25);
        // The menu's tooltip says what watching now does (the plural's English form is in the
        // executable's catalogue, not this test's: "minute" matches either).
        const QString tip = control.watchAction()->toolTip();
        QVERIFY2(tip.contains(QLatin1String("every 15 minute")) && tip.contains(QLatin1String("25 requests")),
                 qPrintable(tip));
    }
    Session session; // the next start
    WatchControl control(session, nullptr, nullptr);
    QCOMPARE(control.watcher()->intervalMinutes(), 15);
    QCOMPARE(control.watcher()->budgetPerMinute(), 25);
}

void TestWatchControl::budgetStaysWithinTheApiLimit()
{
    Session session;
    WatchControl control(session, nullptr, nullptr);
    WatchSettingsDialog dialog(*control.watcher());
    dialog.budgetBox()->setValue(80);
    QCOMPARE(dialog.budgetBox()->value(), 50);
    dialog.budgetBox()->setValue(0);
    QCOMPARE(dialog.budgetBox()->value(), 2); // one Import Details and one refresh a check
    dialog.intervalBox()->setValue(0);
    QCOMPARE(dialog.intervalBox()->value(), 1);
}

void TestWatchControl::trayMenuSaysTheStateAndQuits()
{
    Session session;
    Watcher watcher(session);
    WatchTray tray(&watcher, nullptr);
    QStringList texts;
    for (QAction *action : tray.menu()->actions())
        if (!action->isSeparator())
            texts << action->text();
    // Nothing checked yet: not called healthy.
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Watching the board"), QStringLiteral("Waiting for the first check"),
                          QStringLiteral("Not checked yet"), QStringLiteral("Check Now"),
                          QStringLiteral("Open ImportScope"), QStringLiteral("Quit ImportScope")}));
    QVERIFY(!tray.menu()->actions().first()->isEnabled()); // words, not an action

    QSignalSpy quit(&tray, &WatchTray::quitRequested);
    QSignalSpy open(&tray, &WatchTray::openWindowRequested);
    tray.menu()->actions().last()->trigger();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(open.size(), 0);
}

void TestWatchControl::chosenImportsSurviveARestart()
{
    QTemporaryDir dir;
    const QString demo = QString::fromLatin1(Session::kDemoProfileId);
    QStringList chosen;
    {
        auto session = demoSession(dir);
        QVERIFY(session);
        chosen = settledImports(*session->demoServer()).mid(0, 2);
        QCOMPARE(chosen.size(), 2);
        BoardPage board(*session);
        WatchControl control(*session, &board, nullptr);
        board.refresh();
        QVERIFY(waitForRefreshed(&board));
        // "Watch this import" on two rows, as the context menu or Ctrl+Shift+W does.
        QAction *watch = board.watchImportAction();
        QVERIFY(board.rowMenu()->actions().contains(watch));
        QCOMPARE(watch->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        for (const QString &id : chosen) {
            QVERIFY(board.selectImport(demo, id));
            QVERIFY(watch->isEnabled());
            QVERIFY(!watch->isChecked());
            watch->trigger();
            QVERIFY(watch->isChecked());
        }
        QVERIFY(control.choice()->contains(demo, chosen.at(0)));
        // Still the whole board until the dialog says otherwise; the dialog lists the two by name.
        QVERIFY(!control.watcher()->watchesChosen());
        WatchSettingsDialog dialog(*control.watcher(), control.choice());
        QVERIFY(dialog.wholeBoardButton()->isChecked());
        QVERIFY2(dialog.onlyChosenButton()->text().contains(QLatin1String("(2)")),
                 qPrintable(dialog.onlyChosenButton()->text()));
        QCOMPARE(dialog.chosenList()->count(), 2);
        const DemoData data = session->demoServer()->snapshot();
        QVERIFY2(dialog.chosenList()->item(0)->text().startsWith(data.importById(chosen.at(0))->name),
                 qPrintable(dialog.chosenList()->item(0)->text()));
        dialog.onlyChosenButton()->setChecked(true);
        dialog.accept();
        QVERIFY(control.watcher()->watchesChosen());
        QCOMPARE(control.watcher()->chosenImports(), 2);
        WatchTray tray(control.watcher(), nullptr);
        QVERIFY2(tray.menu()->actions().first()->text().startsWith(QLatin1String("Watching 2 chosen import")),
                 qPrintable(tray.menu()->actions().first()->text()));
    }
    // The next start: the same two, only them, checked on their rows and nowhere else.
    auto session = demoSession(dir);
    QVERIFY(session);
    BoardPage board(*session);
    WatchControl control(*session, &board, nullptr);
    QVERIFY(control.choice()->onlyChosen());
    QCOMPARE(control.choice()->imports(),
             (QList<WatchChoice::Import>{{demo, chosen.at(0)}, {demo, chosen.at(1)}}));
    QCOMPARE(control.watcher()->chosenImports(), 2);
    board.refresh();
    QVERIFY(waitForRefreshed(&board));
    QVERIFY(board.selectImport(demo, chosen.at(1)));
    QVERIFY(board.watchImportAction()->isChecked());
    const QString other = settledImports(*session->demoServer()).at(2);
    QVERIFY(board.selectImport(demo, other));
    QVERIFY(!board.watchImportAction()->isChecked());
    // The keyboard reaches it: Ctrl+Shift+W on the table, and the Menu key opens the row's menu.
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    board.activateWindow();
    board.table()->setFocus();
    QTest::keyClick(board.table(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(control.choice()->contains(demo, other));
    QVERIFY(board.watchImportAction()->isChecked());
    QTest::keyClick(board.table(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!control.choice()->contains(demo, other));
    // The Menu key: the platform (xcb) turns it into a keyboard context-menu event for the focused
    // table (offscreen has no such translation, so the event is sent as xcb would send it).
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), board.table()->mapToGlobal(QPoint()));
    QCoreApplication::sendEvent(board.table(), &menuKey);
    QTRY_VERIFY(board.rowMenu()->isVisible());
    QCOMPARE(board.rowMenu()->actions(), QList<QAction *>{board.watchImportAction()});
    board.rowMenu()->hide();
    // Unchecked on the board: out of the choice, and so at the next start.
    QVERIFY(board.selectImport(demo, chosen.at(0)));
    board.watchImportAction()->trigger();
    QCOMPARE(control.choice()->imports(), (QList<WatchChoice::Import>{{demo, chosen.at(1)}}));
    QCOMPARE(WatchChoice().imports(), (QList<WatchChoice::Import>{{demo, chosen.at(1)}}));
}

void TestWatchControl::theDialogTakesImportsOutOfTheChoiceOnOkOnly()
{
    Session session;
    WatchControl control(session, nullptr, nullptr);
    const QList<WatchChoice::Import> two{{QStringLiteral("p1"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1")},
                                         {QStringLiteral("p2"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1")}};
    control.choice()->setImports(two); // the same import ID in two workspaces: two imports
    QCOMPARE(control.choice()->imports().size(), 2);
    {
        WatchSettingsDialog dialog(*control.watcher(), control.choice());
        QCOMPARE(dialog.chosenList()->count(), 2);
        // Without a board to name them, the IDs and the profile say which is which.
        QCOMPARE(dialog.chosenList()->item(1)->text(), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaa1 (in p2)"));
        QVERIFY(!dialog.removeChosenButton()->isEnabled());
        dialog.chosenList()->item(0)->setSelected(true);
        QVERIFY(dialog.removeChosenButton()->isEnabled());
        dialog.removeChosenButton()->click();
        QCOMPARE(dialog.chosenList()->count(), 1);
        QVERIFY2(dialog.onlyChosenButton()->text().contains(QLatin1String("(1)")),
                 qPrintable(dialog.onlyChosenButton()->text()));
        dialog.reject();
    }
    QCOMPARE(control.choice()->imports(), two); // Cancel: nothing changed
    {
        WatchSettingsDialog dialog(*control.watcher(), control.choice());
        dialog.chosenList()->item(0)->setSelected(true);
        dialog.removeChosenButton()->click();
        dialog.onlyChosenButton()->setChecked(true);
        dialog.accept();
    }
    QCOMPARE(control.choice()->imports(), QList<WatchChoice::Import>{two.at(1)});
    QVERIFY(control.watcher()->watchesChosen());
    QCOMPARE(control.watcher()->scopeText(), QStringLiteral("Watching 1 chosen import(s)"));
    // Back to the whole board: the choice is kept for later.
    {
        WatchSettingsDialog dialog(*control.watcher(), control.choice());
        QVERIFY(dialog.onlyChosenButton()->isChecked());
        dialog.wholeBoardButton()->setChecked(true);
        dialog.accept();
    }
    QVERIFY(!control.watcher()->watchesChosen());
    QCOMPARE(control.watcher()->scopeText(), QStringLiteral("Watching the board"));
    QCOMPARE(WatchChoice().imports(), QList<WatchChoice::Import>{two.at(1)});
}

void TestWatchControl::aCheckAsksOnlyAboutTheChosenImports()
{
    QTemporaryDir dir;
    const QString demo = QString::fromLatin1(Session::kDemoProfileId);
    auto session = demoSession(dir);
    QVERIFY(session);
    DemoServer *server = session->demoServer();
    BoardPage board(*session);
    WatchControl control(*session, &board, nullptr);
    board.refresh();
    QVERIFY(waitForRefreshed(&board)); // every import of the three demo workspaces stored

    const QStringList settled = settledImports(*server);
    QVERIFY(settled.size() >= 3);
    const QString changedChosen = settled.at(0);
    const QString quietChosen = settled.at(1);
    const QString changedOther = settled.at(2); // not chosen: a new file, and never asked about
    const QString ghost = QStringLiteral("ffffffffffffffffffffffff"); // gone from the workspace
    control.choice()->setImports({{demo, changedChosen}, {demo, quietChosen}, {demo, ghost}});
    control.choice()->setOnlyChosen(true);
    server->addNewestFiles(changedChosen, 1);
    server->addNewestFiles(changedOther, 1);
    server->resetCounters();

    QSignalSpy finished(control.watcher(), &Watcher::checkFinished);
    control.watchAction()->setChecked(true); // starts watching: a check at once
    QVERIFY(finished.wait(kPatienceMs));
    // Run History was asked about the chosen import that changed, and about no other import of any
    // demo workspace (the quiet chosen one costs nothing: Import Details shows it unchanged).
    QVERIFY(!server->requestsPerOffset(changedChosen).isEmpty());
    for (const DemoWorkspace &workspace : DemoServer::workspaces()) {
        const DemoData data = server->snapshot(workspace.id);
        for (const DemoImport &import : data.imports()) {
            if (import.id != changedChosen)
                QVERIFY2(server->requestsPerOffset(import.id).isEmpty(), qPrintable(import.name));
        }
    }
    // Only the primary workspace was asked anything: Import Details and that one refresh.
    QCOMPARE(control.watcher()->lastRequests().size(), 1);
    QCOMPARE(server->totalRequests(), control.watcher()->lastRequests().cbegin().value());
    // The import gone from the workspace is out of the choice, and nothing broke.
    QCOMPARE(control.choice()->imports(),
             (QList<WatchChoice::Import>{{demo, changedChosen}, {demo, quietChosen}}));
    QVERIFY2(control.statusText().startsWith(QLatin1String("Watching 2 chosen import")),
             qPrintable(control.statusText()));
    control.watchAction()->setChecked(false);
}

QTEST_MAIN(TestWatchControl)
#include "tst_watchcontrol.moc"
