#pragma once
// The application's main window: a profile and a query at the top, the fetched files in a sortable,
// searchable table, one file's details beside it, and plain words for whatever went wrong. It holds
// layout and actions only: the flow (key, connection, imports, fetches) is the Session's, which the
// window drives and observes (docs/ARCHITECTURE.md, "The session").

#include "api/ApiError.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"
#include "session/WorkspaceSession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class ApiClient;
class BoardPage;
class WatchControl;
class DemoServer;
class DetailPane;
class ElidedLabel;
class HistoryFetch;
class Session;
class StatusChips;
class FileRunFilterProxy;
class FileRunSummary;
class FileRunTableModel;
class FilterForm;
class HistoryTableActions;
class MessageBanner;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;
class TrendsView;
class TriagePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Observes `session`, which the application owns and makes before any window (AppStart): the
    // window never makes one of its own, so every view of the application sees the same state.
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return &m_session; }

    // Starts the embedded demo workspace (if needed), selects it and, if asked, fetches its
    // representative import.
    void openDemo(bool fetchRepresentative);
    void startFetch();
    void cancelFetch();
    void showStoredHistory();
    void selectProfile(const QString &id);
    QString currentProfileId() const;
    // Re-reads the saved profiles (another window or the command line may have changed them).
    void reloadProfiles();
    bool isFetching() const;

    FileRunTableModel *model() const { return m_model; }
    FileRunFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    FilterForm *filterForm() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    DemoServer *demoServer() const;
    ApiClient *apiClient() const;
    // The workspace shown and the fetch whose files the table holds (null before the first).
    WorkspaceSession *workspace() const { return m_workspace; }
    HistoryFetch *shownFetch() const { return m_fetch; }
    StatusChips *statusChips() const { return m_chips; }
    // What the status bar says about the running fetch ("page 3 of 87", "waiting 54 s ...").
    QString progressText() const;
    QString summaryText() const;
    // Export, clipboard and trends (issue 5).
    QTabWidget *viewTabs() const { return m_viewTabs; }
    TrendsView *trendsView() const { return m_trends; }
    HistoryTableActions *tableActions() const { return m_tableActions; }
    // Triage (issue 20): the causes tab, and the strip above the table while a cause filters it.
    TriagePage *triagePage() const { return m_triage; }
    QString causeStripText() const;
    // The board (issue 19): every import of every profile, most in need of attention first; a row
    // opened shows its table, and Back (Alt+Left) returns to the board on that row.
    BoardPage *boardPage() const { return m_board; }
    WatchControl *watchControl() const { return m_watch; }
    // A notification was clicked: the window comes up on that import, the file selected.
    void openFromNotification(const QString &profileId, const QString &importId, const QString &fileId);
    QAction *backToBoardAction() const { return m_backAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *copyCurlAction() const { return m_copyCurlAction; }
    // The command "Copy as cURL" copies: the shown query (else the form's) on the current connection.
    QString curlCommand() const;
    QString queryText() const;
    QString emptyStateText() const;

Q_SIGNALS:
    // A fetch ended (completely or not); for tests and scripting.
    void fetchFinished(const HistoryOutcome &outcome);
    void importsListed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitSearchHint();

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void fitIntoScreen();
    void onProfileChosen();
    // Shows the workspace of this profile: the table is cleared and the previous workspace's fetch ends.
    void showWorkspace(const QString &profileId);
    void onWorkspaceState();
    void onImportsChanged();
    void onFetchStarted(HistoryFetch *fetch, bool replacedRunning);
    void onFetchProgress();
    void onFetchFinished(const HistoryOutcome &outcome);
    void showError(const ApiError &error, const HistoryOutcome &outcome);
    void clearTable();
    void selectRowWithoutScrolling(int row);
    void updateSummary();
    void updateEmptyState();
    void updateDetail();
    void updateTitle();
    void showHeaderMenu(const QPoint &position);
    void openProfileManager();
    void enterSessionKey();
    void showAbout();
    void applyZones();
    void buildExportActions(QToolBar *toolbar, QMenu *fileMenu, QMenu *editMenu);
    QWidget *buildViewTabs();
    void openExportDialog();
    void copyCurlCommand();
    void updateDayStrip();
    QWidget *buildCauseStrip(QWidget *parent);
    void buildTriageTab();
    void addViewTabActions(QMenu *viewMenu);
    void showCause(const QString &pattern, const QStringList &fileIds);
    void exportCauses();
    void buildBoardTab();
    QWidget *buildBackStrip(QWidget *parent);
    void openFromBoard(const QString &profileId, const QString &importId, const QString &importName,
                       int spanDays);
    void backToBoard();
    void bringToFront();

    Session &m_session;
    QPointer<WorkspaceSession> m_workspace;
    QPointer<HistoryFetch> m_fetch; // whose files the table holds
    FileRunTableModel *m_model;
    FileRunFilterProxy *m_proxy;
    FileRunSummary *m_counts; // the chips' and the status bar's numbers, kept as rows arrive

    QComboBox *m_profileCombo = nullptr;
    QLabel *m_productionBadge = nullptr;
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
    QAction *m_localTimeAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QTabWidget *m_viewTabs = nullptr;
    TrendsView *m_trends = nullptr;
    HistoryTableActions *m_tableActions = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QList<QAction *> m_commandActions; // reach the window from any text field
    QWidget *m_dayStrip = nullptr;
    QLabel *m_dayLabel = nullptr;
    TriagePage *m_triage = nullptr;
    QWidget *m_causeStrip = nullptr;
    QLabel *m_causeLabel = nullptr;
    QString m_causePattern;     // the cause the table is filtered to; empty: none
    qsizetype m_causeFiles = 0; // how many of its file ids the table's filter holds
    BoardPage *m_board = nullptr;
    WatchControl *m_watch = nullptr;
    QAction *m_backAction = nullptr;
    QWidget *m_backStrip = nullptr; // above the table while it shows an import opened from the board
    QLabel *m_backLabel = nullptr;

    QString m_fetchedAt;
    bool m_fittedOnShow = false;
    bool m_fittedOnActivate = false;
    bool m_fitQueued = false;
    bool m_replacing = false; // the fetch being started replaces one of this window's still running
};
