#pragma once
// The application's main window: the frame around the views of the Session it is handed — a profile
// at the top, the history of one import (ui/HistoryView: query, table, trends, triage, details) and
// the board of every import as tabs, menus, toolbar and status bar. It holds layout and commands
// only: the flow (key, connection, imports, fetches) is the Session's, which the views drive and
// observe (docs/ARCHITECTURE.md, "The session" and "The window").

#include "HistoryView.h"
#include "api/ApiError.h"
#include "api/HistoryClient.h"

#include <QMainWindow>

class ApiClient;
class BoardPage;
class DemoServer;
class ElidedLabel;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;
class Session;
class WatchControl;

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
    void selectProfile(const QString &id);
    QString currentProfileId() const;
    // Re-reads the saved profiles (another window or the command line may have changed them).
    void reloadProfiles();

    // The history view of the import shown; the accessors below forward to it.
    HistoryView *historyView() const { return m_history; }
    void startFetch() { m_history->startFetch(); }
    void cancelFetch() { m_history->cancelFetch(); }
    void showStoredHistory() { m_history->showStoredHistory(); }
    bool isFetching() const { return m_history->isFetching(); }
    FileRunTableModel *model() const { return m_history->model(); }
    FileRunFilterProxy *proxy() const { return m_history->proxy(); }
    QTableView *table() const { return m_history->table(); }
    DetailPane *detailPane() const { return m_history->detailPane(); }
    FilterForm *filterForm() const { return m_history->filterForm(); }
    MessageBanner *banner() const { return m_history->banner(); }
    StatusChips *statusChips() const { return m_history->statusChips(); }
    // The workspace shown and the fetch whose files the table holds (null before the first).
    WorkspaceSession *workspace() const { return m_history->workspace(); }
    HistoryFetch *shownFetch() const { return m_history->shownFetch(); }
    QString progressText() const { return m_history->progressText(); }
    QString summaryText() const { return m_history->summaryText(); }
    QTabWidget *viewTabs() const { return m_history->viewTabs(); }
    TrendsView *trendsView() const { return m_history->trendsView(); }
    HistoryTableActions *tableActions() const { return m_history->tableActions(); }
    TriagePage *triagePage() const { return m_history->triagePage(); }
    QString causeStripText() const { return m_history->causeStripText(); }
    QAction *exportAction() const { return m_history->exportAction(); }
    QAction *copyCurlAction() const { return m_history->copyCurlAction(); }
    QString curlCommand() const { return m_history->curlCommand(); }
    QString queryText() const { return m_history->queryText(); }
    QString emptyStateText() const { return m_history->emptyStateText(); }
    DemoServer *demoServer() const;
    ApiClient *apiClient() const;

    // The board (issue 19): every import of every profile, most in need of attention first; a row
    // opened shows its table, and Back (Alt+Left) returns to the board on that row.
    BoardPage *boardPage() const { return m_board; }
    WatchControl *watchControl() const { return m_watch; }
    // A notification was clicked: the window comes up on that import, the file selected.
    void openFromNotification(const QString &profileId, const QString &importId, const QString &fileId);
    QAction *backToBoardAction() const { return m_backAction; }
    // What the status bar's summary says: the board's while the board is shown, else the table's.
    QString statusSummaryText() const;

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

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void fitIntoScreen();
    void onProfileChosen();
    // Shows the workspace of this profile in the history view (which ends its fetch in the previous one).
    void showWorkspace(const QString &profileId);
    void updateTitle();
    void openProfileManager();
    void showAbout();
    void buildExportActions(QToolBar *toolbar, QMenu *fileMenu, QMenu *editMenu);
    void addViewTabActions(QMenu *viewMenu);
    void buildBoardTab();
    void openFromBoard(const QString &profileId, const QString &importId, const QString &importName,
                       int spanDays);
    void backToBoard();
    void bringToFront();

    Session &m_session;
    HistoryView *m_history = nullptr;

    QComboBox *m_profileCombo = nullptr;
    QLabel *m_productionBadge = nullptr;
    QAction *m_localTimeAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QList<QAction *> m_commandActions; // reach the window from any text field
    BoardPage *m_board = nullptr;
    ElidedLabel *m_boardSummary = nullptr; // the status bar's summary while the board is shown
    WatchControl *m_watch = nullptr;
    QAction *m_backAction = nullptr;

    bool m_fittedOnShow = false;
    bool m_fittedOnActivate = false;
    bool m_fitQueued = false;
};
