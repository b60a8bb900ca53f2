#include "ApiClient.h"

#include "common/TimeText.h"

#include "MemoryBrake.h"
#include "ResponseParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <climits>
#include <cstring>
#include <utility>

#include <algorithm>
#include <limits>
#include <set>
#include <vector>

#include "Version.h"

namespace {

// Aborts a reply at most once. Qt aborts by reporting OperationCanceledError, and warns
// ("QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once") when the
// reply already has an error: one that failed on its own (its finished() still queued) when a fetch
// that ended on a too-long Retry-After aborts its other pages, or one aborted again from within its
// own abort. Such a reply finishes by itself.
void abortOnce(QNetworkReply *reply)
{
    if (reply && !reply->isFinished() && reply->error() == QNetworkReply::NoError)
        reply->abort();
}
// Server text reaches the user's terminal: no escape sequences, no line breaks, no bidi overrides,
// and never more than a line or two (docs/SECURITY.md, "Output").
constexpr qsizetype kMaxMessageChars = 600;

QString withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        out += (category == QChar::Other_Control || category == QChar::Other_Format ||
                category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
                   ? QLatin1Char(' ')
                   : c;
    }
    return out.simplified();
}

// Belt and braces: no message leaves this class with the key in it, whatever a server echoes — the
// key as typed, percent-encoded, and in base64 alone or as the Basic credentials, whatever its length.
QString scrubbed(const QString &message, const Connection &connection)
{
    QString text = withoutControlCharacters(message);
    const QString &key = connection.apiKey;
    if (!key.isEmpty()) {
        const QByteArray utf8 = key.toUtf8();
        const QByteArray credentials = (connection.workspaceId + QLatin1Char(':') + key).toUtf8();
        QList<QByteArray> forms;
        for (const QByteArray &secret : {credentials, utf8}) {
            for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                forms << secret.toBase64(options);
                forms << secret.toBase64(options | QByteArray::OmitTrailingEquals);
            }
        }
        forms << QUrl::toPercentEncoding(key);
        // Longest first, so a shorter form never breaks up a longer one before it is found.
        std::stable_sort(forms.begin(), forms.end(),
                         [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
        const QString mask = QStringLiteral("••••");
        for (const QByteArray &form : std::as_const(forms)) {
            if (!form.isEmpty() && form != utf8)
                text.replace(QString::fromLatin1(form), mask, Qt::CaseInsensitive);
        }
        text.replace(key, mask);
    }
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars - 1) + QChar(0x2026);
    return text;
}

// The server a call goes to, as Qt pools its connections: scheme, host and port.
QString originOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// Plain http:// (loopback only, see validateBaseUrl) never goes through a proxy: the proxy would read
// the key in clear text, and no proxy can reach this machine's loopback anyway.
ProxySetting effectiveProxy(const Connection &connection)
{
    if (connection.baseUrl.scheme() != QLatin1String("https"))
        return ProxySetting{ProxySetting::Mode::None, {}, 0, {}, {}};
    return connection.proxy;
}

// The system's roots, read once per process: setting a configuration's CA list (addCaCertificates()
// too) turns off the roots Qt 6.4 would look up on demand, so the extra certificates are added to a
// copy of these (tst_tls::extraTrustKeepsTheSystemsRoots). Reading them costs about 0.1 s, paid only
// by a workspace with extra certificates; Qt lists each certificate of /etc/ssl/certs twice (the file
// and its hash link), kept once here.
const QList<QSslCertificate> &systemRoots()
{
    static const QList<QSslCertificate> roots = [] {
        QList<QSslCertificate> unique;
        QSet<QByteArray> seen;
        for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates()) {
            const QByteArray digest = root.digest(QCryptographicHash::Sha256);
            if (!seen.contains(digest)) {
                seen.insert(digest);
                unique.append(root);
            }
        }
        return unique;
    }();
    return roots;
}

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// The names a certificate is made for, as the host name check reads them.
QString namesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.isEmpty() ? QStringLiteral("?") : names.join(QStringLiteral(", "));
}

bool untrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

