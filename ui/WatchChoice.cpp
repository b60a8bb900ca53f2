#include "WatchChoice.h"

#include "common/Settings.h"

namespace {
// "<profile id>/<import id>": a profile id is a settings group's name (profiles/<id>/), never a '/'.
QString keyOf(const WatchChoice::Import &import)
{
    return import.profileId + QLatin1Char('/') + import.importId;
}
} // namespace

WatchChoice::WatchChoice(QObject *parent) : QObject(parent)
{
    m_onlyChosen = Settings::value(Settings::Key::WatchOnlyChosen).toBool();
    const QStringList keys = Settings::value(Settings::Key::WatchChosenImports).toStringList();
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == key.size() - 1)
            continue; // written by nobody we know: ignored, and dropped on the next write
        const Import import{key.left(slash), key.mid(slash + 1)};
        if (!m_imports.contains(import))
            m_imports << import;
    }
}

void WatchChoice::setOnlyChosen(bool only)
{
    if (only == m_onlyChosen)
        return;
    m_onlyChosen = only;
    Settings::setValue(Settings::Key::WatchOnlyChosen, only);
    Q_EMIT changed();
}

void WatchChoice::setImports(const QList<Import> &imports)
{
    QList<Import> unique;
    for (const Import &import : imports) {
        if (!import.profileId.isEmpty() && !import.importId.isEmpty() && !unique.contains(import))
            unique << import;
    }
    if (unique == m_imports)
        return;
    m_imports = unique;
    save();
    Q_EMIT changed();
}

bool WatchChoice::contains(const QString &profileId, const QString &importId) const
{
    return m_imports.contains(Import{profileId, importId});
}

void WatchChoice::setChosen(const QString &profileId, const QString &importId, bool chosen)
{
    QList<Import> imports = m_imports;
    if (chosen)
        imports << Import{profileId, importId};
    else
        imports.removeAll(Import{profileId, importId});
    setImports(imports);
}

std::optional<QHash<QString, QStringList>> WatchChoice::forWatcher() const
{
    if (!m_onlyChosen)
        return std::nullopt;
    QHash<QString, QStringList> byProfile;
    for (const Import &import : m_imports)
        byProfile[import.profileId] << import.importId;
    return byProfile;
}

QString WatchChoice::describe(const Import &import) const
{
    const QString text = m_describe ? m_describe(import) : QString();
    return text.isEmpty() ? tr("%1 (in %2)").arg(import.importId, import.profileId) : text;
}

void WatchChoice::save()
{
    QStringList keys;
    for (const Import &import : m_imports)
        keys << keyOf(import);
    Settings::setValue(Settings::Key::WatchChosenImports, keys);
}
