// The window for every user: the keyboard reaches every control in a deliberate order and leaves the
// table with Tab; the window's commands work from a text field and Esc there never cancels a fetch;
// each visible scope's mnemonics are unique in every language; every focusable control has a name a
// screen reader can say; and the window fits 800×600, folding the form instead of refusing.
#include "UiTestSupport.h"

#include "DetailPane.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "TestSession.h"
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

namespace {
bool waitForFetch(MainWindow &window, int timeoutMs = 30'000)
{
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    return finished.wait(timeoutMs);
}

// The mnemonic letter of a text ("&Fetch" -> 'f', "फ़ेच(&F)" -> 'f'), or none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// Visible controls that carry a mnemonic in one window: buttons, labels with a buddy, tabs and the
// menu bar's titles all answer Alt+letter together, so a letter may stand for one of them only.
QStringList mnemonicClashes(QWidget *window)
{
    QMultiMap<QChar, QString> owners;
    auto add = [&owners](const QString &text) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            owners.insert(letter, text);
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window))
            add(button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window) && label->buddy())
            add(label->text());
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (tabs->isVisibleTo(window)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text());
    }
    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        const QStringList texts = owners.values(letter);
        if (texts.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(letter, texts.join(QStringLiteral(" | ")));
    }
    return clashes;
}

// Focusable, visible controls in the accessibility tree without a name, as a screen reader meets them.
QStringList unnamedFocusables(QWidget *root)
{
    QStringList problems;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || depth > 40)
            return;
        const QAccessible::State state = node->state();
        if (state.focusable && !state.invisible && node->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject *object = node->object();
            const QObject *parent = object ? object->parent() : nullptr;
            problems << QStringLiteral("%1 \"%2\" in %3 \"%4\" (role %5)")
                            .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                        : QStringLiteral("?"),
                                 object ? object->objectName() : QString(),
                                 parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
                                 parent ? parent->objectName() : QString())
                            .arg(int(node->role()));
        }
        // Item views: their cells are named by the model; the view itself is checked above.
        if (node->role() == QAccessible::Table || node->role() == QAccessible::List ||
            node->role() == QAccessible::Tree)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return problems;
}

} // namespace

class TestKeyboardAccess final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tabReachesEveryControlAndLeavesTheTable();
    void commandsWorkFromATextField();
    void escapeInAFieldNeverCancels();
    void currentRowSelectionAndDetailAgree();
    void mnemonicsAreUniquePerWindow_data();
    void mnemonicsAreUniquePerWindow();
    void everyFocusableControlHasAName();
    void fitsEightHundredByFiveHundred_data() { mnemonicsAreUniquePerWindow_data(); }
    void fitsEightHundredByFiveHundred();
    void tableCellsReadAsColumnAndValue();
    void tabReachesTheTableBeforeTheDetailPane();
    void exportDialogTabsDownTheForm();
    void detailPaneShowsEachFileFromItsTop();
    void emptyStateLinksWorkByKeyboard();

private:
    std::unique_ptr<MainWindow> openDemo();
};

void TestKeyboardAccess::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardaccess"));
}

std::unique_ptr<MainWindow> TestKeyboardAccess::openDemo()
{
    auto window = makeWindow();
    window->resize(1280, 760);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->openDemo(true);
    if (!waitForFetch(*window))
        return {};
    RequestPolicy policy = window->apiClient()->policy();
    policy.rateLimitRequests = 10'000;
    window->apiClient()->setPolicy(policy);
    window->demoServer()->setRateLimit(0, 60);
    return window;
}

void TestKeyboardAccess::tabReachesEveryControlAndLeavesTheTable()
{
    auto window = openDemo();
    QVERIFY(window);
    // Walk the Tab chain from the profile selector once round, as QWidget::focusNextPrevChild does.
    auto *profile = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(profile->focusPolicy() & Qt::TabFocus);
    QList<QWidget *> reached;
    QWidget *at = profile;
    for (int i = 0; i < 400; ++i) {
        at = at->nextInFocusChain();
        if (at == profile)
            break;
        if (at->isVisible() && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus) &&
            at->window() == window.get())
            reached << at;
    }
    auto has = [&](const char *name) {
        return std::any_of(reached.begin(), reached.end(),
                           [name](QWidget *w) { return w->objectName() == QLatin1String(name); });
    };
    for (const char *name : {"importNameCombo", "importIdEdit", "dateCheck", "status_FAILED", "fetchButton",
                             "quickFilter", "historyTable", "statusChip1"})
        QVERIFY2(has(name), name);
    // The toolbar's buttons take Tab too (Manage profiles, local time, Export).
    const int toolButtons = int(std::count_if(reached.begin(), reached.end(), [](QWidget *w) {
        return qobject_cast<QToolButton *>(w) && w->parentWidget() &&
               w->parentWidget()->objectName() == QLatin1String("mainToolbar");
    }));
    QVERIFY2(toolButtons >= 3, qPrintable(QString::number(toolButtons)));

    // Tab leaves the table for the next control, and the current row stays where it was.
    QTableView *table = window->table();
    table->setFocus();
    table->selectRow(2);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 2);
}