// The failed handshake in words: which check refused the certificate, and what the user can do.
QString tlsFailure(const QString &host, const QList<QSslError> &errors, const QString &qtReason)
{
    if (errors.isEmpty()) {
        // No certificate was even looked at: something else answers on this port, or the handshake
        // itself failed (no common TLS version or cipher).
        return ApiClient::tr(
                   "The secure connection to %1 failed: the server did not complete a TLS handshake "
                   "(%2). Check that the base URL's port serves https://.")
            .arg(host, qtReason);
    }
    // The most useful error first: trust, then validity, then the name.
    const auto find = [&errors](auto predicate) -> const QSslError * {
        for (const QSslError &error : errors) {
            if (predicate(error.error()))
                return &error;
        }
        return nullptr;
    };
    const QString trustHint =
        ApiClient::tr("If your organisation has its own certificate authority, or a proxy that inspects TLS, "
                      "trust its root certificate for this workspace: --ca-file, or the profile's extra "
                      "trusted certificate.");
    if (const QSslError *selfSigned =
            find([](QSslError::SslError e) { return e == QSslError::SelfSignedCertificate; })) {
        return ApiClient::tr(
                   "The secure connection to %1 was refused: its certificate (%2) is self-signed, so no "
                   "trusted authority vouches for it. %3")
            .arg(host, Certificates::subjectLine(selfSigned->certificate()), trustHint);
    }
    if (const QSslError *untrusted = find(untrustedIssuer)) {
        const QSslCertificate certificate = untrusted->certificate();
        return ApiClient::tr(
                   "The secure connection to %1 was refused: the certificate is not trusted, its issuer "
                   "(%2) is not a trusted authority here. %3")
            .arg(host,
                 certificate.isNull() ? untrusted->errorString() : Certificates::issuerLine(certificate),
                 trustHint);
    }
    if (const QSslError *expired =
            find([](QSslError::SslError e) { return e == QSslError::CertificateExpired; })) {
        return ApiClient::tr(
                   "The secure connection to %1 was refused: its certificate expired on %2. The server's "
                   "certificate must be renewed (or this computer's clock is wrong).")
            .arg(host, utcText(expired->certificate().expiryDate()));
    }
    if (const QSslError *early =
            find([](QSslError::SslError e) { return e == QSslError::CertificateNotYetValid; })) {
        return ApiClient::tr(
                   "The secure connection to %1 was refused: its certificate is not valid before %2. "
                   "Check this computer's clock and time zone.")
            .arg(host, utcText(early->certificate().effectiveDate()));
    }
    if (const QSslError *name =
            find([](QSslError::SslError e) { return e == QSslError::HostNameMismatch; })) {
        return ApiClient::tr(
                   "The secure connection to %1 was refused: its certificate is made for %2, not for "
                   "%1. Check the base URL.")
            .arg(host, namesOf(name->certificate()));
    }
    return ApiClient::tr("The secure connection to %1 was refused: %2.")
        .arg(host, errors.first().errorString());
}

// host:port of the proxy a call to this connection goes through, or empty when it goes direct.
QString proxyAddress(const Connection &connection)
{
    const ProxySetting proxy = effectiveProxy(connection);
    if (proxy.mode == ProxySetting::Mode::Manual)
        return proxy.address();
    if (proxy.mode == ProxySetting::Mode::None)
        return {};
    for (const QNetworkProxy &system :
         QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(connection.baseUrl))) {
        if (system.type() == QNetworkProxy::HttpProxy || system.type() == QNetworkProxy::Socks5Proxy)
            return ProxySetting{ProxySetting::Mode::Manual, system.hostName(), system.port(), {}, {}}
                .address();
        if (system.type() == QNetworkProxy::NoProxy)
            return {};
    }
    return {};
}

// What went wrong on the way through a proxy. Qt 6.4 hands most of it over as UnknownNetworkError with
// the text of its HTTP proxy engine, so the text is compared with that engine's own, translated as Qt
// translates it (the same translator gives the same text in every language).
enum class ProxyProblem { None, AuthenticationRequired, Denied, Down, NotFound, TimedOut, Closed, Protocol };

ProxyProblem proxyProblem(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ProxyProblem::AuthenticationRequired;
    case QNetworkReply::ProxyConnectionRefusedError:
        return ProxyProblem::Down;
    case QNetworkReply::ProxyConnectionClosedError:
        return ProxyProblem::Closed;
    case QNetworkReply::ProxyNotFoundError:
        return ProxyProblem::NotFound;
    case QNetworkReply::ProxyTimeoutError:
        return ProxyProblem::TimedOut;
    case QNetworkReply::UnknownProxyError:
        return ProxyProblem::Protocol;
    default:
        break;
    }
    const QString reason = reply->errorString();
    const auto is = [&reason](const char *source) {
        return reason == QCoreApplication::translate("QHttpSocketEngine", source);
    };
    if (is("Proxy denied connection"))
        return ProxyProblem::Denied; // 403 or 405 to CONNECT
    if (is("Proxy connection refused"))
        return ProxyProblem::Down;
    if (is("Proxy server not found"))
        return ProxyProblem::NotFound;
    if (is("Proxy server connection timed out"))
        return ProxyProblem::TimedOut;
    if (is("Proxy connection closed prematurely"))
        return ProxyProblem::Closed;
    if (is("Authentication required"))
        return ProxyProblem::AuthenticationRequired;
    if (is("Error communicating with HTTP proxy") || is("Error parsing authentication request from proxy"))
        return ProxyProblem::Protocol; // any other answer to CONNECT, a 401 for example
    return ProxyProblem::None;
}

// Not retried: a proxy that wants other credentials, refuses the host or answers nonsense answers the
// same way next time. One that is down, times out or closes is retried like a server that does.
bool finalProxyProblem(ProxyProblem problem)
{
    return problem == ProxyProblem::AuthenticationRequired || problem == ProxyProblem::Denied ||
           problem == ProxyProblem::Protocol;
}

