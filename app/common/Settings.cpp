#include "Settings.h"

#include <QHash>

namespace {
struct Entry
{
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    static const Entry kEntries[] = {
        {K::SettingsVersion, "settingsVersion", 0}, // absent: written by nobody yet
        {K::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {K::WindowState, "ui/windowState", QByteArray()},
        {K::MainSplitter, "ui/mainSplitter", QByteArray()},
        {K::TableHeader, "ui/tableHeader", QByteArray()},
        {K::DateFormat, "ui/dateFormat", QStringLiteral("YYYY-MM-DD hh:mm:ss")},
        {K::DatePreset, "ui/datePreset", 1},
        {K::ShowLocalTime, "ui/showLocalTime", false},
        {K::LastProfile, "ui/lastProfile", QString()},
        {K::LastImportName, "ui/lastImportName", QString()},
        {K::LastImportId, "ui/lastImportId", QString()},
        {K::ExportFolder, "ui/exportFolder", QString()},
        {K::Language, "ui/language", QString()},
        {K::WatchEnabled, "watch/enabled", false},
        {K::WatchInTray, "watch/inTray", false}, // off by default: closing the window ends it
        {K::WatchIntervalMinutes, "watch/intervalMinutes", 5},
        {K::WatchBudgetPerMinute, "watch/budgetPerMinute", 10}, // 20 % of the API's 50 a minute
        {K::WatchOnlyChosen, "watch/onlyChosen", false},
        {K::WatchChosenImports, "watch/chosenImports", QStringList()},
        {K::ExportScope, "export/scope", QStringLiteral("shown")},
        // All fields by default: the table hides the file id, which a colleague or a ticket needs most.
        {K::ExportColumns, "export/columns", QStringLiteral("all")},
        {K::ExportHeader, "export/header", QStringLiteral("api")},
        {K::ExportFormat, "export/format", QStringLiteral("csv")},
        {K::ExportDelimiter, "export/delimiter", int(',')},
        {K::ExportBom, "export/bom", false},
        {K::ExportExcelSafe, "export/excelSafe", true}, // on by default in the window (docs/API.md)
        {K::ProfileName, "name", QString()},
        {K::ProfileDataCenter, "dataCenter", QString()},
        {K::ProfileBaseUrl, "baseUrl", QString()},
        {K::ProfileWorkspaceId, "workspaceId", QString()},
        {K::ProfileTimeZone, "timeZone", QStringLiteral("UTC")},
        {K::ProfileProduction, "production", false},
        {K::ProfileExtraCertificate, "extraCertificate", QString()},
        {K::ProfileProxy, "proxy", QString()},
    };
    static_assert(std::size(kEntries) == int(K::ProfileProxy) + 1, "one entry per key, in order");
    return kEntries[static_cast<int>(key)];
}
} // namespace

QString Settings::path(Key key)
{
    return QLatin1String(entry(key).path);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key)
{
    return value(QSettings(), key);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings settings;
    setValue(settings, key, value);
}

QVariant Settings::value(const QSettings &settings, Key key)
{
    const Entry &e = entry(key);
    return settings.value(QLatin1String(e.path), e.defaultValue);
}

void Settings::setValue(QSettings &settings, Key key, const QVariant &value)
{
    settings.setValue(QLatin1String(entry(key).path), value);
    Q_EMIT Notifier::instance().changed(key);
}

Settings::Notifier &Settings::Notifier::instance()
{
    static Notifier notifier;
    return notifier;
}
