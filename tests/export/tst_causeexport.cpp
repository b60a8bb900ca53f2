// The triage causes as CSV and JSON (export/CauseExport): the columns in their order, file ids
// space-separated in CSV and an array in JSON, the file-run export's quoting and Excel guard, times in
// the chosen zone, and files written whole or not at all.
#include "export/CauseExport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

FileRun file(const char *id, const char *scheduled, const char *message, qint64 failed)
{
    FileRun run;
    run.id = id;
    run.fileName = "users.csv";
    run.status = FileStatus::Failed;
    run.statusMessage = message;
    run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::FailedRows) = failed;
    return run;
}

// Two causes: a formula-looking one seen before the span, and a multi-line one new in it.
FailureCauses sampleCauses()
{
    TriageSpan span;
    span.from = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc());
    FailureCauses causes(span);
    causes.add({0, 0}, {file("old", "2024-02-01T00:00:00.000000", "=SUM(A1:A9) found in 3 rows", 3)});
    causes.add({0, 0},
               {file("f0", "2024-03-02T09:00:00.000000", "=SUM(A1:A9) found in 1 rows", 1),
                file("f1", "2024-03-02T10:00:00.000000", "=SUM(A1:A9) found in 3 rows", 3),
                file("f2", "2024-03-03T10:00:00.000000", "=SUM(A1:A9) found in 12 rows", 12),
                file("f3", "2024-03-04T18:45:00.000000", "Row 8: bad date \"31/02\"\r\nsee, \"docs\"", 1)});
    causes.add({1, 2},
               {file("f4", "2024-03-05T18:45:00.000000", "Row 9: bad date \"1/13\"\r\nsee, \"docs\"", 40)});
    return causes;
}

} // namespace

class TestCauseExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv()
    {
        const FailureCauses causes = sampleCauses();
        QCOMPARE(causes.size(), 2);
        ExportOptions options;
        options.excelSafe = true;
        const QByteArray csv = CauseExport::toBytes(causes, options, QTimeZone("Asia/Kolkata"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(
            lines.value(0),
            QByteArray(
                "pattern,files,failed_rows,imports,workspaces,first_seen,last_seen,new,example,file_ids\r"));
        // Most files first; the Excel guard on text that starts like a formula; times with their offset.
        QCOMPARE(lines.value(1),
                 QByteArray("'=SUM(A1:A9) found in <n> rows,3,16,1,1,2024-03-02T14:30:00+05:30,"
                            "2024-03-03T15:30:00+05:30,false,'=SUM(A1:A9) found in 12 rows,f0 f1 f2\r"));
        // The second cause's example holds CRLF, a comma and quotes: one quoted cell, quotes doubled.
        QVERIFY(csv.contains(
            "\r\n\"Row <n>: bad date <value> see, \"\"docs\"\"\",2,41,2,2,2024-03-05T00:15:00+05:30,"
            "2024-03-06T00:15:00+05:30,true,\"Row 9: bad date \"\"1/13\"\"\r\nsee, \"\"docs\"\"\",f3 "
            "f4\r\n"));
        QVERIFY(csv.endsWith("\r\n"));

        options.excelSafe = false;
        options.delimiter = ';';
        options.bom = true;
        const QByteArray plain = CauseExport::toBytes(causes, options, QTimeZone::utc(), {1, 0});
        QVERIFY(plain.startsWith("\xEF\xBB\xBFpattern;files;"));
        QVERIFY(plain.contains("\r\n=SUM(A1:A9) found in <n> rows;3;16;1;1;2024-03-02T09:00:00Z;"));
        // Rows in the order asked for.
        QVERIFY(plain.indexOf("Row <n>") < plain.indexOf("=SUM"));
    }

    void json()
    {
        const FailureCauses causes = sampleCauses();
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.excelSafe = true; // CSV only: JSON keeps values as they are
        const QByteArray json = CauseExport::toBytes(causes, options, QTimeZone::utc());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.endsWith("\n]\n"));
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value("pattern").toString(), QStringLiteral("=SUM(A1:A9) found in <n> rows"));
        QCOMPARE(first.value("files").toInteger(), 3);
        QVERIFY(first.value("files").isDouble());
        QCOMPARE(first.value("failed_rows").toInteger(), 16);
        QCOMPARE(first.value("imports").toInteger(), 1);
        QCOMPARE(first.value("workspaces").toInteger(), 1);
        QCOMPARE(first.value("first_seen").toString(), QStringLiteral("2024-03-02T09:00:00Z"));
        QCOMPARE(first.value("last_seen").toString(), QStringLiteral("2024-03-03T10:00:00Z"));
        QCOMPARE(first.value("new"), QJsonValue(false));
        QCOMPARE(first.value("example").toString(), QStringLiteral("=SUM(A1:A9) found in 12 rows"));
        QCOMPARE(first.value("file_ids").toArray(), (QJsonArray{"f0", "f1", "f2"}));
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value("new"), QJsonValue(true));
        QCOMPARE(second.value("example").toString(),
                 QStringLiteral("Row 9: bad date \"1/13\"\r\nsee, \"docs\""));
        // Keys in the documented order (a JSON object does not keep it; the text does).
        const QByteArray row = json.mid(json.indexOf('{'), json.indexOf('}') - json.indexOf('{'));
        qsizetype at = -1;
        for (const QLatin1String name : CauseExport::columnNames()) {
            const qsizetype next = row.indexOf(
                QByteArray(QByteArray("\"") + QByteArray(name.data(), name.size()) + QByteArray("\":")));
            QVERIFY2(next > at, name.data());
            at = next;
        }
        // Nothing grouped: an empty array.
        QCOMPARE(CauseExport::toBytes(FailureCauses(), options, QTimeZone::utc()), QByteArray("[]\n"));
    }

    void toPathIsAllOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FailureCauses causes = sampleCauses();
        const QString path = dir.filePath(QStringLiteral("causes.csv"));
        ExportOptions options;
        QVERIFY(CauseExport::toPath(path, causes, options, QTimeZone::utc()));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), CauseExport::toBytes(causes, options, QTimeZone::utc()));
        written.close();

        // A bad option writes nothing and keeps what was there.
        options.delimiter = 'x';
        const ExportResult refused = CauseExport::toPath(path, causes, options, QTimeZone::utc());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("delimiter")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("pattern,"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"causes.csv"});

        // A directory is refused as the file-run export refuses it.
        options.delimiter = ',';
        const ExportResult directory = CauseExport::toPath(dir.path(), causes, options, QTimeZone::utc());
        QVERIFY(!directory);
        QVERIFY(directory.error().contains(QLatin1String("not a regular file")));

        // A device that refuses bytes is an error, not a silent success.
        QBuffer closed;
        QVERIFY(!CauseExport::toDevice(&closed, causes, options, QTimeZone::utc()));
        QFile full(QStringLiteral("/dev/full"));
        if (full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QVERIFY(!CauseExport::toDevice(&full, causes, options, QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestCauseExport)
#include "tst_causeexport.moc"