QString proxyFailure(ProxyProblem problem, const QString &proxy, const ProxySetting &setting,
                     const QString &host, const QNetworkReply *reply)
{
    const bool credentials = !setting.user.isEmpty() && !setting.password.isEmpty();
    switch (problem) {
    case ProxyProblem::AuthenticationRequired:
        return credentials
                   ? ApiClient::tr("The proxy %1 refused the user name and password it was given (HTTP 407): "
                                   "check the proxy user and its password.")
                         .arg(proxy)
                   : ApiClient::tr(
                         "The proxy %1 asks for a user name and password (HTTP 407): give the proxy "
                         "user and its password (in the profile, or --proxy http://USER@HOST:PORT "
                         "with IMPORTSCOPE_PROXY_PASSWORD).")
                         .arg(proxy);
    case ProxyProblem::Denied:
        return ApiClient::tr(
                   "The proxy %1 refused to connect to %2 (%3): it may not allow this host or port. Check "
                   "the proxy setting, or ask whoever runs the proxy.")
            .arg(proxy, host, reply->errorString());
    case ProxyProblem::Down:
        return ApiClient::tr(
                   "The proxy %1 refused the connection: it is down, or its port is wrong. Check the proxy "
                   "setting, or retry later.")
            .arg(proxy);
    case ProxyProblem::NotFound:
        return ApiClient::tr("The proxy host %1 was not found: check the proxy setting.").arg(proxy);
    case ProxyProblem::TimedOut:
        return ApiClient::tr("The proxy %1 did not answer in time: check the proxy setting, or retry later.")
            .arg(proxy);
    case ProxyProblem::Closed:
        return ApiClient::tr("The proxy %1 closed the connection to %2 before it was set up: check the proxy "
                             "setting, or retry later.")
            .arg(proxy, host);
    case ProxyProblem::Protocol:
    case ProxyProblem::None:
        break;
    }
    return credentials
               ? ApiClient::tr("The proxy %1 did not open the connection to %2 (%3): check the proxy user "
                               "and its password, and the proxy setting.")
                     .arg(proxy, host, reply->errorString())
               : ApiClient::tr("The proxy %1 did not open the connection to %2 (%3): check the proxy "
                               "setting.")
                     .arg(proxy, host, reply->errorString());
}
} // namespace

struct ApiClient::Transport
{
    ProxySetting proxy;                       // as used: plain http:// never goes through one
    QList<QSslCertificate> extraCertificates; // trusted besides the system's roots
    QNetworkAccessManager *network = nullptr; // a child of the ApiClient
    std::optional<QSslConfiguration> tls;     // only with extra certificates
    QSet<QString> http2Origins;               // servers whose last answer came over HTTP/2
    QSet<QString> answeredOrigins;            // servers an answer came from: their protocol is known
    QHash<QString, int> inFlight;             // per origin
};

namespace {
// A request body that reads once and cannot be rewound: see postOnce(). A QIODevice of its own, not
// a QBuffer: Qt reads a QBuffer's bytes directly, and could rewind those.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray body) : m_body(std::move(body)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_body.size() - m_at + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_body.size(); }
    bool atEnd() const override { return m_at >= m_body.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_at);
        if (n <= 0)
            return -1; // the end: Qt asks once more after the last byte
        std::memcpy(data, m_body.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_at = 0;
};
} // namespace

