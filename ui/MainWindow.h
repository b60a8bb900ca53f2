#pragma once
// The application's main window: a profile and a query at the top, the fetched files in a sortable,
// searchable table, one file's details beside it, and plain words for whatever went wrong.

#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class ApiClient;
class DemoServer;
class DetailPane;
class FileRunFilterProxy;
class FileRunTableModel;
class FilterForm;
class HistoryTableActions;
class ImportsClient;
class MessageBanner;
class ProfileStore;
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
class SecretStore;
class TrendsView;
struct ImportsOutcome;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr const char *kDemoProfileId = "demo";

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded demo workspace (if needed), selects it and, if asked, fetches its
    // representative import.
    void openDemo(bool fetchRepresentative);
    void startFetch();
    void cancelFetch();
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
    DemoServer *demoServer() const { return m_demo.get(); }
    ApiClient *apiClient() const { return m_api; }
    QString summaryText() const;
    // Export, clipboard and trends (issue 5).
    QTabWidget *viewTabs() const { return m_viewTabs; }
    TrendsView *trendsView() const { return m_trends; }
    HistoryTableActions *tableActions() const { return m_tableActions; }
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

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void onProfileChosen();
    void useConnection(const Connection &connection, bool production);
    void listImports();
    void onImportsListed(const ImportsOutcome &outcome);
    void onFilesArrived(quint64 generation, const QList<FileRun> &files);
    void onFetchFinished(quint64 generation, const HistoryOutcome &outcome);
    void showError(const ApiError &error, const HistoryOutcome &outcome);
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

    ApiClient *m_api;
    HistoryClient *m_history;
    ImportsClient *m_imports;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    std::unique_ptr<DemoServer> m_demo;
    FileRunTableModel *m_model;
    FileRunFilterProxy *m_proxy;

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
    QLabel *m_summary = nullptr;
    QLabel *m_queryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_progressCancel = nullptr;
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
    QWidget *m_dayStrip = nullptr;
    QLabel *m_dayLabel = nullptr;

    std::optional<Connection> m_connection; // of the selected profile, key in memory only
    bool m_production = false;
    QString m_pendingProfileId; // profile whose key is being read
    bool m_fetchWhenReady = false;
    std::optional<HistoryQuery> m_shownQuery; // what the table holds
    std::optional<HistoryOutcome> m_lastOutcome;
    QString m_fetchedAt;
};