void TestKeyboardAccess::commandsWorkFromATextField()
{
    auto window = openDemo();
    QVERIFY(window);
    window->activateWindow();
    auto *importField = window->filterForm()->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
    importField->lineEdit()->setFocus();
    QTRY_VERIFY(importField->lineEdit()->hasFocus());
    // Keys go where the desktop sends them: to the focus widget, which for an editable combo box is
    // the combo itself (its line edit's focus proxy), not the line edit.
    QCOMPARE(QApplication::focusWidget(), importField);

    // Ctrl+E from the import field (where the focus is at start) opens the export dialog.
    QString opened;
    QTimer::singleShot(300, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened, QStringLiteral("ExportDialog"));

    // Ctrl+F from there goes to the search box; F5 fetches.
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    importField->lineEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->hasFocus());
    window->filterForm()->setImport(QString(), DemoData::onePageImport().name);
    QSignalSpy finished(window.get(), &MainWindow::fetchFinished);
    QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("quickFilter")), Qt::Key_F5);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(window->model()->rowCount(), 50);
}

void TestKeyboardAccess::escapeInAFieldNeverCancels()
{
    auto window = openDemo();
    QVERIFY(window);
    window->demoServer()->setLatencyMs(300);
    window->filterForm()->setImport(QString(), DemoData::largeImport().name);
    window->startFetch();
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->rowCount() > 0, 10'000);
    auto *importName = window->filterForm()->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
    for (QWidget *field :
         {static_cast<QWidget *>(importName->lineEdit()),
          static_cast<QWidget *>(window->findChild<QLineEdit *>(QStringLiteral("importIdEdit"))),
          static_cast<QWidget *>(window->findChild<QLineEdit *>(QStringLiteral("quickFilter")))}) {
        field->setFocus();
        // To the focus widget, as the desktop sends it (the import name's is its combo box).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY2(window->isFetching(), qPrintable(QApplication::focusWidget()->objectName()));
    }
    // Esc with the table focused is still Cancel.
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_Escape);
    QTRY_VERIFY(!window->isFetching());
}

void TestKeyboardAccess::currentRowSelectionAndDetailAgree()
{
    auto window = openDemo();
    QVERIFY(window);
    QTableView *table = window->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    const int row = table->currentIndex().row();
    QCOMPARE(row, 2);
    QVERIFY(table->selectionModel()->isRowSelected(row, {}));
    const FileRun &run =
        window->model()->file(window->proxy()->mapToSource(window->proxy()->index(row, 0)).row());
    QCOMPARE(window->detailPane()->fieldText(QStringLiteral("id")), run.idText());
}

void TestKeyboardAccess::mnemonicsAreUniquePerWindow_data()
{
    addLanguageRows();
}