struct ApiClient::Call
{
    quint64 id = 0;
    Connection connection;
    QString path;
    QByteArray body;
    Accept accept;
    Done done;
    Waiting waiting;
    int failures = 0;
    int rateLimited = 0;
    qint64 rateLimitWaitedMs = 0;
    quint64 sendToken = 0; // this attempt, as the workspace's pace knows it
    bool once = false;     // postOnce(): never sent a second time
    bool timedOut = false;
    bool pastDeadline = false;      // timedOut because the overall deadline passed, not for silence
    bool tooLarge = false;          // the answer passed maxBodyBytes and was dropped
    QByteArray compressedAs;        // the Content-Encoding of an answer compressed against our request
    QByteArray received;            // read as it arrives, so its size is known before it is kept
    QList<QSslError> sslErrors;     // why this attempt's certificate was refused, if it was
    Transport *transport = nullptr; // while in flight
    QString origin;
    std::optional<ApiError> lastError;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> inactivity;
    std::unique_ptr<QTimer> deadline;
    std::unique_ptr<QTimer> retryTimer;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_limiter(m_policy.rateLimitRequests, m_policy.rateLimitWindowMs),
      m_pumpTimer(new QTimer(this)), m_brake(new MemoryBrake(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    // A connection whose proxy is "system" follows the system's configuration, as a browser does:
    // https_proxy and no_proxy, and the desktop's settings (Qt asks libproxy on Linux). Without this,
    // Qt 6.4 uses no proxy at all, and behind a corporate proxy the API is unreachable.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Qt's HTTP/2 code warns on stderr about every stream a server resets or a GOAWAY cuts short; the
    // call is retried or reported here, in one line (docs/SECURITY.md, "Output"). QT_LOGGING_RULES can
    // still turn it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.http2.warning=false"));
}

ApiClient::Transport &ApiClient::transportFor(const Connection &connection)
{
    for (const auto &transport : m_transports) {
        if (transport->proxy == effectiveProxy(connection) &&
            transport->extraCertificates == connection.extraCertificates)
            return *transport;
    }
    auto transport = std::make_unique<Transport>();
    transport->proxy = effectiveProxy(connection);
    transport->extraCertificates = connection.extraCertificates;
    // One manager per way to the wire: Qt pools connections by host, port and proxy but not by TLS
    // configuration, so a connection verified with one workspace's extra certificates must never
    // carry another workspace's requests (docs/SECURITY.md, "The wire").
    transport->network = new QNetworkAccessManager(this);
    // TLS errors are never ignored: no sslErrors handler calls ignoreSslErrors().
    // Redirects are never followed (docs/SECURITY.md): the API does not redirect, and a followed
    // redirect would carry the Authorization header, the key, to wherever the server points.
    transport->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    switch (transport->proxy.mode) {
    case ProxySetting::Mode::System:
        break; // the application's proxy factory, the system's (see the constructor)
    case ProxySetting::Mode::None:
        transport->network->setProxy(QNetworkProxy::NoProxy);
        break;
    case ProxySetting::Mode::Manual: {
        // Tunnelling only: https:// goes through CONNECT, so the proxy sees the host and port, never
        // the request (plain http:// is never proxied, see effectiveProxy()).
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, transport->proxy.host, transport->proxy.port,
                            transport->proxy.user, transport->proxy.password);
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
        transport->network->setProxy(proxy);
        break;
    }
    }
    if (!connection.extraCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(systemRoots() + connection.extraCertificates);
        transport->tls = tls;
    }
    m_transports.push_back(std::move(transport));
    return *m_transports.back();
}

const ApiClient::Transport *ApiClient::findTransport(const Connection &connection) const
{
    for (const auto &transport : m_transports) {
        if (transport->proxy == effectiveProxy(connection) &&
            transport->extraCertificates == connection.extraCertificates)
            return transport.get();
    }
    return nullptr;
}

int ApiClient::limitFor(const Transport *transport, const QString &origin) const
{
    if (transport && transport->http2Origins.contains(origin))
        return RequestPolicy::kHttp2MaxInFlight;
    // A TLS server that has not answered yet (no call made to it at all, too) may speak HTTP/2: Qt
    // then opens one connection, waits for ALPN and sends everything over it, or over HTTP/1.1 opens
    // at most six and queues the rest itself. So a first wave (known pages with page 1,
    // docs/ARCHITECTURE.md "Known pages") goes out whole instead of six now and the rest a round trip
    // later; nothing more reaches the server. Four connections' worth at most: over HTTP/1.1 the last
    // of them waits three answers in Qt's queue, well inside the inactivity timeout.
    const bool answered = transport && transport->answeredOrigins.contains(origin);
    if (!answered && origin.startsWith(QLatin1String("https:")))
        return std::min(RequestPolicy::kHttp2MaxInFlight, 4 * std::max(1, m_policy.maxInFlight));
    return std::max(1, m_policy.maxInFlight);
}

int ApiClient::maxInFlight(const Connection &connection) const
{
    return limitFor(findTransport(connection), originOf(connection.baseUrl));
}

bool ApiClient::usesHttp2(const Connection &connection) const
{
    const Transport *transport = findTransport(connection);
    return transport && transport->http2Origins.contains(originOf(connection.baseUrl));
}

ApiClient::~ApiClient()
{
    for (auto &[id, call] : m_calls) {
        if (call->reply) {
            call->reply->disconnect(this);
            abortOnce(call->reply);
        }
    }
}

void ApiClient::setPolicy(const RequestPolicy &policy)
{
    m_policy = policy;
    m_limiter = RateLimiter(policy.rateLimitRequests, policy.rateLimitWindowMs);
}

QList<std::pair<QByteArray, QByteArray>> ApiClient::headers(const Connection &connection)
{
    const QByteArray credentials = (connection.workspaceId + QLatin1Char(':') + connection.apiKey).toUtf8();
    return {{"Authorization", "Basic " + credentials.toBase64()},
            {"MOE-APPKEY", connection.workspaceId.toUtf8()},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"},
            // Uncompressed answers only (docs/SECURITY.md, "Bounds"). Left to itself, Qt asks for gzip
            // and inflates the answer before the 4 MiB cap sees it (a few KB can hide gigabytes), and
            // its own bomb check stalls under the read buffer set in send(). Naming an encoding turns
            // Qt's inflating off; a page of 50 files is a few dozen KB.
            {"Accept-Encoding", "identity"}};
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("ImportScope/" IMPORTSCOPE_VERSION);
}

quint64 ApiClient::post(const Connection &connection, const QString &path, const QByteArray &body,
                        Accept accept, Done done, Waiting waiting)
{
    auto call = std::make_unique<Call>();
    call->id = m_nextId++;
    call->connection = connection;
    call->path = path;
    call->body = body;
    call->accept = std::move(accept);
    call->done = std::move(done);
    call->waiting = std::move(waiting);
    const quint64 id = call->id;
    // A workspace already held back says so again for this call: whoever asked for it (a second
    // view's fetch) has not heard the hold announced before it came (docs/PACING.md).
    if (m_holds.count(connection.workspaceId))
        m_reannounce.insert(connection.workspaceId);
    m_calls.emplace(id, std::move(call));
    m_ready.push_back(id);
    // Dispatch from the event loop, so a caller can finish its own bookkeeping before answers arrive.
    QTimer::singleShot(0, this, &ApiClient::pump);
    return id;
}

quint64 ApiClient::postOnce(const Connection &connection, const QString &path, const QByteArray &body,
                            Accept accept, Done done)
{
    const quint64 id = post(connection, path, body, std::move(accept), std::move(done));
    m_calls.at(id)->once = true;
    return id;
}

void ApiClient::abort(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    std::erase(m_ready, id);
    if (call->reply) {
        call->reply->disconnect(this);
        abortOnce(call->reply);
        call->reply->deleteLater();
        if (call->transport)
            --call->transport->inFlight[call->origin];
        --m_inFlight;
        m_brake->setInFlight(m_inFlight, call->connection.baseUrl.host());
        QTimer::singleShot(0, this, &ApiClient::pump);
    }
}

void ApiClient::pump()
{
    const qint64 now = m_clock.elapsed();
    qint64 soonest = -1;
    std::set<QString> held;
    // Calls a server hold longer than the wait budget ends, finished after the walk (their callbacks
    // may queue more calls).
    std::vector<std::pair<quint64, ApiError>> overlong;
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        auto found = m_calls.find(*it);
        if (found == m_calls.end()) {
            it = m_ready.erase(it);
            continue;
        }
        Call &call = *found->second;
        if (held.count(call.connection.workspaceId)) {
            ++it; // its workspace's first queued call is already held back
            continue;
        }
        Transport &transport = transportFor(call.connection);
        const QString origin = originOf(call.connection.baseUrl);
        if (transport.inFlight.value(origin) >= limitFor(&transport, origin)) {
            ++it; // its server has no room; another one may
            continue;
        }
        WorkspacePace &pace = m_limiter.pace(call.connection.workspaceId);
        const qint64 delay = pace.delayMs(now);
        // A hold the server asked for on any answer (x-ratelimit-reset with nothing remaining, or a
        // Retry-After on a 200) falls under the budget 429 waits have: a day-long reset fails the
        // call clearly instead of stalling it silently for a day (issue 22, major 3).
        if (delay > m_policy.rateLimitBudgetMs && pace.reason(now) == WorkspacePace::Reason::ServerLimit) {
            ApiError error;
            error.kind = ApiError::Kind::RateLimited;
            error.message =
                tr("The API asks to wait %1 before the next request, longer than ImportScope "
                   "waits (%2): try again later.")
                    .arg(TimeText::duration(delay), TimeText::duration(m_policy.rateLimitBudgetMs));
            overlong.emplace_back(*it, error);
            it = m_ready.erase(it);
            continue;
        }
        if (delay > 0) {
            held.insert(call.connection.workspaceId);
            soonest = soonest < 0 ? delay : std::min(soonest, delay);
            ++it; // another workspace may still have room
            continue;
        }
        it = m_ready.erase(it);
        call.sendToken = m_nextSend++;
        pace.sent(call.sendToken, now);
        call.transport = &transport;
        call.origin = origin;
        send(call);
    }
    if (soonest >= 0)
        m_pumpTimer->start(static_cast<int>(std::min<qint64>(soonest + 1, std::numeric_limits<int>::max())));
    reportWaiting(now);
    for (const auto &[id, error] : overlong)
        finish(id, error);
}

