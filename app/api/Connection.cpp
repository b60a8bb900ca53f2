#include "Connection.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
struct DataCenter
{
    const char *code;
    const char *region;
};
// docs/API.md: 01 and 04 US, 02 EU, 03 India, 05 Singapore, 06 Indonesia; 101 unverified.
constexpr DataCenter kDataCenters[] = {{"01", QT_TRANSLATE_NOOP("DataCenters", "US")},
                                       {"02", QT_TRANSLATE_NOOP("DataCenters", "EU")},
                                       {"03", QT_TRANSLATE_NOOP("DataCenters", "India")},
                                       {"04", QT_TRANSLATE_NOOP("DataCenters", "US")},
                                       {"05", QT_TRANSLATE_NOOP("DataCenters", "Singapore")},
                                       {"06", QT_TRANSLATE_NOOP("DataCenters", "Indonesia")},
                                       {"101", QT_TRANSLATE_NOOP("DataCenters", "unverified host")}};

// The translation context lupdate sees for this file's messages.
class ConnectionText final
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};
} // namespace

QStringList DataCenters::codes()
{
    QStringList out;
    for (const auto &dc : kDataCenters)
        out << QString::fromLatin1(dc.code);
    return out;
}

QString DataCenters::label(const QString &code)
{
    for (const auto &dc : kDataCenters) {
        if (code == QLatin1String(dc.code))
            return QStringLiteral("%1 (%2)").arg(code, QCoreApplication::translate("DataCenters", dc.region));
    }
    return code;
}

Expected<QUrl> DataCenters::baseUrl(const QString &code)
{
    if (!codes().contains(code)) {
        return unexpected(ConnectionText::tr("Unknown data centre \"%1\": use one of %2, or give a base URL.")
                              .arg(code, codes().join(QStringLiteral(", "))));
    }
    return QUrl(QStringLiteral("https://fileimports-data-api-%1.moengage.com").arg(code));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Expected<QUrl> validateBaseUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return unexpected(
            ConnectionText::tr("\"%1\" is not a valid base URL: write it as https://host[:port].").arg(text));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return unexpected(
            ConnectionText::tr("The base URL must start with https://, not \"%1://\".").arg(url.scheme()));
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return unexpected(
            ConnectionText::tr(
                "The base URL must be only scheme://host[:port], without a path, query or user: \"%1\".")
                .arg(text));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return unexpected(
            ConnectionText::tr("Plain http:// is refused for %1: the API key would travel unencrypted. "
                               "Use https://.")
                .arg(url.host()));
    }
    return url;
}

std::optional<QString> workspaceIdProblem(const QString &workspaceId)
{
    if (workspaceId.isEmpty())
        return ConnectionText::tr("The workspace ID is empty.");
    for (const QChar c : workspaceId) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == QLatin1Char(':'))
            return ConnectionText::tr("The workspace ID cannot contain spaces or ':', and only printable "
                                      "ASCII characters (letters, digits, - and _).");
    }
    return std::nullopt;
}
