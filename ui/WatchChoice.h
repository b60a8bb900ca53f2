#pragma once
// What the window watches (docs/ARCHITECTURE.md, "The watcher"): the whole board, or only the imports
// chosen on it ("Watch this import" on a board row). Kept in the settings table (common/Settings:
// WatchOnlyChosen, WatchChosenImports) by profile id and import id, so the choice survives a restart
// and an import of the same id in another workspace is another import. The choice is kept even
// while "the whole board" is watched, so switching back to it loses nothing.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class WatchChoice final : public QObject
{
    Q_OBJECT
public:
    struct Import
    {
        QString profileId;
        QString importId;
        friend bool operator==(const Import &, const Import &) = default;
    };

    explicit WatchChoice(QObject *parent = nullptr); // reads the settings

    bool onlyChosen() const { return m_onlyChosen; }
    void setOnlyChosen(bool only);
    // In the order they were chosen.
    const QList<Import> &imports() const { return m_imports; }
    void setImports(const QList<Import> &imports);
    bool contains(const QString &profileId, const QString &importId) const;
    void setChosen(const QString &profileId, const QString &importId, bool chosen);
    // What the watcher is given (Watcher::setChosenImports): by profile id, or std::nullopt while
    // the whole board is watched.
    std::optional<QHash<QString, QStringList>> forWatcher() const;

    // How an import is named in the settings dialog's list ("Daily users - Demo workspace"); the
    // window knows the names (its board), the settings only the ids.
    void setDescriber(std::function<QString(const Import &)> describe) { m_describe = std::move(describe); }
    QString describe(const Import &import) const;

Q_SIGNALS:
    void changed();

private:
    void save();

    bool m_onlyChosen = false;
    QList<Import> m_imports;
    std::function<QString(const Import &)> m_describe;
};
