#pragma once
// Looks at the keychain and at files from outside the code under test: secret-tool reads the Secret
// Service directly, so a test can prove an entry exists (or is gone) without trusting SecretStore.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace KeychainTestUtils {

struct Entry
{
    QString user; // QtKeychain files the key under attribute "user" = the profile id
    QString secret;
};

// Every entry QtKeychain stored for service "ImportScope" (attribute "server", schema org.qt.keychain).
// secret-tool prints the secret on stdout and the attributes on stderr, item by item.
inline QList<Entry> entries()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                            QStringLiteral("server"), QStringLiteral("ImportScope")});
    p.waitForFinished(10000);
    const QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    const QStringList err = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'));
    QList<Entry> found;
    for (const QString &line : out) {
        if (line.startsWith(QLatin1String("secret = ")))
            found.append({QString(), line.mid(9)});
    }
    qsizetype i = 0;
    for (const QString &line : err) {
        if (line.startsWith(QLatin1String("attribute.user = ")) && i < found.size())
            found[i++].user = line.mid(17);
    }
    return found;
}

inline QStringList secretsFor(const QString &profileId)
{
    QStringList out;
    for (const Entry &e : entries()) {
        if (e.user == profileId)
            out << e.secret;
    }
    return out;
}

// True when the key appears in the bytes in any encoding a careless writer might use.
inline bool containsKey(const QByteArray &bytes, const QString &key)
{
    const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return bytes.contains(key.toUtf8()) || bytes.contains(utf16) || bytes.contains(key.toUtf8().toBase64()) ||
           bytes.contains(QUrl::toPercentEncoding(key));
}

inline bool fileContainsKey(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return containsKey(file.readAll(), key);
}

} // namespace KeychainTestUtils
