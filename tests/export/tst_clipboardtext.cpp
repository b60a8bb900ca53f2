// What the window puts on the clipboard: tab-separated rows that a spreadsheet (here Python's csv
// module in Excel's tab dialect, an independent reader) reads back cell for cell, and one row as the
// same JSON object the export writer makes.
#include "ExportTestRows.h"
#include "export/ClipboardText.h"
#include "export/ExportFile.h"
#include "model/FileRunTableModel.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kPythonTsv = QStringLiteral(R"(
import csv, io, json, sys
text = sys.stdin.buffer.read().decode('utf-8')
sys.stdout.write(json.dumps(list(csv.reader(io.StringIO(text, newline=''), dialect='excel-tab', strict=True))))
)");

QJsonArray readTsvWithPython(const QString &text)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), kPythonTsv});
    if (!python.waitForStarted(30000))
        return {};
    python.write(text.toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning().noquote() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

TestRow row(const QString &id, const QString &name, const QString &status, const QString &message,
            const QString &scheduled, const QString &completed, qint64 total, qint64 failed)
{
    TestRow r;
    r.id = id;
    r.fileName = name;
    r.type = QStringLiteral("USERS");
    r.status = status;
    r.message = message;
    r.scheduledAt = scheduled;
    r.completedAt = completed;
    r.counts = {1234567, total, total - failed, 0, 0, failed, 0, 0};
    return r;
}

} // namespace