void TestKeyboardAccess::mnemonicsAreUniquePerWindow()
{
    QFETCH(QString, language);
    Language chosen(language);
    QVERIFY(chosen.ok(language));
    TestSession session;
    MainWindow window(*session);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clashes = mnemonicClashes(&window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    ProfileDialog profiles(window.session()->profiles(), &window);
    profiles.show();
    const QStringList dialogClashes = mnemonicClashes(&profiles);
    QVERIFY2(dialogClashes.isEmpty(), qPrintable(dialogClashes.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::everyFocusableControlHasAName()
{
    auto window = openDemo();
    QVERIFY(window);
    window->table()->selectRow(0);
    QStringList problems = unnamedFocusables(window.get());
    ExportDialog exportDialog(window->table(), window.get());
    exportDialog.show();
    problems += unnamedFocusables(&exportDialog);
    ProfileDialog profiles(window->session()->profiles(), window.get());
    profiles.show();
    problems += unnamedFocusables(&profiles);
    PreferencesDialog preferences(window.get());
    preferences.show();
    problems += unnamedFocusables(&preferences);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::fitsEightHundredByFiveHundred()
{
    QFETCH(QString, language);
    Language chosen(language);
    QVERIFY(chosen.ok(language));
    TestSession session;
    MainWindow window(*session);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.width() <= 800, qPrintable(QString::number(window.width())));
    QVERIFY2(window.minimumSizeHint().width() <= 800,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QTRY_VERIFY(window.filterForm()->isCompact());
    // The statuses fold into one button with the same choices.
    auto *chooser = window.findChild<QToolButton *>(QStringLiteral("statusChooser"));
    QVERIFY(chooser->isVisible());
    QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("status_FAILED"))->isVisible());
    chooser->menu()->actions().at(0)->trigger(); // SUCCESSFUL off
    QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("status_SUCCESSFUL"))->isChecked());
    // The table keeps status, file name and failed rows in view.
    window.openDemo(true);
    QVERIFY(waitForFetch(window));
    QTableView *table = window.table();
    for (const int column : {int(FileRunTableModel::StatusColumn), int(FileRunTableModel::FileNameColumn),
                             int(FileRunTableModel::FailedRowsColumn)}) {
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        QVERIFY2(right <= table->viewport()->width() + table->columnWidth(column) / 2,
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column)
                                .arg(right)
                                .arg(table->viewport()->width())));
    }
    // The details beside it are cut nowhere: a long file name gives way, the copy button stays in view.
    table->selectRow(0);
    auto *details = window.findChild<DetailPane *>()->findChild<QScrollArea *>();
    QVERIFY(details && details->isVisible());
    QTRY_VERIFY2(details->widget()->width() <= details->viewport()->width(),
                 qPrintable(QStringLiteral("details %1 px wide in a %2 px pane")
                                .arg(details->widget()->width())
                                .arg(details->viewport()->width())));
    auto *copy = window.findChild<QToolButton *>(QStringLiteral("copyIdButton"));
    QVERIFY(copy->isVisible());
    QVERIFY2(copy->mapTo(details->viewport(), QPoint(copy->width(), 0)).x() <= details->viewport()->width(),
             "the copy button is cut");
    // Wide again: the form unfolds.
    window.resize(1400, 800);
    QTRY_VERIFY(!window.filterForm()->isCompact());
}

void TestKeyboardAccess::tableCellsReadAsColumnAndValue()
{
    auto window = openDemo();
    QVERIFY(window);
    const QModelIndex status = window->proxy()->index(0, FileRunTableModel::StatusColumn);
    const QString text = status.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(QLatin1String("Status ")), qPrintable(text));
    QVERIFY2(text.contains(status.data().toString()), qPrintable(text));
    const QModelIndex name = window->proxy()->index(0, FileRunTableModel::FileNameColumn);
    QVERIFY(name.data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("File name ")));
}

namespace {
// The controls Tab stops at, in order, from a widget once round its window's focus chain.
QList<QWidget *> tabStops(QWidget *from)
{
    QList<QWidget *> reached;
    for (QWidget *at = from->nextInFocusChain(); at && at != from; at = at->nextInFocusChain()) {
        if (at->isVisible() && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus) &&
            at->window() == from->window())
            reached << at;
    }
    return reached;
}
} // namespace

