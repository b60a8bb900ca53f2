#pragma once
// What the status bar and the chips count, kept up to date from the rows added rather than by
// scanning every row again: per status group over the fetched files, and files, rows and failed rows
// over the files shown (through the filter proxy). A page of a 200,000-file fetch costs its 50 rows,
// not 200,000 (docs/PERFORMANCE.md). A change of filter or a reset counts once, as it must.

#include "StatusGroup.h"

#include <QObject>
#include <QPointer>

#include <array>

class FileRunTableModel;
class QAbstractItemModel;

class FileRunSummary final : public QObject
{
    Q_OBJECT
public:
    // `shown` is a proxy over `model` (or `model` itself); both outlive nothing of this.
    FileRunSummary(FileRunTableModel *model, QAbstractItemModel *shown, QObject *parent = nullptr);

    int fetched() const;
    int inGroup(StatusGroup group) const { return m_groups[static_cast<int>(group)]; }
    int shownFiles() const { return m_shownFiles; }
    qint64 shownRows() const { return m_shownRows; }
    qint64 shownFailedRows() const { return m_shownFailed; }

Q_SIGNALS:
    // Any count changed (once per batch of rows).
    void changed();

private:
    void recountFetched();
    void addFetched(int first, int last);
    void recountShown();
    void addShown(int first, int last, int sign);
    int sourceRow(int shownRow) const;

    QPointer<FileRunTableModel> m_model;
    QPointer<QAbstractItemModel> m_shown;
    std::array<int, kStatusGroups.size()> m_groups{};
    int m_shownFiles = 0;
    qint64 m_shownRows = 0;
    qint64 m_shownFailed = 0;
};
