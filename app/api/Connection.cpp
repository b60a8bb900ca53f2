#include "Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <algorithm>

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

QString ProxySetting::label() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    return url.toString();
}

QString ProxySetting::address() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') +
           QString::number(port);
}

Expected<ProxySetting> parseProxyUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const auto invalid = [&text] {
        return unexpected(
            ConnectionText::tr(
                "\"%1\" is not a proxy URL: write it as http://host:port or http://user@host:port.")
                .arg(text));
    };
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return invalid();
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return unexpected(
            ConnectionText::tr("Only HTTP proxies are supported (http://host:port), not \"%1://\": "
                               "requests to the API still travel inside TLS through it.")
                .arg(url.scheme()));
    if (url.port() <= 0)
        return unexpected(
            ConnectionText::tr("The proxy URL \"%1\" has no port: write it as http://host:port.").arg(text));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return invalid();
    if (!url.password().isEmpty())
        return unexpected(ConnectionText::tr(
            "The proxy URL must not contain a password: it would show in the process list and be saved in "
            "files. Give only the user (http://user@host:port); the password comes from the keychain or "
            "IMPORTSCOPE_PROXY_PASSWORD."));
    ProxySetting proxy;
    proxy.mode = ProxySetting::Mode::Manual;
    proxy.host = url.host();
    proxy.port = static_cast<quint16>(url.port());
    proxy.user = url.userName(QUrl::FullyDecoded);
    for (const QChar c : std::as_const(proxy.user)) {
        if (c.category() == QChar::Other_Control)
            return invalid();
    }
    return proxy;
}

Expected<QList<QSslCertificate>> Certificates::fromPem(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN "))
        return unexpected(ConnectionText::tr(
            "It is not a PEM certificate: the text must start with -----BEGIN CERTIFICATE-----."));
    // Anything else in the text, a private key above all, does not belong in a trust setting.
    qsizetype at = 0;
    int blocks = 0;
    while ((at = pem.indexOf("-----BEGIN ", at)) >= 0) {
        at += 11;
        if (!pem.mid(at).startsWith("CERTIFICATE-----"))
            return unexpected(
                ConnectionText::tr(
                    "It holds something other than certificates (%1): give only the certificate.")
                    .arg(QString::fromLatin1(pem.mid(at, pem.indexOf('-', at) - at).left(40))));
        ++blocks;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.size() != blocks)
        return unexpected(ConnectionText::tr("%n certificate(s) in it could not be read.", nullptr,
                                             blocks - int(certificates.size())));
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull())
            return unexpected(ConnectionText::tr("A certificate in it could not be read."));
    }
    return certificates;
}

Expected<QList<QSslCertificate>> Certificates::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return unexpected(ConnectionText::tr("The certificate file %1 does not exist.").arg(path));
    if (!info.isFile())
        return unexpected(ConnectionText::tr("The certificate file %1 is not a regular file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(
            ConnectionText::tr("Cannot read the certificate file %1: %2.").arg(path, file.errorString()));
    const QByteArray pem = file.read(kMaxFileBytes + 1);
    if (pem.size() > kMaxFileBytes)
        return unexpected(
            ConnectionText::tr("The certificate file %1 is larger than %2 KB: is it the right file?")
                .arg(path)
                .arg(kMaxFileBytes / 1024));
    auto certificates = fromPem(pem);
    if (!certificates)
        return unexpected(ConnectionText::tr("The certificate file %1: %2").arg(path, certificates.error()));
    return certificates;
}

QByteArray Certificates::toPem(const QList<QSslCertificate> &certificates)
{
    QByteArray out;
    for (const QSslCertificate &certificate : certificates)
        out += certificate.toPem();
    return out;
}

QString Certificates::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

namespace {
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    // Qt keeps no order of its own: the name first, then the organisation, as people read them.
    QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    static const QList<QByteArray> order{"CN", "OU", "O", "L", "ST", "C"};
    std::stable_sort(attributes.begin(), attributes.end(), [](const QByteArray &a, const QByteArray &b) {
        const auto rank = [](const QByteArray &attribute) {
            const qsizetype at = order.indexOf(attribute);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString Certificates::subjectLine(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString Certificates::issuerLine(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}
