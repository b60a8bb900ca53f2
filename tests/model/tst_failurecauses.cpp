// Triage's grouping (model/FailureCauses) and its table model (model/CauseTableModel): per cause the
// files, failed rows, imports, workspaces, first and last seen, new in the span, files per day, an
// example and the file ids; only problem files count; a batch of new files changes only its causes.
#include "model/CauseTableModel.h"
#include "model/FailureCauses.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

FileRun file(const char *id, const char *scheduled, FileStatus status, const char *message, qint64 failed = 1,
             const char *name = "users.csv")
{
    FileRun run;
    run.id = id;
    run.fileName = name;
    run.status = status;
    run.statusMessage = message;
    if (scheduled[0])
        run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::FailedRows) = failed;
    run.count(FileRun::Count::TotalRows) = failed * 2;
    return run;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

const char *const kEmail = "Row 17: invalid value 'a@b' for attribute 'email'";
const char *const kEmail2 = "Row 90211: invalid value 'x@y' for attribute 'email'";
const char *const kMissing = "Mandatory column \"uid\" missing in users.csv";

qsizetype rowOf(const FailureCauses &causes, const QByteArray &pattern)
{
    for (qsizetype row = 0; row < causes.size(); ++row) {
        if (causes.at(row).pattern == pattern)
            return row;
    }
    return -1;
}

} // namespace

