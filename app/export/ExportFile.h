#pragma once
// Writes a whole export in one call: to a file, atomically (QSaveFile: the file appears or is
// replaced only when every byte was written), or to a device that is already open, such as standard
// output for the command line. A path naming a FIFO, a character device or /dev/stdout is written
// straight instead, and any other kind of file is refused (docs/SECURITY.md, "Output"). Safe to run off the
// UI thread, with progress and cancel for the window.

#include "ExportOptions.h"
#include "api/FileRun.h"

#include <QString>

#include <atomic>
#include <functional>
#include <span>

class QIODevice;

struct ExportControl
{
    // Set from any thread to stop. The export then fails with ExportFile::cancelledMessage(); a file
    // is left as it was (or not created), a device keeps what was already written to it.
    const std::atomic<bool> *cancel = nullptr;
    // Called on the exporting thread with rows written so far and the total: every few thousand
    // rows and once at the end. Cross to the UI thread with a queued call.
    std::function<void(qsizetype done, qsizetype total)> progress;
    // Called once when the path is a FIFO nobody reads yet: the export waits for a reader then.
    std::function<void()> waitingForReader;
};

namespace ExportFile {

// The rows are written in the order given. The pointer forms export a filtered, sorted or selected
// view of the rows without copying them.
ExportResult toPath(const QString &path, std::span<const FileRun> rows, const ExportOptions &options,
                    const ExportControl &control = {});
ExportResult toPath(const QString &path, std::span<const FileRun *const> rows, const ExportOptions &options,
                    const ExportControl &control = {});
ExportResult toDevice(QIODevice *device, std::span<const FileRun> rows, const ExportOptions &options,
                      const ExportControl &control = {});
ExportResult toDevice(QIODevice *device, std::span<const FileRun *const> rows, const ExportOptions &options,
                      const ExportControl &control = {});

// Writes what `write` puts on the device to `path` by the same rules as above (atomically; a FIFO,
// terminal or standard stream straight; anything else refused), for exports of other things than
// file runs (the triage causes, app/export/CauseExport).
using DeviceWriter = std::function<ExportResult(QIODevice *device)>;
ExportResult toPath(const QString &path, const DeviceWriter &write);

// The error an export returns when it was cancelled, so a caller can tell it from a failure.
QString cancelledMessage();

} // namespace ExportFile
