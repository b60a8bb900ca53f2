#include "UiSettings.h"

namespace {
struct Entry
{
    UiSettings::Key key;
    const char *path;
    QVariant defaultValue;
};

const Entry &entry(UiSettings::Key key)
{
    using K = UiSettings::Key;
    static const Entry kEntries[] = {
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
        {K::ExportOptions, "ui/exportOptions", QVariantMap()},
        {K::Language, "ui/language", QString()},
    };
    return kEntries[static_cast<int>(key)];
}
} // namespace

QVariant UiSettings::value(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1String(e.path), e.defaultValue);
}

void UiSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(entry(key).path), value);
}
