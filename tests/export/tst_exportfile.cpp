// Whole exports to a file (commit or nothing) and to an open device, with progress and cancel.
#include "ExportTestRows.h"
#include "export/ExportFile.h"
#include "export/ExportWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/FileSizeLimit.h"

#include <csignal>
#include <optional>
#include <sys/resource.h>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestExportFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runs = toFileRuns(awkwardRows(12000, 99));
    }

    void init()
    {
        for (const QString &name : entries(m_dir.path()))
            QVERIFY(QFile::remove(m_dir.filePath(name)));
    }

    void fileMatchesDevice()
    {
        ExportOptions options;
        options.bom = true;
        options.excelSafe = true;
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        const ExportResult written = ExportFile::toPath(path, m_runs, options);
        QVERIFY2(written, why(written).constData());

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ExportFile::toDevice(&buffer, m_runs, options));
        QVERIFY(buffer.data().size() > 1024 * 1024);
        QCOMPARE(readFile(path), buffer.data());
        QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void zeroRowsGiveHeaderOrEmptyArray()
    {
        const QString csv = m_dir.filePath(QStringLiteral("none.csv"));
        QVERIFY(ExportFile::toPath(csv, std::span<const FileRun>(), ExportOptions()));
        QCOMPARE(readFile(csv),
                 QByteArray("id,file_name,type,file_status,status_msg,scheduled_at,completed_at,"
                            "file_size,total_rows,added_rows,updated_rows,skipped_rows,"
                            "failed_rows,aux_data_added_count,aux_data_failed_count\r\n"));
        ExportOptions json;
        json.format = ExportFormat::Json;
        const QString jsonPath = m_dir.filePath(QStringLiteral("none.json"));
        QVERIFY(ExportFile::toPath(jsonPath, std::span<const FileRun>(), json));
        QCOMPARE(readFile(jsonPath), QByteArray("[]\n"));
    }

    void replacesExistingFileOnSuccess()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY(writeFile(path, "old contents"));
        ExportOptions options;
        options.format = ExportFormat::Json;
        QVERIFY(ExportFile::toPath(path, std::span(m_runs).first(2), options));
        const QByteArray now = readFile(path);
        QVERIFY(now.startsWith("[\n{\"id\":"));
        QVERIFY(now.endsWith("}\n]\n"));
    }

    // Root ignores permissions, so the parent "directory" is a regular file: no one can create there.
    void unwritablePlaceIsReported()
    {
        const QString parent = m_dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(parent, "I am not a directory"));
        const QString path = parent + QStringLiteral("/out.csv");
        const ExportResult result = ExportFile::toPath(path, m_runs, ExportOptions());
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("Cannot write %1: Not a directory").arg(path));
        QCOMPARE(readFile(parent), QByteArray("I am not a directory"));
        QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("plain-file")});
    }

    // An existing file where no temporary file can be created beside it (procfs): left untouched.
    void existingFileInUnwritablePlaceIsKept()
    {
        const QString path = QStringLiteral("/proc/version");
        const QByteArray before = readFile(path);
        if (before.isEmpty())
            QSKIP("/proc is not mounted");
        const ExportResult result = ExportFile::toPath(path, m_runs, ExportOptions());
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(QStringLiteral("Cannot write /proc/version: ")),
                 why(result).constData());
        QCOMPARE(readFile(path), before);
    }

    // The disk fills up halfway (a file size limit stands in for it): the old file stays as it was.
    void failureMidwayKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "previous export"));
        std::optional<ExportResult> outcome;
        {
            FileSizeLimit limit(256 * 1024);
            if (!limit.ok())
                QSKIP("cannot lower RLIMIT_FSIZE here");
            outcome.emplace(ExportFile::toPath(path, m_runs, ExportOptions()));
        }
        const ExportResult &result = *outcome;
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("Cannot write %1: File too large").arg(path));
        QCOMPARE(readFile(path), QByteArray("previous export"));
        QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        std::atomic<bool> cancel = false;
        ExportControl control;
        control.cancel = &cancel;
        control.progress = [&](qsizetype, qsizetype) { cancel = true; };
        const ExportResult result = ExportFile::toPath(path, m_runs, ExportOptions(), control);
        QVERIFY(!result);
        QCOMPARE(result.error(), ExportFile::cancelledMessage());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(entries(m_dir.path()), QStringList());
    }

    void cancelKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "previous export"));
        std::atomic<bool> cancel = false;
        ExportControl control;
        control.cancel = &cancel;
        control.progress = [&](qsizetype done, qsizetype) {
            if (done >= 8000)
                cancel = true;
        };
        const ExportResult result = ExportFile::toPath(path, m_runs, ExportOptions(), control);
        QVERIFY(!result);
        QCOMPARE(result.error(), ExportFile::cancelledMessage());
        QCOMPARE(readFile(path), QByteArray("previous export"));
        QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void cancelledBeforeStartWritesNothing()
    {
        std::atomic<bool> cancel = true;
        ExportControl control;
        control.cancel = &cancel;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult result = ExportFile::toDevice(&buffer, m_runs, ExportOptions(), control);
        QVERIFY(!result);
        QCOMPARE(result.error(), ExportFile::cancelledMessage());
        QCOMPARE(buffer.data(), QByteArray());
        // Cancelled even when there is nothing to write.
        QVERIFY(!ExportFile::toPath(m_dir.filePath(QStringLiteral("x.csv")), std::span<const FileRun>(),
                                    ExportOptions(), control));
        QCOMPARE(entries(m_dir.path()), QStringList());
    }

    void progressIsReported()
    {
        QList<std::pair<qsizetype, qsizetype>> calls;
        ExportControl control;
        control.progress = [&](qsizetype done, qsizetype total) { calls.append({done, total}); };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ExportFile::toDevice(&buffer, m_runs, ExportOptions(), control));
        QVERIFY(calls.size() >= 3);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].second, m_runs.size());
            if (i > 0)
                QVERIFY(calls[i].first > calls[i - 1].first);
        }
        QCOMPARE(calls.last().first, m_runs.size());
    }

    void invalidOptionsCreateNoFile()
    {
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.bom = true;
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        const ExportResult result = ExportFile::toPath(path, m_runs, options);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("byte-order mark")), why(result).constData());
        QCOMPARE(entries(m_dir.path()), QStringList());
    }

    // A sorted or filtered view is exported through pointers, in the view's order.
    void pointerRowsKeepTheirOrder()
    {
        TestRow a, b;
        a.id = QStringLiteral("first");
        b.id = QStringLiteral("second");
        const QList<FileRun> runs = toFileRuns({a, b});
        const QList<const FileRun *> view = {&runs[1], &runs[0], &runs[1]};
        ExportOptions options;
        options.fields = {ExportField::Id};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ExportFile::toDevice(&buffer, view, options));
        QCOMPARE(buffer.data(), QByteArray("id\r\nsecond\r\nfirst\r\nsecond\r\n"));

        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        QVERIFY(ExportFile::toPath(path, view, options));
        QCOMPARE(readFile(path), buffer.data());
    }

private:
    QTemporaryDir m_dir;
    QList<FileRun> m_runs;
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