class TestClipboardText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellsAreQuotedLikeExcel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("excelSafe");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("users.csv") << true << QStringLiteral("users.csv");
        QTest::addRow("empty") << QString() << true << QString();
        QTest::addRow("comma and semicolon stay bare")
            << QStringLiteral("a,b;c") << true << QStringLiteral("a,b;c");
        QTest::addRow("tab") << QStringLiteral("a\tb") << true << QStringLiteral("\"a\tb\"");
        QTest::addRow("LF") << QStringLiteral("line 1\nline 2") << true
                            << QStringLiteral("\"line 1\nline 2\"");
        QTest::addRow("CRLF") << QStringLiteral("a\r\nb") << true << QStringLiteral("\"a\r\nb\"");
        QTest::addRow("quotes doubled")
            << QStringLiteral("say \"hi\"") << true << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("non-ASCII") << QStringLiteral("Größe 日本") << true << QStringLiteral("Größe 日本");
        QTest::addRow("formula prefixed")
            << QStringLiteral("=SUM(A1)") << true << QStringLiteral("'=SUM(A1)");
        QTest::addRow("formula kept without excel-safe")
            << QStringLiteral("=SUM(A1)") << false << QStringLiteral("=SUM(A1)");
        for (const char *trigger : {"+", "-", "@"}) {
            const QString text = QLatin1String(trigger) + QStringLiteral("x");
            QTest::addRow("trigger %s", trigger) << text << true << QLatin1Char('\'') + text;
        }
        QTest::addRow("leading tab prefixed and quoted")
            << QStringLiteral("\tx") << true << QStringLiteral("\"'\tx\"");
        // The same rule as the CSV export: a line or paragraph separator would split the cell.
        QTest::addRow("U+2028 quoted")
            << QStringLiteral("a\u2028b") << true << QStringLiteral("\"a\u2028b\"");
        QTest::addRow("U+2029 quoted")
            << QStringLiteral("a\u2029b") << true << QStringLiteral("\"a\u2029b\"");
    }

    void cellsAreQuotedLikeExcel()
    {
        QFETCH(QString, text);
        QFETCH(bool, excelSafe);
        QFETCH(QString, expected);
        QCOMPARE(ClipboardText::spreadsheetCell(text, excelSafe), expected);
    }

    void rowsPasteIntoASpreadsheet()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        const QList<TestRow> rows = {
            row(QStringLiteral("f1"), QStringLiteral("users,1.csv"), QStringLiteral("FAILED"),
                QStringLiteral("Row 2:\tbad \"email\"\nRow 3: bad date"),
                QStringLiteral("2024-05-01T23:30:00.000000"), QStringLiteral("2024-05-01T23:31:30.500000"),
                200, 50),
            row(QStringLiteral("f2"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("SUCCESSFUL"),
                QString(), QStringLiteral("2024-05-02T08:00:00.000000"), QString(), 0, 0),
            row(QStringLiteral("f3"), QStringLiteral("データ.csv"), QStringLiteral("PARTIAL_FAILURE"),
                QStringLiteral("-5 rows"), QStringLiteral("2024-05-03T00:00:00.000000"),
                QStringLiteral("2024-05-03T00:10:00.000000"), 10, 5),
        };
        FileRunTableModel model;
        model.setFiles(toFileRuns(rows));
        // Read in India, shown in UTC: the pasted times must be the shown ones.
        model.setZones(QTimeZone("Asia/Kolkata"), QTimeZone::utc());

        using M = FileRunTableModel;
        const QList<int> columns = {M::FileIdColumn,    M::StatusColumn,     M::FileNameColumn,
                                    M::ScheduledColumn, M::CompletedColumn,  M::DurationColumn,
                                    M::SizeColumn,      M::FailedRowsColumn, M::FailurePercentColumn,
                                    M::MessageColumn};
        const QString tsv = ClipboardText::rowsAsTsv(model, {2, 0, 1}, columns);
        const QJsonArray read = readTsvWithPython(tsv);
        QCOMPARE(read.size(), 4);

        QStringList header;
        for (const int column : columns)
            header.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(read.at(0).toVariant().toStringList(), header);
        QVERIFY(header.contains(QStringLiteral("Scheduled (UTC)")));

        const QLocale locale;
        const QStringList expected2 = {QStringLiteral("f3"),
                                       QStringLiteral("PARTIAL_FAILURE"),
                                       QStringLiteral("データ.csv"),
                                       QStringLiteral("2024-05-02 18:30:00"),
                                       QStringLiteral("2024-05-02 18:40:00"),
                                       M::durationText(qint64(600) * 1000000),
                                       QStringLiteral("1234567"),
                                       QStringLiteral("5"),
                                       locale.toString(50.0, 'f', 1),
                                       QStringLiteral("'-5 rows")};
        QCOMPARE(read.at(1).toVariant().toStringList(), expected2);
        const QStringList expected0 = {QStringLiteral("f1"),
                                       QStringLiteral("FAILED"),
                                       QStringLiteral("users,1.csv"),
                                       QStringLiteral("2024-05-01 18:00:00"),
                                       QStringLiteral("2024-05-01 18:01:30"),
                                       M::durationText(qint64(90500) * 1000),
                                       QStringLiteral("1234567"),
                                       QStringLiteral("50"),
                                       locale.toString(25.0, 'f', 1),
                                       QStringLiteral("Row 2:\tbad \"email\"\nRow 3: bad date")};
        QCOMPARE(read.at(2).toVariant().toStringList(), expected0);
        const QStringList row1 = read.at(3).toVariant().toStringList();
        QCOMPARE(row1.at(2), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(row1.at(4), QString()); // not completed
        QCOMPARE(row1.at(8), QString()); // no rows, no rate
        QVERIFY(!tsv.contains(QStringLiteral("1,234,567")));
    }

    void headerOnlyWithoutRows()
    {
        FileRunTableModel model;
        const QString tsv = ClipboardText::rowsAsTsv(
            model, {}, {FileRunTableModel::StatusColumn, FileRunTableModel::FileNameColumn});
        QCOMPARE(tsv, QStringLiteral("Status\tFile name\n"));
    }

    void rowJsonIsTheExportersObject()
    {
        const QList<TestRow> rows = awkwardRows(40, 7);
        const QList<FileRun> runs = toFileRuns(rows);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportOptions options;
            options.format = ExportFormat::Json;
            const auto written =
                ExportFile::toDevice(&buffer, std::span<const FileRun>(&runs[i], 1), options);
            QVERIFY(written);
            const QByteArray exported = buffer.data();
            const QString json = ClipboardText::rowAsJson(runs[i]);
            // Byte for byte the object between "[\n" and "\n]\n".
            QCOMPARE(json.toUtf8(), exported.mid(2, exported.size() - 5));

            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonObject object = document.object();
            QCOMPARE(object.size(), kExportFieldCount);
            QCOMPARE(object.value(QStringLiteral("id")).toString(), rows[i].id);
            QCOMPARE(object.value(QStringLiteral("status_msg")).toString(), rows[i].message);
            QVERIFY(object.value(QStringLiteral("total_rows")).isDouble());
            QVERIFY(json.startsWith(QStringLiteral("{\"id\":")));
        }
    }

    // The detail pane's one-key-a-line JSON reads back as the same object, even when a value ends in
    // a backslash (the old hand-written printer lost track of the string there and mangled the rest).
    void indentedJsonKeepsEveryValue_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addRow("ends in a backslash") << QStringLiteral("path C:\\imports\\");
        QTest::addRow("escaped quote before the end") << QStringLiteral("said \"no\\\"");
        QTest::addRow("braces, commas and colons") << QStringLiteral("{a: 1, b: [2, 3]}, x");
        QTest::addRow("newline and tab") << QStringLiteral("row 2\n\tbad");
    }

    void indentedJsonKeepsEveryValue()
    {
        QFETCH(QString, message);
        TestRow test = row(QStringLiteral("f1\\"), QStringLiteral("name\\"), QStringLiteral("FAILED"),
                           message, QStringLiteral("2024-05-01T23:30:00.000000"), QString(), 10, 2);
        const FileRun run = toFileRuns({test}).constFirst();
        const QString indented = ClipboardText::rowAsIndentedJson(run);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(indented.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object, QJsonDocument::fromJson(ClipboardText::rowAsJson(run).toUtf8()).object());
        QCOMPARE(object.value(QStringLiteral("status_msg")).toString(), message);
        QCOMPARE(object.value(QStringLiteral("file_name")).toString(), QStringLiteral("name\\"));
        QCOMPARE(indented.count(QLatin1Char('\n')), kExportFieldCount + 1); // one key a line, in braces
    }
};

QTEST_GUILESS_MAIN(TestClipboardText)
#include "tst_clipboardtext.moc"
