#include "StoreFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

class StoreFileText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<QString> refuseUnlessRegular(const QString &path, bool mustExist)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT && !mustExist)
            return std::nullopt;
        return StoreFileText::tr("The stored history %1 cannot be examined (%2).")
            .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (S_ISLNK(info.st_mode)) {
        return StoreFileText::tr("The stored history %1 is a symbolic link: ImportScope keeps its history "
                                 "only in a regular file and never follows a link there. Nothing is stored; "
                                 "remove the link to let ImportScope create its own file.")
            .arg(shown(path));
    }
    if (!S_ISREG(info.st_mode)) {
        return StoreFileText::tr("The stored history %1 is not a regular file: nothing is stored. Move it "
                                 "away to let ImportScope create its own file.")
            .arg(shown(path));
    }
    return std::nullopt;
}

} // namespace

StoreFile::Prepared StoreFile::prepare(const QString &path)
{
    Prepared result;
    for (const char *companion : {"-wal", "-shm"}) {
        if (auto refused = refuseUnlessRegular(path + QLatin1String(companion), false)) {
            result.error = refused;
            return result;
        }
    }
    const QByteArray native = QFile::encodeName(path);
    // Created exclusively, 0600, never through a link; another process creating it first is fine.
    int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        result.created = true;
        return result;
    }
    if (errno != EEXIST) {
        result.error = StoreFileText::tr("The stored history %1 cannot be created (%2). Check the folder's "
                                         "permissions and free space.")
                           .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (auto refused = refuseUnlessRegular(path, true)) {
        result.error = refused;
        return result;
    }
    // The mode is set on what was opened, so a link swapped in meanwhile cannot redirect it.
    fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ELOOP)
            result.error = refuseUnlessRegular(path, true);
        return result; // unreadable: SQLite says why when it opens it
    }
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid() &&
        (info.st_mode & 0777) != 0600)
        ::fchmod(fd, 0600); // may fail on a read-only mount: the file is then only read
    if (::fstat(fd, &info) == 0 && !S_ISREG(info.st_mode))
        result.error = refuseUnlessRegular(path, true);
    ::close(fd);
    return result;
}
