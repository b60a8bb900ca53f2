// The export formats of docs/API.md, byte for byte, and read back by Python's csv and json modules so
// the output is checked by a reader this code base did not write.
#include "ExportTestRows.h"
#include "export/ExportWriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

const QByteArray kApiHeader = "id,file_name,type,file_status,status_msg,scheduled_at,completed_at,file_size,"
                              "total_rows,added_rows,updated_rows,skipped_rows,failed_rows,"
                              "aux_data_added_count,aux_data_failed_count\r\n";

Expected<QByteArray> exportBytes(const QList<FileRun> &runs, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(&buffer, options);
    if (ExportResult r = writer.begin(); !r)
        return unexpected(r.error());
    for (const FileRun &run : runs) {
        if (ExportResult r = writer.writeRow(run); !r)
            return unexpected(r.error());
    }
    if (ExportResult r = writer.finish(); !r)
        return unexpected(r.error());
    return buffer.data();
}

Expected<QByteArray> exportBytes(const QList<TestRow> &rows, const ExportOptions &options)
{
    return exportBytes(toFileRuns(rows), options);
}

ExportOptions csvOptions(char delimiter = ',')
{
    ExportOptions options;
    options.delimiter = delimiter;
    return options;
}

ExportOptions jsonOptions()
{
    ExportOptions options;
    options.format = ExportFormat::Json;
    return options;
}

TestRow plainRow()
{
    TestRow row;
    row.id = QStringLiteral("6734f0a1c2");
    row.fileName = QStringLiteral("users_2024-11-14.csv");
    row.type = QStringLiteral("USERS");
    row.status = QStringLiteral("PARTIAL_SUCCESS");
    row.message = QStringLiteral("Some rows failed");
    row.scheduledAt = QStringLiteral("2024-11-14T12:31:31.713000");
    row.completedAt = QStringLiteral("2024-11-14 12:40:02");
    row.counts = {1048576, 1000, 900, 50, 30, 20, 0, 0};
    return row;
}

// Runs a Python script with `input` on its standard input and returns what it printed, parsed as JSON.
QJsonDocument runPython(const QString &script, const QStringList &arguments, const QByteArray &input)
{
    QProcess python;
    python.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    if (!python.waitForStarted(30000))
        return {};
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        qWarning().noquote() << "python3 failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput());
}

// Reads the CSV with Python's csv module (strict, so bad quoting is an error) and prints the records
// as a JSON array of arrays of strings.
const QString kPythonCsv = QStringLiteral(R"(
import csv, io, json, sys
text = sys.stdin.buffer.read().decode(sys.argv[2])
records = list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1], strict=True))
sys.stdout.write(json.dumps(records))
)");

// Reads the JSON with Python's json module (strict: raw control characters are errors, keys keep
// their order) and prints each object as [key, type, value-as-text] triples.
const QString kPythonJson = QStringLiteral(R"(
import json, sys
raw = sys.stdin.buffer.read()
assert raw.endswith(b"\n"), "no final newline"
def triples(pairs):
    return [[k, type(v).__name__, str(v) if isinstance(v, int) else v] for k, v in pairs]
doc = json.loads(raw.decode("utf-8"), object_pairs_hook=triples)
assert isinstance(doc, list)
sys.stdout.write(json.dumps(doc))
)");

bool havePython()
{
    return !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
}

// A device that accepts `room` bytes and then fails, as a full disk does.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (written.size() + size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, size);
        return size;
    }

private:
    qint64 m_room;
};

} // namespace

Q_DECLARE_METATYPE(ExportOptions)

class TestExportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHeaderOnlyForZeroRows_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << ',' << kApiHeader;
        QByteArray semicolon = kApiHeader;
        QTest::newRow("semicolon") << ';' << semicolon.replace(',', ';');
        QByteArray tab = kApiHeader;
        QTest::newRow("tab") << '\t' << tab.replace(',', '\t');
    }

    void csvHeaderOnlyForZeroRows()
    {
        QFETCH(char, delimiter);
        QFETCH(QByteArray, expected);
        const auto out = exportBytes(QList<FileRun>{}, csvOptions(delimiter));
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, expected);
    }

    void csvGoldenRows()
    {
        TestRow second;
        second.id = QStringLiteral("b");
        second.type = QStringLiteral("EVENTS");
        second.status = QStringLiteral("QUEUED");
        second.scheduledAt = QStringLiteral("2024-01-02T03:04:05");
        const auto out = exportBytes(QList<TestRow>{plainRow(), second}, csvOptions());
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, kApiHeader +
                           "6734f0a1c2,users_2024-11-14.csv,USERS,PARTIAL_SUCCESS,Some rows failed,"
                           "2024-11-14T12:31:31.713000,2024-11-14 12:40:02,1048576,1000,900,50,30,20,0,0\r\n"
                           "b,,EVENTS,QUEUED,,2024-01-02T03:04:05,,0,0,0,0,0,0,0,0\r\n");
    }

    void csvQuoting_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        for (const char d : {',', ';', '\t'}) {
            const QByteArray name = d == '\t' ? "tab" : QByteArray(1, d);
            const auto row = [&](const char *what, const QString &value, const QByteArray &expected) {
                QTest::addRow("%s %s", name.constData(), what) << d << value << expected;
            };
            row("plain", QStringLiteral("abc"), "abc");
            row("empty", QString(), "");
            row("comma", QStringLiteral("a,b"), d == ',' ? "\"a,b\"" : "a,b");
            row("semicolon", QStringLiteral("a;b"), d == ';' ? "\"a;b\"" : "a;b");
            row("tab", QStringLiteral("a\tb"), d == '\t' ? "\"a\tb\"" : "a\tb");
            row("quote", QStringLiteral("say \"hi\""), "\"say \"\"hi\"\"\"");
            row("only quote", QStringLiteral("\""), "\"\"\"\"");
            row("CR", QStringLiteral("a\rb"), "\"a\rb\"");
            row("LF", QStringLiteral("a\nb"), "\"a\nb\"");
            row("CRLF", QStringLiteral("a\r\nb"), "\"a\r\nb\"");
            row("trailing LF", QStringLiteral("a\n"), "\"a\n\"");
            row("U+2028", QStringLiteral("a\u2028b"),
                "\"a\xE2\x80\xA8"
                "b\"");
            row("U+2029", QStringLiteral("a\u2029b"),
                "\"a\xE2\x80\xA9"
                "b\"");
            row("U+2027 is not a separator", QStringLiteral("a\u2027b"),
                "a\xE2\x80\xA7"
                "b");
            row("U+2028 at the end", QStringLiteral("a\u2028"), "\"a\xE2\x80\xA8\"");
            row("non-ASCII", QStringLiteral("Müller 日本 😀"),
                "M\xC3\xBCller \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80");
            row("space and apostrophe", QStringLiteral(" it's "), " it's ");
            row("all together", QStringLiteral("x,\"y\";\r\n\u2029"), "\"x,\"\"y\"\";\r\n\xE2\x80\xA9\"");
        }
    }

    void csvQuoting()
    {
        QFETCH(char, delimiter);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        TestRow row;
        row.id = QStringLiteral("1");
        row.message = value;
        row.counts[0] = 5;
        ExportOptions options = csvOptions(delimiter);
        options.fields = {ExportField::Id, ExportField::StatusMessage, ExportField::FileSize};
        const auto out = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(out, why(out).constData());
        const QByteArray d(1, delimiter);
        QCOMPARE(*out, "id" + d + "status_msg" + d + "file_size\r\n1" + d + expected + d + "5\r\n");
    }

    // Every trigger character in every one of the seven text fields.
    void excelSafePrefixesTextCells_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        const QList<ExportField> textFields = {
            ExportField::Id,         ExportField::FileName,      ExportField::Type,
            ExportField::Status,     ExportField::StatusMessage, ExportField::ScheduledAt,
            ExportField::CompletedAt};
        for (const ExportField field : textFields) {
            const QByteArray name = exportFieldName(field).latin1();
            const auto row = [&](const char *what, const QString &value, const QByteArray &expected) {
                QTest::addRow("%s %s", name.constData(), what)
                    << static_cast<int>(field) << value << expected;
            };
            row("=", QStringLiteral("=1+1"), "'=1+1");
            row("+", QStringLiteral("+1"), "'+1");
            row("-", QStringLiteral("-1"), "'-1");
            row("@", QStringLiteral("@SUM(A1)"), "'@SUM(A1)");
            row("tab", QStringLiteral("\t=1"), "'\t=1");
            row("CR, quoted too", QStringLiteral("\r=1"), "\"'\r=1\"");
            row("= with comma, quoted too", QStringLiteral("=1,2"), "\"'=1,2\"");
            row("= with quote", QStringLiteral("=\"x\""), "\"'=\"\"x\"\"\"");
            row("not at the start", QStringLiteral("a=1"), "a=1");
            row("space first", QStringLiteral(" =1"), " =1");
            row("LF first is no trigger", QStringLiteral("\n=1"), "\"\n=1\"");
        }
    }

    void excelSafePrefixesTextCells()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        TestRow row;
        // Only the field under test is written; the others' values do not matter.
        const QList<QString *> texts = {&row.id,      &row.fileName,    &row.type,       &row.status,
                                        &row.message, &row.scheduledAt, &row.completedAt};
        *texts[field] = value;
        ExportOptions options = csvOptions();
        options.excelSafe = true;
        options.fields = {static_cast<ExportField>(field)};
        const auto out = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, QByteArray(exportFieldName(static_cast<ExportField>(field)).latin1()) + "\r\n" +
                           expected + "\r\n");

        options.excelSafe = false;
        const auto plain = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(plain, why(plain).constData());
        QVERIFY(!plain->contains('\''));
    }

    void excelSafeNeverPrefixesNumbers()
    {
        TestRow row;
        row.id = QStringLiteral("-x");
        row.counts = {-5,  -1, 0, 7, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                      -42, 12};
        ExportOptions options = csvOptions();
        options.excelSafe = true;
        const auto out = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out,
                 kApiHeader + "'-x,,,,,,,-5,-1,0,7,-9223372036854775808,9223372036854775807,-42,12\r\n");
    }

    void bom()
    {
        ExportOptions options = csvOptions();
        options.bom = true;
        // Enough rows for several buffer flushes: the mark must appear once, at the very start.
        const QList<TestRow> rows(20000, plainRow());
        const auto with = exportBytes(rows, options);
        QVERIFY2(with, why(with).constData());
        QVERIFY(with->startsWith(QByteArray(QByteArray("\xEF\xBB\xBF") + kApiHeader)));
        QCOMPARE(with->count("\xEF\xBB\xBF"), 1);

        options.bom = false;
        const auto without = exportBytes(rows, options);
        QVERIFY2(without, why(without).constData());
        QVERIFY(without->startsWith(kApiHeader));
        QCOMPARE(without->count("\xEF\xBB\xBF"), 0);
        QCOMPARE(with->mid(3), *without);
    }

    void csvColumnsAndLabels()
    {
        ExportOptions options = csvOptions(';');
        options.fields = {ExportField::FailedRows, ExportField::Status, ExportField::FileName};
        options.headerLabels = {QStringLiteral("Failed rows"), QStringLiteral("Status; now"),
                                QStringLiteral("Dateiname \"ä\"")};
        const auto out = exportBytes(QList<TestRow>{plainRow()}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, "Failed rows;\"Status; now\";\"Dateiname \"\"\xC3\xA4\"\"\"\r\n"
                       "20;PARTIAL_SUCCESS;users_2024-11-14.csv\r\n");
    }

    void unknownStatusAndTypeAreWrittenAsSent()
    {
        TestRow row;
        row.status = QStringLiteral("ARCHIVED");
        row.type = QStringLiteral("DEVICES");
        row.scheduledAt = QStringLiteral("2024-11-14T12:31:31+05:30");
        ExportOptions options = csvOptions();
        options.fields = {ExportField::Type, ExportField::Status, ExportField::ScheduledAt};
        const auto out = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, "type,file_status,scheduled_at\r\nDEVICES,ARCHIVED,2024-11-14T12:31:31+05:30\r\n");
    }

    void invalidOptionsWriteNothing_data()
    {
        QTest::addColumn<ExportOptions>("options");
        QTest::addColumn<QString>("errorPart");
        ExportOptions o = csvOptions('|');
        QTest::newRow("delimiter") << o << QStringLiteral("delimiter");
        o = jsonOptions();
        o.bom = true;
        QTest::newRow("JSON with BOM") << o << QStringLiteral("byte-order mark");
        o = csvOptions();
        o.fields.clear();
        QTest::newRow("no columns") << o << QStringLiteral("at least one column");
        o = csvOptions();
        o.fields = {ExportField::Id, ExportField::Status, ExportField::Id};
        QTest::newRow("twice") << o << QStringLiteral("id is listed twice");
        o = csvOptions();
        o.headerLabels = {QStringLiteral("only one")};
        QTest::newRow("labels") << o << QStringLiteral("one header label per column");
        o = jsonOptions();
        o.fields = {ExportField::Id, ExportField::FileName};
        o.headerLabels = {QStringLiteral("x"), QStringLiteral("x")};
        QTest::newRow("JSON duplicate keys") << o << QStringLiteral("JSON keys must differ");
    }

    void invalidOptionsWriteNothing()
    {
        QFETCH(ExportOptions, options);
        QFETCH(QString, errorPart);
        QVERIFY(!options.validate());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportWriter writer(&buffer, options);
        const ExportResult started = writer.begin();
        QVERIFY(!started);
        QVERIFY2(started.error().contains(errorPart), why(started).constData());
        QVERIFY(!writer.writeRow(plainRow().toFileRun()));
        QVERIFY(!writer.finish());
        QCOMPARE(buffer.data(), QByteArray());
    }

    void callsOutOfOrderFail()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportWriter writer(&buffer, csvOptions());
        QVERIFY(!writer.writeRow(plainRow().toFileRun()));
        ExportWriter second(&buffer, csvOptions());
        QVERIFY(second.begin());
        QVERIFY(second.finish());
        QVERIFY(!second.finish());
        QVERIFY(!second.writeRow(plainRow().toFileRun()));
    }

    void jsonEmpty()
    {
        const auto out = exportBytes(QList<FileRun>{}, jsonOptions());
        QVERIFY2(out, why(out).constData());
        QCOMPARE(*out, QByteArray("[]\n"));
    }

    void jsonGolden()
    {
        TestRow second;
        second.id = QStringLiteral("b");
        second.status = QStringLiteral("QUEUED");
        second.type = QStringLiteral("EVENTS");
        second.counts[1] = -3;
        const auto out = exportBytes(QList<TestRow>{plainRow(), second}, jsonOptions());
        QVERIFY2(out, why(out).constData());
        QCOMPARE(
            *out,
            QByteArray(
                "[\n"
                R"({"id":"6734f0a1c2","file_name":"users_2024-11-14.csv","type":"USERS",)"
                R"("file_status":"PARTIAL_SUCCESS","status_msg":"Some rows failed",)"
                R"("scheduled_at":"2024-11-14T12:31:31.713000","completed_at":"2024-11-14 12:40:02",)"
                R"("file_size":1048576,"total_rows":1000,"added_rows":900,"updated_rows":50,)"
                R"("skipped_rows":30,"failed_rows":20,"aux_data_added_count":0,"aux_data_failed_count":0},)"
                "\n"
                R"({"id":"b","file_name":"","type":"EVENTS","file_status":"QUEUED","status_msg":"",)"
                R"("scheduled_at":"","completed_at":"","file_size":0,"total_rows":-3,"added_rows":0,)"
                R"("updated_rows":0,"skipped_rows":0,"failed_rows":0,"aux_data_added_count":0,)"
                R"("aux_data_failed_count":0})"
                "\n]\n"));
    }

    void jsonKeysFollowColumnOrder()
    {
        ExportOptions options = jsonOptions();
        options.fields = {ExportField::FailedRows, ExportField::Id, ExportField::Status};
        auto out = exportBytes(QList<TestRow>{plainRow()}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(
            *out,
            QByteArray(
                "[\n{\"failed_rows\":20,\"id\":\"6734f0a1c2\",\"file_status\":\"PARTIAL_SUCCESS\"}\n]\n"));

        options.headerLabels = {QStringLiteral("Failed \"rows\""), QStringLiteral("ID"),
                                QStringLiteral("Status")};
        out = exportBytes(QList<TestRow>{plainRow()}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(
            *out,
            QByteArray(
                "[\n{\"Failed \\\"rows\\\"\":20,\"ID\":\"6734f0a1c2\",\"Status\":\"PARTIAL_SUCCESS\"}\n]\n"));
    }

    void jsonEscaping()
    {
        TestRow row;
        row.message = QStringLiteral("q\" b\\ /\b\f\n\r\t") + QChar(0) +
                      QStringLiteral("\x01\x1f\x7f é\u2028\u2029\u2027😀");
        ExportOptions options = jsonOptions();
        options.fields = {ExportField::StatusMessage};
        options.excelSafe = true; // a CSV concern: JSON is written as it is
        row.message.prepend(QLatin1Char('='));
        const auto out = exportBytes(QList<TestRow>{row}, options);
        QVERIFY2(out, why(out).constData());
        QCOMPARE(
            *out,
            QByteArray("[\n{\"status_msg\":\"=q\\\" b\\\\ /\\u0008\\u000c\\n\\r\\t\\u0000\\u0001\\u001f\x7f "
                       "\xC3\xA9\\u2028\\u2029\xE2\x80\xA7\xF0\x9F\x98\x80\"}\n]\n"));
    }

    // issue 22: a right-to-left override in a file name ("report\u202Efdp.exe" reads as
    // "reportexe.pdf") reached the JSON and the Excel-safe CSV raw. JSON escapes every bidirectional
    // control; Excel-safe CSV shows it; plain CSV keeps the API's bytes.
    void bidirectionalControls()
    {
        TestRow row;
        row.message = QStringLiteral("report\u202Efdp.exe \u2066iso\u2069 \u200Fm\u200E \u061Cx");
        ExportOptions json = jsonOptions();
        json.fields = {ExportField::StatusMessage};
        const auto jsonOut = exportBytes(QList<TestRow>{row}, json);
        QVERIFY2(jsonOut, why(jsonOut).constData());
        QCOMPARE(*jsonOut, QByteArray("[\n{\"status_msg\":\"report\\u202efdp.exe \\u2066iso\\u2069 "
                                      "\\u200fm\\u200e \\u061cx\"}\n]\n"));

        ExportOptions csv = csvOptions();
        csv.fields = {ExportField::StatusMessage};
        const auto raw = exportBytes(QList<TestRow>{row}, csv);
        QVERIFY2(raw, why(raw).constData());
        QVERIFY(raw->contains(row.message.toUtf8()));
        csv.excelSafe = true;
        const auto safe = exportBytes(QList<TestRow>{row}, csv);
        QVERIFY2(safe, why(safe).constData());
        QVERIFY2(safe->contains("report<U+202E>fdp.exe <U+2066>iso<U+2069> <U+200F>m<U+200E> <U+061C>x"),
                 safe->constData());
        QVERIFY(!safe->contains("\xE2\x80\xAE"));
    }

    void csvRoundTripThroughPython_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("excelSafe");
        for (const char d : {',', ';', '\t'}) {
            const char *name = d == ',' ? "comma" : d == ';' ? "semicolon" : "tab";
            QTest::addRow("%s", name) << d << false << false;
            QTest::addRow("%s bom excel-safe", name) << d << true << true;
        }
    }

    void csvRoundTripThroughPython()
    {
        if (!havePython())
            QSKIP("python3 is not installed");
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        QFETCH(bool, excelSafe);
        // Over a megabyte, so rows cross the writer's buffer flushes.
        const QList<TestRow> rows = awkwardRows(8000, 20241114);
        ExportOptions options = csvOptions(delimiter);
        options.bom = bom;
        options.excelSafe = excelSafe;
        const auto out = exportBytes(rows, options);
        QVERIFY2(out, why(out).constData());
        QVERIFY(out->size() > 1024 * 1024);
        QVERIFY(out->endsWith("\r\n"));

        const QJsonDocument read = runPython(
            kPythonCsv,
            {QString(QLatin1Char(delimiter)), bom ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8")},
            *out);
        QVERIFY(read.isArray());
        const QJsonArray records = read.array();
        QCOMPARE(records.size(), rows.size() + 1);
        QStringList header;
        for (const ExportField field : allExportFields())
            header.append(exportFieldName(field));
        QCOMPARE(records.at(0).toVariant().toStringList(), header);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QStringList expected = rows[i].cells();
            for (int c = 0; c < 7 && excelSafe; ++c) {
                const QString &cell = expected[c];
                if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                    expected[c].prepend(QLatin1Char('\''));
            }
            const QStringList actual = records.at(i + 1).toVariant().toStringList();
            if (actual != expected) {
                for (int c = 0; c < expected.size(); ++c)
                    QCOMPARE(actual.value(c), expected.at(c));
                QCOMPARE(actual.size(), expected.size());
            }
        }
    }

    void jsonRoundTripThroughPython()
    {
        if (!havePython())
            QSKIP("python3 is not installed");
        QList<TestRow> rows = awkwardRows(8000, 7);
        rows[3].message = QStringLiteral("nul ") + QChar(0) + QStringLiteral(" inside");
        const auto out = exportBytes(rows, jsonOptions());
        QVERIFY2(out, why(out).constData());
        const QJsonDocument read = runPython(kPythonJson, {}, *out);
        QVERIFY(read.isArray());
        const QJsonArray objects = read.array();
        QCOMPARE(objects.size(), rows.size());
        const QList<ExportField> fields = allExportFields();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonArray triples = objects.at(i).toArray();
            QCOMPARE(triples.size(), fields.size());
            const QStringList expected = rows[i].cells();
            for (int c = 0; c < fields.size(); ++c) {
                const QJsonArray triple = triples.at(c).toArray();
                QCOMPARE(triple.at(0).toString(), QString(exportFieldName(fields[c])));
                QCOMPARE(triple.at(1).toString(),
                         isTextField(fields[c]) ? QStringLiteral("str") : QStringLiteral("int"));
                QCOMPARE(triple.at(2).toString(), expected.at(c));
            }
        }
    }

    void jsonEmptyThroughPython()
    {
        if (!havePython())
            QSKIP("python3 is not installed");
        const auto out = exportBytes(QList<FileRun>{}, jsonOptions());
        QVERIFY2(out, why(out).constData());
        const QJsonDocument read = runPython(kPythonJson, {}, *out);
        QVERIFY(read.isArray());
        QCOMPARE(read.array().size(), 0);
    }

    void deviceFailureIsReported()
    {
        FailingDevice device(3 * 1024 * 1024);
        ExportWriter writer(&device, csvOptions());
        QVERIFY(writer.begin());
        ExportResult result = std::monostate{};
        const FileRun run = plainRow().toFileRun();
        int written = 0;
        for (; written < 1000000 && result; ++written)
            result = writer.writeRow(run);
        QVERIFY(!result);
        QVERIFY(written < 1000000);
        QCOMPARE(result.error(), QStringLiteral("Cannot write the output: No space left on device"));
        // The failure sticks: nothing more is written and finish() does not claim success.
        const qsizetype before = device.written.size();
        QVERIFY(!writer.writeRow(run));
        const ExportResult finished = writer.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error(), result.error());
        QCOMPARE(device.written.size(), before);
    }

    void fullDiskIsReportedByFinish()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("/dev/full is not available");
        ExportWriter writer(&full, csvOptions());
        QVERIFY(writer.begin()); // a small header stays in QFile's own buffer
        const ExportResult finished = writer.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error(), QStringLiteral("Cannot write /dev/full: No space left on device"));
    }

    void deviceNotOpen()
    {
        QBuffer closed;
        ExportWriter writer(&closed, csvOptions());
        const ExportResult started = writer.begin();
        QVERIFY(!started);
        QVERIFY2(started.error().contains(QStringLiteral("not open for writing")), why(started).constData());
    }
};

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
