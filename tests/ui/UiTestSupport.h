#pragma once
// What the widget tests share: a table of files as the window shows it (model → filter proxy →
// view) and settings kept away from the user's own.

#include "../export/ExportTestRows.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <memory>

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui-tests"));
    QSettings().clear();
}

struct HistoryTable
{
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    QTableView view;

    explicit HistoryTable(const QList<FileRun> &files)
    {
        model.setFiles(files);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setSortingEnabled(true);
        view.resize(900, 500);
    }

    // The file ids of the given model rows.
    QStringList ids(const QList<int> &sourceRows) const
    {
        QStringList out;
        for (const int row : sourceRows)
            out.append(model.file(row).idText());
        return out;
    }

    QStringList shownIds() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, FileRunTableModel::FileIdColumn).data().toString());
        return out;
    }
};
