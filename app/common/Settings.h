#pragma once
// Every setting ImportScope keeps, as typed keys with defaults in one table (KeePassXC's Config):
// the window's, the export dialog's choices and each profile's fields. Stored with QSettings in the
// platform's standard place (organization and application "ImportScope"), under one version
// number for migrations. Never holds a secret: API keys live in the keychain (app/profiles/).

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace Settings {

// Bumped when the layout changes; ProfileStore migrates older files on the next write.
constexpr int kVersion = 1;

enum class Key {
    SettingsVersion,
    // The window
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
    Language, // "" follows the system
    // The watcher (docs/ARCHITECTURE.md, "The watcher")
    WatchEnabled, // watch the board's imports in the background
    WatchInTray,  // closing the window keeps watching in the tray
    WatchIntervalMinutes,
    WatchBudgetPerMinute, // requests a minute per workspace
    WatchOnlyChosen,      // watch only the imports chosen, not the whole board
    WatchChosenImports,   // the chosen imports, each "<profile id>/<import id>"
    // The export dialog's last choices
    ExportScope,   // "all", "shown", "selected"
    ExportColumns, // "all", "shown"
    ExportHeader,  // "api", "displayed"
    ExportFormat,  // "csv", "json"
    ExportDelimiter,
    ExportBom,
    ExportExcelSafe,
    // A profile's fields, inside its group profiles/<id>/ (see ProfileStore)
    ProfileName,
    ProfileDataCenter,
    ProfileBaseUrl,
    ProfileWorkspaceId,
    ProfileTimeZone,
    ProfileProduction,
    ProfileExtraCertificate, // PEM text: a certificate is not a secret (docs/SECURITY.md, "The wire")
    ProfileProxy, // "" the system's, "none", or http://[user@]host:port (its password: the keychain)
};

QString path(Key key);
QVariant defaultValue(Key key);

// In the standard settings file.
QVariant value(Key key);
void setValue(Key key, const QVariant &value);
// In a QSettings of the caller's (a group, another file).
QVariant value(const QSettings &settings, Key key);
void setValue(QSettings &settings, Key key, const QVariant &value);

// Told of every change made through setValue(), so a second view of a setting can follow it.
class Notifier final : public QObject
{
    Q_OBJECT
public:
    static Notifier &instance();

Q_SIGNALS:
    void changed(Settings::Key key);
};

} // namespace Settings
