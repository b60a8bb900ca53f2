#pragma once
// The failure causes as a table (the Triage view's): typed values underneath, text only for display,
// and a raw sort role so sorting compares numbers and instants (as FileRunTableModel does). Files are
// added as they arrive; the model then announces only the rows they touched, new rows at the end, so a
// view keeps its selection and sort while a fetch runs.

#include "model/FailureCauses.h"

#include <QAbstractTableModel>
#include <QStringList>

class CauseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PatternColumn,
        FilesColumn,
        FailedRowsColumn,
        ImportsColumn,
        WorkspacesColumn,
        FirstSeenColumn,
        LastSeenColumn,
        NewColumn,
        DaysColumn,
        ExampleColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the typed value: qint64, int or QString
        PerDayRole,                  // QList<int>: files on each day of causes().firstDay() on
        FileIdsRole,                 // QStringList: the cause's file ids
        IsNewRole,                   // bool
    };

    explicit CauseTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over for another span (or day zone): nothing is grouped until files are added again.
    void setSpan(const TriageSpan &span);
    const TriageSpan &span() const { return m_causes.span(); }
    void addFiles(const TriageSource &source, std::span<const FileRun> files);
    void addFiles(const TriageSource &source, const QList<FileRun> &files)
    {
        addFiles(source, std::span<const FileRun>(files.constData(), std::size_t(files.size())));
    }
    void clear();
    // Names for the indexes in TriageSource, shown in tool tips; optional.
    void setNames(const QStringList &workspaces, const QStringList &imports);

    const FailureCauses &causes() const { return m_causes; }
    const FailureCause &cause(int row) const { return m_causes.at(row); }
    QStringList fileIds(int row) const;

    // Compares two rows on a column as SortRole would, without a QVariant: a live fetch re-sorts a few
    // thousand causes per burst of pages.
    bool lessThan(int leftRow, int rightRow, int column) const;

    static QString columnTitle(int column);
    // A pattern as shown: "(no message)" for files that came without one.
    static QString patternText(const QByteArray &pattern);
    // A message on one line, for a table cell.
    static QString oneLine(const QByteArray &message);
    QString seenText(const QDateTime &when) const;
    // What the day strip says to a screen reader or a tool tip.
    QString perDayText(int row) const;

private:
    QString namesOf(const QList<int> &indexes, const QStringList &names) const;

    FailureCauses m_causes;
    int m_rowCount = 0; // what views have been told; m_causes may already hold more
    QStringList m_workspaceNames;
    QStringList m_importNames;
};
