#include "HistoryQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// The translation context lupdate sees for this file's messages.
class HistoryQueryText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryQuery)
};

struct FormatSpec
{
    DateFormat format;
    const char *wire;
    const char *qt;
};

constexpr FormatSpec kFormats[] = {
    {DateFormat::YearMonthDayDash, "YYYY-MM-DD", "yyyy-MM-dd"},
    {DateFormat::YearMonthDaySlash, "YYYY/MM/DD", "yyyy/MM/dd"},
    {DateFormat::DayMonthYearSlash, "DD/MM/YYYY", "dd/MM/yyyy"},
    {DateFormat::DayMonthYearDash, "DD-MM-YYYY", "dd-MM-yyyy"},
    {DateFormat::DayMonthYearDashTime, "DD-MM-YYYY hh:mm:ss", "dd-MM-yyyy HH:mm:ss"},
    {DateFormat::DayMonthYearSlashTime, "DD/MM/YYYY hh:mm:ss", "dd/MM/yyyy HH:mm:ss"},
    {DateFormat::YearMonthDayDashTime, "YYYY-MM-DD hh:mm:ss", "yyyy-MM-dd HH:mm:ss"},
    {DateFormat::YearMonthDaySlashTime, "YYYY/MM/DD hh:mm:ss", "yyyy/MM/dd HH:mm:ss"},
};

const FormatSpec &spec(DateFormat format)
{
    return kFormats[static_cast<int>(format)];
}

