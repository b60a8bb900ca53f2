// Watching's controls in the window. Watch settings (View > Watch settings…): the dialog shows the watcher's
// interval and budget, says what share of the API's 50 requests a minute the budget is and what is left for
// fetches, changes nothing on Cancel, applies to the running watcher and is kept across a restart on OK, and
// never offers a budget the API could not grant. The tray's menu says the state and the last check in words
// and offers Quit, the way out while the window is hidden in the tray.
#include "UiTestSupport.h"
#include "WatchControl.h"
#include "WatchSettingsDialog.h"
#include "WatchTray.h"
#include "session/Session.h"
#include "session/Watcher.h"

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
};

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
    QCOMPARE(texts, (QStringList{WatchTray::stateText(watcher.worst()), QStringLiteral("Not checked yet"),
                                 QStringLiteral("Check Now"), QStringLiteral("Open ImportScope"),
                                 QStringLiteral("Quit ImportScope")}));
    QVERIFY(!tray.menu()->actions().first()->isEnabled()); // words, not an action

    QSignalSpy quit(&tray, &WatchTray::quitRequested);
    QSignalSpy open(&tray, &WatchTray::openWindowRequested);
    tray.menu()->actions().last()->trigger();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(open.size(), 0);
}

QTEST_MAIN(TestWatchControl)
#include "tst_watchcontrol.moc"
