#pragma once
// The real wire for tests and benches (issue 18, docs/SECURITY.md "The wire"): certificates made by
// the test with openssl (a CA, and a server certificate for every way TLS can fail), nghttpx (Debian's
// nghttp2-proxy) as a TLS + HTTP/2 front end in front of a demo server, and tinyproxy as a real HTTP
// proxy with CONNECT. Everything listens on 127.0.0.1 only, in a directory of the test's, and is
// stopped when its object goes. packaging/install-deps.sh installs the programs.
//
// nghttpx's access log records, per request it received, the protocol ALPN chose and what came with
// it (the workspace header, never the key): a handshake the client refused leaves no line at all.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Wire {

// A name the good certificate is also made for, which nothing ever resolves (.test is reserved): the
// system's proxy configuration never proxies loopback addresses, so a test of it names this host and
// a proxy that tunnels to 127.0.0.1 whatever the name (tests/tls/connect_proxy.py).
#define kUnresolvedHost "api.importscope.test"

// A program from the system's directories (nghttpx is in /usr/sbin, which a user's PATH may lack).
inline QString program(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                      QStringLiteral("/sbin"), QStringLiteral("/bin")});
    return found;
}

// Debian's interpreter, where python3-h2 lives (a python3 earlier on PATH, say pyenv's, lacks it).
inline QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : program(QStringLiteral("python3"));
}