// Qt's parser forgives single digits; the API does not, so the shape is checked digit for digit first.
QRegularExpression shapeOf(DateFormat format)
{
    QString pattern = QRegularExpression::escape(QString::fromLatin1(spec(format).wire));
    pattern.replace(QLatin1String("YYYY"), QLatin1String("\\d{4}"));
    for (const char *field : {"MM", "DD", "hh", "mm", "ss"})
        pattern.replace(QLatin1String(field), QLatin1String("\\d{2}"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QList<DateFormat> DateFormats::all()
{
    QList<DateFormat> out;
    for (const auto &f : kFormats)
        out << f.format;
    return out;
}

QString DateFormats::wireName(DateFormat format)
{
    return QString::fromLatin1(spec(format).wire);
}

std::optional<DateFormat> DateFormats::fromWireName(QStringView name)
{
    for (const auto &f : kFormats) {
        if (name == QLatin1String(f.wire))
            return f.format;
    }
    return std::nullopt;
}

bool DateFormats::hasTime(DateFormat format)
{
    return QByteArrayView(spec(format).wire).contains(':');
}

QString DateFormats::format(const QDateTime &dateTime, DateFormat format)
{
    return dateTime.toString(QString::fromLatin1(spec(format).qt));
}

std::optional<QDateTime> DateFormats::parse(const QString &text, DateFormat format)
{
    if (!shapeOf(format).match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, QString::fromLatin1(spec(format).qt));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

std::optional<QString> HistoryQuery::validate() const
{
    if (importId.trimmed().isEmpty() && importName.trimmed().isEmpty())
        return HistoryQueryText::tr("No import given: set the import ID or the import name.");
    if (page && *page < 1)
        return HistoryQueryText::tr("Page must be 1 or more, not %1.").arg(*page);
    if (dates) {
        const QString wire = DateFormats::wireName(dates->format);
        const auto start = DateFormats::parse(dates->start, dates->format);
        if (!start) {
            return HistoryQueryText::tr(
                       "Start date \"%1\" does not match the date format %2 (for example %3).")
                .arg(dates->start, wire,
                     DateFormats::format(QDateTime(QDate(2024, 1, 22), QTime(17, 54, 14)), dates->format));
        }
        const auto end = DateFormats::parse(dates->end, dates->format);
        if (!end) {
            return HistoryQueryText::tr("End date \"%1\" does not match the date format %2 (for example %3).")
                .arg(dates->end, wire,
                     DateFormats::format(QDateTime(QDate(2024, 1, 22), QTime(17, 54, 14)), dates->format));
        }
        if (*end < *start)
            return HistoryQueryText::tr("End date %1 is before start date %2.").arg(dates->end, dates->start);
    }
    return std::nullopt;
}

bool HistoryQuery::filtersStatus() const
{
    if (statuses.isEmpty())
        return false;
    // Every status this version knows wanted: unknown ones are wanted too, nothing is filtered.
    for (FileStatus status : kAllStatuses) {
        if (status != FileStatus::Other && !statuses.contains(status))
            return true;
    }
    return false;
}

bool HistoryQuery::wantsStatus(FileStatus status) const
{
    return !filtersStatus() || statuses.contains(status);
}

QList<FileStatus> HistoryQuery::wireStatuses() const
{
    if (!filtersStatus())
        return {};
    QList<FileStatus> wire;
    for (FileStatus status : statuses) {
        if (!std::count(kFilterableStatuses.begin(), kFilterableStatuses.end(), status))
            return {}; // PARTIAL_FAILURE or an unknown status wanted: the filter would lose them
    }
    // In the API's own order, whatever order they were ticked in, so equal queries send equal bodies.
    for (FileStatus status : kFilterableStatuses) {
        if (statuses.contains(status))
            wire << status;
    }
    return wire;
}

std::optional<std::pair<qint64, qint64>> HistoryQuery::wallClockSpan() const
{
    if (!dates)
        return std::nullopt;
    const auto start = DateFormats::parse(dates->start, dates->format);
    const auto end = DateFormats::parse(dates->end, dates->format);
    if (!start || !end)
        return std::nullopt;
    // Written in the workspace's zone, as the timestamps are: both are read as the same wall clock.
    const qint64 unitUs = DateFormats::hasTime(dates->format) ? 1'000'000LL : 86'400'000'000LL;
    return std::pair{start->toMSecsSinceEpoch() * 1000, end->toMSecsSinceEpoch() * 1000 + unitUs};
}

bool HistoryQuery::matchesLocally(const FileRun &run) const
{
    return matchesLocally(run, wallClockSpan());
}

bool HistoryQuery::matchesLocally(const FileRun &run,
                                  const std::optional<std::pair<qint64, qint64>> &span) const
{
    if (!wantsStatus(run.status))
        return false;
    if (!span)
        return true;
    return !run.scheduledAt.isNull() && run.scheduledAt.usecs >= span->first &&
           run.scheduledAt.usecs < span->second;
}

QByteArray HistoryQuery::body(int offset) const
{
    QByteArray out = "{";
    auto field = [&out](const char *name, const QByteArray &value) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += name;
        out += "\":";
        out += value;
    };
    if (!importId.trimmed().isEmpty())
        field("import_id", jsonString(importId.trimmed()));
    if (!importName.trimmed().isEmpty())
        field("import_name", jsonString(importName.trimmed()));
    if (dates) {
        field("date", "{\"start_date\":" + jsonString(dates->start) +
                          ",\"end_date\":" + jsonString(dates->end) +
                          ",\"format\":" + jsonString(DateFormats::wireName(dates->format)) + '}');
    }
    if (const QList<FileStatus> wire = wireStatuses(); !wire.isEmpty()) {
        QByteArray list = "[";
        for (FileStatus status : wire) {
            if (list.size() > 1)
                list += ',';
            list += jsonString(fileStatusWireName(status));
        }
        field("file_status", list + ']');
    }
    field("offset", QByteArray::number(offset));
    return out + '}';
}

QString HistoryQuery::describe() const
{
    QString text = !importId.trimmed().isEmpty()
                       ? HistoryQueryText::tr("import ID %1").arg(importId.trimmed())
                       : HistoryQueryText::tr("import \"%1\"").arg(importName.trimmed());
    const QString filters = describeFilters();
    return filters.isEmpty() ? text : text + QStringLiteral(", ") + filters;
}

QString HistoryQuery::describeFilters() const
{
    QStringList parts;
    if (dates)
        parts << HistoryQueryText::tr("%1 to %2").arg(dates->start, dates->end);
    if (filtersStatus()) {
        QStringList names;
        for (FileStatus status : kAllStatuses) {
            if (statuses.contains(status))
                names << (status == FileStatus::Other ? HistoryQueryText::tr("other statuses")
                                                      : fileStatusWireName(status));
        }
        parts << HistoryQueryText::tr("status %1").arg(names.join(QStringLiteral(", ")));
    }
    if (page)
        parts << HistoryQueryText::tr("page %1 only").arg(*page);
    return parts.join(QStringLiteral(", "));
}

Expected<QList<FileStatus>> parseStatusList(const QString &text)
{
    QList<FileStatus> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto status = fileStatusFromWire(part.toUpper());
        if (!status || *status == FileStatus::Other) {
            QStringList known;
            for (FileStatus s : kAllStatuses) {
                if (s != FileStatus::Other)
                    known << fileStatusWireName(s);
            }
            return unexpected(HistoryQueryText::tr("Unknown status \"%1\": use one or more of %2.")
                                  .arg(part, known.join(QStringLiteral(", "))));
        }
        if (!out.contains(*status))
            out << *status;
    }
    if (out.isEmpty())
        return unexpected(
            HistoryQueryText::tr("No status given: use one or more of SUCCESSFUL, FAILED, PARTIAL_SUCCESS, "
                                 "PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING."));
    return out;
}
