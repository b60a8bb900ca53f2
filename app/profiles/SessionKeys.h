#pragma once
// Keys the user chose to use for this run only, because no keychain could take them: held in
// memory, never written to disk, gone when the program ends (docs/ARCHITECTURE.md: asked each time).

#include <QHash>
#include <QString>

#include <optional>

class SessionKeys final
{
public:
    SessionKeys() = default;
    SessionKeys(const SessionKeys &) = delete;
    SessionKeys &operator=(const SessionKeys &) = delete;
    ~SessionKeys();

    void set(const QString &profileId, const QString &apiKey);
    std::optional<QString> find(const QString &profileId) const;
    bool contains(const QString &profileId) const { return m_keys.contains(profileId); }
    void remove(const QString &profileId);
    void clear();

private:
    QHash<QString, QString> m_keys;
};
