// docs/PERFORMANCE.md budgets a CSV export of 200,000 rows at 0.5 s. This measures the export writer on
// synthesized, realistic rows, against a naive QString-per-cell QTextStream writer in the same run
// so the number can be read against the machine it ran on.
#include "api/FileRun.h"
#include "export/ExportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

namespace {

constexpr int kRows = 200000;
constexpr int kRepeats = 3;

QList<FileRun> synthesizeRows(int count)
{
    QRandomGenerator random(20241114);
    static const char *const messages[] = {
        "File processed successfully",
        "",
        "Some rows failed validation: see the failed rows file",
        "Row 12, column \"email\": invalid value, expected an address",
        "Datei konnte nicht gelesen werden: ungültige Kodierung",
        "Invalid header row; expected columns: id, name, email\nfound: id;name;email",
        "ファイルの処理に失敗しました",
    };
    static const FileStatus statuses[] = {
        FileStatus::Successful,     FileStatus::Successful, FileStatus::Successful, FileStatus::Failed,
        FileStatus::PartialSuccess, FileStatus::Processing, FileStatus::Queued};
    static const FileType types[] = {FileType::Users, FileType::Events, FileType::AuxData};
    const qint64 start = WallClock::parse("2024-01-01T00:00:00.000000")->usecs;
    QList<FileRun> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        FileRun run;
        run.id = QByteArray::number(random.generate64() | (quint64(1) << 63), 16).left(24);
        run.type = types[random.bounded(3)];
        run.fileName = (run.type == FileType::Events ? "events_" : "users_") + QByteArray::number(2024) +
                       "-" + QByteArray::number(1 + random.bounded(12)) + "_part_" + QByteArray::number(i) +
                       ".csv";
        run.status = statuses[random.bounded(7)];
        run.statusMessage = messages[random.bounded(7)];
        run.scheduledAt.usecs =
            start + static_cast<qint64>(random.bounded(300 * 86400)) * 1000000 + random.bounded(1000000);
        run.scheduledAt.shape = 6;
        if (run.status != FileStatus::Processing && run.status != FileStatus::Queued) {
            run.completedAt.usecs =
                run.scheduledAt.usecs + static_cast<qint64>(random.bounded(3600)) * 1000000;
            run.completedAt.shape = 6;
        }
        const qint64 total = random.bounded(2000000);
        const qint64 failed = run.status == FileStatus::Successful ? 0 : random.bounded(total + 1);
        run.count(FileRun::Count::FileSize) = total * 120 + random.bounded(4096);
        run.count(FileRun::Count::TotalRows) = total;
        run.count(FileRun::Count::AddedRows) = (total - failed) / 2;
        run.count(FileRun::Count::UpdatedRows) = total - failed - (total - failed) / 2;
        run.count(FileRun::Count::FailedRows) = failed;
        rows.append(run);
    }
    return rows;
}

// The obvious way to write the same CSV: a QString per cell, QString searches, a QTextStream.
bool naiveCsv(QIODevice *device, const QList<FileRun> &rows)
{
    static const QString header = QStringLiteral(
        "id,file_name,type,file_status,status_msg,scheduled_at,completed_at,file_size,total_rows,added_rows,"
        "updated_rows,skipped_rows,failed_rows,aux_data_added_count,aux_data_failed_count");
    QTextStream out(device);
    out.setEncoding(QStringConverter::Utf8);
    const auto cell = [&](QString text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
            text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) ||
            text.contains(QChar(0x2028)) || text.contains(QChar(0x2029)))
            text =
                QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out << text;
    };
    out << header << "\r\n";
    for (const FileRun &run : rows) {
        cell(run.idText());
        out << ',';
        cell(run.fileNameText());
        out << ',';
        cell(run.typeText());
        out << ',';
        cell(run.statusText());
        out << ',';
        cell(run.statusMessageText());
        out << ',';
        cell(run.scheduledAtText());
        out << ',';
        cell(run.completedAtText());
        for (const qint64 count : run.counts)
            out << ',' << QString::number(count);
        out << "\r\n";
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

// Best of kRepeats, in milliseconds.
double bestOf(const std::function<bool()> &run)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run()) {
            std::fprintf(stderr, "bench_export: a run failed\n");
            std::exit(1);
        }
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void report(const char *name, double ms)
{
    std::printf("BENCH %s %.0f ms\n", name, ms);
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %d cores, %s\n", QThread::idealThreadCount(), qPrintable(cpuModel()));

    const QList<FileRun> rows = synthesizeRows(kRows);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_export: no temporary directory\n");
        return 1;
    }
    const QString csvPath = dir.filePath(QStringLiteral("export.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("export.json"));
    const QString naivePath = dir.filePath(QStringLiteral("naive.csv"));
    ExportOptions csv;
    ExportOptions json;
    json.format = ExportFormat::Json;

    QByteArray memory;
    const auto toMemory = [&](const ExportOptions &options) {
        memory.clear();
        QBuffer buffer(&memory);
        buffer.open(QIODevice::WriteOnly);
        return bool(ExportFile::toDevice(&buffer, rows, options));
    };
    const auto toFile = [&](const QString &path, const ExportOptions &options) {
        return bool(ExportFile::toPath(path, rows, options));
    };

    const double csvMemory = bestOf([&] { return toMemory(csv); });
    const qsizetype csvBytes = memory.size();
    const double csvFile = bestOf([&] { return toFile(csvPath, csv); });
    const double jsonMemory = bestOf([&] { return toMemory(json); });
    const double jsonFile = bestOf([&] { return toFile(jsonPath, json); });
    const double naive = bestOf([&] {
        QSaveFile file(naivePath);
        return file.open(QIODevice::WriteOnly) && naiveCsv(&file, rows) && file.commit();
    });

    QFile fast(csvPath), slow(naivePath);
    const bool same =
        fast.open(QIODevice::ReadOnly) && slow.open(QIODevice::ReadOnly) && fast.readAll() == slow.readAll();
    std::printf("rows: %d, CSV %.1f MB, outputs of the writer and the naive baseline %s\n", kRows,
                static_cast<double>(csvBytes) / 1e6, same ? "identical" : "DIFFER");
    report("csv_export_ms", csvFile);
    report("csv_export_memory_ms", csvMemory);
    report("json_export_ms", jsonFile);
    report("json_export_memory_ms", jsonMemory);
    report("csv_export_naive_baseline_ms", naive);
    return same ? 0 : 1;
}
