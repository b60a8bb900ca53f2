#pragma once
// The window's Board tab (issue 19, "The board"): every import of every profile (and of the demo
// workspace while it is open) at a glance, most in need of attention first, judged by the rules
// `importscope board` applies (docs/ARCHITECTURE.md, "Attention"). What is stored is painted first
// (an ImportScan that sends nothing), then a second scan refreshes each import and repaints. A new
// refresh, or the page going away, cancels the scan under way. The flow is the ImportScan's; this
// page holds the span, the table and the status line only.

#include "model/BoardTableModel.h"

#include "session/ImportScan.h"

#include <QPointer>
#include <QWidget>

class ImportScan;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Session;
class WorkspaceSession;

class BoardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPage(Session &session, QWidget *parent = nullptr);
    ~BoardPage() override;

    BoardTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *spanCombo() const { return m_span; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *runNowButton() const { return m_runNow; }
    // Why the current row cannot be run again now ("" when it can): not periodic, not connected...
    QString runNowBlocker() const;
    // "Run now" for the current row: the confirmation (ui/TriggerDialog), then a refresh of the board
    // once the run is queued, so the new QUEUED file shows.
    void runNow();
    QString statusText() const;
    // The span in whole days (1, 7 or 30) and in seconds.
    int spanDays() const;
    qint64 spanSeconds() const { return qint64(spanDays()) * 86400; }
    bool isScanning() const { return m_scan != nullptr || m_waiting > 0; }
    bool hasScanned() const { return m_scanned; }
    // A refreshing scan has ended (the stored one painted first does not count): lastWorkspaces()
    // is what the board found.
    bool hasRefreshed() const { return m_refreshed; }
    // The workspaces of the last refreshing scan, connected or with their problem: what the watcher
    // watches ("watch the board").
    const QList<ScanWorkspace> &lastWorkspaces() const { return m_lastWorkspaces; }

    // Paints what is stored, then refreshes; a scan under way is cancelled first.
    void refresh();
    // Makes this import's row current (as it was before the table was opened); false when absent.
    bool selectImport(const QString &profileId, const QString &importId);
    // The current row's profile and import, empty when none.
    QString currentProfileId() const;
    QString currentImportId() const;

Q_SIGNALS:
    // Enter or a double-click on a row: open that import's history over the board's span.
    void importActivated(const QString &profileId, const QString &importId, const QString &importName,
                         int spanDays);
    // A scan ended and its rows are shown: `refreshed` false for the stored one painted first.
    void scanFinished(bool refreshed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectWorkspaces();
    void startScan(bool storeOnly);
    void scanEnded(bool storeOnly);
    void activate(const QModelIndex &index);
    void cancelScan();
    void updateRunNow();

    Session &m_session;
    BoardTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_span = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_runNow = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPointer<ImportScan> m_scan;
    QList<ScanWorkspace> m_lastWorkspaces;
    QList<QPointer<WorkspaceSession>> m_workspaces; // those of this refresh, in board order
    int m_waiting = 0;                              // workspaces whose key is still being read
    quint64 m_refreshes = 0; // which refresh the answers belong to; an older one's are dropped
    bool m_scanned = false;
    bool m_refreshed = false;
    bool m_shownOnce = false;
};
