#pragma once
// Every import of one or more workspaces judged by the attention rules (model/ImportHealth), from
// their stored histories refreshed first: what `importscope check` and `importscope board` show, and
// what the window's board and the watcher are to be built on. Workspaces are scanned one after
// another, each import with one refresh (a request or two once stored). Past the deadline, or when
// Import Details does not answer, what is stored is judged instead, with its age; what cannot be
// judged is said (docs/ARCHITECTURE.md, "Attention").

#include "api/Connection.h"
#include "api/ImportsClient.h"
#include "api/ResponseParser.h"
#include "model/ImportHealth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class HistoryFetch;
class ImportsClient;
class Session;
class WorkspaceSession;

struct ScanWorkspace
{
    QString label;     // how lines name it: the profile's name, or the workspace ID
    QString profileId; // "" for a command-line connection
    QString profile;   // the profile's name, "" for a command-line connection
    Connection connection;
    std::optional<QString> problem; // set when it cannot be used at all (its key could not be read)
};

struct ScannedImport
{
    int workspace = 0;     // index into the scan's workspaces
    ImportSummary summary; // from Import Details; id and name only when judged from the store alone
    bool listed = false;   // Import Details listed it (so its schedule is known)
    ImportHealth health;
    QDateTime storedAt;             // set when judged from the store, unrefreshed
    std::optional<QString> unknown; // nothing to judge: why
    QList<FileRun> files;           // the history judged, with Options::keepFiles (the watcher's)
    int requests = 0;               // what its refresh sent (0 when judged from the store)
    bool postponed = false;         // not refreshed nor judged: Options::requestBudget was spent
};

struct ScanProblem
{
    int workspace = 0;
    QString message;
    int exitCode = 5; // ExitCode: what a command that shows nothing else should exit with
};

class ImportScan final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList importIds; // empty with importNames empty: every import
        QStringList importNames;
        qint64 spanSeconds = 86400;
        qint64 deadlineMs = 0;  // 0: none
        bool storeOnly = false; // send no request (--cached)
        bool keepFiles = false; // ScannedImport::files: the watcher compares them with what it knew
        // At most this many requests (-1: no limit); an import whose refresh would start past it is
        // postponed (ScannedImport::postponed). Checked before each refresh: one may overshoot.
        int requestBudget = -1;
        QStringList refreshFirst; // these import ids are refreshed before the others (postponed before)
    };

    ImportScan(Session &session, QList<ScanWorkspace> workspaces, Options options, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isSaving() const;

    const QList<ScanWorkspace> &workspaces() const { return m_workspaces; }
    const QList<ScannedImport> &imports() const { return m_imports; }
    const QList<ScanProblem> &problems() const { return m_problems; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool complete() const; // every workspace reached and every import judged
    // Requests sent: Import Details, one a workspace listed, and every refresh's (docs/API.md).
    int requestsSent() const { return m_requests; }

Q_SIGNALS:
    void finished();

private:
    struct Target
    {
        ImportSummary summary;
        bool listed = false;
    };
    void nextWorkspace();
    void listed(const ImportsOutcome &outcome);
    void fromStore(const QString &why);
    void nextImport(bool fromStore);
    bool wanted(const QString &id, const QString &name) const;
    QString notInTime() const;

    Session &m_session;
    QList<ScanWorkspace> m_workspaces;
    Options m_options;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_late = false;
    qsizetype m_workspace = 0;
    WorkspaceSession *m_current = nullptr;
    QPointer<ImportsClient> m_lister;
    QList<Target> m_targets;
    qsizetype m_index = 0;
    QPointer<HistoryFetch> m_fetch;
    QList<ScannedImport> m_imports;
    QList<ScanProblem> m_problems;
    int m_requests = 0;
};