// What is missing to run the wire's tests, in words naming the package, or empty.
inline QString missingTools(bool proxy = false, bool h2Server = false)
{
    QStringList missing;
    if (program(QStringLiteral("openssl")).isEmpty())
        missing << QStringLiteral("openssl (package openssl)");
    if (program(QStringLiteral("nghttpx")).isEmpty())
        missing << QStringLiteral("nghttpx (package nghttp2-proxy)");
    if (proxy && program(QStringLiteral("tinyproxy")).isEmpty())
        missing << QStringLiteral("tinyproxy (package tinyproxy)");
    if (h2Server) {
        QProcess probe;
        probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import h2, hpack, hyperframe")});
        if (!probe.waitForFinished(10'000) || probe.exitCode() != 0)
            missing << QStringLiteral("the Python module h2 (package python3-h2)");
    }
    return missing.isEmpty() ? QString()
                             : QStringLiteral("missing %1: run packaging/install-deps.sh")
                                   .arg(missing.join(QStringLiteral(", ")));
}

// A port nobody listens on right now (the program started next binds it; a race only with other tests
// doing the same, which the kernel's port allocator makes unlikely).
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Polls until something accepts on 127.0.0.1:port.
inline bool waitForListening(quint16 port, int timeoutMs = 10'000, const QProcess *process = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (process && process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    return false;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a program to its end; returns its error output when it failed, or empty.
inline QString run(const QString &name, const QStringList &arguments, const QString &directory = {})
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program(name), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("%1 %2: %3")
            .arg(name, arguments.join(QLatin1Char(' ')),
                 QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput()));
    return {};
}

// The test's own certificates: a trusted CA (the client is handed it, never the system store), an
// issuer nobody trusts, and a server certificate for each case. One P-256 key serves every server
// certificate (fast to make; the checks under test do not look at the key).
class Pki final
{
public:
    enum class Server { Good, UntrustedIssuer, SelfSigned, Expired, NotYetValid, WrongHost };

    explicit Pki(const QString &directory) : m_dir(directory)
    {
        QDir().mkpath(m_dir);
        m_error = make();
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString caCertificate() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaCertificate() const { return path(QStringLiteral("other-ca.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString certificate(Server server) const { return path(name(server) + QStringLiteral(".pem")); }

    // A server certificate whose issuer is named like one of the system's roots (ISRG Root X2, an
    // ECDSA P-384 root in Debian's ca-certificates) but signed with a key of the test's: a client that
    // consults the system's roots finds that root and reports a bad signature; one that does not
    // reports an unknown issuer. Empty, with the reason in error(), when the root is not installed.
    QString impostorOfSystemRoot()
    {
        const QString root = QStringLiteral("/etc/ssl/certs/ISRG_Root_X2.pem");
        if (!QFile::exists(root)) {
            m_error = QStringLiteral("%1 is missing (package ca-certificates)").arg(root);
            return {};
        }
        const QString openssl = QStringLiteral("openssl");
        QString failed =
            run(openssl, {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-384"),
                          QStringLiteral("-out"), path(QStringLiteral("impostor.key"))});
        if (failed.isEmpty())
            failed = run(openssl,
                         {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                          QStringLiteral("-key"), path(QStringLiteral("impostor.key")),
                          QStringLiteral("-out"), path(QStringLiteral("impostor-root.pem")),
                          QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                          QStringLiteral("/C=US/O=Internet Security Research Group/CN=ISRG Root X2"),
                          QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")});
        QFile extensions(path(QStringLiteral("impostor.ext")));
        if (failed.isEmpty() && extensions.open(QIODevice::WriteOnly)) {
            // No key identifiers: they would tell OpenSSL at once that the real root did not sign it.
            extensions.write("subjectAltName = IP:127.0.0.1,DNS:localhost\nauthorityKeyIdentifier = none\n"
                             "subjectKeyIdentifier = none\n");
            extensions.close();
            failed = run(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                   path(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                                   path(QStringLiteral("impostor-root.pem")), QStringLiteral("-CAkey"),
                                   path(QStringLiteral("impostor.key")), QStringLiteral("-set_serial"),
                                   QStringLiteral("4242"), QStringLiteral("-days"), QStringLiteral("30"),
                                   QStringLiteral("-extfile"), extensions.fileName(), QStringLiteral("-out"),
                                   path(QStringLiteral("impostor.pem"))});
        }
        if (!failed.isEmpty()) {
            m_error = failed;
            return {};
        }
        return path(QStringLiteral("impostor.pem"));
    }

    static QString name(Server server)
    {
        switch (server) {
        case Server::Good:
            return QStringLiteral("good");
        case Server::UntrustedIssuer:
            return QStringLiteral("untrusted-issuer");
        case Server::SelfSigned:
            return QStringLiteral("self-signed");
        case Server::Expired:
            return QStringLiteral("expired");
        case Server::NotYetValid:
            return QStringLiteral("not-yet-valid");
        case Server::WrongHost:
            return QStringLiteral("wrong-host");
        }
        return {};
    }

private:
    QString path(const QString &file) const { return m_dir + QLatin1Char('/') + file; }

    static QString stamp(const QDateTime &when)
    {
        return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
    }

    QString make()
    {
        const QString openssl = QStringLiteral("openssl");
        const QStringList ec{QStringLiteral("genpkey"),
                             QStringLiteral("-algorithm"),
                             QStringLiteral("EC"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"),
                             QStringLiteral("-out")};
        for (const QString &key :
             {QStringLiteral("ca.key"), QStringLiteral("other-ca.key"), QStringLiteral("server.key")}) {
            if (auto failed = run(openssl, ec + QStringList{path(key)}); !failed.isEmpty())
                return failed;
        }
        const auto ca = [&](const QString &file, const QString &subject) {
            return run(openssl,
                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                        QStringLiteral("-key"), path(file + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(file + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        };
        if (auto failed =
                ca(QStringLiteral("ca"), QStringLiteral("/O=ImportScope tests/CN=ImportScope Test CA"));
            !failed.isEmpty())
            return failed;
        if (auto failed = ca(QStringLiteral("other-ca"), QStringLiteral("/O=Nobody/CN=Untrusted Test CA"));
            !failed.isEmpty())
            return failed;
        if (auto failed = run(openssl, {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                                        serverKey(), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                        QStringLiteral("-out"), path(QStringLiteral("server.csr"))});
            !failed.isEmpty())
            return failed;

        // `openssl ca` signs with any dates, in the past or the future.
        QFile config(path(QStringLiteral("ca.cnf")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ca.cnf");
        config.write(
            "[ca]\ndefault_ca = test\n[test]\ndatabase = " + path(QStringLiteral("index.txt")).toUtf8() +
            "\nnew_certs_dir = " + m_dir.toUtf8() + "\nserial = " + path(QStringLiteral("serial")).toUtf8() +
            "\ndefault_md = sha256\npolicy = anything\nunique_subject = no\n"
            "[anything]\ncommonName = supplied\n"
            "[server]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n"
            "subjectAltName = IP:127.0.0.1,DNS:localhost,DNS:" kUnresolvedHost "\n"
            "[wrong]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n"
            "subjectAltName = DNS:wrong-host.example,DNS:api.wrong-host.example\n");
        config.close();
        QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
        QFile serial(path(QStringLiteral("serial")));
        if (!serial.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write serial");
        serial.write("1000\n");
        serial.close();

        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Signed
        {
            Server server;
            QString issuer;
            QString extensions;
            QDateTime from, until;
        };
        const Signed all[] = {
            {Server::Good, QStringLiteral("ca"), QStringLiteral("server"), now.addDays(-1), now.addDays(30)},
            {Server::UntrustedIssuer, QStringLiteral("other-ca"), QStringLiteral("server"), now.addDays(-1),
             now.addDays(30)},
            {Server::Expired, QStringLiteral("ca"), QStringLiteral("server"), now.addDays(-60),
             now.addDays(-30)},
            {Server::NotYetValid, QStringLiteral("ca"), QStringLiteral("server"), now.addDays(30),
             now.addDays(60)},
            {Server::WrongHost, QStringLiteral("ca"), QStringLiteral("wrong"), now.addDays(-1),
             now.addDays(30)},
        };
        for (const Signed &one : all) {
            if (auto failed =
                    run(openssl,
                        {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                         QStringLiteral("-config"), config.fileName(), QStringLiteral("-cert"),
                         path(one.issuer + QStringLiteral(".pem")), QStringLiteral("-keyfile"),
                         path(one.issuer + QStringLiteral(".key")), QStringLiteral("-in"),
                         path(QStringLiteral("server.csr")), QStringLiteral("-out"), certificate(one.server),
                         QStringLiteral("-extensions"), one.extensions, QStringLiteral("-startdate"),
                         stamp(one.from), QStringLiteral("-enddate"), stamp(one.until)});
                !failed.isEmpty())
                return failed;
        }
        return run(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                    QStringLiteral("-key"), serverKey(), QStringLiteral("-out"),
                    certificate(Server::SelfSigned), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    }

    QString m_dir;
    QString m_error;
};

// A process of the test's, stopped (SIGTERM, then SIGKILL) when this goes.
class Daemon
{
public:
    Daemon() = default;
    Daemon(const Daemon &) = delete;
    Daemon &operator=(const Daemon &) = delete;
    virtual ~Daemon() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool ok() const { return m_error.isEmpty() && m_process.state() == QProcess::Running; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

protected:
    bool launch(const QString &name, const QStringList &arguments, quint16 port)
    {
        m_port = port;
        const QString path = program(name);
        if (path.isEmpty()) {
            m_error = QStringLiteral("%1 is not installed: run packaging/install-deps.sh").arg(name);
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(path, arguments);
        if (!m_process.waitForStarted(10'000) || !waitForListening(port, 10'000, &m_process)) {
            m_error =
                QStringLiteral("%1 did not start: %2").arg(name, QString::fromUtf8(m_process.readAll()));
            stop();
            return false;
        }
        return true;
    }
    QProcess m_process;
    QString m_error;
    quint16 m_port = 0;
};

// nghttpx in front of a back end on 127.0.0.1: TLS with the given certificate, offering `alpn` (h2 and
// http/1.1 by default, or "http/1.1" alone), or plain HTTP when `certificate` is empty.
class Nghttpx final : public Daemon
{
public:
    struct Options
    {
        QString directory; // logs go here
        quint16 backendPort = 0;
        QString key; // empty with certificate: plain HTTP (no TLS)
        QString certificate;
        QString alpn = QStringLiteral("h2,http/1.1");
        QString name = QStringLiteral("nghttpx"); // distinguishes the logs of several in one directory
    };

    explicit Nghttpx(const Options &options) : m_options(options)
    {
        m_accessLog = options.directory + QLatin1Char('/') + options.name + QStringLiteral("-access.log");
        m_errorLog = options.directory + QLatin1Char('/') + options.name + QStringLiteral("-error.log");
        const quint16 port = freePort();
        const bool tls = !options.certificate.isEmpty();
        QStringList arguments{
            QStringLiteral("--conf=/dev/null"),
            QStringLiteral("-f127.0.0.1,%1%2").arg(port).arg(tls ? QString() : QStringLiteral(";no-tls")),
            QStringLiteral("-b127.0.0.1,%1").arg(options.backendPort),
            QStringLiteral("--workers=1"),
            QStringLiteral("--no-ocsp"),
            QStringLiteral("--accesslog-file=") + m_accessLog,
            // The protocol, the answer, and what came in: the path and the workspace header, never the
            // Authorization header (the key).
            QStringLiteral("--accesslog-format=$alpn $status $method $path $http_moe_appkey"),
            QStringLiteral("--errorlog-file=") + m_errorLog,
        };
        if (tls)
            arguments << (QStringLiteral("--npn-list=") + options.alpn) << options.key << options.certificate;
        launch(QStringLiteral("nghttpx"), arguments, port);
    }

    QUrl url() const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2")
                .arg(m_options.certificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                .arg(port()));
    }
    // One line per request received: "h2 200 POST /v1.0/... WORKSPACE".
    QList<QByteArray> accessLog() const
    {
        QList<QByteArray> lines = readFile(m_accessLog).split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
    // The protocols of the lines after the first `skip`, e.g. {"h2"}.
    QSet<QByteArray> protocols(qsizetype skip = 0) const
    {
        QSet<QByteArray> out;
        const QList<QByteArray> lines = accessLog();
        for (qsizetype i = skip; i < lines.size(); ++i)
            out.insert(lines.at(i).split(' ').value(0));
        return out;
    }
    QByteArray errorLog() const { return readFile(m_errorLog); }

private:
    Options m_options;
    QString m_accessLog;
    QString m_errorLog;
};

// tinyproxy: an HTTP proxy that tunnels CONNECT to the allowed port only (another port is refused
// with 403), optionally asking for Basic credentials (407 without them).
class Tinyproxy final : public Daemon
{
public:
    struct Options
    {
        QString directory;
        quint16 connectPort = 0; // CONNECT is allowed to this port only
        QString user;            // with password: BasicAuth
        QString password;
        QString name = QStringLiteral("tinyproxy");
    };

    explicit Tinyproxy(const Options &options)
    {
        m_log = options.directory + QLatin1Char('/') + options.name + QStringLiteral(".log");
        const quint16 port = freePort();
        const QString config = options.directory + QLatin1Char('/') + options.name + QStringLiteral(".conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(config);
            return;
        }
        QByteArray text = "Port " + QByteArray::number(port) +
                          "\nListen 127.0.0.1\nTimeout 30\nLogLevel Info\nMaxClients 100\nAllow 127.0.0.1\n"
                          "DisableViaHeader Yes\nConnectPort " +
                          QByteArray::number(options.connectPort) + "\nLogFile \"" + m_log.toUtf8() + "\"\n";
        if (!options.user.isEmpty())
            text += "BasicAuth " + options.user.toUtf8() + ' ' + options.password.toUtf8() + '\n';
        file.write(text);
        file.close();
        launch(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), config}, port);
    }
    QUrl url(const QString &user = {}) const
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port()));
        url.setUserName(user);
        return url;
    }
    QByteArray log() const { return readFile(m_log); }

private:
    QString m_log;
};

} // namespace Wire
