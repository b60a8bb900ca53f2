#pragma once
// One WorkspacePace per workspace, all under the same configured ceiling: workspaces never share a
// pace, so a 429 on one never slows another.

#include "WorkspacePace.h"

#include <QHash>
#include <QString>

class RateLimiter final
{
public:
    RateLimiter(int maxRequests, int windowMs) : m_max(maxRequests), m_windowMs(windowMs) {}

    // The workspace's pace; a workspace not seen yet starts at the ceiling.
    WorkspacePace &pace(const QString &workspace);
    const WorkspacePace &pace(const QString &workspace) const;

private:
    int m_max;
    int m_windowMs;
    QHash<QString, WorkspacePace> m_paces;
    WorkspacePace m_fresh{m_max, m_windowMs}; // what an unseen workspace would get
};
