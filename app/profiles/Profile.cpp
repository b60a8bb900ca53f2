#include "Profile.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {
// lupdate needs a class to take the context from; a free tr() helper hides the strings from it.
class ProfileText final
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}
} // namespace

std::optional<QString> Profile::validate(const QStringList &existingNames) const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return ProfileText::tr("Enter a name for the profile.");
    // A newline or tab in a name would break `profile list` and the window's selector.
    if (hasControlCharacter(name))
        return ProfileText::tr("The profile name cannot contain line breaks or other control characters.");
    for (const QString &other : existingNames) {
        if (other.trimmed().compare(trimmedName, Qt::CaseInsensitive) == 0)
            return ProfileText::tr("A profile named \"%1\" already exists: choose another name.").arg(other);
    }

    if (!dataCenter.isEmpty() && !baseUrl.trimmed().isEmpty())
        return ProfileText::tr("Choose either a data centre or a custom base URL, not both.");
    if (dataCenter.isEmpty() && baseUrl.trimmed().isEmpty())
        return ProfileText::tr("Choose a data centre or enter a custom base URL.");
    if (const auto url = resolvedBaseUrl(); !url)
        return url.error();

    const QString workspace = workspaceId.trimmed();
    if (workspace.isEmpty())
        return ProfileText::tr(
            "Enter the workspace ID (the App ID shown in MoEngage under Settings > APIs).");
    // The ID travels as the Basic-auth user name and in a header: a ':' would split the credentials,
    // a line break would inject a header (docs/SECURITY.md).
    if (const auto problem = workspaceIdProblem(workspace))
        return *problem;

    if (timeZoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZoneId)) {
        return ProfileText::tr("Unknown time zone \"%1\": use an IANA name such as UTC or Europe/Berlin.")
            .arg(QString::fromUtf8(timeZoneId));
    }
    if (!extraCertificate.trimmed().isEmpty()) {
        if (const auto certificates = Certificates::fromPem(extraCertificate); !certificates)
            return ProfileText::tr("The extra trusted certificate: %1").arg(certificates.error());
    }
    if (const auto setting = proxySetting(); !setting)
        return setting.error();
    return std::nullopt;
}

Expected<QUrl> Profile::resolvedBaseUrl() const
{
    if (!dataCenter.isEmpty())
        return DataCenters::baseUrl(dataCenter);
    return validateBaseUrl(baseUrl);
}

QString Profile::endpointLabel() const
{
    return dataCenter.isEmpty() ? baseUrl : DataCenters::label(dataCenter);
}

Expected<ProxySetting> Profile::proxySetting() const
{
    const QString text = proxy.trimmed();
    if (text.isEmpty())
        return ProxySetting{};
    if (text == QLatin1String(kNoProxy))
        return ProxySetting{ProxySetting::Mode::None, {}, 0, {}, {}};
    auto setting = parseProxyUrl(text);
    if (!setting)
        return unexpected(ProfileText::tr("The proxy: %1").arg(setting.error()));
    return setting;
}

Expected<Connection> Profile::connection(const QString &apiKey, const QString &proxyPassword) const
{
    if (const auto problem = validate({}))
        return unexpected(ProfileText::tr("Profile \"%1\": %2").arg(name, *problem));
    if (apiKey.isEmpty())
        return unexpected(
            ProfileText::tr("Profile \"%1\" has no API key: enter it in the profile.").arg(name));
    Connection connection;
    connection.baseUrl = *resolvedBaseUrl();
    connection.workspaceId = workspaceId.trimmed();
    connection.apiKey = apiKey;
    // Same object as Connection's default, so a default profile compares equal to a default connection.
    connection.timeZone = timeZoneId == "UTC" ? QTimeZone::utc() : QTimeZone(timeZoneId);
    if (!extraCertificate.trimmed().isEmpty())
        connection.extraCertificates = *Certificates::fromPem(extraCertificate);
    connection.proxy = *proxySetting();
    if (connection.proxy.mode == ProxySetting::Mode::Manual && !connection.proxy.user.isEmpty())
        connection.proxy.password = proxyPassword;
    return connection;
}
