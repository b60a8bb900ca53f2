#pragma once
// The board as a table (issue 19, "The board"): one row per import an ImportScan judged, in every
// workspace scanned, with the attention rules' verdict in words (docs/ARCHITECTURE.md, "Attention").
// Typed values underneath and a raw sort role, as FileRunTableModel has; the rows are kept in the
// board's order (BoardOrder::byAttention), and the Attention column sorts by that rank, so its
// ascending sort is "most in need of attention first", the same order `importscope board` prints.

#include "session/ImportScan.h"

#include <QAbstractTableModel>
#include <QList>

class BoardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a narrow window must still show comes first: the import, its verdict, its failed files and
    // failure rate, its last result, then the other numbers; what describes the import (type, source,
    // schedule) last.
    enum Column {
        WorkspaceColumn,
        ImportColumn,
        AttentionColumn,
        FailedColumn,
        FailureRateColumn,
        LastCompletedColumn,
        FilesColumn,
        PartlyFailedColumn,
        FailedRowsColumn,
        TypeColumn,
        SourceColumn,
        ScheduleColumn,
        NextRunColumn, // Import Details' next_scheduled_at, beside the schedule it follows from
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the typed value: qint64, double or QString
        SeverityRole,                // ImportHealth::Severity as int; -1 when it cannot be judged
    };

    explicit BoardTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static bool isNumeric(int column);

    // Replaces every row with what a scan found (a reset).
    void setScan(const QList<ScanWorkspace> &workspaces, const QList<ScannedImport> &imports);
    void clear();

    const ScannedImport &import(int row) const { return m_imports.at(row); }
    const ScanWorkspace &workspaceOf(int row) const { return m_workspaces.at(m_imports.at(row).workspace); }
    // The row of this profile's import, -1 when the board has none.
    int rowOf(const QString &profileId, const QString &importId) const;

    // The texts of the cells that say what the scan could not tell, for the tooltip and the tests.
    QString lastCompletedText(int row) const;
    // Import Details' next run in the workspace's zone, or as sent when it is no timestamp; "" when
    // none is announced or Import Details did not list the import (the store keeps no schedule).
    QString nextRunText(int row) const;
    QString attentionText(int row) const;
    QStringList reasons(int row) const;

private:
    QString importName(int row) const;

    QList<ScanWorkspace> m_workspaces;
    QList<ScannedImport> m_imports; // in the board's order
};
