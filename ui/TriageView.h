#pragma once
// The Triage view: failed and partly failed files grouped by cause (docs/ARCHITECTURE.md, "Triage:
// what a cause is"), most files or most failed rows first. Per cause its pattern, files, failed rows,
// imports, workspaces, first and last seen, a "New" badge, files per day as a strip of bars, and an
// example message, shown whole under the table for the selected cause. Selecting a cause says which
// files it holds (the window filters its table to them); the view follows a running fetch live and
// keeps the selected cause selected, even through a regrouping.

#include "model/CauseTableModel.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

class TriageView final : public QWidget
{
    Q_OBJECT
public:
    explicit TriageView(CauseTableModel *model, QWidget *parent = nullptr);

    CauseOrder order() const { return m_order; }
    void setOrder(CauseOrder order);

    // The selected cause's pattern (UTF-8) and file ids; empty when none is selected.
    QByteArray selectedPattern() const;
    QStringList selectedFileIds() const;
    // Selects the cause with this pattern; false when no such cause is shown.
    bool selectCause(const QByteArray &pattern);
    void clearSelection();
    // Selects the cause now if it is shown, else as soon as it appears (a fetch just started), unless
    // the user chooses another first: how the board opens an import on one of its causes.
    void selectCauseWhenShown(const QByteArray &pattern);

    // The example box under the table; the window may show the example in its own detail pane instead.
    void setExampleBoxVisible(bool visible);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString summaryText() const;
    // What the causes span ("the whole fetched history"), said at the end of the summary.
    void setSpanText(const QString &text);

Q_SIGNALS:
    // A cause was selected, or the selected cause gained files: filter to these.
    void causeSelected(const QString &pattern, const QStringList &fileIds);
    void selectionCleared();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSelectionChanged();
    void onRowsChanged();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onModelReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void scheduleLayout();
    void updateSummary();
    void updateExample();
    void fitColumns();
    // Whether the causes shown span more than one import, and more than one workspace.
    std::pair<bool, bool> manyImportsAndWorkspaces() const;
    bool spansChanged();
    int selectedSourceRow() const;

    CauseTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CauseOrder m_order = CauseOrder::Files;

    QLabel *m_summary = nullptr;
    QComboBox *m_orderCombo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_exampleLabel = nullptr;
    QPlainTextEdit *m_example = nullptr;
    QString m_spanText;
    bool m_exampleBoxVisible = true;
    bool m_layoutPending = false;
    std::pair<bool, bool> m_spans{false, false};

    // What is selected, to tell a real change from a re-sort, and to find it again after a reset.
    std::optional<QByteArray> m_selectedPattern;
    qint64 m_selectedFiles = -1;
    std::optional<QByteArray>
        m_wantedPattern; // selected before the model was reset; reselected when it returns
    bool m_restoring = false;
};