void TestKeyboardAccess::tabReachesTheTableBeforeTheDetailPane()
{
    // The walk under X (tests/ui/keyboard-walk.sh) took 11 Tabs from the status chooser to the
    // table, through the detail pane on its right: the table came last in the chain. Real Tab key
    // presses here, as focusNextPrevChild follows focus proxies the chain itself does not show.
    auto window = openDemo();
    QVERIFY(window);
    window->table()->selectRow(0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    const auto pressTabFrom = [](QWidget *from, int times) {
        from->setFocus(Qt::TabFocusReason);
        QList<QWidget *> reached;
        for (int i = 0; i < times && QApplication::focusWidget(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget();
        }
        return reached;
    };
    const QList<QWidget *> stops = pressTabFrom(search, 40);
    const auto table = stops.indexOf(window->table());
    const auto inPane = [&](QWidget *w) { return w && window->detailPane()->isAncestorOf(w); };
    const auto firstInPane = std::find_if(stops.begin(), stops.end(), inPane) - stops.begin();
    QVERIFY(table >= 0);
    QVERIFY2(firstInPane < stops.size(), "the detail pane has no Tab stop");
    QVERIFY2(table < firstInPane,
             qPrintable(QStringLiteral("table at %1, detail pane from %2").arg(table).arg(firstInPane)));
    // Between the search and the table only the Table/Trends tabs; the chips, left of the search on
    // screen, come just before it.
    for (qsizetype i = 0; i < table; ++i) {
        QWidget *w = stops.at(i);
        QVERIFY2(qobject_cast<QTabBar *>(w), qPrintable(w->objectName()));
    }
    search->setFocus(Qt::TabFocusReason);
    QTest::keyClick(search, Qt::Key_Backtab);
    QVERIFY2(QApplication::focusWidget()->parentWidget()->objectName() == QLatin1String("statusChips"),
             qPrintable(QApplication::focusWidget()->objectName()));
    // After the pane Tab goes on round the window (the toolbar comes next), on either tab.
    auto *profile = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY2(stops.indexOf(profile) > firstInPane, "Tab never left the table and the detail pane");
    window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(1); // Trends
    QVERIFY2(pressTabFrom(search, 40).contains(profile), "Tab never left the Trends tab and the detail pane");
    // On the Triage tab Tab crosses its order choice and causes table, then goes on round the window.
    window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(2); // Triage
    const QList<QWidget *> triageStops = pressTabFrom(search, 40);
    auto *causes = window->findChild<QTableView *>(QStringLiteral("triageTable"));
    QVERIFY(causes);
    QVERIFY2(triageStops.contains(causes), "Tab never reached the causes table");
    QVERIFY2(triageStops.indexOf(causes) < triageStops.indexOf(profile),
             "Tab never left the Triage tab and the detail pane");
}

void TestKeyboardAccess::exportDialogTabsDownTheForm()
{
    // Under X the dialog opened on "CSV", half-way down: Tab then went Delimiter, ..., Close, and
    // only then to Rows, Columns and Header.
    auto window = openDemo();
    QVERIFY(window);
    window->table()->selectRow(0);
    ExportDialog dialog(window->table(), window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *focused = dialog.focusWidget();
    QVERIFY(focused);
    auto *radio = qobject_cast<QRadioButton *>(focused);
    QVERIFY2(radio && focused->objectName().startsWith(QLatin1String("scope")) && radio->isChecked(),
             qPrintable(focused->objectName()));
    // From there once round, by question (a radio group is one stop): the form top to bottom.
    const auto question = [](const QString &name) {
        for (const char *group : {"scope", "columns", "header", "format"}) {
            if (name.startsWith(QLatin1String(group)))
                return QString::fromLatin1(group);
        }
        return name;
    };
    QStringList order{question(focused->objectName())};
    for (QWidget *w : tabStops(focused)) {
        const QString next = question(w->objectName());
        if (!next.isEmpty() && next != order.last())
            order << next;
    }
    const QStringList downTheForm{
        QStringLiteral("scope"),          QStringLiteral("columns"),        QStringLiteral("header"),
        QStringLiteral("format"),         QStringLiteral("delimiterCombo"), QStringLiteral("bomCheck"),
        QStringLiteral("excelSafeCheck"), QStringLiteral("exportButton"),   QStringLiteral("closeButton")};
    QCOMPARE(order, downTheForm);
}

void TestKeyboardAccess::detailPaneShowsEachFileFromItsTop()
{
    // After Tab had passed through the raw JSON at the pane's bottom, every file the arrows chose
    // showed only its JSON: the pane kept its place from one file to the next.
    auto window = openDemo();
    QVERIFY(window);
    window->resize(800, 600);
    QTableView *table = window->table();
    table->setFocus();
    table->selectRow(0);
    auto *scroll = window->detailPane()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    // The same file shown again (the time zone changed) keeps the place the user scrolled to.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    const int kept = scroll->verticalScrollBar()->value();
    auto *localTime = window->findChild<QAction *>(QStringLiteral("localTimeAction"));
    localTime->toggle();
    QCOMPARE(scroll->verticalScrollBar()->value(), kept);
    localTime->toggle();
}

void TestKeyboardAccess::emptyStateLinksWorkByKeyboard()
{
    // "No fetched file matches …  Clear the search", "Show all", "open the demo workspace": the
    // links of the empty table took the mouse alone; Tab never stopped on them.
    auto window = openDemo();
    QVERIFY(window);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    search->setText(QStringLiteral("no-such-file-anywhere"));
    QTRY_VERIFY(!window->emptyStateText().isEmpty());
    auto *empty = window->findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(tabStops(search).contains(empty));
    empty->setFocus();
    QTest::keyClick(empty, Qt::Key_Tab); // to the link
    QVERIFY(empty->hasFocus() || QApplication::focusWidget() == empty);
    QTest::keyClick(empty, Qt::Key_Return);
    QTRY_VERIFY(search->text().isEmpty());
    QTRY_VERIFY(window->emptyStateText().isEmpty());
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
