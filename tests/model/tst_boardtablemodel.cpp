// The board's table (issue 19, "The board"): one row per scanned import, the ones most in need of
// attention first (the order `importscope board` prints, BoardOrder), the attention rules' reasons in
// the tooltip, a run in progress said beside the last completed result and never taken for it, what
// was judged from the store said with its age, what cannot be judged said why, and numbers sorted as
// numbers.
#include "model/BoardTableModel.h"

#include <QSortFilterProxyModel>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();

FileRun file(FileStatus status, qint64 minutesAgo)
{
    static int serial = 0;
    FileRun run;
    run.id = QByteArray::number(++serial);
    run.status = status;
    run.scheduledAt.usecs = (kNow.toMSecsSinceEpoch() - minutesAgo * 60'000) * 1000;
    if (status != FileStatus::Queued && status != FileStatus::Waiting && status != FileStatus::Processing)
        run.completedAt.usecs = run.scheduledAt.usecs + 5 * 60'000'000LL;
    return run;
}

ScannedImport scanned(const QString &name, const QList<FileRun> &files, int workspace = 0)
{
    ScannedImport s;
    s.workspace = workspace;
    s.summary.id = QStringLiteral("id-") + name;
    s.summary.name = name;
    s.summary.type = QStringLiteral("USERS");
    s.listed = true;
    s.health = ImportHealthRules::assess(files, false, kNow, 7 * 86400, QTimeZone::utc());
    return s;
}

QList<FileRun> repeat(FileStatus status, int count, qint64 fromMinutesAgo)
{
    QList<FileRun> files;
    for (int i = 0; i < count; ++i)
        files << file(status, fromMinutesAgo + i * 60);
    return files;
}

QList<ScanWorkspace> workspaces()
{
    ScanWorkspace test;
    test.label = QStringLiteral("Staging");
    test.profile = test.label;
    test.profileId = QStringLiteral("p-staging");
    test.connection.timeZone = QTimeZone::utc();
    ScanWorkspace production = test;
    production.label = QStringLiteral("Shop");
    production.profile = production.label;
    production.profileId = QStringLiteral("p-shop");
    production.production = true;
    return {test, production};
}

QStringList namesInViewOrder(const QSortFilterProxyModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, BoardTableModel::ImportColumn).data().toString();
    return names;
}
} // namespace

class TestBoardTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failingSortsFirstAndUnknownLast();
    void numbersSortAsNumbers();
    void reasonsAreInTheTooltip();
    void aRunInProgressIsNotTheResult();
    void storedAndUnjudgedAreSaid();
    void productionWorkspaceIsBadged();
    void nextRunAsImportDetailsSays();
};

void TestBoardTableModel::failingSortsFirstAndUnknownLast()
{
    ScannedImport unknown;
    unknown.summary.id = QStringLiteral("id-aaa");
    unknown.summary.name = QStringLiteral("aaa never stored");
    unknown.unknown = QStringLiteral("nothing is stored for it");
    // In the order a scan would find them: healthy, unknown, partly failing, failing (other workspace).
    const QList<ScannedImport> imports = {
        scanned(QStringLiteral("alpha healthy"), repeat(FileStatus::Successful, 3, 30)),
        unknown,
        scanned(QStringLiteral("mid partial"), {file(FileStatus::PartialSuccess, 30)}),
        scanned(QStringLiteral("zulu failing"),
                {file(FileStatus::Successful, 300), file(FileStatus::Failed, 30)}, 1),
    };
    BoardTableModel model;
    model.setScan(workspaces(), imports);
    QCOMPARE(model.rowCount(), 4);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BoardTableModel::SortRole);
    proxy.sort(BoardTableModel::AttentionColumn, Qt::AscendingOrder);
    const QStringList expected = {QStringLiteral("zulu failing"), QStringLiteral("mid partial"),
                                  QStringLiteral("alpha healthy"), QStringLiteral("aaa never stored")};
    QCOMPARE(namesInViewOrder(proxy), expected);
    // The order is the command line's: the shared BoardOrder, applied to the same list.
    QStringList cliOrder;
    for (const qsizetype i : BoardOrder::byAttention(imports))
        cliOrder << imports[i].summary.name;
    QCOMPARE(cliOrder, expected);
    // Sorted by name and back to attention: the same order again.
    proxy.sort(BoardTableModel::ImportColumn, Qt::AscendingOrder);
    QCOMPARE(namesInViewOrder(proxy).first(), QStringLiteral("aaa never stored"));
    proxy.sort(BoardTableModel::AttentionColumn, Qt::AscendingOrder);
    QCOMPARE(namesInViewOrder(proxy), expected);
    QCOMPARE(model.rowOf(QStringLiteral("p-shop"), QStringLiteral("id-zulu failing")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("p-staging"), QStringLiteral("id-zulu failing")), -1);
}

