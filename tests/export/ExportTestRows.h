#pragma once
// Rows the export tests build themselves, as the API's texts. What a test expects is derived from
// these texts, never from the code under test.

#include "api/FileRun.h"
#include "export/ExportOptions.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <array>

struct TestRow
{
    QString id, fileName, type, status, message, scheduledAt, completedAt;
    std::array<qint64, FileRun::kCountFields> counts{};

    // The fifteen cells in the export's column order (docs/API.md), as the API sent them.
    QStringList cells() const
    {
        QStringList out = {id, fileName, type, status, message, scheduledAt, completedAt};
        for (const qint64 count : counts)
            out.append(QString::number(count));
        return out;
    }

    QString cell(ExportField field) const { return cells().at(static_cast<int>(field)); }

    // The FileRun a parser would make of these texts: known words typed, anything else kept verbatim.
    FileRun toFileRun() const
    {
        FileRun run;
        run.id = id.toUtf8();
        run.fileName = fileName.toUtf8();
        run.statusMessage = message.toUtf8();
        if (const auto known = fileStatusFromWire(status)) {
            run.status = *known;
        } else {
            run.status = FileStatus::Other;
            run.setIrregular("status", status.toUtf8());
        }
        if (const auto known = fileTypeFromWire(type)) {
            run.type = *known;
        } else {
            run.type = FileType::Other;
            run.setIrregular("type", type.toUtf8());
        }
        if (const auto clock = WallClock::parse(scheduledAt.toUtf8()))
            run.scheduledAt = *clock;
        else if (!scheduledAt.isEmpty())
            run.setIrregular("scheduled_at", scheduledAt.toUtf8());
        if (const auto clock = WallClock::parse(completedAt.toUtf8()))
            run.completedAt = *clock;
        else if (!completedAt.isEmpty())
            run.setIrregular("completed_at", completedAt.toUtf8());
        run.counts = counts;
        return run;
    }
};

inline QList<FileRun> toFileRuns(const QList<TestRow> &rows)
{
    QList<FileRun> runs;
    for (const TestRow &row : rows)
        runs.append(row.toFileRun());
    return runs;
}

// Rows full of what breaks exports: every delimiter, quotes, CR, LF, U+2028/U+2029, control
// characters, formula triggers, non-ASCII, unknown statuses and irregular timestamps. Seeded, so a
// failure can be replayed.
inline QList<TestRow> awkwardRows(int count, quint32 seed)
{
    static const QStringList pieces = {
        QStringLiteral("a"),      QStringLiteral("import"), QStringLiteral(","),
        QStringLiteral(";"),      QStringLiteral("\t"),     QStringLiteral("\""),
        QStringLiteral("\r"),     QStringLiteral("\n"),     QStringLiteral("\r\n"),
        QStringLiteral("é"),      QStringLiteral("日本語"), QStringLiteral("\u2028"),
        QStringLiteral("\u2029"), QStringLiteral("="),      QStringLiteral("+"),
        QStringLiteral("-"),      QStringLiteral("@"),      QStringLiteral(" "),
        QStringLiteral("'"),      QStringLiteral("\\"),     QStringLiteral("\x01"),
        QStringLiteral("\x1f"),   QStringLiteral("\x7f"),   QStringLiteral("😀"),
        QStringLiteral("\u2027"), QStringLiteral("/"),      QStringLiteral("\"\""),
        QStringLiteral("x,y"),
    };
    static const QStringList statuses = {
        QStringLiteral("SUCCESSFUL"),        QStringLiteral("FAILED"),
        QStringLiteral("PARTIAL_SUCCESS"),   QStringLiteral("PARTIAL_FAILURE"),
        QStringLiteral("PROCESSING"),        QStringLiteral("QUEUED"),
        QStringLiteral("WAITING"),           QStringLiteral("ARCHIVED"),
        QStringLiteral("=HYPERLINK(\"x\")"), QString()};
    static const QStringList types = {QStringLiteral("USERS"),    QStringLiteral("EVENTS"),
                                      QStringLiteral("AUX_DATA"), QStringLiteral("DEVICES"),
                                      QStringLiteral("-cmd"),     QString()};
    static const QStringList stamps = {QStringLiteral("2024-11-14T12:31:31.713000"),
                                       QStringLiteral("2024-11-14 12:31:31"),
                                       QStringLiteral("2023-02-28T00:00:00.5"),
                                       QStringLiteral("1999-12-31T23:59:59.123456789"),
                                       QStringLiteral("2024-11-14T12:31:31Z"),
                                       QStringLiteral("+2024-11-14"),
                                       QStringLiteral("\"soon\", maybe"),
                                       QString()};

    QRandomGenerator random(seed);
    const auto text = [&](int maxPieces) {
        QString out;
        const int n = static_cast<int>(random.bounded(maxPieces + 1));
        for (int i = 0; i < n; ++i)
            out += pieces.at(static_cast<int>(random.bounded(static_cast<int>(pieces.size()))));
        return out;
    };
    const auto pick = [&](const QStringList &list) {
        return list.at(static_cast<int>(random.bounded(static_cast<int>(list.size()))));
    };
    QList<TestRow> rows;
    for (int i = 0; i < count; ++i) {
        TestRow row;
        row.id = text(3) + QString::number(i);
        row.fileName = text(6);
        row.type = pick(types);
        row.status = pick(statuses);
        row.message = text(12);
        row.scheduledAt = pick(stamps);
        row.completedAt = pick(stamps);
        for (qint64 &value : row.counts) {
            switch (random.bounded(5)) {
            case 0:
                value = 0;
                break;
            case 1:
                value = -static_cast<qint64>(random.bounded(1000)) - 1;
                break;
            case 2:
                value = random.bounded(2) ? std::numeric_limits<qint64>::max()
                                          : std::numeric_limits<qint64>::min();
                break;
            default:
                value = static_cast<qint64>(random.generate64() >> 20);
            }
        }
        rows.append(row);
    }
    return rows;
}

// For QVERIFY2, which builds its message even when the check passes: the error, or nothing.
template <typename T> QByteArray why(const Expected<T> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}
