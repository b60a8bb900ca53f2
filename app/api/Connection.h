#pragma once
// Where and as whom requests go: a base URL (from a data centre or given), the workspace and its
// Data API key, the workspace's time zone, and how the wire gets there: certificates trusted for this
// workspace only, and the proxy (docs/SECURITY.md, "The wire"). The key and a proxy's password are
// held only in memory, never printed.

#include "common/Expected.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <optional>

// The proxy requests go through: the system's configuration (https_proxy, no_proxy and the desktop's
// settings, through Qt's system proxy factory), none, or one HTTP proxy of the workspace's own, which
// reaches https:// through CONNECT, so the key travels only inside the TLS tunnel.
struct ProxySetting
{
    enum class Mode { System, None, Manual };
    Mode mode = Mode::System;
    QString host; // Manual only
    quint16 port = 0;
    QString user;     // optional
    QString password; // memory only: from the keychain or the environment, never a file

    // "system", "none" or http://[user@]host:port: what a person reads; never the password.
    QString label() const;
    // host:port, for messages that name the proxy.
    QString address() const;

    friend bool operator==(const ProxySetting &, const ProxySetting &) = default;
};

struct Connection
{
    QUrl baseUrl; // scheme://host[:port], no path
    QString workspaceId;
    QString apiKey;
    QTimeZone timeZone = QTimeZone::utc();
    // Trusted in addition to the system's roots, for this workspace's requests only: a private CA, or
    // the root of a proxy that inspects TLS (--ca-file, a profile's extra trusted certificate).
    QList<QSslCertificate> extraCertificates;
    ProxySetting proxy;

    friend bool operator==(const Connection &, const Connection &) = default;
};

// http://[user@]host:port, as --proxy and a profile take it. A password in the URL is refused (it
// would show in `ps`, the shell's history and the settings file): it comes from the keychain or
// IMPORTSCOPE_PROXY_PASSWORD. Only http:// proxies: HTTPS and SOCKS proxies are not supported.
Expected<ProxySetting> parseProxyUrl(const QString &text);

namespace Certificates {
// Every certificate of a PEM text (one, or a bundle such as a root and its intermediate). Fails when
// there is none, when a block does not parse, or when there is anything but certificates (a private
// key pasted by mistake is refused, not kept in the settings).
Expected<QList<QSslCertificate>> fromPem(const QByteArray &pem);
// The same from a file, read up to kMaxFileBytes: a regular file, not a FIFO or a device.
constexpr qint64 kMaxFileBytes = 1024 * 1024;
Expected<QList<QSslCertificate>> fromFile(const QString &path);
// The PEM text of certificates, as a profile stores them.
QByteArray toPem(const QList<QSslCertificate> &certificates);
// "AB:CD:...": the SHA-256 fingerprint, as browsers and `openssl x509 -fingerprint -sha256` show it.
QString sha256Fingerprint(const QSslCertificate &certificate);
// The subject or the issuer in one line: "CN=..., O=...".
QString subjectLine(const QSslCertificate &certificate);
QString issuerLine(const QSslCertificate &certificate);
} // namespace Certificates

namespace DataCenters {
// "01".."06" and "101", in the order a picker shows them.
QStringList codes();
// A region for humans: "01 (US)".
QString label(const QString &code);
Expected<QUrl> baseUrl(const QString &code);
} // namespace DataCenters

// Accepts scheme://host[:port] (a trailing '/' is tolerated); refuses plain http:// unless the host is
// loopback (127.0.0.0/8, ::1, localhost), since the key would travel in clear text.
Expected<QUrl> validateBaseUrl(const QString &text);
bool isLoopbackHost(const QString &host);
// A workspace ID travels as the Basic-auth user name and as the MOE-APPKEY header: printable ASCII
// (0x21..0x7e) only, so no line break can inject a header, and no ':' that would split the
// credentials (docs/SECURITY.md). Returns the problem in words, or nothing when the ID is usable.
std::optional<QString> workspaceIdProblem(const QString &workspaceId);