void TestBoardTableModel::numbersSortAsNumbers()
{
    // 10 failed files against 9: as text "9" would sort above "10".
    BoardTableModel model;
    model.setScan(workspaces(), {scanned(QStringLiteral("nine"), repeat(FileStatus::Failed, 9, 30)),
                                 scanned(QStringLiteral("ten"), repeat(FileStatus::Failed, 10, 30))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BoardTableModel::SortRole);
    proxy.sort(BoardTableModel::FailedColumn, Qt::DescendingOrder);
    QCOMPARE(namesInViewOrder(proxy), (QStringList{QStringLiteral("ten"), QStringLiteral("nine")}));
    QCOMPARE(proxy.index(0, BoardTableModel::FailedColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(proxy.index(0, BoardTableModel::FailureRateColumn).data().toString(),
             QLocale().toString(100.0, 'f', 1) + QLatin1Char('%'));
}

void TestBoardTableModel::reasonsAreInTheTooltip()
{
    const ScannedImport failing =
        scanned(QStringLiteral("orders"), {file(FileStatus::Successful, 300), file(FileStatus::Failed, 30)});
    BoardTableModel model;
    model.setScan(workspaces(), {failing});
    const QModelIndex attention = model.index(0, BoardTableModel::AttentionColumn);
    QCOMPARE(attention.data().toString(), QStringLiteral("failing"));
    const QString tip = attention.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, failing.health.reasons(QTimeZone::utc()).join(QLatin1Char('\n')));
    QVERIFY2(tip.startsWith(QStringLiteral("failing: the last completed run FAILED at ")), qPrintable(tip));
    QCOMPARE(model.index(0, BoardTableModel::ImportColumn).data(Qt::ToolTipRole).toString(), tip);
    QCOMPARE(attention.data(BoardTableModel::SeverityRole).toInt(), int(ImportHealth::Severity::Critical));
}

void TestBoardTableModel::aRunInProgressIsNotTheResult()
{
    // Succeeded an hour ago; the newest file is still processing (and would be nothing to judge).
    const ScannedImport running = scanned(
        QStringLiteral("events"), {file(FileStatus::Successful, 60), file(FileStatus::Processing, 5)});
    BoardTableModel model;
    model.setScan(workspaces(), {running});
    const QString last = model.index(0, BoardTableModel::LastCompletedColumn).data().toString();
    QVERIFY2(last.startsWith(QStringLiteral("SUCCESSFUL, ")), qPrintable(last));
    QVERIFY2(last.contains(QStringLiteral("PROCESSING since ")), qPrintable(last));
    QCOMPARE(model.index(0, BoardTableModel::AttentionColumn).data().toString(), QStringLiteral("OK"));
    // Only a processing file: nothing completed, and it is not the result either.
    model.setScan(workspaces(), {scanned(QStringLiteral("first"), {file(FileStatus::Processing, 5)})});
    const QString none = model.index(0, BoardTableModel::LastCompletedColumn).data().toString();
    QVERIFY2(none.startsWith(QStringLiteral("none completed")), qPrintable(none));
    QVERIFY(!none.startsWith(QStringLiteral("PROCESSING")));
}

void TestBoardTableModel::storedAndUnjudgedAreSaid()
{
    ScannedImport stored = scanned(QStringLiteral("orders"), {file(FileStatus::Failed, 30)});
    stored.storedAt = kNow.addSecs(-12 * 60);
    ScannedImport unknown;
    unknown.summary.id = QStringLiteral("id-x");
    unknown.unknown = QStringLiteral("not refreshed, and nothing is stored for it");
    BoardTableModel model;
    model.setScan(workspaces(), {stored, unknown});
    const QString storedText = model.index(0, BoardTableModel::AttentionColumn).data().toString();
    QVERIFY2(storedText.startsWith(QStringLiteral("failing; from the store, refreshed ")),
             qPrintable(storedText));
    QVERIFY2(storedText.contains(QStringLiteral("12 min")), qPrintable(storedText));
    QCOMPARE(model.index(1, BoardTableModel::ImportColumn).data().toString(), QStringLiteral("id-x"));
    QCOMPARE(model.index(1, BoardTableModel::AttentionColumn).data().toString(),
             QStringLiteral("cannot be judged: not refreshed, and nothing is stored for it"));
    // Nothing judged, so no numbers: an empty cell, not a 0 that would read as "no failures".
    QCOMPARE(model.index(1, BoardTableModel::FailedColumn).data().toString(), QString());
    QCOMPARE(model.index(1, BoardTableModel::AttentionColumn).data(BoardTableModel::SeverityRole).toInt(),
             -1);
}

void TestBoardTableModel::productionWorkspaceIsBadged()
{
    BoardTableModel model;
    model.setScan(workspaces(), {scanned(QStringLiteral("a"), {}, 0), scanned(QStringLiteral("b"), {}, 1)});
    // Both healthy: by name, so "a" of Staging first.
    QCOMPARE(model.index(0, BoardTableModel::WorkspaceColumn).data().toString(), QStringLiteral("Staging"));
    QCOMPARE(model.index(1, BoardTableModel::WorkspaceColumn).data().toString(),
             QStringLiteral("Shop  [PRODUCTION]"));
    QVERIFY(model.index(1, BoardTableModel::WorkspaceColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, BoardTableModel::WorkspaceColumn).data(Qt::ForegroundRole).isValid());
}

void TestBoardTableModel::nextRunAsImportDetailsSays()
{
    // Import Details' next_scheduled_at, a wall clock of the workspace's zone: the soonest first, a
    // one-time import's (none) and one that is no timestamp last, the latter shown as sent.
    QList<ScanWorkspace> spaces = workspaces();
    spaces[0].connection.timeZone = QTimeZone("Europe/Berlin");
    ScannedImport later = scanned(QStringLiteral("later"), {});
    later.summary.scheduleType = QStringLiteral("PERIODIC");
    later.summary.nextScheduledAt = QStringLiteral("2026-12-08T18:30:00.000000");
    ScannedImport sooner = scanned(QStringLiteral("sooner"), {});
    sooner.summary.scheduleType = QStringLiteral("PERIODIC");
    sooner.summary.nextScheduledAt = QStringLiteral("2026-12-08 06:00:00");
    ScannedImport once = scanned(QStringLiteral("once"), {});
    once.summary.scheduleType = QStringLiteral("ONETIME");
    ScannedImport odd = scanned(QStringLiteral("odd"), {});
    odd.summary.nextScheduledAt = QStringLiteral("tomorrow-ish");
    BoardTableModel model;
    model.setScan(spaces, {later, sooner, once, odd});
    QCOMPARE(model.headerData(BoardTableModel::NextRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("Next run"));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BoardTableModel::SortRole);
    proxy.sort(BoardTableModel::NextRunColumn, Qt::AscendingOrder);
    QCOMPARE(namesInViewOrder(proxy).mid(0, 2), (QStringList{"sooner", "later"}));
    const auto nextRunOf = [&](const QString &name) {
        const int row = model.rowOf(QStringLiteral("p-staging"), QStringLiteral("id-") + name);
        return model.index(row, BoardTableModel::NextRunColumn).data().toString();
    };
    QCOMPARE(nextRunOf(QStringLiteral("sooner")), QStringLiteral("2026-12-08 06:00"));
    QCOMPARE(nextRunOf(QStringLiteral("later")), QStringLiteral("2026-12-08 18:30"));
    QCOMPARE(nextRunOf(QStringLiteral("once")), QString());
    QCOMPARE(nextRunOf(QStringLiteral("odd")), QStringLiteral("tomorrow-ish"));
}

QTEST_GUILESS_MAIN(TestBoardTableModel)
#include "tst_boardtablemodel.moc"
