// The table model and its proxy under QAbstractItemModelTester, and sorting/filtering on typed
// values as a user sees them.
#include "api/FileRun.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
FileRun makeRun(const char *id, const char *name, FileStatus status, qint64 total, qint64 failed,
                const char *scheduled, const char *message = "")
{
    FileRun run;
    run.id = id;
    run.fileName = name;
    run.status = status;
    run.type = FileType::Users;
    run.statusMessage = message;
    run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::TotalRows) = total;
    run.count(FileRun::Count::FailedRows) = failed;
    run.count(FileRun::Count::AddedRows) = total - failed;
    run.count(FileRun::Count::FileSize) = total * 100;
    return run;
}

QList<FileRun> sample()
{
    return {makeRun("a1", "users_b.csv", FileStatus::Successful, 9, 0, "2024-05-02T10:00:00.000000"),
            makeRun("a2", "Users_a.csv", FileStatus::Failed, 100, 100, "2024-05-01T10:00:00.000000",
                    "Column email missing"),
            makeRun("a3", "events_10.csv", FileStatus::PartialSuccess, 1000, 10, "2024-05-03T23:30:00.000000",
                    "10 rows: bad date"),
            makeRun("a4", "zeta.csv", FileStatus::Queued, 0, 0, "2024-04-30T00:00:00.000000")};
}

// Rows with many ties (few names, totals, times, statuses), upper and lower case, and messages, so
// that every column has equal keys to keep in order.
QList<FileRun> tiedRows(int count, quint32 seed)
{
    static const char *const names[] = {"users_a.csv", "Users_A.csv", "events.csv", "EVENTS.csv",
                                        "zeta.csv",    "users_b.csv", "aux.csv"};
    static const char *const messages[] = {"", "", "10 rows: bad date", "Column email missing",
                                           "rows failed"};
    static const FileStatus statuses[] = {FileStatus::Successful, FileStatus::Failed,
                                          FileStatus::PartialSuccess, FileStatus::Queued,
                                          FileStatus::PartialFailure};
    QRandomGenerator random(seed);
    QList<FileRun> rows;
    for (int i = 0; i < count; ++i) {
        const qint64 total = random.bounded(4) * 100;
        const qint64 failed = total ? random.bounded(3) * total / 4 : 0;
        const QByteArray id = "r" + QByteArray::number(seed) + "_" + QByteArray::number(i);
        const QByteArray scheduled = "2024-05-0" + QByteArray::number(1 + random.bounded(3)) + "T1" +
                                     QByteArray::number(random.bounded(3)) + ":00:00.000000";
        rows.append(makeRun(id.constData(), names[random.bounded(7)], statuses[random.bounded(5)], total,
                            failed, scheduled.constData(), messages[random.bounded(5)]));
    }
    return rows;
}

// The proxy as it was before it kept its own row vectors: QSortFilterProxyModel over the model's
// lessThan() and matches(). The oracle the rewrite is held to.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(FileRunTableModel *model) : m_model(model) { setSourceModel(model); }
    void setQuickFilter(const QString &text)
    {
        m_needle = text.trimmed().toLower().toUtf8();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return m_needle.isEmpty() || m_model->matches(sourceRow, m_needle);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_model->lessThan(left.row(), right.row(), left.column());
    }

private:
    FileRunTableModel *m_model;
    QByteArray m_needle;
};

QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role).toString();
    return out;
}
} // namespace

class TestFileRunModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void numbersSortAsNumbers();
    void textSortsCaseInsensitively();
    void statusSortsProblemsFirst();
    void quickFilterSearchesNameIdAndMessage();
    void timesFollowTheZones();
    void dayFilter();
    void controlCharactersAreVisible();
    void sortsExactlyAsQSortFilterProxyModel();
    void filtersAndAppendsAsQSortFilterProxyModel();
    void selectionFollowsSortAndFilter();
    void headersStayWhenNothingMatches();
    void dayFilterFollowsTheDisplayZone();
};

void TestFileRunModel::controlCharactersAreVisible()
{
    FileRunTableModel model;
    QList<FileRun> files = sample();
    files[0].fileName = "lonely\rcr.csv";
    model.setFiles(files);
    // A CR would vanish when drawn: "lonelycr.csv" is a different file name.
    QCOMPARE(model.index(0, FileRunTableModel::FileNameColumn).data().toString(),
             QString::fromUtf8("lonely\u240Dcr.csv"));
    // Sorting and exports use the real bytes.
    QCOMPARE(model.file(0).fileNameText(), QStringLiteral("lonely\rcr.csv"));

    // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf" (issue 22).
    files[1].fileName = QStringLiteral("invoice\u202Efdp.exe").toUtf8();
    model.setFiles(files);
    QCOMPARE(model.index(1, FileRunTableModel::FileNameColumn).data().toString(),
             QStringLiteral("invoice<U+202E>fdp.exe"));
}