class TestFailureCauses final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsProblemFilesByCause()
    {
        const QList<FileRun> files = {
            file("f1", "2024-03-01T10:00:00.000000", FileStatus::Failed, kEmail, 5),
            file("f2", "2024-03-03T10:00:00.000000", FileStatus::PartialSuccess, kEmail2, 7),
            file("f3", "2024-03-02T10:00:00.000000", FileStatus::PartialFailure, kMissing, 3),
            file("f4", "2024-03-02T11:00:00.000000", FileStatus::Other, kMissing, 0),
            file("ok", "2024-03-02T11:00:00.000000", FileStatus::Successful, "", 0),
            file("q", "2024-03-02T11:00:00.000000", FileStatus::Queued, "", 0),
            file("p", "2024-03-02T11:00:00.000000", FileStatus::Processing, "", 0),
            file("w", "2024-03-02T11:00:00.000000", FileStatus::Waiting, kEmail, 0),
        };
        FailureCauses causes;
        causes.add({0, 3}, files);
        QCOMPARE(causes.size(), 2);
        QCOMPARE(causes.groupedFiles(), 4);

        const FailureCause &email =
            causes.at(rowOf(causes, "Row <n>: invalid value <value> for attribute 'email'"));
        QCOMPARE(email.files, 2);
        QCOMPARE(email.failedRows, 12);
        QCOMPARE(email.imports, QList<int>{3});
        QCOMPARE(email.workspaces, QList<int>{0});
        QCOMPARE(email.firstSeen(QTimeZone::utc()), utc(2024, 3, 1, 10));
        QCOMPARE(email.lastSeen(QTimeZone::utc()), utc(2024, 3, 3, 10));
        QCOMPARE(email.fileIds, (QList<QByteArray>{"f1", "f2"}));
        // The example is the newest file's message, whole.
        QCOMPARE(email.example, QByteArray(kEmail2));
        QCOMPARE(email.exampleFileId, QByteArray("f2"));

        const FailureCause &missing = causes.at(rowOf(causes, "Mandatory column \"uid\" missing in <file>"));
        QCOMPARE(missing.files, 2); // PARTIAL_FAILURE and an unknown status are problems too
        QCOMPARE(missing.fileIds, (QList<QByteArray>{"f3", "f4"}));
    }

    void importsAndWorkspacesAcrossBatches()
    {
        FailureCauses causes;
        causes.add({1, 4}, {file("a", "2024-03-01T10:00:00.000000", FileStatus::Failed, kEmail)});
        causes.add({0, 2}, {file("b", "2024-03-01T11:00:00.000000", FileStatus::Failed, kEmail2)});
        causes.add({1, 5}, {file("c", "2024-03-01T12:00:00.000000", FileStatus::Failed, kEmail)});
        causes.add({1, 4}, {file("d", "2024-03-01T13:00:00.000000", FileStatus::Failed, kEmail)});
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.at(0).imports, (QList<int>{2, 4, 5}));
        QCOMPARE(causes.at(0).workspaces, (QList<int>{0, 1}));
        QCOMPARE(causes.at(0).files, 4);
    }

    void spanDecidesWhatCountsAndWhatIsNew()
    {
        TriageSpan span;
        span.from = utc(2024, 3, 10);
        span.to = utc(2024, 3, 13);
        FailureCauses causes(span);
        causes.add({0, 0},
                   {
                       file("old", "2024-03-09T23:59:59.999999", FileStatus::Failed, kEmail),
                       file("in1", "2024-03-10T00:00:00.000000", FileStatus::Failed, kEmail2),
                       file("in2", "2024-03-12T23:59:59.000000", FileStatus::Failed, kMissing),
                       file("late", "2024-03-13T00:00:00.000000", FileStatus::Failed, "Header row missing"),
                       file("none", "", FileStatus::Failed, "No time at all"),
                       // A successful file before the span says nothing about a cause.
                       file("okOld", "2024-03-01T00:00:00.000000", FileStatus::Successful, kMissing),
                   });
        QCOMPARE(causes.size(), 2);
        QCOMPARE(causes.groupedFiles(), 2);
        const qsizetype email = rowOf(causes, "Row <n>: invalid value <value> for attribute 'email'");
        const qsizetype missing = rowOf(causes, "Mandatory column \"uid\" missing in <file>");
        QVERIFY(email >= 0 && missing >= 0);
        QVERIFY(!causes.isNew(email)); // seen before the span, in another row number
        QVERIFY(causes.isNew(missing));
        QCOMPARE(causes.at(email).fileIds, QList<QByteArray>{"in1"});
        QCOMPARE(causes.firstDay(), QDate(2024, 3, 10));
        QCOMPARE(causes.dayCount(), 3);
        QCOMPARE(causes.perDay(email), (QList<int>{1, 0, 0}));
        QCOMPARE(causes.perDay(missing), (QList<int>{0, 0, 1}));

        // An older file arriving later (a fetch's later pages) takes the badge away, in place.
        const auto changes =
            causes.add({0, 0}, {file("older", "2024-02-01T00:00:00.000000", FileStatus::Failed, kMissing)});
        QVERIFY(!causes.isNew(missing));
        QCOMPARE(changes.changedRows, QList<qsizetype>{missing});
        QCOMPARE(changes.firstNewRow, changes.rowCount);
        QCOMPARE(causes.at(missing).files, 1);
    }

    void nothingIsNewWithoutAStart()
    {
        FailureCauses causes;
        causes.add({0, 0}, {file("a", "2024-03-01T10:00:00.000000", FileStatus::Failed, kEmail),
                            file("b", "", FileStatus::Failed, kEmail)});
        QCOMPARE(causes.size(), 1);
        QVERIFY(!causes.isNew(0));
        QCOMPARE(causes.at(0).files, 2); // an open span takes files without a time too
        QCOMPARE(causes.perDay(0), QList<int>{1});
    }

    void zonesOfWorkspaceAndDays()
    {
        // Berlin's wall clock 00:30 on March 10 is 23:30 UTC on March 9; in Kolkata that is 05:00 on the
        // 10th.
        TriageSpan span;
        span.from = utc(2024, 3, 9, 23, 0);
        span.to = utc(2024, 3, 11);
        span.dayZone = QTimeZone("Asia/Kolkata");
        FailureCauses causes(span);
        causes.add(
            {0, 0, QTimeZone("Europe/Berlin")},
            {file("a", "2024-03-10T00:30:00.000000", FileStatus::Failed, kEmail),
             file("b", "2024-03-09T23:30:00.000000", FileStatus::Failed, kMissing)}); // 22:30 UTC: before
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.at(0).firstSeen(QTimeZone::utc()), utc(2024, 3, 9, 23, 30));
        QCOMPARE(causes.firstDay(), QDate(2024, 3, 10)); // 23:00 UTC is 04:30 in Kolkata
        QCOMPARE(causes.perDay(0).value(0), 1);
    }

    void aBatchChangesOnlyItsCauses()
    {
        FailureCauses causes;
        QList<FileRun> history;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray message =
                "Cause " + QByteArray(1, char('a' + i % 10)) + " in row " + QByteArray::number(i);
            history.append(file(QByteArray::number(i).constData(), "2024-03-01T10:00:00.000000",
                                FileStatus::Failed, message.constData()));
        }
        auto changes = causes.add({0, 0}, history);
        QCOMPARE(changes.firstNewRow, 0);
        QCOMPARE(changes.rowCount, 10);
        QVERIFY(changes.changedRows.isEmpty());

        changes = causes.add(
            {0, 0}, {file("n1", "2024-03-01T11:00:00.000000", FileStatus::Failed, "Cause c in row 5"),
                     file("n2", "2024-03-01T11:00:00.000000", FileStatus::Failed, "Cause c in row 6"),
                     file("n3", "2024-03-01T11:00:00.000000", FileStatus::Failed, "Cause h in row 6"),
                     file("n4", "2024-03-01T11:00:00.000000", FileStatus::Failed, "Brand new"),
                     file("n5", "2024-03-01T11:00:00.000000", FileStatus::Successful, "Cause a")});
        QCOMPARE(changes.firstNewRow, 10);
        QCOMPARE(changes.rowCount, 11);
        QCOMPARE(changes.changedRows, (QList<qsizetype>{2, 7}));
        QVERIFY(!changes.dayAxisChanged);
        QCOMPARE(causes.at(2).files, 102);
        QCOMPARE(causes.at(10).pattern, QByteArray("Brand new"));

        // A later day on an open axis moves every strip.
        changes = causes.add(
            {0, 0}, {file("n6", "2024-03-02T11:00:00.000000", FileStatus::Failed, "Cause a in row 1")});
        QVERIFY(changes.dayAxisChanged);
        QCOMPARE(causes.dayCount(), 2);
        QCOMPARE(causes.perDay(0), (QList<int>{100, 1}));
        QCOMPARE(causes.perDay(1), (QList<int>{100, 0}));
    }

    void orderByFilesOrFailedRows()
    {
        FailureCauses causes;
        causes.add({0, 0}, {file("a", "2024-03-01T10:00:00.000000", FileStatus::Failed, "A", 100),
                            file("b1", "2024-03-01T10:00:00.000000", FileStatus::Failed, "B", 1),
                            file("b2", "2024-03-01T10:00:00.000000", FileStatus::Failed, "B", 1),
                            file("c", "2024-03-01T10:00:00.000000", FileStatus::Failed, "C", 5)});
        const auto patterns = [&](CauseOrder order) {
            QList<QByteArray> out;
            for (const qsizetype row : causes.order(order))
                out.append(causes.at(row).pattern);
            return out;
        };
        QCOMPARE(patterns(CauseOrder::Files), (QList<QByteArray>{"B", "A", "C"}));
        QCOMPARE(patterns(CauseOrder::FailedRows), (QList<QByteArray>{"A", "C", "B"}));
    }

    void hostileTimestampsKeepTheStripSmall()
    {
        FailureCauses causes;
        causes.add({0, 0}, {file("a", "1970-01-01T00:00:00.000000", FileStatus::Failed, kEmail),
                            file("b", "9999-12-31T23:59:59.000000", FileStatus::Failed, kEmail),
                            file("c", "2024-03-01T00:00:00.000000", FileStatus::Failed, kEmail)});
        QCOMPARE(causes.at(0).files, 3);
        QVERIFY(causes.dayCount() <= 3660);
        QCOMPARE(causes.perDay(0).size(), causes.dayCount());
    }

    void modelUnderTester()
    {
        CauseTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CauseTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(CauseTableModel::FilesColumn, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        TriageSpan span;
        span.from = utc(2024, 3, 1);
        span.to = utc(2024, 3, 8);
        model.setSpan(span);
        model.setNames({"prod-eu"}, {"Daily users", "Clickstream"});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QList<FileRun> first = {
            file("a", "2024-03-02T10:00:00.000000", FileStatus::Failed, kEmail, 10),
            file("b", "2024-03-03T10:00:00.000000", FileStatus::Failed, kMissing, 2),
            file("c", "2024-03-04T10:00:00.000000", FileStatus::Failed, kMissing, 2)};
        model.addFiles({0, 0}, first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(proxy.index(0, CauseTableModel::PatternColumn).data().toString(),
                 QStringLiteral("Mandatory column \"uid\" missing in <file>"));

        model.addFiles({0, 1}, {file("d", "2024-03-05T10:00:00.000000", FileStatus::Failed, kEmail2, 1),
                                file("e", "2024-03-05T11:00:00.000000", FileStatus::Failed, kEmail2, 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        // Sorted by the raw count, live: three e-mail files now lead.
        QCOMPARE(proxy.index(0, CauseTableModel::FilesColumn).data(CauseTableModel::SortRole),
                 QVariant(qint64(3)));
        QCOMPARE(proxy.index(0, 0).data(CauseTableModel::FileIdsRole).toStringList(),
                 (QStringList{"a", "d", "e"}));

        const QModelIndex email = model.index(0, 0);
        QCOMPARE(email.siblingAtColumn(CauseTableModel::FailedRowsColumn).data(CauseTableModel::SortRole),
                 QVariant(qint64(12)));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::ImportsColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::ImportsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Daily users\nClickstream"));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::NewColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::FirstSeenColumn).data().toString(),
                 QStringLiteral("2024-03-02 10:00"));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::FirstSeenColumn).data(CauseTableModel::SortRole),
                 QVariant(utc(2024, 3, 2, 10).toMSecsSinceEpoch() * 1000));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::DaysColumn)
                     .data(CauseTableModel::PerDayRole)
                     .value<QList<int>>(),
                 (QList<int>{0, 1, 0, 0, 2, 0, 0}));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::ExampleColumn).data().toString(),
                 QString::fromUtf8(kEmail2));
        QCOMPARE(email.siblingAtColumn(CauseTableModel::DaysColumn).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Per day Files on 2 of 7 days; the most, 2, on 2024-03-05"));
        QCOMPARE(model.headerData(CauseTableModel::FirstSeenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("First seen (UTC)"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void emptyMessagesAreOneCause()
    {
        CauseTableModel model;
        model.addFiles({0, 0}, {file("a", "2024-03-02T10:00:00.000000", FileStatus::Failed, ""),
                                file("b", "2024-03-02T10:00:00.000000", FileStatus::Failed, " \r\n")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CauseTableModel::PatternColumn).data().toString(),
                 QStringLiteral("(no message)"));
    }
};

QTEST_GUILESS_MAIN(TestFailureCauses)
#include "tst_failurecauses.moc"
