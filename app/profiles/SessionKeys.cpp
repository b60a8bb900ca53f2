#include "SessionKeys.h"

namespace {
// Best effort: overwrite the characters before the memory is released, so a key does not linger in
// freed heap pages. Copies handed out earlier (QString is implicitly shared) are not covered.
void wipe(QString &key)
{
    if (!key.isDetached())
        return;
    key.fill(QChar(0));
}
} // namespace

SessionKeys::~SessionKeys()
{
    clear();
}

void SessionKeys::set(const QString &profileId, const QString &apiKey)
{
    remove(profileId);
    m_keys.insert(profileId, apiKey);
}

std::optional<QString> SessionKeys::find(const QString &profileId) const
{
    const auto it = m_keys.constFind(profileId);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

void SessionKeys::remove(const QString &profileId)
{
    auto it = m_keys.find(profileId);
    if (it == m_keys.end())
        return;
    wipe(*it);
    m_keys.erase(it);
}

void SessionKeys::clear()
{
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        wipe(*it);
    m_keys.clear();
}
