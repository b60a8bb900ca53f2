#pragma once
// The stored form of one query's answer: every FileRun field (the irregular text included, so an
// export of a stored answer is byte for byte the export of a fresh one) and when each file was last
// sent by the API, packed into one compact blob. One blob per answer rather than a row per file:
// docs/PERFORMANCE.md measured it, since 200,000 rows must reopen within the budget.

#include "api/FileRun.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QList>

namespace AnswerCodec {

// lastSeenMs: per file (ms since the epoch, UTC); empty or shorter means `defaultSeenMs` for the rest.
QByteArray encode(const QList<FileRun> &files, const QList<qint64> &lastSeenMs, qint64 defaultSeenMs);

struct Decoded
{
    QList<FileRun> files;
    QList<qint64> lastSeenMs;
};
// Fails, naming the reason, on a blob this version did not write or one cut short.
Expected<Decoded> decode(const QByteArray &blob, qint64 defaultSeenMs);

} // namespace AnswerCodec
