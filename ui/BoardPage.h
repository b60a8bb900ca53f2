#pragma once
// The window's Board tab (issue 19, "The board"): every import of every profile (and of the demo
// workspace while it is open) at a glance, most in need of attention first, judged by the rules
// `importscope board` applies (docs/ARCHITECTURE.md, "Attention"). What is stored is painted first
// (an ImportScan that sends nothing), then a second scan refreshes each import and repaints. A new
// refresh, or the page going away, cancels the scan under way. The flow is the ImportScan's; this
// page holds the span, the table and the status line only.

#include "model/BoardTableModel.h"
#include "model/CauseTableModel.h"

#include "session/ImportScan.h"
#include "session/ScanTriage.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <utility>

class ImportScan;
class QAction;
class QComboBox;
class QMenu;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class TriageView;
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
    // The board in one line, for the window's status bar while the board is shown ("3 workspaces,
    // 12 imports, 2 need attention · refreshed 10:42"); "" before the first scan has ended.
    QString summaryText() const { return m_summary; }
    // The span in whole days (1, 7 or 30) and in seconds.
    int spanDays() const;
    qint64 spanSeconds() const { return qint64(spanDays()) * 86400; }
    // Scanning, or grouping the causes of a scan that ended (scanFinished comes once they are whole).
    bool isScanning() const { return m_scan != nullptr || m_waiting > 0 || m_causesThen != nullptr; }
    bool hasScanned() const { return m_scanned; }
    // A refreshing scan has ended (the stored one painted first does not count): lastWorkspaces()
    // is what the board found.
    bool hasRefreshed() const { return m_refreshed; }
    // The workspaces of the last refreshing scan, connected or with their problem: what the watcher
    // watches ("watch the board").
    const QList<ScanWorkspace> &lastWorkspaces() const { return m_lastWorkspaces; }

    // Triage across the board (issue 20): the causes of every import of the board's span, grouped from
    // the files the last scan read (ScanTriage, as `importscope triage` groups them).
    QPushButton *causesButton() const { return m_causesButton; }
    bool showsCauses() const;
    void setShowsCauses(bool shown);
    TriageView *causesView() const { return m_causesView; }
    CauseTableModel *causesModel() const { return m_causesModel; }
    const ScanTriage &causesSources() const { return m_triage; }
    // The imports the selected cause hits, most of its files first (ties in the board's order), with
    // how many of its files each holds; empty when no cause is selected.
    struct CauseHit
    {
        int import = 0; // index into causesSources().imports()
        qint64 files = 0;
    };
    QList<CauseHit> selectedCauseHits() const;
    QString causeHitsText() const;
    // The board's causes as CSV or JSON (the export dialog in causes mode, as the Triage tab's).
    void exportCauses();
    // Enter on the selected cause: emits causeActivated for the import it hits most.
    void activateCause();

    // Watching chosen imports (issue 21, ui/WatchControl): "Watch this import", checkable, for the
    // current row, in the row's context menu (a right click, or the Menu key) and on Ctrl+Shift+W
    // while the table has the focus. The board only shows the choice; WatchControl keeps it.
    QAction *watchImportAction() const { return m_watchImport; }
    QMenu *rowMenu() const { return m_rowMenu; }
    // The imports chosen for watching, as (profile id, import id): the action's check follows them.
    void setWatchedImports(const QSet<std::pair<QString, QString>> &imports);

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
    // Enter or a double-click on a cause of the board's: open this import (the only one it hits, else
    // the one with most of its files) over the board's span, with the cause chosen.
    void causeActivated(const QString &profileId, const QString &importId, const QString &importName,
                        int spanDays, const QByteArray &pattern);
    // "Export causes" or Ctrl+E on the causes: the window's export dialog, in causes mode, for these
    // rows of `causes` in the view's order.
    void exportCausesRequested(const FailureCauses &causes, const QList<qsizetype> &rows,
                               const QTimeZone &zone);
    // "Watch this import" was checked or unchecked by the user for that workspace's import.
    void watchImportToggled(const QString &profileId, const QString &importId, bool watched);
    // A scan ended and its rows are shown: `refreshed` false for the stored one painted first.
    void scanFinished(bool refreshed);
    // summaryText() changed.
    void summaryChanged(const QString &text);

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
    void updateWatchImport();
    void showRowMenu(const QPoint &pos);
    void showScanCauses(const QList<ScanWorkspace> &workspaces);
    // The causes of m_batches are grouped a slice per turn of the event loop: the next slice.
    void groupNextCauses(quint64 generation);
    bool isGroupingCauses() const { return m_causesGrouped < m_batches.size(); }
    // Runs `then` once the causes shown are whole (at once when they are); a cancelled scan never does.
    void whenCausesGrouped(std::function<void()> then);
    void updateCauseHits();
    void updateSummary(int workspaces, bool refreshed);
    void fitWorkspaceColumn();

    Session &m_session;
    BoardTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_span = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_runNow = nullptr;
    QAction *m_watchImport = nullptr;
    QMenu *m_rowMenu = nullptr;
    QSet<std::pair<QString, QString>> m_watched;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_causesButton = nullptr;
    QPushButton *m_exportCauses = nullptr;
    QStackedWidget *m_stack = nullptr;
    CauseTableModel *m_causesModel = nullptr;
    TriageView *m_causesView = nullptr;
    QLabel *m_causeHits = nullptr;
    // The causes shown: their imports, and each batch grouped (kept for the per-import counts).
    struct CauseBatch
    {
        TriageSource source;
        QList<FileRun> files;
    };
    ScanTriage m_triage;
    QList<CauseBatch> m_batches;
    // What the scan under way has read so far; shown when it ends, as the board's rows are.
    ScanTriage m_scanTriage;
    QList<CauseBatch> m_scanBatches;
    QPointer<ImportScan> m_scan;
    QList<ScanWorkspace> m_lastWorkspaces;
    QList<QPointer<WorkspaceSession>> m_workspaces; // those of this refresh, in board order
    int m_waiting = 0;                              // workspaces whose key is still being read
    qsizetype m_causesGrouped = 0;                  // how many of m_batches are grouped
    quint64 m_causesGeneration = 0;                 // which showScanCauses() a slice belongs to
    std::function<void()> m_causesThen;             // the scan's end, once its causes are whole
    quint64 m_refreshes = 0; // which refresh the answers belong to; an older one's are dropped
    QString m_summary;
    bool m_scanned = false;
    bool m_refreshed = false;
    bool m_shownOnce = false;
    bool m_workspaceFitted = false; // the workspace column was sized to its names once
};