void ApiClient::reportWaiting(qint64 nowMs)
{
    std::set<QString> queued;
    for (const quint64 id : m_ready) {
        if (const auto found = m_calls.find(id); found != m_calls.end())
            queued.insert(found->second->connection.workspaceId);
    }
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<QString, Hold>> changed;
    for (const QString &workspace : queued) {
        const WorkspacePace &pace = m_limiter.pace(workspace);
        const qint64 delay = pace.delayMs(nowMs);
        Hold now;
        if (delay > 0) {
            now.untilMs = wallNow + delay;
            now.reason = pace.reason(nowMs) == WorkspacePace::Reason::OwnPace ? WaitReason::OwnPace
                                                                              : WaitReason::ServerLimit;
        }
        const Hold before = m_holds.count(workspace) ? m_holds[workspace] : Hold{};
        // A hold's end is re-announced only when it really moves, not with each pump's rounding, or
        // when a call came while it held.
        if (now.reason != before.reason || std::abs(now.untilMs - before.untilMs) > 250 ||
            (now.reason != WaitReason::None && m_reannounce.count(workspace)))
            changed.emplace_back(workspace, now);
    }
    m_reannounce.clear();
    for (const auto &[workspace, hold] : m_holds) {
        if (hold.reason != WaitReason::None && !queued.count(workspace))
            changed.emplace_back(workspace, Hold{});
    }
    for (const auto &[workspace, hold] : changed) {
        if (hold.reason == WaitReason::None)
            m_holds.erase(workspace);
        else
            m_holds[workspace] = hold;
    }
    // Observers run last: they may post or abort calls.
    for (const auto &[workspace, hold] : changed)
        Q_EMIT workspaceWaiting(workspace, hold.untilMs, hold.reason);
}

qint64 ApiClient::estimateMs(const QString &workspaceId, int requests) const
{
    return m_limiter.pace(workspaceId).estimateMs(requests, m_clock.elapsed());
}

std::pair<int, int> ApiClient::paceFor(const QString &workspaceId) const
{
    const auto [requests, windowMs] = m_limiter.pace(workspaceId).pace();
    return {requests, static_cast<int>(std::min<qint64>(windowMs, std::numeric_limits<int>::max()))};
}

