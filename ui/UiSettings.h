#pragma once
// The window's own settings as typed keys with defaults in one table (KeePassXC's Config), stored
// beside the profiles in the platform's standard QSettings place. Never holds a secret.

#include <QSettings>
#include <QVariant>

namespace UiSettings {
enum class Key {
    WindowGeometry,
    WindowState,
    MainSplitter,
    TableHeader,
    DateFormat, // wire name of the last chosen date format
    DatePreset,
    ShowLocalTime, // times in the local zone instead of the workspace's
    LastProfile,   // profile id, or "demo"
    LastImportName,
    LastImportId,
    ExportFolder,
    ExportOptions,
    Language, // "" follows the system
};
QVariant value(Key key);
void setValue(Key key, const QVariant &value);
} // namespace UiSettings
