#pragma once
// Triage across imports (docs/ARCHITECTURE.md, "Triage across the board"): how the imports an
// ImportScan reads are grouped by cause over the scan's span, for `importscope triage` and the
// window's board alike. The span is the last N seconds before now with an open end; each import's
// whole stored history is given, so its files before the span only mark their causes as seen before
// and "new" means seen nowhere in the stored history before the span. Imports are numbered in the
// order their files first arrive, which is the index FailureCauses counts imports by.

#include "model/FailureCauses.h"
#include "session/ImportScan.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

class ScanTriage final
{
public:
    // One import with files, at the index FailureCause::imports names it by.
    struct Import
    {
        int workspace = 0; // index into the scan's workspaces
        QString id;
        QString name;
    };

    // The zone times are shown in: the workspaces' own when they share one, else UTC.
    static QTimeZone shownZone(const QList<ScanWorkspace> &workspaces);
    // [now - spanSeconds, open), days divided at shownZone's midnights.
    static TriageSpan spanOf(const QList<ScanWorkspace> &workspaces, qint64 spanSeconds,
                             const QDateTime &nowUtc);

    explicit ScanTriage(QList<ScanWorkspace> workspaces = {});

    // Where this import's files go: its index (given the first time it is seen) and its workspace's
    // zone. Call it only for an import that has files, so imports without any take no index.
    TriageSource sourceOf(const ScannedImport &scanned);

    const QList<ScanWorkspace> &workspaces() const { return m_workspaces; }
    const QList<Import> &imports() const { return m_imports; }
    // Labels for CauseTableModel::setNames: the workspaces', and each import's name (else its ID).
    QStringList workspaceLabels() const;
    QStringList importLabels() const;
    void clear();

private:
    QList<ScanWorkspace> m_workspaces;
    QList<Import> m_imports;
    QHash<QString, int> m_index; // workspace, ID and name -> index into m_imports
};