void TestFileRunModel::passesModelTester()
{
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(FileRunTableModel::TotalRowsColumn, Qt::DescendingOrder);
    model.append(sample().mid(0, 2));
    model.append(sample().mid(2));
    proxy.setQuickFilter(QStringLiteral("csv"));
    proxy.setQuickFilter(QStringLiteral("users"));
    proxy.sort(FileRunTableModel::FileNameColumn, Qt::AscendingOrder);
    model.setZones(QTimeZone("Asia/Kolkata"), QTimeZone::utc());
    proxy.setQuickFilter(QString());
    // Rows that land all over the order (sorted by name), and a day filter through a zone change.
    model.append(sample());
    proxy.setDay(QDate(2024, 5, 3));
    model.setZones(QTimeZone::utc(), QTimeZone("Asia/Kolkata"));
    proxy.setDay(std::nullopt);
    proxy.sort(-1);
    model.clear();
    model.setFiles(sample());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestFileRunModel::numbersSortAsNumbers()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FileRunTableModel::TotalRowsColumn, Qt::AscendingOrder);
    // As strings "1,000" < "100" < "9"; as numbers 0 < 9 < 100 < 1000.
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn),
             (QStringList{QStringLiteral("a4"), QStringLiteral("a1"), QStringLiteral("a2"),
                          QStringLiteral("a3")}));
    QCOMPARE(proxy.index(0, FileRunTableModel::TotalRowsColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>() &
                 Qt::AlignRight,
             Qt::AlignRight);
    QCOMPARE(
        proxy.index(3, FileRunTableModel::TotalRowsColumn).data(FileRunTableModel::SortRole).toLongLong(),
        1000);
    proxy.sort(FileRunTableModel::FailurePercentColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn).first(), QStringLiteral("a2"));
    // No rows means no failure rate, sorted below 0 %.
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn).last(), QStringLiteral("a4"));
}

void TestFileRunModel::textSortsCaseInsensitively()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FileRunTableModel::FileNameColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, FileRunTableModel::FileNameColumn),
             (QStringList{QStringLiteral("events_10.csv"), QStringLiteral("Users_a.csv"),
                          QStringLiteral("users_b.csv"), QStringLiteral("zeta.csv")}));
}

void TestFileRunModel::statusSortsProblemsFirst()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FileRunTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, FileRunTableModel::StatusColumn),
             (QStringList{QStringLiteral("FAILED"), QStringLiteral("PARTIAL_SUCCESS"),
                          QStringLiteral("QUEUED"), QStringLiteral("SUCCESSFUL")}));
}

void TestFileRunModel::quickFilterSearchesNameIdAndMessage()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setQuickFilter(QStringLiteral("USERS"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setQuickFilter(QStringLiteral("bad date"));
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn), QStringList{QStringLiteral("a3")});
    proxy.setQuickFilter(QStringLiteral("a4"));
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn), QStringList{QStringLiteral("a4")});
    proxy.setQuickFilter(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestFileRunModel::timesFollowTheZones()
{
    FileRunTableModel model;
    model.setFiles(sample());
    const QModelIndex scheduled = model.index(2, FileRunTableModel::ScheduledColumn);
    QCOMPARE(scheduled.data().toString(), QStringLiteral("2024-05-03 23:30:00"));
    QVERIFY(model.headerData(FileRunTableModel::ScheduledColumn, Qt::Horizontal)
                .toString()
                .contains(QLatin1String("UTC")));
    // The workspace is in India; shown in UTC the same instant is 5.5 hours earlier.
    model.setZones(QTimeZone("Asia/Kolkata"), QTimeZone::utc());
    QCOMPARE(scheduled.data().toString(), QStringLiteral("2024-05-03 18:00:00"));
    model.setZones(QTimeZone("Asia/Kolkata"), QTimeZone("Asia/Kolkata"));
    QCOMPARE(scheduled.data().toString(), QStringLiteral("2024-05-03 23:30:00"));
    QVERIFY(model.headerData(FileRunTableModel::ScheduledColumn, Qt::Horizontal)
                .toString()
                .contains(QLatin1String("Kolkata")));
}

void TestFileRunModel::dayFilter()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setDay(QDate(2024, 5, 3));
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn), QStringList{QStringLiteral("a3")});
    // 23:30 in a UTC workspace is already the 4th in Kolkata.
    model.setZones(QTimeZone::utc(), QTimeZone("Asia/Kolkata"));
    proxy.setDay(QDate(2024, 5, 4));
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn), QStringList{QStringLiteral("a3")});
}

