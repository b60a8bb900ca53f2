#pragma once
// A saved connection as the user names it: where (data centre or custom base URL), which workspace,
// the workspace's time zone, whether it is production, and the wire: an extra trusted certificate and
// the proxy. The API key and the proxy's password are deliberately not here: they live only in the OS
// keychain (SecretStore), so a Profile can be copied, logged and compared freely.

#include "api/Connection.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct Profile
{
    // Stable and never shown: it files the settings group and the keychain entry, so renaming a
    // profile touches neither. Empty until the store assigns one.
    QString id;
    QString name;
    QString dataCenter; // "01".."06" or "101"; empty when baseUrl is used
    QString baseUrl;    // a custom scheme://host[:port]; empty when dataCenter is used
    QString workspaceId;
    QByteArray timeZoneId = QByteArrayLiteral("UTC");
    bool production = false;
    // PEM of certificates trusted besides the system's roots, for this workspace only (a private CA,
    // a TLS-inspecting proxy's root); empty: the system's roots only.
    QByteArray extraCertificate;
    // "" follows the system's proxy configuration, "none" goes direct, http://[user@]host:port is the
    // profile's own proxy (its password is in the keychain, SecretStore::readProxyPassword).
    QString proxy;

    // The first problem, in the order the fields appear in the dialog, or nothing. existingNames are
    // the names of the *other* profiles (the one being edited excluded); duplicates are found
    // case-insensitively, so "Prod" and "prod" cannot both exist and confuse `--profile prod`.
    std::optional<QString> validate(const QStringList &existingNames) const;

    // The URL requests go to: the data centre's host or the validated custom URL.
    Expected<QUrl> resolvedBaseUrl() const;
    // "01 (US)" or the custom URL, for lists and `profile list`.
    QString endpointLabel() const;
    // What the API client needs; fails on an invalid profile or an empty key. The proxy password, when
    // the proxy has a user, is read from the keychain by the caller (it is not part of the profile).
    Expected<Connection> connection(const QString &apiKey, const QString &proxyPassword = {}) const;
    // The proxy setting, without its password; fails on a bad proxy text.
    Expected<ProxySetting> proxySetting() const;
    static constexpr const char *kNoProxy = "none";

    friend bool operator==(const Profile &, const Profile &) = default;
};
