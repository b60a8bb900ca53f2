#include "RateLimiter.h"

WorkspacePace &RateLimiter::pace(const QString &workspace)
{
    auto it = m_paces.find(workspace);
    if (it == m_paces.end())
        it = m_paces.insert(workspace, WorkspacePace(m_max, m_windowMs));
    return *it;
}

const WorkspacePace &RateLimiter::pace(const QString &workspace) const
{
    const auto it = m_paces.constFind(workspace);
    return it == m_paces.constEnd() ? m_fresh : *it;
}
