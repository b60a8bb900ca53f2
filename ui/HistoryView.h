#pragma once
// One import's history in one workspace, as a widget of its own: the query form, the table with its
// search, chips and strips, the Trends and Triage tabs, the detail pane and the commands that act on
// them (export, copy as cURL). It is a view of the Session: it attaches to a workspace, asks it for
// its own fetch and shows that fetch's files. The window around it (MainWindow) keeps the frame —
// menus, toolbar, profile chooser, the board — so the board can open a history for any import
// (docs/ARCHITECTURE.md, "The window").

#include "api/ApiError.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"
#include "session/WorkspaceSession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

#include <optional>

class DetailPane;
class ElidedLabel;
class FileRunFilterProxy;
class FileRunSummary;
class FileRunTableModel;
class FilterForm;
class HistoryFetch;
class HistoryTableActions;
class MessageBanner;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QStatusBar;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class Session;
class StatusChips;
class TrendsView;
class TriagePage;

class HistoryView final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Session &session, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows this workspace (null: none): the table is cleared and this view's fetch in the previous
    // workspace ends; the workspace itself goes on for any other view that uses it.
    void setWorkspace(WorkspaceSession *workspace);
    WorkspaceSession *workspace() const { return m_workspace; }
    // The fetch whose files the table holds (null before the first).
    HistoryFetch *shownFetch() const { return m_fetch; }
    // Ends what this view started in its workspace (unless another view shares it).
    void release();

    void startFetch();
    void cancelFetch();
    void showStoredHistory();
    bool isFetching() const;
    // Selects this file once the shown fetch has shown it (stored, then refreshed).
    void selectFileWhenShown(const QByteArray &fileId);

    // The summary and the fetch's progress go into the window's status bar, after anything the
    // window put before them (the Tab order follows the order widgets are made).
    void addStatusWidgets(QStatusBar *bar);
    // The splitter, the table's columns and the last import, as saved when the window last closed.
    void restoreSettings();
    void saveSettings() const;
    void setLocalTime(bool on);
    void updateEmptyState();
    void showColumnsMenu();
    // The strip above the table that says where the table was opened from, with a button back.
    void showOpenedFrom(const QString &text);

    FileRunTableModel *model() const { return m_model; }
    FileRunFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    FilterForm *filterForm() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    StatusChips *statusChips() const { return m_chips; }
    QLineEdit *quickFilter() const { return m_quickFilter; }
    QLabel *queryLabel() const { return m_queryLabel; }
    QTabWidget *viewTabs() const { return m_viewTabs; }
    TrendsView *trendsView() const { return m_trends; }
    // Asked first by openExportDialog(): a page the window added to the view's tabs (the board
    // showing its causes) exports what it shows instead; true when it did.
    void setExportElsewhere(std::function<bool()> handler) { m_exportElsewhere = std::move(handler); }
    TriagePage *triagePage() const { return m_triage; }
    HistoryTableActions *tableActions() const { return m_tableActions; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *copyCurlAction() const { return m_copyCurlAction; }
    // "Run now" for the import the table shows (the board's, ui/RunNow): enabled when a periodic
    // import Import Details listed is shown and its workspace is connected; its tooltip says why not.
    QAction *runNowAction() const { return m_runNowAction; }
    QString runNowBlocker() const;
    // The confirmation (ui/TriggerDialog), then the table fetched again once the run is queued, so
    // the new QUEUED file shows.
    void runNow();

    // What the status bar says about the running fetch ("page 3 of 87", "waiting 54 s ...").
    QString progressText() const;
    QString summaryText() const;
    // The status bar's summary of the table (the window hides it while the board is shown).
    ElidedLabel *summaryStrip() const { return m_summary; }
    QString causeStripText() const;
    // The command "Copy as cURL" copies: the shown query (else the form's) on the current connection.
    QString curlCommand() const;
    QString queryText() const;
    QString emptyStateText() const;

Q_SIGNALS:
    // A fetch ended (completely or not).
    void fetchFinished(const HistoryOutcome &outcome);
    void importsListed();
    // This view's fetch started or ended (the window's Cancel follows it).
    void fetchRunning(bool running);
    // The workspace shown, or its state, changed (the window's title and badge follow it).
    void workspaceStateChanged();
    // A passing message for the window's status bar.
    void statusMessage(const QString &text, int timeoutMs);
    // A banner's or the empty state's link asked for what the window holds.
    void demoRequested();
    void profilesRequested();
    void backRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitSearchHint();
    void onWorkspaceState();
    void onImportsChanged();
    void onFetchStarted(HistoryFetch *fetch, bool replacedRunning);
    void onFetchProgress();
    void onFetchFinished(const HistoryOutcome &outcome);
    void showError(const ApiError &error, const HistoryOutcome &outcome);
    void enterSessionKey();
    void clearTable();
    void selectRowWithoutScrolling(int row);
    void updateSummary();
    void updateDetail();
    void applyZones();
    void showHeaderMenu(const QPoint &position);
    QWidget *buildViewTabs();
    QWidget *buildCauseStrip(QWidget *parent);
    QWidget *buildBackStrip(QWidget *parent);
    void buildTriageTab();
    void buildExportActions();
    void openExportDialog();
    void copyCurlCommand();
    void updateDayStrip();
    void showCause(const QString &pattern, const QStringList &fileIds);
    void exportCauses();
    void updateRunNow();
    // Import Details' line for the import the table shows; null when none is shown or it is not listed.
    const ImportSummary *shownImport() const;

    Session &m_session;
    QPointer<WorkspaceSession> m_workspace;
    QPointer<HistoryFetch> m_fetch; // whose files the table holds
    FileRunTableModel *m_model;
    FileRunFilterProxy *m_proxy;
    FileRunSummary *m_counts; // the chips' and the status bar's numbers, kept as rows arrive

    FilterForm *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    ElidedLabel *m_summary = nullptr;
    QLabel *m_queryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    ElidedLabel *m_progressLabel = nullptr;
    QToolButton *m_progressCancel = nullptr;
    StatusChips *m_chips = nullptr;
    QTimer *m_filterDebounce = nullptr;
    QTimer *m_summaryTimer = nullptr;
    QTabWidget *m_viewTabs = nullptr;
    TrendsView *m_trends = nullptr;
    HistoryTableActions *m_tableActions = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_runNowAction = nullptr;
    QWidget *m_dayStrip = nullptr;
    QLabel *m_dayLabel = nullptr;
    TriagePage *m_triage = nullptr;
    std::function<bool()> m_exportElsewhere;
    QWidget *m_causeStrip = nullptr;
    QLabel *m_causeLabel = nullptr;
    QString m_causePattern;         // the cause the table is filtered to; empty: none
    qsizetype m_causeFiles = 0;     // how many of its file ids the table's filter holds
    QWidget *m_backStrip = nullptr; // above the table while it shows an import opened from elsewhere
    QLabel *m_backLabel = nullptr;

    QString m_fetchedAt;
    bool m_localTime = false; // times in this computer's zone instead of the workspace's
    bool m_replacing = false; // the fetch being started replaces one of this view's still running
};
