// The table's columns against the API fields an export writes: every field has its column, the two
// computed columns have no field and are reported, order is kept.
#include "export/ExportColumns.h"
#include "model/FileRunTableModel.h"

#include <QTest>

class TestExportColumns final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldHasItsColumn()
    {
        QSet<int> columns;
        for (const ExportField field : allExportFields()) {
            const int column = ExportColumns::columnForField(field);
            QVERIFY(column >= 0 && column < FileRunTableModel::ColumnCount);
            QCOMPARE(ExportColumns::fieldForColumn(column), std::optional<ExportField>(field));
            columns.insert(column);
        }
        QCOMPARE(columns.size(), kExportFieldCount);
    }

    void computedColumnsAreNotFields()
    {
        using M = FileRunTableModel;
        QVERIFY(!ExportColumns::fieldForColumn(M::DurationColumn));
        QVERIFY(!ExportColumns::fieldForColumn(M::FailurePercentColumn));
        const QList<int> shown = {M::FailurePercentColumn, M::FileNameColumn, M::DurationColumn,
                                  M::StatusColumn, M::FailedRowsColumn};
        QCOMPARE(ExportColumns::fieldsForColumns(shown),
                 (QList<ExportField>{ExportField::FileName, ExportField::Status, ExportField::FailedRows}));
        QCOMPARE(ExportColumns::computedColumns(shown),
                 (QList<int>{M::FailurePercentColumn, M::DurationColumn}));
    }

    void displayLabelsAreTheTableTitles()
    {
        QCOMPARE(ExportColumns::displayLabels(
                     {ExportField::Id, ExportField::FileName, ExportField::AuxDataFailed}),
                 (QStringList{QStringLiteral("File ID"), QStringLiteral("File name"),
                              QStringLiteral("Aux failed")}));
        // All fifteen labels differ, so a JSON export "as displayed" has distinct keys.
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.headerLabels = ExportColumns::displayLabels(options.fields);
        QVERIFY(options.validate());
    }
};

QTEST_GUILESS_MAIN(TestExportColumns)
#include "tst_exportcolumns.moc"
