// The export dialog driven as a user would: each scope, the column and header choices, each format
// option, the file-name seam, remembered choices, progress and cancel, and a failed write that
// leaves the old file as it was.
#include "UiTestSupport.h"

#include "ExportDialog.h"
#include "FileDialog.h"
#include "common/Settings.h"
#include "export/ExportColumns.h"
#include "export/ExportFile.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/FileSizeLimit.h"

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QStringList jsonIds(const QByteArray &bytes)
{
    QStringList ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(bytes).array())
        ids.append(value.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// A rows-with-ids set whose orders differ between fetch order, sorting and filtering.
QList<FileRun> sampleFiles(int count)
{
    QList<TestRow> rows = awkwardRows(count, 4242);
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].id = QStringLiteral("file-%1").arg(i, 5, 10, QLatin1Char('0'));
        rows[i].fileName =
            (i % 3 == 0 ? QStringLiteral("users_%1.csv") : QStringLiteral("events_%1.csv")).arg(count - i);
    }
    return toFileRuns(rows);
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_table = std::make_unique<HistoryTable>(sampleFiles(300));
        using M = FileRunTableModel;
        // Sorted by file name, filtered to the users files, some rows selected.
        m_table->view.sortByColumn(M::FileNameColumn, Qt::AscendingOrder);
        m_table->proxy.setQuickFilter(QStringLiteral("users_"));
        QVERIFY(m_table->proxy.rowCount() > 50);
        QVERIFY(m_table->proxy.rowCount() < 300);
        m_table->view.selectRow(7);
        m_table->view.selectionModel()->select(m_table->proxy.index(3, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->view.selectionModel()->select(m_table->proxy.index(20, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    void cleanup() { m_table.reset(); }

    // One Tab stop per group, on the chosen option: from Rows, Tab reaches "All 15 API fields" (the
    // default) and then the chosen header; Down moves the choice within a group and the Tab stop
    // follows it.
    void tabLandsOnTheChosenOption()
    {
        ExportDialog dialog(&m_table->view);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *rows = child<QRadioButton>(&dialog, "scopeShownRadio");
        rows->setFocus(Qt::TabFocusReason);
        QTest::keyClick(rows, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(&dialog, "columnsAllRadio"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(&dialog, "headerApiRadio"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        auto *displayed = child<QRadioButton>(&dialog, "headerDisplayedRadio");
        QVERIFY(displayed->isChecked());
        QCOMPARE(QApplication::focusWidget(), displayed);
        // Back into the group from before it: the new choice is the stop.
        QTest::keyClick(displayed, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(&dialog, "columnsAllRadio"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), displayed);
    }

    void defaults()
    {
        ExportDialog dialog(&m_table->view);
        QVERIFY(child<QRadioButton>(&dialog, "scopeShownRadio")->isChecked());
        QVERIFY(child<QRadioButton>(&dialog, "columnsAllRadio")->isChecked());
        QVERIFY(child<QRadioButton>(&dialog, "headerApiRadio")->isChecked());
        QVERIFY(child<QRadioButton>(&dialog, "formatCsvRadio")->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, "excelSafeCheck")->isChecked()); // docs/API.md: on in the window
        QVERIFY(!child<QCheckBox>(&dialog, "bomCheck")->isChecked());
        QCOMPARE(child<QRadioButton>(&dialog, "scopeAllRadio")->text(),
                 QStringLiteral("All fetched rows (300)"));
        QVERIFY(child<QRadioButton>(&dialog, "scopeSelectedRadio")->text().endsWith(QStringLiteral("(3)")));
        const ExportOptions options = dialog.exportOptions();
        QCOMPARE(options.delimiter, ',');
        QVERIFY(options.excelSafe);
        QVERIFY(options.headerLabels.isEmpty());
        QCOMPARE(options.fields, allExportFields()); // the bytes `importscope export` writes, but Excel-safe
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("radio");
        QTest::addRow("all fetched") << QStringLiteral("scopeAllRadio");
        QTest::addRow("shown") << QStringLiteral("scopeShownRadio");
        QTest::addRow("selected") << QStringLiteral("scopeSelectedRadio");
    }

    void scopes()
    {
        QFETCH(QString, radio);
        QStringList expected;
        if (radio == QLatin1String("scopeAllRadio")) {
            for (int row = 0; row < m_table->model.rowCount(); ++row)
                expected.append(m_table->model.file(row).idText()); // fetch order
        } else if (radio == QLatin1String("scopeShownRadio")) {
            expected = m_table->shownIds(); // filtered and sorted as shown
        } else {
            const QStringList shown = m_table->shownIds();
            expected = {shown[3], shown[7], shown[20]}; // in the shown order, not the clicking order
        }
        ExportDialog dialog(&m_table->view);
        child<QRadioButton>(&dialog, qPrintable(radio))->setChecked(true);
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        child<QRadioButton>(&dialog, "columnsAllRadio")->setChecked(true);
        QCOMPARE(m_table->ids(dialog.sourceRows()), expected);

        const QString path = m_dir.filePath(QStringLiteral("scope.json"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(jsonIds(readFile(path)), expected);
    }

    void shownColumnsInShownOrderWithoutComputedOnes()
    {
        using M = FileRunTableModel;
        QHeaderView *header = m_table->view.horizontalHeader();
        for (int column = 0; column < M::ColumnCount; ++column)
            m_table->view.setColumnHidden(column, true);
        for (const int column : {M::StatusColumn, M::FileNameColumn, M::DurationColumn, M::FailedRowsColumn,
                                 M::FailurePercentColumn, M::FileIdColumn})
            m_table->view.setColumnHidden(column, false);
        header->moveSection(header->visualIndex(M::FileIdColumn), 0); // id first, as the user dragged it

        ExportDialog dialog(&m_table->view);
        auto *note = child<QLabel>(&dialog, "computedColumnsNote");
        QVERIFY(note->isHidden()); // all fields by default: nothing is skipped
        child<QRadioButton>(&dialog, "columnsShownRadio")->setChecked(true);
        const ExportOptions options = dialog.exportOptions();
        QCOMPARE(options.fields, (QList<ExportField>{ExportField::Id, ExportField::Status,
                                                     ExportField::FileName, ExportField::FailedRows}));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("Duration")));
        QVERIFY(note->text().contains(QStringLiteral("Failure %")));

        // Header as displayed, semicolons, BOM: the bytes are the writer's for those choices.
        child<QRadioButton>(&dialog, "headerDisplayedRadio")->setChecked(true);
        auto *delimiter = child<QComboBox>(&dialog, "delimiterCombo");
        delimiter->setCurrentIndex(delimiter->findData(int(';')));
        child<QCheckBox>(&dialog, "bomCheck")->setChecked(true);
        child<QRadioButton>(&dialog, "scopeSelectedRadio")->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("columns.csv"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(path);
        QVERIFY(finished.wait(20000));
        const QByteArray written = readFile(path);
        QVERIFY(written.startsWith("\xEF\xBB\xBF"
                                   "File ID;Status;File name;Failed\r\n"));

        ExportOptions expected;
        expected.fields = {ExportField::Id, ExportField::Status, ExportField::FileName,
                           ExportField::FailedRows};
        expected.headerLabels = {QStringLiteral("File ID"), QStringLiteral("Status"),
                                 QStringLiteral("File name"), QStringLiteral("Failed")};
        expected.delimiter = ';';
        expected.bom = true;
        expected.excelSafe = true;
        QCOMPARE(dialog.exportOptions(), expected);
        QList<FileRun> rows;
        for (const int row : dialog.sourceRows())
            rows.append(m_table->model.file(row));
        QBuffer reference;
        reference.open(QIODevice::WriteOnly);
        QVERIFY(ExportFile::toDevice(&reference, std::span<const FileRun>(rows), expected));
        QCOMPARE(written, reference.data());

        // "All fields" ignores the table's columns; the note goes away.
        child<QRadioButton>(&dialog, "columnsAllRadio")->setChecked(true);
        QCOMPARE(dialog.exportOptions().fields, allExportFields());
        QVERIFY(note->isHidden());
    }

    // Issue 12: after one export "Selected rows (3)" was greyed out until the dialog was reopened.
    void selectedRowsStayAvailableForASecondExport()
    {
        ExportDialog dialog(&m_table->view);
        auto *selected = child<QRadioButton>(&dialog, "scopeSelectedRadio");
        QVERIFY(selected->isEnabled());
        selected->setChecked(true);
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        const QStringList shown = m_table->shownIds();
        const QStringList expected{shown[3], shown[7], shown[20]};
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        for (const QString &name : {QStringLiteral("first.json"), QStringLiteral("second.json")}) {
            const QString path = m_dir.filePath(name);
            dialog.exportTo(path);
            QVERIFY(!selected->isEnabled()); // no changing the rows of a running export
            QVERIFY(finished.wait(20000));
            QVERIFY(finished.last().at(0).toBool());
            QVERIFY2(selected->isEnabled(), qPrintable(name));
            QVERIFY(selected->isChecked());
            QCOMPARE(selected->text(), QStringLiteral("Selected rows (3)"));
            QCOMPARE(jsonIds(readFile(path)), expected);
        }

        // The choice follows the table while the dialog is open: one more row selected, then none.
        m_table->view.selectionModel()->select(m_table->proxy.index(30, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selected->text(), QStringLiteral("Selected rows (4)"));
        m_table->view.clearSelection();
        QVERIFY(!selected->isEnabled());
        QVERIFY(child<QRadioButton>(&dialog, "scopeShownRadio")->isChecked());
    }

    void jsonDisablesCsvOptions()
    {
        ExportDialog dialog(&m_table->view);
        child<QCheckBox>(&dialog, "bomCheck")->setChecked(true);
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        QVERIFY(!child<QComboBox>(&dialog, "delimiterCombo")->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, "bomCheck")->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, "excelSafeCheck")->isEnabled());
        const ExportOptions options = dialog.exportOptions();
        QCOMPARE(options.format, ExportFormat::Json);
        QVERIFY(!options.bom); // a BOM in JSON is an error, so it is never asked for
        QVERIFY(!options.excelSafe);
        QVERIFY(options.validate());
    }

    // Excel-safe changes what the API sent, file names among them ("+49_customers.csv" is written
    // "'+49_customers.csv"): the dialog says so beside the option, and JSON shows it off, then gives
    // the CSV choice back.
    void excelSafeSaysWhatItChangesAndIsOffForJson()
    {
        ExportDialog dialog(&m_table->view);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *excel = child<QCheckBox>(&dialog, "excelSafeCheck");
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("excelSafeNote"));
        QVERIFY2(note && note->isVisible(), "nothing says what Excel-safe changes");
        QVERIFY2(note->text().contains(QLatin1String("'+49_customers.csv")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("no longer matches the API")));
        QVERIFY(excel->accessibleDescription().contains(QLatin1String("no longer matches the API")));
        QVERIFY(excel->isChecked());
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        QVERIFY2(!excel->isChecked(), "JSON shows Excel-safe as on");
        QVERIFY(!excel->isEnabled());
        QVERIFY(!dialog.exportOptions().excelSafe);
        child<QRadioButton>(&dialog, "formatCsvRadio")->setChecked(true);
        QVERIFY(excel->isChecked() && excel->isEnabled());
        QVERIFY(dialog.exportOptions().excelSafe);
        // Turned off for CSV, it stays off across JSON and back.
        excel->setChecked(false);
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        child<QRadioButton>(&dialog, "formatCsvRadio")->setChecked(true);
        QVERIFY(!excel->isChecked());
    }

    // The dialog opens on the checked "Rows" choice with its focus ring shown: before, the ring came
    // only after an arrow key. The ring is drawn for a keyboard focus change, so that is what the
    // dialog must say it had; a picture of the radio with and without it must differ.
    void firstChoiceShowsItsFocusRing()
    {
        ExportDialog dialog(&m_table->view);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *rows = child<QRadioButton>(&dialog, "scopeShownRadio");
        QTRY_COMPARE(QApplication::focusWidget(), rows);
        QVERIFY2(dialog.testAttribute(Qt::WA_KeyboardFocusChange), "the focus ring is not drawn");
        const QImage ringed = rows->grab().toImage();
        dialog.setAttribute(Qt::WA_KeyboardFocusChange, false);
        const QImage plain = rows->grab().toImage();
        QVERIFY2(ringed != plain, "the focused choice looks as if it had no focus");
    }

    void exportButtonAsksForAFileAndRemembers()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("remembered"));
        const QString path = m_dir.filePath(QStringLiteral("remembered/out"));
        {
            ExportDialog dialog(&m_table->view);
            dialog.setSuggestedName(QStringLiteral("Daily users: import"));
            child<QRadioButton>(&dialog, "scopeAllRadio")->setChecked(true);
            child<QRadioButton>(&dialog, "headerDisplayedRadio")->setChecked(true);
            auto *delimiter = child<QComboBox>(&dialog, "delimiterCombo");
            delimiter->setCurrentIndex(delimiter->findData(int('\t')));
            child<QCheckBox>(&dialog, "excelSafeCheck")->setChecked(false);
            QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
            FileDialog::setNextFileName(path);
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QVERIFY(finished.wait(20000));
            QVERIFY(finished.at(0).at(0).toBool());
            // No suffix typed: the format's is added.
            QVERIFY(QFile::exists(path + QStringLiteral(".csv")));
            QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Exported 300 row")),
                     qPrintable(dialog.statusText()));
            QVERIFY(!child<QPushButton>(&dialog, "openFolderButton")->isHidden());
            QVERIFY(readFile(path + QStringLiteral(".csv")).startsWith("File ID\tFile name\tType\tStatus\t"));

            // A cancelled file dialog exports nothing.
            FileDialog::setNextFileName(QString());
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QVERIFY(!dialog.isExporting());
            QCOMPARE(finished.size(), 1);
        }
        QCOMPARE(Settings::value(Settings::Key::ExportFolder).toString(),
                 m_dir.filePath(QStringLiteral("remembered")));
        ExportDialog again(&m_table->view);
        QVERIFY(child<QRadioButton>(&again, "scopeAllRadio")->isChecked());
        QVERIFY(child<QRadioButton>(&again, "headerDisplayedRadio")->isChecked());
        QCOMPARE(child<QComboBox>(&again, "delimiterCombo")->currentData().toInt(), int('\t'));
        QVERIFY(!child<QCheckBox>(&again, "excelSafeCheck")->isChecked());
    }

    // "Done when": an export with the default options, read by an independent CSV reader (Python's
    // csv module), gives back every field as the API sent it, apart from the documented ' before
    // hostile text cells; numbers stay plain digits.
    void defaultExportReadsBackIntact()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        const QList<TestRow> rows = awkwardRows(2000, 777);
        HistoryTable table(toFileRuns(rows));
        ExportDialog dialog(&table.view);
        child<QRadioButton>(&dialog, "scopeAllRadio")->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("default.csv"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(path);
        QVERIFY(finished.wait(20000));

        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys\n"
                                     "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                     "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                      path});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray records = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(records.size(), rows.size() + 1);
        QStringList header;
        for (const ExportField field : allExportFields())
            header.append(exportFieldName(field));
        QCOMPARE(records.at(0).toVariant().toStringList(), header);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QStringList expected = rows[i].cells();
            for (int c = 0; c < 7; ++c) {
                if (!expected[c].isEmpty() && QStringLiteral("=+-@\t\r").contains(expected[c].front()))
                    expected[c].prepend(QLatin1Char('\''));
            }
            QCOMPARE(records.at(i + 1).toVariant().toStringList(), expected);
            for (int c = 7; c < 15; ++c) {
                bool digits = false;
                records.at(i + 1).toArray().at(c).toString().toLongLong(&digits);
                QVERIFY(digits);
            }
        }
    }

    void selectedScopeNeedsASelection()
    {
        Settings::setValue(Settings::Key::ExportScope, QStringLiteral("selected"));
        m_table->view.clearSelection();
        ExportDialog dialog(&m_table->view);
        QVERIFY(!child<QRadioButton>(&dialog, "scopeSelectedRadio")->isEnabled());
        QVERIFY(child<QRadioButton>(&dialog, "scopeShownRadio")->isChecked());
    }

    // A write that fails leaves the old file as it was and says why. Root is not stopped by a
    // read-only directory, so there a file size limit makes the write fail instead.
    void failedWriteKeepsTheOldFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/history.csv");
        QVERIFY(writeFile(path, "the previous export"));
        auto big = std::make_unique<HistoryTable>(sampleFiles(20000));
        ExportDialog dialog(&big->view);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const bool permissionsStop = !QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly);
        std::unique_ptr<FileSizeLimit> limit;
        if (!permissionsStop) {
            QFile::remove(folder + QStringLiteral("/probe"));
            limit = std::make_unique<FileSizeLimit>(64 * 1024);
            if (!limit->ok())
                QSKIP("running as root and cannot lower RLIMIT_FSIZE");
        }
        dialog.exportTo(path);
        QVERIFY(finished.wait(20000));
        limit.reset();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot write ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The existing file was left as it was.")),
                 qPrintable(message));
        QCOMPARE(readFile(path), QByteArray("the previous export"));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("history.csv")});
        QCOMPARE(dialog.statusText(), message);
        QVERIFY(child<QPushButton>(&dialog, "openFolderButton")->isHidden());
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled()); // try again elsewhere
    }

    void cancelKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QVERIFY(writeFile(path, "keep me"));
        auto big = std::make_unique<HistoryTable>(sampleFiles(200000));
        ExportDialog dialog(&big->view);
        child<QRadioButton>(&dialog, "scopeAllRadio")->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(path);
        QVERIFY(dialog.isExporting());
        QVERIFY(!child<QProgressBar>(&dialog, "exportProgress")->isHidden());
        QCOMPARE(child<QPushButton>(&dialog, "closeButton")->text(), QStringLiteral("&Cancel export"));
        QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
        // Escape (reject) during an export cancels it and keeps the dialog.
        dialog.reject();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(readFile(path), QByteArray("keep me"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
                 QStringList{QStringLiteral("cancelled.csv")});
        QCOMPARE(child<QPushButton>(&dialog, "closeButton")->text(), QStringLiteral("&Close"));
    }

    void progressIsShownForLargeExports()
    {
        auto big = std::make_unique<HistoryTable>(sampleFiles(200000));
        ExportDialog dialog(&big->view);
        dialog.show();
        child<QRadioButton>(&dialog, "scopeAllRadio")->setChecked(true);
        auto *progress = child<QProgressBar>(&dialog, "exportProgress");
        int highest = 0;
        connect(progress, &QProgressBar::valueChanged, this,
                [&highest](int value) { highest = std::max(highest, value); });
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(m_dir.filePath(QStringLiteral("big.csv")));
        QCOMPARE(progress->maximum(), 200000);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(progress->isHidden());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("big.csv"))).size() > 10 * 1024 * 1024);
        Q_UNUSED(highest) // progress within one event-loop tick is machine-dependent; not asserted
    }

    // Rows arriving while an export runs (a fetch still going) do not disturb it.
    void rowsArrivingDuringAnExport()
    {
        auto big = std::make_unique<HistoryTable>(sampleFiles(100000));
        ExportDialog dialog(&big->view);
        child<QRadioButton>(&dialog, "scopeAllRadio")->setChecked(true);
        child<QRadioButton>(&dialog, "formatJsonRadio")->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("moving.json"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.exportTo(path);
        big->model.append(sampleFiles(5000));
        big->model.setFiles(sampleFiles(10));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(jsonIds(readFile(path)).size(), 100000);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryTable> m_table;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
