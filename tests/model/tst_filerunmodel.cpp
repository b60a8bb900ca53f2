// The table model and its proxy under QAbstractItemModelTester, and sorting/filtering on typed
// values as a user sees them.
#include "api/FileRun.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QAbstractItemModelTester>
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
};

void TestFileRunModel::controlCharactersAreVisible()
{
    FileRunTableModel model;
    QList<FileRun> files = sample();
    files[0].fileName = "lonely\rcr.csv";
    model.setFiles(files);
    // A CR would vanish when drawn: "lonelycr.csv" is a different file name.
    QCOMPARE(model.index(0, FileRunTableModel::FileNameColumn).data().toString(), QString::fromUtf8("lonely\u240Dcr.csv"));
    // Sorting and exports use the real bytes.
    QCOMPARE(model.file(0).fileNameText(), QStringLiteral("lonely\rcr.csv"));
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

QTEST_GUILESS_MAIN(TestFileRunModel)
#include "tst_filerunmodel.moc"
