// docs/PERFORMANCE.md budgets 200,000 rows in the table: load (file runs -> model ready) 150 ms, sort by the
// slowest column 250 ms, one filter change 60 ms (debounce excluded), 400 bytes a row. This measures
// FileRunTableModel + FileRunFilterProxy on rows made the way the window gets them: the demo
// workspace's realistic files (many seeds of DemoData: hostile names, multi-line and non-ASCII
// messages, every status), written as Run History pages and read by the client's ResponseParser.
// The baseline in the same run is a stock QSortFilterProxyModel sorting and filtering through
// QVariant from data(), for contrast; the view_* figures repeat the changes in a QTableView set up
// as the window's, repaint included.
#include "BenchSupport.h"
#include "api/HistoryQuery.h"
#include "api/ResponseParser.h"
#include "demo/DemoData.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunSummary.h"
#include "model/FileRunTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>

#include <malloc.h>

#include <cstdlib>
#include <functional>

namespace {

constexpr int kRows = 200'000;
constexpr int kRepeats = 3;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_model: %s\n", qPrintable(why));
    std::exit(1);
}

// The heap block behind a byte array, with malloc's own word; 0 when it holds no block of its own.
qint64 blockBytes(const QByteArray &bytes)
{
    auto &d = const_cast<QByteArray &>(bytes).data_ptr();
    return d.d_ptr() ? qint64(malloc_usable_size(d.d_ptr())) + qint64(sizeof(size_t)) : 0;
}

// Bytes the heap has handed out and not had back; large blocks are mmapped and counted apart.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

// One file as the wire carries it (counts as strings where the demo's quirk says so).
QJsonObject wireFile(const DemoFile &f)
{
    const auto count = [&](qint64 value) {
        return f.countsAsStrings ? QJsonValue(QString::number(value)) : QJsonValue(value);
    };
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("file_name"), f.fileName},
                       {QStringLiteral("scheduled_at"), f.scheduledAt()},
                       {QStringLiteral("completed_at"), f.completedAt()},
                       {QStringLiteral("type"), f.type},
                       {QStringLiteral("file_size"), QString::number(f.fileSize)},
                       {QStringLiteral("file_status"), f.status},
                       {QStringLiteral("status_msg"), f.statusMsg},
                       {QStringLiteral("total_rows"), count(f.totalRows)},
                       {QStringLiteral("skipped_rows"), count(f.skippedRows)},
                       {QStringLiteral("updated_rows"), count(f.updatedRows)},
                       {QStringLiteral("failed_rows"), count(f.failedRows)},
                       {QStringLiteral("aux_data_added_count"), count(f.auxDataAddedCount)},
                       {QStringLiteral("aux_data_failed_count"), count(f.auxDataFailedCount)},
                       {QStringLiteral("added_rows"), count(f.addedRows)}};
}

// 200,000 files as the client's parser reads them from Run History pages: as many demo seeds as
// it takes, every import of each.
QList<FileRun> parsedFiles(int rows)
{
    QList<FileRun> parsed;
    parsed.reserve(rows);
    const QDateTime anchor(QDate(2024, 11, 14), QTime(12, 0), QTimeZone::utc());
    for (quint32 seed = 1; parsed.size() < rows; ++seed) {
        const DemoData data = DemoData::generate(seed, anchor);
        for (const DemoImport &import : data.imports()) {
            for (qsizetype at = 0; at < import.files.size() && parsed.size() < rows;
                 at += HistoryQuery::kPageSize) {
                QJsonArray files;
                for (qsizetype i = at; i < std::min(at + HistoryQuery::kPageSize, import.files.size()); ++i) {
                    if (parsed.size() + files.size() < rows)
                        files.append(wireFile(import.files.at(i)));
                }
                const QJsonObject body{{QStringLiteral("status"), QStringLiteral("success")},
                                       {QStringLiteral("total_count"), QString::number(import.files.size())},
                                       {QStringLiteral("offset"), at / HistoryQuery::kPageSize + 1},
                                       {QStringLiteral("more_files"), QStringLiteral("true")},
                                       {QStringLiteral("data"), files}};
                auto page =
                    ResponseParser::parseHistoryPage(QJsonDocument(body).toJson(QJsonDocument::Compact));
                if (!page)
                    die(page.error());
                parsed.append(std::move(page->files));
            }
        }
    }
    return parsed;
}

// Pages of 50 as one fetch brings them: newest first (rows share their text with `files`).
QList<QList<FileRun>> newestFirstPages(QList<FileRun> files)
{
    std::stable_sort(files.begin(), files.end(), [](const FileRun &a, const FileRun &b) {
        return a.scheduledAt.usecs > b.scheduledAt.usecs;
    });
    QList<QList<FileRun>> pages;
    for (qsizetype at = 0; at < files.size(); at += HistoryQuery::kPageSize)
        pages.append(files.mid(at, HistoryQuery::kPageSize));
    return pages;
}

