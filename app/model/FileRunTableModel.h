#pragma once
// The fetched files as a table: typed values underneath, text only for display, and a raw sort
// role so sorting compares numbers and instants, not strings (qBittorrent's UnderlyingDataRole).

#include "api/FileRun.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

class FileRunTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        FileNameColumn,
        TypeColumn,
        ScheduledColumn,
        CompletedColumn,
        DurationColumn,
        SizeColumn,
        TotalRowsColumn,
        AddedRowsColumn,
        UpdatedRowsColumn,
        SkippedRowsColumn,
        FailedRowsColumn,
        FailurePercentColumn,
        AuxAddedColumn,
        AuxFailedColumn,
        MessageColumn,
        FileIdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the typed value: qint64, double or QString
        StatusRole,                  // FileStatus as int
        RowIndexRole,                // the row in this model, through any proxy
    };

    explicit FileRunTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<FileRun> &files);
    void setFiles(QList<FileRun> files);
    const QList<FileRun> &files() const { return m_files; }
    const FileRun &file(int row) const { return m_files.at(row); }

    // Timestamps are read in the workspace's zone and shown in the display zone (either it, or local).
    void setZones(const QTimeZone &workspace, const QTimeZone &display);
    QTimeZone workspaceZone() const { return m_workspaceZone; }
    QTimeZone displayZone() const { return m_displayZone; }

    // Compares two rows on a column the way sorting must: typed, text case-insensitively by code point.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // The same order as lessThan(), as one key per row, so sorting 200,000 rows reads each row once
    // instead of about 36 times: integer columns (counts, times, duration, status rank), the real
    // one (failure %), and text compared with compareText(). The type column has no key (Other).
    enum class SortKey : quint8 { Integer, Real, Text, Other };
    static SortKey sortKey(int column);
    qint64 integerKey(int row, int column) const;
    double realKey(int row, int column) const;
    QByteArrayView textKey(int row, int column) const;
    // Case-insensitive for ASCII, by code point otherwise (docs/PERFORMANCE.md allows it); <0, 0, >0.
    static int compareText(QByteArrayView a, QByteArrayView b);
    static bool isNumeric(int column);
    static QString columnTitle(int column);
    // Texts a user would search: file name, id, message.
    bool matches(int row, QByteArrayView lowerNeedle) const;
    // Asks the CPU to fetch those texts now, for a matches() a few rows later: a scan of 200,000 rows
    // otherwise waits on memory for each one (docs/PERFORMANCE.md).
    void prefetchSearchText(int row) const;

    QString displayTime(const WallClock &clock) const;
    static QString displayTime(const WallClock &clock, const QTimeZone &workspace, const QTimeZone &display);
    // Status colours shared by the table, the detail pane and the trends chart.
    static QString durationText(qint64 usecs);
    // Line breaks and tabs inside a one-line value drawn as visible symbols (␍ ␊ ␉ ␤), so a file
    // named "a\rb.csv" is not mistaken for "ab.csv".
    static QString visibleControls(QString text);
    static qint64 durationUsecs(const FileRun &run);

private:
    QList<FileRun> m_files;
    QTimeZone m_workspaceZone = QTimeZone::utc();
    QTimeZone m_displayZone = QTimeZone::utc();
};
