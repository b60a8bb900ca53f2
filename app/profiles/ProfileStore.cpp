#include "ProfileStore.h"

#include "common/Settings.h"

#include <QCollator>
#include <QUuid>

#include <algorithm>

namespace {
const QString kOrganization = QStringLiteral("ImportScope");
const QString kApplication = QStringLiteral("ImportScope");
const QString kProfilesGroup = QStringLiteral("profiles");

using Key = Settings::Key;

QVariant read(const QSettings &settings, Key key)
{
    return Settings::value(settings, key);
}

void write(QSettings &settings, Key key, const QVariant &value)
{
    Settings::setValue(settings, key, value);
}

Profile readProfile(QSettings &settings, const QString &id)
{
    settings.beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    Profile p;
    p.id = id;
    p.name = read(settings, Key::ProfileName).toString();
    p.dataCenter = read(settings, Key::ProfileDataCenter).toString();
    p.baseUrl = read(settings, Key::ProfileBaseUrl).toString();
    p.workspaceId = read(settings, Key::ProfileWorkspaceId).toString();
    p.timeZoneId = read(settings, Key::ProfileTimeZone).toString().toUtf8();
    p.production = read(settings, Key::ProfileProduction).toBool();
    p.extraCertificate = read(settings, Key::ProfileExtraCertificate).toString().toLatin1();
    p.proxy = read(settings, Key::ProfileProxy).toString();
    settings.endGroup();
    return p;
}

QList<Profile> readAll(QSettings &settings)
{
    settings.beginGroup(kProfilesGroup);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<Profile> out;
    for (const QString &id : ids) {
        Profile p = readProfile(settings, id);
        // A group without a name is debris from a hand-edited file; it cannot be chosen, so hide it.
        if (!p.name.trimmed().isEmpty())
            out << p;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(out.begin(), out.end(),
                     [&collator](const Profile &a, const Profile &b) { return collator(a.name, b.name); });
    return out;
}

// Stores what validate() accepted, in the form it was checked in.
Profile normalized(Profile p)
{
    p.name = p.name.trimmed();
    p.workspaceId = p.workspaceId.trimmed();
    if (!p.baseUrl.trimmed().isEmpty()) {
        if (const auto url = validateBaseUrl(p.baseUrl))
            p.baseUrl = url->toString();
    } else {
        p.baseUrl.clear();
    }
    p.proxy = p.proxy.trimmed();
    // Kept as the certificates parsed, so what is stored is exactly what is trusted.
    if (p.extraCertificate.trimmed().isEmpty())
        p.extraCertificate.clear();
    else if (const auto certificates = Certificates::fromPem(p.extraCertificate))
        p.extraCertificate = Certificates::toPem(*certificates);
    return p;
}
} // namespace

ProfileStore::ProfileStore(SecretStore &secrets, QObject *parent) : QObject(parent), m_secrets(secrets) {}

ProfileStore::ProfileStore(const QString &settingsFile, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_settingsFile(settingsFile), m_secrets(secrets)
{}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::open() const
{
    // QSettings writes its files through a temporary file and a rename (commit or nothing), which is
    // what QSaveFile would give us, and it locks against a concurrent CLI and window.
    if (!m_settingsFile.isEmpty())
        return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, kOrganization,
                                       kApplication);
}

QString ProfileStore::settingsFileName() const
{
    return open()->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    auto settings = open();
    return readAll(*settings);
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QList<Profile> all = profiles();
    // Exact first, then case-insensitively: names are unique regardless of case (Profile::validate).
    for (const Profile &p : all) {
        if (p.name == name)
            return p;
    }
    for (const Profile &p : all) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<QString> ProfileStore::validate(const Profile &profile) const
{
    QStringList others;
    for (const Profile &p : profiles()) {
        if (p.id != profile.id || profile.id.isEmpty())
            others << p.name;
    }
    return profile.validate(others);
}

ProfileError ProfileStore::invalid(const QString &message) const
{
    return {ProfileError::Kind::InvalidInput, message};
}

std::optional<ProfileError> ProfileStore::checkVersion(QSettings &settings) const
{
    const int version = read(settings, Key::SettingsVersion).toInt();
    if (version > kSettingsVersion) {
        return ProfileError{ProfileError::Kind::SettingsFailed,
                            tr("The settings in %1 were written by a newer ImportScope (format %2): update "
                               "ImportScope before changing profiles.")
                                .arg(settings.fileName())
                                .arg(version)};
    }
    // Version 0 (no file yet) and 1 share the layout: nothing to migrate yet.
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::writeSettings(const Profile &profile)
{
    auto settings = open();
    if (auto error = checkVersion(*settings))
        return error;
    write(*settings, Key::SettingsVersion, kSettingsVersion);
    settings->beginGroup(kProfilesGroup + QLatin1Char('/') + profile.id);
    write(*settings, Key::ProfileName, profile.name);
    write(*settings, Key::ProfileDataCenter, profile.dataCenter);
    write(*settings, Key::ProfileBaseUrl, profile.baseUrl);
    write(*settings, Key::ProfileWorkspaceId, profile.workspaceId);
    write(*settings, Key::ProfileTimeZone, QString::fromUtf8(profile.timeZoneId));
    write(*settings, Key::ProfileProduction, profile.production);
    write(*settings, Key::ProfileExtraCertificate, QString::fromLatin1(profile.extraCertificate));
    write(*settings, Key::ProfileProxy, profile.proxy);
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return ProfileError{ProfileError::Kind::SettingsFailed,
                            tr("Could not write the settings file %1: check that its folder exists and "
                               "is writable.")
                                .arg(settings->fileName())};
    }
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::removeSettings(const QString &id)
{
    auto settings = open();
    if (auto error = checkVersion(*settings))
        return error;
    settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return ProfileError{
            ProfileError::Kind::SettingsFailed,
            tr("Could not write the settings file %1: check that it is writable.").arg(settings->fileName())};
    }
    return std::nullopt;
}

void ProfileStore::add(Profile profile, const QString &apiKey, QObject *context, AddDone done)
{
    profile = normalized(std::move(profile));
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<ProfileError> early;
    if (const auto problem = validate(profile))
        early = invalid(*problem);
    else if (apiKey.isEmpty())
        early = invalid(tr("Enter the Data API key of the workspace."));
    else if (auto version = checkVersion(*open()))
        early = version;
    if (early) {
        QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, guarded, done, error = *early] {
                if (!guarded || guard)
                    done(unexpected(error));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.writeKey(profile.id, apiKey, this,
                       [this, profile, done, guard = QPointer<QObject>(context),
                        guarded = context != nullptr](std::optional<ProfileError> keyError) {
                           const bool alive = !guarded || guard;
                           if (keyError) {
                               if (alive)
                                   done(unexpected(*keyError));
                               return;
                           }
                           if (auto settingsError = writeSettings(profile)) {
                               // Take the key back out so no entry is left that no profile refers to.
                               m_secrets.deleteKey(profile.id, nullptr, [](std::optional<ProfileError>) {});
                               if (alive)
                                   done(unexpected(*settingsError));
                               return;
                           }
                           Q_EMIT changed();
                           if (alive)
                               done(profile);
                       });
}

Expected<Profile, ProfileError> ProfileStore::addWithSessionKey(Profile profile, const QString &apiKey)
{
    profile = normalized(std::move(profile));
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto problem = validate(profile))
        return unexpected(invalid(*problem));
    if (apiKey.isEmpty())
        return unexpected(invalid(tr("Enter the Data API key of the workspace.")));
    if (auto error = writeSettings(profile))
        return unexpected(*error);
    m_secrets.sessionKeys().set(profile.id, apiKey);
    Q_EMIT changed();
    return profile;
}

void ProfileStore::update(const Profile &edited, std::optional<QString> newApiKey, QObject *context,
                          Done done)
{
    const Profile profile = normalized(edited);
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const auto finish = [this, guard, guarded, done](std::optional<ProfileError> error) {
        if (!error)
            Q_EMIT changed();
        if (!guarded || guard)
            done(error);
    };

    std::optional<ProfileError> early;
    if (profile.id.isEmpty() || !findById(profile.id))
        early = invalid(
            tr("The profile \"%1\" no longer exists: it may have been removed meanwhile.").arg(profile.name));
    else if (const auto problem = validate(profile))
        early = invalid(*problem);
    else if (newApiKey && newApiKey->isEmpty())
        early = invalid(tr("Enter the Data API key of the workspace."));
    if (early) {
        QMetaObject::invokeMethod(
            this,
            [done, guard, guarded, error = *early] {
                if (!guarded || guard)
                    done(error);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!newApiKey) {
        const auto error = writeSettings(profile);
        QMetaObject::invokeMethod(
            this, [finish, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.writeKey(profile.id, *newApiKey, this,
                       [this, profile, finish](std::optional<ProfileError> keyError) {
                           finish(keyError ? keyError : writeSettings(profile));
                       });
}

void ProfileStore::remove(const QString &id, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    if (!findById(id)) {
        QMetaObject::invokeMethod(
            this,
            [done, guard, guarded,
             error = invalid(tr("That profile no longer exists: it may have been "
                                "removed meanwhile."))] {
                if (!guarded || guard)
                    done(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.deleteKey(id, this, [this, id, done, guard, guarded](std::optional<ProfileError> keyError) {
        const auto settle = [this, id, done, guard, guarded](std::optional<ProfileError> error) {
            if (!error)
                error = removeSettings(id);
            if (!error)
                Q_EMIT changed();
            if (!guarded || guard)
                done(error);
        };
        if (keyError) {
            settle(keyError);
            return;
        }
        // The proxy password goes with its profile (a missing one is fine).
        m_secrets.deleteProxyPassword(id, this, settle);
    });
}

std::optional<ProfileError> ProfileStore::removeKeepingKey(const QString &id)
{
    m_secrets.sessionKeys().remove(id);
    auto error = removeSettings(id);
    if (!error)
        Q_EMIT changed();
    return error;
}