void ApiClient::send(Call &call)
{
    QUrl url = call.connection.baseUrl;
    url.setPath(call.path);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers(call.connection))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The workspace's extra trusted certificates, beside the system's roots; Qt still offers h2 and
    // http/1.1 by ALPN on top of this configuration.
    if (call.transport->tls)
        request.setSslConfiguration(*call.transport->tls);

    call.timedOut = false;
    call.pastDeadline = false;
    call.tooLarge = false;
    call.compressedAs.clear();
    call.received.clear();
    call.sslErrors.clear();
    // Every call has a JSON body, which the timing of the read buffer below relies on.
    Q_ASSERT(!call.body.isEmpty());
    QNetworkReply *reply = nullptr;
    if (call.once) {
        // Qt's HTTP layer resends a request on its own, once, when a kept-alive connection closes
        // before any answer (seen with a POST on Qt 6.4): a trigger could then run twice. A body Qt
        // streams from a device it cannot rewind cannot be resent: Qt ends the reply with an error
        // instead (ContentReSendError), which the caller reports as an unknown outcome.
        auto *upload = new OneShotBody(call.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = call.transport->network->post(request, upload);
        upload->setParent(reply);
    } else {
        reply = call.transport->network->post(request, call.body);
    }
    call.reply = reply;
    // Qt's HTTP thread decodes a chunked body in a loop that returns only when the socket is empty, or
    // past the reply's read buffer size: a server that sends faster than the loop reads keeps it there
    // forever, buffering gigabytes before our readyRead could drop the answer (docs/SECURITY.md,
    // "Bounds"). Qt 6.4 drops a size set before the request started in that thread, and a POST starts
    // on the next turn of this loop, so it is set on the turn after. That is still in time: the HTTP
    // thread sends the body only after asking this thread for it, which queues behind this call, and
    // reads no answer before the body is sent.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(RequestPolicy::kReadBufferBytes); }, Qt::QueuedConnection);
    ++call.transport->inFlight[call.origin];
    ++m_inFlight;
    m_brake->setInFlight(m_inFlight, call.connection.baseUrl.host());

    if (!call.inactivity) {
        call.inactivity = std::make_unique<QTimer>();
        call.inactivity->setSingleShot(true);
    }
    call.inactivity->setInterval(m_policy.inactivityTimeoutMs);
    QTimer *inactivity = call.inactivity.get();
    const quint64 id = call.id;
    QObject::disconnect(inactivity, nullptr, nullptr, nullptr);
    connect(inactivity, &QTimer::timeout, this, [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply)
            return;
        it->second->timedOut = true;
        abortOnce(it->second->reply); // finished() follows, handled as a timeout
    });
    auto keepAlive = [inactivity] { inactivity->start(); };
    connect(reply, &QNetworkReply::downloadProgress, inactivity, keepAlive);
    connect(reply, &QNetworkReply::uploadProgress, inactivity, keepAlive);

    // The overall deadline: inactivity alone lets a server trickle one byte every few seconds forever.
    if (!call.deadline) {
        call.deadline = std::make_unique<QTimer>();
        call.deadline->setSingleShot(true);
    }
    call.deadline->setInterval(overallDeadlineMs());
    QObject::disconnect(call.deadline.get(), nullptr, nullptr, nullptr);
    connect(call.deadline.get(), &QTimer::timeout, this, [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply)
            return;
        it->second->timedOut = true;
        it->second->pastDeadline = true;
        abortOnce(it->second->reply);
    });

    // The body is read as it arrives and dropped past maxBodyBytes (docs/SECURITY.md, "Bounds"):
    // Qt would otherwise buffer an endless body until the machine runs out of memory.
    auto overLimit = [this, id](qint64 bytes) {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply || bytes <= m_policy.maxBodyBytes)
            return false;
        it->second->tooLarge = true;
        abortOnce(it->second->reply);
        return true;
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply, overLimit] {
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != "identity") {
            auto it = m_calls.find(id);
            if (it == m_calls.end() || it->second->reply != reply)
                return;
            it->second->compressedAs = encoding.left(40);
            abortOnce(reply);
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            overLimit(length.toLongLong());
    });
    connect(reply, &QIODevice::readyRead, this, [this, id, reply, overLimit] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || it->second->reply != reply || !reply->isOpen())
            return;
        if (it->second->inactivity)
            it->second->inactivity->start(); // downloadProgress is throttled; every byte counts
        QByteArray &received = it->second->received;
        received += reply->read(m_policy.maxBodyBytes + 1 - received.size());
        m_brake->delivered();
        if (!overLimit(received.size()) && reply->bytesAvailable() > 0)
            overLimit(received.size() + reply->bytesAvailable());
    });
    // Kept to name the failure: the certificate is refused whatever the handler does, since nothing
    // here calls ignoreSslErrors() (docs/SECURITY.md, "The wire").
    connect(reply, &QNetworkReply::sslErrors, this, [this, id, reply](const QList<QSslError> &errors) {
        auto it = m_calls.find(id);
        if (it != m_calls.end() && it->second->reply == reply)
            it->second->sslErrors = errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    inactivity->start();
    call.deadline->start();
}

int ApiClient::overallDeadlineMs() const
{
    if (m_policy.overallDeadlineMs > 0)
        return m_policy.overallDeadlineMs;
    return static_cast<int>(std::min<qint64>(qint64(m_policy.inactivityTimeoutMs) * 5, INT_MAX));
}

ApiError ApiClient::networkError(const Call &call, QNetworkReply *reply) const
{
    ApiError error;
    const QString host = call.connection.baseUrl.host();
    if (call.pastDeadline) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not finish its answer within %2 s, %n time(s): the server or the network "
                           "is too slow. Retry later, or raise the timeout (an answer may take five times "
                           "the timeout).",
                           nullptr, call.failures)
                            .arg(host)
                            .arg(overallDeadlineMs() / 1000.0);
        return error;
    }
    if (call.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.",
                           nullptr, call.failures)
                            .arg(host)
                            .arg(m_policy.inactivityTimeoutMs / 1000.0);
        return error;
    }
    // A server that closes the connection before it ever showed a certificate does not speak TLS on
    // this port (an http:// server reading a ClientHello as a bad request): not retried either.
    const bool closedBeforeTls = call.connection.baseUrl.scheme() == QLatin1String("https") &&
                                 reply->error() == QNetworkReply::RemoteHostClosedError &&
                                 reply->sslConfiguration().peerCertificate().isNull();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !call.sslErrors.isEmpty() ||
        closedBeforeTls) {
        error.kind = ApiError::Kind::Tls;
        error.message = tlsFailure(host, call.sslErrors, reply->errorString().trimmed());
        return error;
    }
    // The proxy the call went through, if any: its failures are named as the proxy's, not the API's.
    const QString proxy = proxyAddress(call.connection);
    if (!proxy.isEmpty()) {
        ProxyProblem problem = proxyProblem(reply);
        // Qt reports a proxy that is down, or a proxy host that does not resolve, under the codes of the
        // server's own failures at times: the call never got past the proxy.
        if (problem == ProxyProblem::None && reply->error() == QNetworkReply::ConnectionRefusedError)
            problem = ProxyProblem::Down;
        else if (problem == ProxyProblem::None && reply->error() == QNetworkReply::HostNotFoundError)
            problem = ProxyProblem::NotFound;
        if (problem != ProxyProblem::None) {
            error.kind = ApiError::Kind::Network;
            error.message = proxyFailure(problem, proxy, effectiveProxy(call.connection), host, reply);
            return error;
        }
    }
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The host %1 was not found: check the data centre or base URL, and the network.").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("%1 refused the connection: the server is down or the base URL's port is wrong. "
                           "Retry later.")
                            .arg(host);
        break;
    default: {
        const QString reason = reply->errorString().trimmed();
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The connection to %1 failed (%2) after %n attempt(s): check the network and retry.", nullptr,
               call.failures)
                .arg(host, reason);
        break;
    }
    }
    return error;
}

