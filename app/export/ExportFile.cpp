#include "ExportFile.h"

#include "ExportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Often enough for a smooth progress bar, rarely enough to cost nothing.
constexpr qsizetype kProgressEvery = 4096;

// The translation context lupdate sees for this file's messages.
class ExportFileText final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

const FileRun &rowAt(std::span<const FileRun> rows, std::size_t i)
{
    return rows[i];
}

const FileRun &rowAt(std::span<const FileRun *const> rows, std::size_t i)
{
    return *rows[i];
}

template <typename Rows>
ExportResult writeRows(QIODevice *device, Rows rows, const ExportOptions &options,
                       const ExportControl &control)
{
    const auto cancelled = [&] { return control.cancel && control.cancel->load(std::memory_order_relaxed); };
    const auto total = static_cast<qsizetype>(rows.size());
    if (cancelled())
        return unexpected(ExportFile::cancelledMessage());
    ExportWriter writer(device, options);
    if (ExportResult started = writer.begin(); !started)
        return started;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (ExportResult written = writer.writeRow(rowAt(rows, i)); !written)
            return written;
        const auto done = static_cast<qsizetype>(i + 1);
        if (done % kProgressEvery == 0) {
            if (cancelled())
                return unexpected(ExportFile::cancelledMessage());
            if (control.progress)
                control.progress(done, total);
        }
    }
    if (cancelled())
        return unexpected(ExportFile::cancelledMessage());
    if (ExportResult finished = writer.finish(); !finished)
        return finished;
    if (control.progress)
        control.progress(total, total);
    return std::monostate{};
}

// What the path names decides how it is written (docs/SECURITY.md, "Output"): a regular file or a
// new path atomically; a FIFO, a terminal, /dev/null or standard output straight, since replacing
// them with a regular file would be wrong (and, as root, would replace the system's /dev/null);
// anything else (a directory, a block device, a socket) is refused.
enum class Target { Atomic, Straight, Refused };

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a descriptor this process already
// has: written through it directly, since a container may lack the /dev links, and a file behind
// the descriptor must not be replaced under the shell that opened it. -1 for any other path.
int standardStream(const QString &path)
{
    if (path == QLatin1String("/dev/stdout"))
        return 1;
    if (path == QLatin1String("/dev/stderr"))
        return 2;
    for (const QLatin1String prefix : {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        if (path.startsWith(prefix)) {
            bool ok = false;
            const int fd = path.mid(prefix.size()).toInt(&ok);
            return ok && fd >= 1 ? fd : -1;
        }
    }
    return -1;
}

Target targetOf(const QString &path)
{
    if (standardStream(path) >= 0)
        return Target::Straight;
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Target::Atomic; // a new file; or QSaveFile says why it cannot be written
    if (S_ISREG(info.st_mode))
        return Target::Atomic;
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode))
        return Target::Straight;
    return Target::Refused;
}

// Opens a FIFO for writing without blocking in open(2), which no signal would end: while nobody
// reads it, it is tried again every 100 ms until `cancel` is set (SIGINT or SIGTERM, issue 22).
// -1 with errno set when it cannot be opened or was cancelled (ECANCELED).
int openFifo(const QString &path, const ExportControl &control)
{
    const QByteArray name = QFile::encodeName(path);
    for (bool said = false;; said = true) {
        const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            // Writes block again from here on, as for any pipe: a slow reader slows the export.
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            return fd;
        }
        if (errno != ENXIO) // ENXIO: no reader yet
            return -1;
        if (control.cancel && control.cancel->load()) {
            errno = ECANCELED;
            return -1;
        }
        if (!said && control.waitingForReader)
            control.waitingForReader();
        ::usleep(100'000);
    }
}

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

ExportResult writeStraight(const QString &path, const ExportFile::DeviceWriter &write,
                           const ExportControl &control)
{
    QFile file(path);
    int fd = standardStream(path);
    bool owned = false;
    if (fd < 0 && isFifo(path)) {
        fd = openFifo(path, control);
        if (fd < 0 && errno == ECANCELED)
            return unexpected(ExportFile::cancelledMessage());
        if (fd < 0)
            return unexpected(
                ExportFileText::tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(::strerror(errno))));
        owned = true;
    }
    const bool opened =
        fd >= 0 ? ::fcntl(fd, F_GETFD) != -1 &&
                      file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                                owned ? QFileDevice::AutoCloseHandle : QFileDevice::DontCloseHandle)
                : file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!opened)
        return unexpected(ExportFileText::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (ExportResult written = write(&file); !written)
        return written;
    // A device that takes nothing (/dev/full) must not report success.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return unexpected(ExportFileText::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return std::monostate{};
}

ExportResult writePath(const QString &path, const ExportFile::DeviceWriter &write,
                       const ExportControl &control = {})
{
    switch (targetOf(path)) {
    case Target::Straight:
        return writeStraight(path, write, control);
    case Target::Refused:
        return unexpected(ExportFileText::tr("Cannot write %1: it is not a regular file, a pipe or a "
                                             "terminal. Choose a file name.")
                              .arg(QDir::toNativeSeparators(path)));
    case Target::Atomic:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(ExportFileText::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (ExportResult written = write(&file); !written) {
        // QSaveFile's destructor removes the temporary file; the target is never touched.
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return unexpected(ExportFileText::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return std::monostate{};
}

template <typename Rows>
ExportResult writeFile(const QString &path, Rows rows, const ExportOptions &options,
                       const ExportControl &control)
{
    // Checked before touching the disk, so a usage error never leaves a temporary file behind.
    if (ExportResult valid = options.validate(); !valid)
        return valid;
    return writePath(
        path, [&](QIODevice *device) { return writeRows(device, rows, options, control); }, control);
}

} // namespace

namespace ExportFile {

ExportResult toPath(const QString &path, std::span<const FileRun> rows, const ExportOptions &options,
                    const ExportControl &control)
{
    return writeFile(path, rows, options, control);
}

ExportResult toPath(const QString &path, std::span<const FileRun *const> rows, const ExportOptions &options,
                    const ExportControl &control)
{
    return writeFile(path, rows, options, control);
}

ExportResult toDevice(QIODevice *device, std::span<const FileRun> rows, const ExportOptions &options,
                      const ExportControl &control)
{
    return writeRows(device, rows, options, control);
}

ExportResult toDevice(QIODevice *device, std::span<const FileRun *const> rows, const ExportOptions &options,
                      const ExportControl &control)
{
    return writeRows(device, rows, options, control);
}

ExportResult toPath(const QString &path, const DeviceWriter &write)
{
    return writePath(path, write);
}

QString cancelledMessage()
{
    return ExportFileText::tr("Export cancelled.");
}

} // namespace ExportFile
