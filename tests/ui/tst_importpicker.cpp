// The import picker of the filter form as a user meets it: each import with its file count and
// last run, the list opening on the import being asked about (by ID, else by name), and typing
// narrowing the list, while the query still carries the import's plain name.
#include "UiTestSupport.h"

#include "FilterForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

namespace {

constexpr int kDetailRole = Qt::UserRole + 1; // the picker's second line (ui/FilterForm.cpp)

ImportSummary import(const QString &id, const QString &name, qint64 files, const QString &lastRun = {})
{
    ImportSummary summary;
    summary.id = id;
    summary.name = name;
    summary.type = QStringLiteral("USERS");
    summary.source = QStringLiteral("SFTP");
    summary.lastRunStatus = lastRun.isEmpty() ? QString() : QStringLiteral("SUCCESS");
    summary.lastRunAt = lastRun;
    summary.totalFiles = files;
    return summary;
}

QList<ImportSummary> workspaceImports()
{
    return {import(QStringLiteral("imp-a"), QStringLiteral("Daily users"), 12,
                   QStringLiteral("2026-11-20T06:30:00Z")),
            import(QStringLiteral("imp-b"), QStringLiteral("Events backfill"), 48'210),
            import(QStringLiteral("imp-c"), QStringLiteral("Weekly EVENTS"), 7,
                   QStringLiteral("2026-11-19T23:05:10Z")),
            import(QStringLiteral("imp-d"), QStringLiteral("Catalogue"), 1)};
}

} // namespace

class TestImportPicker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        m_form = std::make_unique<FilterForm>();
        m_combo = m_form->findChild<QComboBox *>(QStringLiteral("importNameCombo"));
        m_id = m_form->findChild<QLineEdit *>(QStringLiteral("importIdEdit"));
        QVERIFY(m_combo);
        QVERIFY(m_id);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void cleanup()
    {
        m_combo->hidePopup();
        m_form.reset();
    }

    void eachImportShowsItsFileCountAndLastRun()
    {
        m_form->setImports(workspaceImports());
        QCOMPARE(m_combo->count(), 4);
        const int large = m_combo->findText(QStringLiteral("Events backfill"));
        QVERIFY(large >= 0);
        const QString detail = m_combo->itemData(large, kDetailRole).toString();
        // (Compared up to "file": the plural ending comes from the translations.)
        QVERIFY2(detail.contains(QLocale().toString(48'210) + QStringLiteral(" file")), qPrintable(detail));
        QVERIFY2(m_combo->itemData(m_combo->findText(QStringLiteral("Catalogue")), kDetailRole)
                     .toString()
                     .startsWith(QStringLiteral("1 file")),
                 "one file");
        const QString daily = m_combo->itemData(0, kDetailRole).toString();
        QVERIFY2(daily.startsWith(QStringLiteral("12 file")), qPrintable(daily));
        QVERIFY2(daily.contains(QStringLiteral("last run SUCCESS, 2026-11-20 06:30")), qPrintable(daily));
        // The line the user edits and the query keep the import's own name, not the decorated label.
        QCOMPARE(m_combo->itemText(large), QStringLiteral("Events backfill"));
    }

    void theListArrivesOnTheCurrentImport_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("current");
        QTest::addRow("by name") << QString() << QStringLiteral("Weekly EVENTS")
                                 << QStringLiteral("Weekly EVENTS");
        QTest::addRow("the ID wins") << QStringLiteral("imp-b") << QStringLiteral("Weekly EVENTS")
                                     << QStringLiteral("Events backfill");
        QTest::addRow("ID only") << QStringLiteral("imp-d") << QString() << QStringLiteral("Catalogue");
        QTest::addRow("not listed") << QString() << QStringLiteral("Someone else's import") << QString();
    }

    void theListArrivesOnTheCurrentImport()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, current);
        // Typed (or remembered) before the workspace's list has loaded.
        m_form->setImport(id, name);
        m_form->setImports(workspaceImports());
        QCOMPARE(m_combo->currentIndex(), current.isEmpty() ? -1 : m_combo->findText(current));
        QCOMPARE(m_combo->currentText(), current.isEmpty() ? name : current);
        QCOMPARE(m_id->text(), id);

        m_combo->showPopup();
        QTRY_VERIFY(m_combo->view()->isVisible());
        const QModelIndex highlighted = m_combo->view()->currentIndex();
        QCOMPARE(highlighted.isValid() ? highlighted.data().toString() : QString(), current);
        const auto query = m_form->query();
        QVERIFY(query.hasValue());
        QCOMPARE(query->importName, current.isEmpty() ? name : current);
    }

