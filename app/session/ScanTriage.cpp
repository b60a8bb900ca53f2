#include "ScanTriage.h"

#include <algorithm>

QTimeZone ScanTriage::shownZone(const QList<ScanWorkspace> &workspaces)
{
    if (workspaces.isEmpty())
        return QTimeZone::utc();
    const QTimeZone first = workspaces.first().connection.timeZone;
    const bool shared = std::all_of(workspaces.cbegin(), workspaces.cend(), [&first](const ScanWorkspace &w) {
        return w.connection.timeZone == first;
    });
    return shared ? first : QTimeZone::utc();
}

TriageSpan ScanTriage::spanOf(const QList<ScanWorkspace> &workspaces, qint64 spanSeconds,
                              const QDateTime &nowUtc)
{
    // No end: a file scheduled after the scan began (a run queued meanwhile) belongs to the span too.
    return TriageSpan{nowUtc.addSecs(-spanSeconds), {}, shownZone(workspaces)};
}

ScanTriage::ScanTriage(QList<ScanWorkspace> workspaces) : m_workspaces(std::move(workspaces)) {}

TriageSource ScanTriage::sourceOf(const ScannedImport &scanned)
{
    // An import is told apart by its workspace, ID and name: two workspaces may hold the same ID.
    const QString key = QString::number(scanned.workspace) + QLatin1Char('/') + scanned.summary.id +
                        QLatin1Char('/') + scanned.summary.name;
    auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        found = m_index.insert(key, int(m_imports.size()));
        m_imports.append(Import{scanned.workspace, scanned.summary.id, scanned.summary.name});
    }
    const bool known = scanned.workspace >= 0 && scanned.workspace < m_workspaces.size();
    return TriageSource{scanned.workspace, found.value(),
                        known ? m_workspaces[scanned.workspace].connection.timeZone : QTimeZone::utc()};
}

QStringList ScanTriage::workspaceLabels() const
{
    QStringList labels;
    labels.reserve(m_workspaces.size());
    for (const ScanWorkspace &workspace : m_workspaces)
        labels << workspace.label;
    return labels;
}

QStringList ScanTriage::importLabels() const
{
    QStringList labels;
    labels.reserve(m_imports.size());
    for (const Import &import : m_imports)
        labels << (import.name.isEmpty() ? import.id : import.name);
    return labels;
}

void ScanTriage::clear()
{
    m_imports.clear();
    m_index.clear();
}