void TestFileRunModel::sortsExactlyAsQSortFilterProxyModel()
{
    // Every column, both orders, one after another: ties keep the order the previous sort left, so
    // the rows must match the stock proxy's row for row, not just key for key.
    FileRunTableModel model;
    model.setFiles(tiedRows(400, 7));
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    ReferenceProxy reference(&model);
    for (int column = 0; column < FileRunTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            reference.sort(column, order);
            QCOMPARE(sourceRows(proxy), sourceRows(reference));
        }
    }
    proxy.sort(-1, Qt::DescendingOrder);
    reference.sort(-1, Qt::DescendingOrder);
    QCOMPARE(sourceRows(proxy), sourceRows(reference));
}

void TestFileRunModel::filtersAndAppendsAsQSortFilterProxyModel()
{
    // Typing, deleting and replacing the search text, and pages arriving, under several sorts. Rows a
    // filter hides and shows again may take another place among their equals than the stock proxy
    // gives them, so this compares the rows shown and their keys, position by position.
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    ReferenceProxy reference(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto same = [&](const char *step) {
        const QList<int> mine = sourceRows(proxy);
        const QList<int> theirs = sourceRows(reference);
        QVERIFY2(mine.size() == theirs.size(), step);
        QVERIFY2(QSet<int>(mine.begin(), mine.end()) == QSet<int>(theirs.begin(), theirs.end()), step);
        const int column = proxy.sortColumn();
        for (qsizetype i = 0; i < mine.size() && column >= 0; ++i) {
            QVERIFY2(!model.lessThan(mine[i], theirs[i], column) &&
                         !model.lessThan(theirs[i], mine[i], column),
                     qPrintable(QStringLiteral("%1: row %2").arg(QLatin1String(step)).arg(i)));
        }
    };
    const QStringList texts = {QStringLiteral("u"),
                               QStringLiteral("us"),
                               QStringLiteral("users"),
                               QStringLiteral("user"),
                               QString(),
                               QStringLiteral("ROWS"),
                               QStringLiteral("csv"),
                               QStringLiteral("r7_1"),
                               QString()};
    quint32 seed = 1;
    for (const int column :
         {int(FileRunTableModel::ScheduledColumn), int(FileRunTableModel::FileNameColumn),
          int(FileRunTableModel::StatusColumn), int(FileRunTableModel::FailurePercentColumn)}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            proxy.sort(column, order);
            reference.sort(column, order);
            same("sort");
            for (const QString &text : texts) {
                proxy.setQuickFilter(text);
                reference.setQuickFilter(text);
                same("filter");
                model.append(tiedRows(30, ++seed));
                same("append");
            }
        }
    }
    model.setFiles(tiedRows(100, 99));
    same("reset");
}

void TestFileRunModel::selectionFollowsSortAndFilter()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FileRunTableModel::TotalRowsColumn, Qt::AscendingOrder);
    // a3 (1000 rows) is last by total; a view's current row is a persistent index like this one.
    const QPersistentModelIndex selected = proxy.index(3, FileRunTableModel::FileNameColumn);
    QCOMPARE(selected.data().toString(), QStringLiteral("events_10.csv"));
    proxy.sort(FileRunTableModel::TotalRowsColumn, Qt::DescendingOrder);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data().toString(), QStringLiteral("events_10.csv"));
    proxy.setQuickFilter(QStringLiteral("csv"));
    QCOMPARE(selected.data().toString(), QStringLiteral("events_10.csv"));
    proxy.setQuickFilter(QStringLiteral("users"));
    QVERIFY(!selected.isValid()); // filtered out, as with QSortFilterProxyModel
}

void TestFileRunModel::headersStayWhenNothingMatches()
{
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setQuickFilter(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), int(FileRunTableModel::ColumnCount));
    QCOMPARE(proxy.headerData(FileRunTableModel::FileNameColumn, Qt::Horizontal).toString(),
             model.headerData(FileRunTableModel::FileNameColumn, Qt::Horizontal).toString());
}

void TestFileRunModel::dayFilterFollowsTheDisplayZone()
{
    // The day filter stays set while the zone toggles: the rows shown follow the new zone.
    FileRunTableModel model;
    model.setFiles(sample());
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setDay(QDate(2024, 5, 4));
    QCOMPARE(proxy.rowCount(), 0);
    model.setZones(QTimeZone::utc(), QTimeZone("Asia/Kolkata"));
    QCOMPARE(column(proxy, FileRunTableModel::FileIdColumn), QStringList{QStringLiteral("a3")});
}

QTEST_GUILESS_MAIN(TestFileRunModel)
#include "tst_filerunmodel.moc"