    void thePickerOpensOnWhatWasTypedSince()
    {
        m_form->setImports(workspaceImports());
        QCOMPARE(m_combo->currentIndex(), -1); // nothing asked about yet: no import is marked
        m_combo->lineEdit()->setFocus();
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("Catalogue"));
        m_combo->showPopup();
        QTRY_VERIFY(m_combo->view()->isVisible());
        QCOMPARE(m_combo->view()->currentIndex().data().toString(), QStringLiteral("Catalogue"));
        m_combo->hidePopup();

        // An ID typed into the ID field decides, whatever the name says.
        m_id->setText(QStringLiteral("imp-a"));
        m_combo->showPopup();
        QTRY_VERIFY(m_combo->view()->isVisible());
        QCOMPARE(m_combo->view()->currentIndex().data().toString(), QStringLiteral("Daily users"));
    }

    void typingFiltersTheList()
    {
        m_form->setImports(workspaceImports());
        QCompleter *completer = m_combo->completer();
        QVERIFY(completer);
        m_combo->lineEdit()->setFocus();
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("eve")); // inside the name, any case
        QTRY_VERIFY(completer->popup()->isVisible());
        QAbstractItemModel *shown = completer->popup()->model();
        QStringList names;
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, 0).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Events backfill"), QStringLiteral("Weekly EVENTS")}));
        // The narrowed list still tells the imports apart by their size.
        QVERIFY(shown->index(0, 0)
                    .data(kDetailRole)
                    .toString()
                    .contains(QLocale().toString(48'210) + QStringLiteral(" file")));

        // Picking from it puts the plain name in the query.
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
        const auto query = m_form->query();
        QVERIFY(query.hasValue());
        QCOMPARE(query->importName, QStringLiteral("Events backfill"));
        // ...and its ID, as picking from the drop-down list does.
        QCOMPARE(m_id->text(), QStringLiteral("imp-b"));
    }

    // The keyboard's usual way out of the suggestions is Tab: the highlighted import is taken whole,
    // name and ID. Typing on afterwards makes the ID stale, so it goes.
    void tabTakesTheHighlightedSuggestion()
    {
        m_form->setImports(workspaceImports());
        QCompleter *completer = m_combo->completer();
        m_combo->lineEdit()->setFocus();
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("week"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Tab);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(m_combo->currentText(), QStringLiteral("Weekly EVENTS"));
        QCOMPARE(m_id->text(), QStringLiteral("imp-c"));
        m_combo->lineEdit()->setFocus();
        m_combo->lineEdit()->end(false);
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral(" old"));
        QVERIFY(m_id->text().isEmpty());

        // Down then Up goes back to what was typed: no import is taken, so no ID either.
        m_combo->lineEdit()->clear();
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("eve"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QCOMPARE(m_id->text(), QStringLiteral("imp-b"));
        QTest::keyClick(completer->popup(), Qt::Key_Up);
        QTest::keyClick(completer->popup(), Qt::Key_Tab);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(m_combo->currentText(), QStringLiteral("eve"));
        QVERIFY2(m_id->text().isEmpty(), qPrintable(m_id->text()));

        // Esc leaves the suggestions: whatever the line then shows, the ID belongs to it or is gone.
        m_combo->lineEdit()->clear();
        QTest::keyClicks(m_combo->lineEdit(), QStringLiteral("eve"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!completer->popup()->isVisible());
        const int shown = m_combo->findText(m_combo->currentText());
        QCOMPARE(m_id->text(), shown >= 0 ? m_combo->itemData(shown).toString() : QString());
    }

private:
    std::unique_ptr<FilterForm> m_form;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_id = nullptr;
};

QTEST_MAIN(TestImportPicker)
#include "tst_importpicker.moc"