// Appends the pages one by one; the slowest page and the total, in milliseconds.
std::pair<double, double> appendPages(FileRunTableModel &model, const QList<QList<FileRun>> &pages)
{
    double slowest = 0, total = 0;
    for (const QList<FileRun> &page : pages) {
        QElapsedTimer timer;
        timer.start();
        model.append(page);
        const double ms = Bench::elapsedMs(timer);
        slowest = std::max(slowest, ms);
        total += ms;
    }
    return {slowest, total};
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return Bench::elapsedMs(timer);
}

struct SortColumn
{
    const char *name;
    int column;
};

// One of each kind: text, number, timestamp, status, failure %.
constexpr SortColumn kSortColumns[] = {
    {"text", FileRunTableModel::FileNameColumn},
    {"number", FileRunTableModel::TotalRowsColumn},
    {"timestamp", FileRunTableModel::ScheduledColumn},
    {"status", FileRunTableModel::StatusColumn},
    {"failure_percent", FileRunTableModel::FailurePercentColumn},
};

// A click on each column's header in turn (ascending, from the previous column's order), kRepeats
// rounds; the median per column.
QList<double> sortTimes(const std::function<void(int column)> &sortBy)
{
    QList<QList<double>> samples(std::size(kSortColumns));
    for (int round = 0; round < kRepeats; ++round) {
        for (std::size_t i = 0; i < std::size(kSortColumns); ++i)
            samples[i].append(timeMs([&] { sortBy(kSortColumns[i].column); }));
    }
    QList<double> medians;
    for (const QList<double> &s : samples)
        medians.append(Bench::median(s));
    return medians;
}