void ApiClient::onReplyFinished(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    QNetworkReply *reply = call.reply;
    call.reply = nullptr;
    if (call.inactivity)
        call.inactivity->stop();
    if (call.deadline)
        call.deadline->stop();
    if (call.transport)
        --call.transport->inFlight[call.origin];
    --m_inFlight;
    m_brake->setInFlight(m_inFlight, call.connection.baseUrl.host());
    m_brake->delivered();
    QTimer::singleShot(0, this, &ApiClient::pump);
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Before anyone hears of this answer: HistoryClient plans its next pages by the limit it sets.
    if (status > 0 && call.transport) {
        call.transport->answeredOrigins.insert(call.origin);
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            call.transport->http2Origins.insert(call.origin);
        else
            call.transport->http2Origins.remove(call.origin);
    }
    // An aborted reply is closed: reading it would only print Qt's "device not open" warning.
    if (reply->isOpen() && !call.tooLarge)
        call.received += reply->read(m_policy.maxBodyBytes + 1 - call.received.size());
    const QByteArray body = std::exchange(call.received, {});

    if (!call.compressedAs.isEmpty()) {
        // Not retried: the server will compress the next answer too.
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("%1 sent a compressed answer (%2) although ImportScope asks for an uncompressed "
                           "one, and it was dropped unread: a compressed answer can hide gigabytes. Check "
                           "the base URL, or a proxy between you and the API.")
                            .arg(call.connection.baseUrl.host(), QString::fromLatin1(call.compressedAs));
        finish(id, error);
        return;
    }

    if (call.tooLarge || body.size() > m_policy.maxBodyBytes) {
        // Not retried: a server that sends this much once will do it again (docs/SECURITY.md, "Bounds").
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("The answer from %1 passed %2 MB and was dropped unread: a page of the API is far "
                           "smaller. Check the base URL.")
                            .arg(call.connection.baseUrl.host())
                            .arg(m_policy.maxBodyBytes / (1024.0 * 1024.0));
        finish(id, error);
        return;
    }
    if (status >= 300 && status < 400) {
        // Never followed (docs/SECURITY.md): the key stays with the host the user chose.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString where = target.isEmpty()
                                  ? tr("nowhere in particular")
                                  : call.connection.baseUrl.resolved(target).toString().left(200);
        ApiError error;
        error.kind = ApiError::Kind::Server;
        error.httpStatus = status;
        error.message = tr("%1 answered HTTP %2, a redirect to %3, which ImportScope never follows (the key "
                           "would go along): check the base URL.")
                            .arg(call.connection.baseUrl.host())
                            .arg(status)
                            .arg(where);
        finish(id, error);
        return;
    }

    // What the answer teaches the workspace's pace: every HTTP answer but a 429 passed the server's
    // limiter; no answer proves nothing.
    const qint64 now = m_clock.elapsed();
    WorkspacePace &pace = m_limiter.pace(call.connection.workspaceId);
    const ServerQuota quota = ServerQuota::fromHeaders(
        reply->rawHeader("Retry-After"), reply->rawHeader("x-ratelimit-limit"),
        reply->rawHeader("x-ratelimit-remaining"), reply->rawHeader("x-ratelimit-reset"), now,
        QDateTime::currentMSecsSinceEpoch());
    if (status == 429) {
        pace.rejected(call.sendToken, now, quota);
    } else if (status > 0) {
        pace.accepted(call.sendToken, now);
        if (quota.any()) {
            const int othersInFlight =
                int(std::count_if(m_calls.begin(), m_calls.end(), [&](const auto &entry) {
                    return entry.second->reply &&
                           entry.second->connection.workspaceId == call.connection.workspaceId;
                }));
            pace.disclosed(call.sendToken, now, quota, othersInFlight);
        }
    } else {
        pace.lost(call.sendToken);
    }

    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        const std::optional<QString> problem = call.accept(body);
        if (!problem) {
            finish(id, std::nullopt);
            return;
        }
        ++call.failures;
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("The server's answer could not be read, %n time(s): %1 Try again later.", nullptr,
                           call.failures)
                            .arg(*problem);
        call.lastError = error;
    } else if (status == 429) {
        ++call.rateLimited;
        if (call.once) {
            finish(id, ResponseParser::errorFromResponse(status, body));
            return;
        }
        // The workspace's pace has learned from this 429 (above): the call waits in the queue like every
        // other call to the workspace, as long as the workspace's window needs, never by its own count.
        const qint64 wait = pace.delayMs(now);
        if (call.rateLimited >= m_policy.maxRefusals) {
            ApiError error = ResponseParser::errorFromResponse(status, body);
            error.message = tr("The API refused this request %n time(s) for its rate limit, after waits "
                               "of %1 in all: try again later. If another tool uses the same workspace, "
                               "it may be spending the limit.",
                               nullptr, call.rateLimited)
                                .arg(TimeText::duration(call.rateLimitWaitedMs));
            finish(id, error);
            return;
        }
        if (call.rateLimitWaitedMs + wait > m_policy.rateLimitBudgetMs) {
            ApiError error = ResponseParser::errorFromResponse(status, body);
            if (quota.freeAtMs && *quota.freeAtMs - now > m_policy.rateLimitBudgetMs) {
                // "24 h", not "1440 min" (issue 22).
                error.message = tr("The API asks to wait %1 before the next request, longer than "
                                   "ImportScope waits (%2): try again later.")
                                    .arg(TimeText::duration(*quota.freeAtMs - now),
                                         TimeText::duration(m_policy.rateLimitBudgetMs));
            }
            finish(id, error);
            return;
        }
        call.rateLimitWaitedMs += wait;
        if (call.waiting)
            call.waiting(static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        m_ready.push_front(id); // before pages not yet asked for; the pump scheduled above sends it
        return;
    } else if (status >= 500 || status == 408) {
        ++call.failures;
        call.lastError = ResponseParser::errorFromResponse(status, body);
    } else if (status >= 400) {
        finish(id, ResponseParser::errorFromResponse(status, body));
        return;
    } else {
        ++call.failures;
        call.lastError = networkError(call, reply);
        // Not retried: a refused certificate, or a proxy that wants other credentials or refuses the
        // host, answers the same way next time (docs/SECURITY.md, "The wire").
        if (call.lastError->kind == ApiError::Kind::Tls ||
            (!proxyAddress(call.connection).isEmpty() && finalProxyProblem(proxyProblem(reply)))) {
            finish(id, call.lastError);
            return;
        }
    }

    if (call.once || call.failures >= m_policy.maxAttempts) {
        ApiError error = *call.lastError;
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
            error = networkError(call, reply); // re-worded with the final attempt count
        finish(id, error);
        return;
    }
    const int delayMs = m_policy.backoffMs(call.failures);
    retryAfter(call, delayMs);
    Q_EMIT callRetrying(call.connection.workspaceId, QDateTime::currentMSecsSinceEpoch() + delayMs,
                        call.failures + 1, m_policy.maxAttempts,
                        scrubbed(call.lastError->message, call.connection));
}

void ApiClient::retryAfter(Call &call, int delayMs)
{
    if (!call.retryTimer) {
        call.retryTimer = std::make_unique<QTimer>();
        call.retryTimer->setSingleShot(true);
        const quint64 id = call.id;
        connect(call.retryTimer.get(), &QTimer::timeout, this, [this, id] {
            if (m_calls.count(id)) {
                m_ready.push_front(id); // a retried page goes before pages not yet asked for
                pump();
            }
        });
    }
    call.retryTimer->start(delayMs);
}

void ApiClient::finish(quint64 id, const std::optional<ApiError> &error)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    std::optional<ApiError> outcome = error;
    if (outcome) {
        outcome->message = scrubbed(outcome->message, call->connection);
        outcome->apiType = scrubbed(outcome->apiType, call->connection);
    }
    if (call->done)
        call->done(outcome);
}
