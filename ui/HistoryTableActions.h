#pragma once
// The history table's copy actions and row context menu: Ctrl+C copies the selected rows with
// their header as tab-separated text (pastes into any spreadsheet); a row's menu copies its file
// ID, its JSON (the export's object) or its status message. The texts come from the core
// (export/ClipboardText), so they are tested without widgets.

#include <QList>
#include <QObject>

#include <memory>

class FileRunTableModel;
class QAbstractProxyModel;
class QAction;
class QHeaderView;
class QMenu;
class QPoint;
class QTableView;

// The columns a header shows, in the order it shows them.
QList<int> visibleColumnsInOrder(const QHeaderView *header);

class HistoryTableActions final : public QObject
{
    Q_OBJECT
public:
    // `table` shows a FileRunTableModel, directly or through a proxy.
    explicit HistoryTableActions(QTableView *table, QObject *parent = nullptr);

    QAction *copyRowsAction() const { return m_copyRows; } // Ctrl+C while the table has focus
    QAction *copyFileIdAction() const { return m_copyId; }
    QAction *copyRowJsonAction() const { return m_copyJson; }
    QAction *copyMessageAction() const { return m_copyMessage; }

    // Appended to the row menu after a separator (the window adds Export… and Copy as cURL).
    void setExtraMenuActions(const QList<QAction *> &actions) { m_extra = actions; }
    // The menu for a right click at `viewportPos`; a click on an unselected row selects it first.
    std::unique_ptr<QMenu> createContextMenu(const QPoint &viewportPos);

    // Put on the clipboard by the actions; also returned for tests and scripting.
    QString copySelectedRows();
    QString copyFileId();
    QString copyRowJson();
    QString copyMessage();

Q_SIGNALS:
    // Something was copied, described for a status bar ("3 rows copied").
    void copied(const QString &description);

private:
    int contextSourceRow() const;
    void updateEnabled();

    QTableView *m_table;
    QAbstractProxyModel *m_proxy = nullptr;
    FileRunTableModel *m_model = nullptr;
    QAction *m_copyRows;
    QAction *m_copyId;
    QAction *m_copyJson;
    QAction *m_copyMessage;
    QList<QAction *> m_extra;
};