// Checks that a sort really ordered the rows (a benchmark of a no-op would flatter).
void checkSorted(const FileRunTableModel &model, const QAbstractProxyModel &proxy, int column,
                 Qt::SortOrder order = Qt::AscendingOrder)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        int a = proxy.mapToSource(proxy.index(row - 1, column)).row();
        int b = proxy.mapToSource(proxy.index(row, column)).row();
        if (order == Qt::DescendingOrder)
            std::swap(a, b);
        if (model.lessThan(b, a, column))
            die(QStringLiteral("column %1 is not sorted at row %2").arg(column).arg(row));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // for the table view at the end
    Bench::printMachine("bench_model");

    // Memory: everything kept per file, built as the window builds it (pages appended to the model
    // under a proxy sorted by scheduled time, as the table starts), the pages themselves then gone.
    FileRunTableModel model;
    qint64 textBytes = 0;
    std::pair<double, double> appended;
    const qint64 before = heapInUse();
    {
        QList<QList<FileRun>> pages = newestFirstPages(parsedFiles(kRows));
        FileRunFilterProxy windowProxy;
        windowProxy.setSourceModel(&model);
        windowProxy.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
        appended = appendPages(model, pages);
        pages.clear();
        if (model.rowCount() != kRows || windowProxy.rowCount() != kRows)
            die(QStringLiteral("expected %1 rows, have %2").arg(kRows).arg(model.rowCount()));
        const qint64 after = heapInUse();
        qint64 textBlocks = 0;
        for (const FileRun &run : model.files()) {
            textBytes +=
                run.id.size() + run.fileName.size() + run.statusMessage.size() + run.irregular.bytes().size();
            textBlocks += blockBytes(run.id) + blockBytes(run.fileName) + blockBytes(run.statusMessage);
        }
        const double list = double(model.files().capacity()) * sizeof(FileRun) / kRows;
        const double texts = double(textBlocks) / kRows;
        std::printf("rows: %d; heap %.1f MB; per row: FileRun array %.0f B (sizeof %zu, capacity %lld), text "
                    "blocks %.0f B (%.0f B of UTF-8), the rest %.0f B\n",
                    kRows, double(after - before) / 1e6, list, sizeof(FileRun),
                    qlonglong(model.files().capacity()), texts, double(textBytes) / kRows,
                    double(after - before) / kRows - list - texts);
        Bench::report("model_bytes_per_row", double(after - before) / kRows, "B");
    }
    // The same fetch again while the table is sorted by file name: every page lands all over the order.
    std::pair<double, double> appendedByName;
    {
        FileRunTableModel byName;
        FileRunFilterProxy byNameProxy;
        byNameProxy.setSourceModel(&byName);
        byNameProxy.sort(FileRunTableModel::FileNameColumn, Qt::AscendingOrder);
        appendedByName = appendPages(byName, newestFirstPages(model.files()));
        checkSorted(byName, byNameProxy, FileRunTableModel::FileNameColumn);
    }
    std::printf("appending %d pages of 50: %.0f ms in all under the window's sort, %.0f ms sorted by file "
                "name\n",
                kRows / HistoryQuery::kPageSize, appended.second, appendedByName.second);
    Bench::report("model_append_page_ms", appended.first, "ms", 1);
    Bench::report("model_append_page_sorted_by_name_ms", appendedByName.first, "ms", 1);

    // What the chips and the status bar count after each page: every row again (as the window did)
    // against FileRunSummary, which counts the rows each page adds. The rescan grows with the square of
    // the rows, so it is measured over 50,000 (1,000 pages); the summary over those and over 200,000.
    {
        const auto countingPerPage = [&](int rowCount, bool rescan) {
            const QList<QList<FileRun>> pages = newestFirstPages(model.files().mid(0, rowCount));
            FileRunTableModel counted;
            FileRunFilterProxy countedProxy;
            countedProxy.setSourceModel(&counted);
            countedProxy.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
            std::unique_ptr<FileRunSummary> summary;
            if (!rescan)
                summary = std::make_unique<FileRunSummary>(&counted, &countedProxy);
            double countingMs = 0;
            qint64 check = 0;
            for (const QList<FileRun> &pageFiles : pages) {
                QElapsedTimer timer;
                timer.start();
                counted.append(pageFiles); // the summary counts inside, as the window's does
                if (rescan) {
                    std::array<int, kStatusGroups.size()> groups{};
                    for (const FileRun &run : counted.files()) {
                        for (std::size_t g = 0; g < kStatusGroups.size(); ++g)
                            groups[g] += statusGroupContains(kStatusGroups[g], run.status);
                    }
                    qint64 rowsShown = 0;
                    for (int i = 0; i < countedProxy.rowCount(); ++i)
                        rowsShown += counted.file(countedProxy.mapToSource(countedProxy.index(i, 0)).row())
                                         .count(FileRun::Count::TotalRows);
                    check += groups[0] + rowsShown;
                    countingMs += Bench::elapsedMs(timer);
                } else {
                    check += summary->inGroup(StatusGroup::All) + summary->shownRows();
                    countingMs += Bench::elapsedMs(timer);
                }
            }
            if (check == 0)
                die(QStringLiteral("nothing was counted"));
            return countingMs;
        };
        // Both include the append itself; the difference is the counting.
        const double rescan50k = countingPerPage(50'000, true);
        const double summary50k = countingPerPage(50'000, false);
        const double summary200k = countingPerPage(kRows, false);
        Bench::report("page_handling_50000_rescan_baseline_ms", rescan50k, "ms");
        Bench::report("page_handling_50000_incremental_ms", summary50k, "ms");
        Bench::report("page_handling_200000_incremental_ms", summary200k, "ms");
    }

    // Load: the same 200,000 file runs handed over at once to a model whose proxy is attached and
    // sorted as the window's table starts (scheduled, newest first).
    const QList<FileRun> rows = model.files();
    QList<double> loads;
    FileRunTableModel loaded;
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&loaded);
    proxy.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    for (int i = 0; i < kRepeats; ++i) {
        loaded.clear();
        loads.append(timeMs([&] { loaded.setFiles(rows); }));
    }
    if (proxy.rowCount() != kRows)
        die(QStringLiteral("the proxy shows %1 rows").arg(proxy.rowCount()));
    checkSorted(loaded, proxy, FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    Bench::report("model_load_ms", Bench::median(loads), "ms");

    const QList<double> sorts = sortTimes([&](int column) { proxy.sort(column, Qt::AscendingOrder); });
    double slowest = 0;
    for (std::size_t i = 0; i < std::size(kSortColumns); ++i) {
        proxy.sort(kSortColumns[i].column, Qt::AscendingOrder);
        checkSorted(loaded, proxy, kSortColumns[i].column);
        const QByteArray name = QByteArray("model_sort_") + kSortColumns[i].name + "_ms";
        Bench::report(name.constData(), sorts[qsizetype(i)], "ms");
        slowest = std::max(slowest, sorts[qsizetype(i)]);
    }
    Bench::report("model_sort_ms", slowest, "ms");

    // Filter: typing a word into the search box, one character at a time, each change applied at
    // once (the debounce excluded) on the table sorted as it starts; then deleting it again.
    proxy.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    const QStringList words = {QStringLiteral("clickstream"), QStringLiteral("rows failed")};
    // The slowest keystroke, each keystroke's time the median of its kRepeats rounds (so one
    // preemption on a busy machine does not decide the figure).
    const auto typeAndDelete = [&](const std::function<void(const QString &)> &setText, QStringList *counts) {
        QList<QList<double>> typing, deleting; // [keystroke][round]
        for (int round = 0; round < kRepeats; ++round) {
            int typed = 0, deleted = 0;
            for (const QString &word : words) {
                for (qsizetype n = 1; n <= word.size(); ++n, ++typed) {
                    typing.resize(std::max<qsizetype>(typing.size(), typed + 1));
                    typing[typed].append(timeMs([&] { setText(word.left(n)); }));
                }
                if (counts && round == 0)
                    counts->append(QStringLiteral("\"%1\" %2 rows").arg(word).arg(proxy.rowCount()));
                for (qsizetype n = word.size() - 1; n >= 0; --n, ++deleted) {
                    deleting.resize(std::max<qsizetype>(deleting.size(), deleted + 1));
                    deleting[deleted].append(timeMs([&] { setText(word.left(n)); }));
                }
            }
        }
        const auto slowestMedian = [](const QList<QList<double>> &samples) {
            double worst = 0;
            for (const QList<double> &s : samples)
                worst = std::max(worst, Bench::median(s));
            return worst;
        };
        return std::pair{slowestMedian(typing), slowestMedian(deleting)};
    };
    QStringList shown;
    const auto [typing, deleting] =
        typeAndDelete([&](const QString &text) { proxy.setQuickFilter(text); }, &shown);
    std::printf("filter: %s; the slowest keystroke typing %.1f ms, deleting %.1f ms\n",
                qPrintable(shown.join(QStringLiteral(", "))), typing, deleting);
    Bench::report("filter_keystroke_ms", typing, "ms");
    Bench::report("filter_backspace_ms", deleting, "ms");

    // Baseline: the stock proxy, every comparison through QVariant from data(SortRole).
    {
        QSortFilterProxyModel stock;
        stock.setSortRole(FileRunTableModel::SortRole);
        stock.setSourceModel(&loaded);
        stock.sort(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
        const QList<double> stockSorts =
            sortTimes([&](int column) { stock.sort(column, Qt::AscendingOrder); });
        double stockSlowest = 0;
        QStringList stockLine;
        for (std::size_t i = 0; i < std::size(kSortColumns); ++i) {
            stockSlowest = std::max(stockSlowest, stockSorts[qsizetype(i)]);
            stockLine.append(QStringLiteral("%1 %2")
                                 .arg(QLatin1String(kSortColumns[i].name))
                                 .arg(stockSorts[qsizetype(i)], 0, 'f', 0));
        }
        std::printf("stock proxy sorts (ms): %s\n", qPrintable(stockLine.join(QStringLiteral(", "))));
        Bench::report("model_sort_qvariant_baseline_ms", stockSlowest, "ms");

        // And its filter: the file name column's display text, a QRegularExpression per change.
        stock.setFilterKeyColumn(FileRunTableModel::FileNameColumn);
        stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
        double stockTyping = 0;
        for (qsizetype n = 1; n <= words.first().size(); ++n)
            stockTyping =
                std::max(stockTyping, timeMs([&] { stock.setFilterFixedString(words.first().left(n)); }));
        Bench::report("filter_keystroke_qvariant_baseline_ms", stockTyping, "ms");
    }

    // The same in a table view set up as the window's (offscreen), since what a user waits for
    // includes the view's own work on each change: every figure ends with the view repainted.
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto settle = [&] {
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    };
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    loaded.clear();
    view.show();
    settle(); // the window's fixed costs (backing store, fonts) are not per row
    const qint64 beforeView = heapInUse();
    loaded.setFiles(rows); // shares the rows: the growth is the view's (the proxy's vectors keep their room)
    view.selectRow(10);    // a current row and a selection, as a user leaves them
    settle();
    Bench::report("view_bytes_per_row", double(heapInUse() - beforeView) / kRows, "B");
    QList<double> viewLoads;
    for (int i = 0; i < kRepeats; ++i) {
        loaded.clear();
        settle();
        viewLoads.append(timeMs([&] {
            loaded.setFiles(rows);
            settle();
        }));
    }
    Bench::report("view_load_ms", Bench::median(viewLoads), "ms");
    const QList<double> viewSorts = sortTimes([&](int column) {
        view.sortByColumn(column, Qt::AscendingOrder);
        settle();
    });
    Bench::report("view_sort_ms", *std::max_element(viewSorts.begin(), viewSorts.end()), "ms");
    view.sortByColumn(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    view.selectRow(10);
    settle();
    const auto [viewTyping, viewDeleting] = typeAndDelete(
        [&](const QString &text) {
            proxy.setQuickFilter(text);
            settle();
        },
        nullptr);
    Bench::report("view_filter_keystroke_ms", viewTyping, "ms");
    Bench::report("view_filter_backspace_ms", viewDeleting, "ms");
    return 0;
}
