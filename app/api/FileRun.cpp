#include "FileRun.h"

#include <QList>

namespace {

struct StatusName
{
    FileStatus status;
    const char *wire;
};

constexpr StatusName kStatusNames[] = {
    {FileStatus::Successful, "SUCCESSFUL"},
    {FileStatus::Failed, "FAILED"},
    {FileStatus::PartialSuccess, "PARTIAL_SUCCESS"},
    {FileStatus::PartialFailure, "PARTIAL_FAILURE"},
    {FileStatus::Processing, "PROCESSING"},
    {FileStatus::Queued, "QUEUED"},
    {FileStatus::Waiting, "WAITING"},
};

struct TypeName
{
    FileType type;
    const char *wire;
};

constexpr TypeName kTypeNames[] = {
    {FileType::Users, "USERS"}, {FileType::Events, "EVENTS"}, {FileType::AuxData, "AUX_DATA"}};

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    qint64 y;
    unsigned m, d;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool readDigits(QByteArrayView text, qsizetype pos, int count, int *out)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

void writeDigits(char *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

constexpr qint64 kUsecsPerDay = 86400LL * 1000000LL;

} // namespace

QString fileStatusWireName(FileStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<FileStatus> fileStatusFromWire(QStringView text)
{
    for (const auto &entry : kStatusNames) {
        if (text == QLatin1String(entry.wire))
            return entry.status;
    }
    return std::nullopt;
}

QString fileTypeWireName(FileType type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<FileType> fileTypeFromWire(QStringView text)
{
    for (const auto &entry : kTypeNames) {
        if (text == QLatin1String(entry.wire))
            return entry.type;
    }
    return std::nullopt;
}

std::optional<WallClock> WallClock::parse(QByteArrayView text)
{
    // YYYY-MM-DD[T ]hh:mm:ss[.f{1,9}]
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const char sep = text[10];
    if (sep != 'T' && sep != ' ')
        return std::nullopt;
    int year, month, day, hour, minute, second;
    if (!readDigits(text, 0, 4, &year) || !readDigits(text, 5, 2, &month) || !readDigits(text, 8, 2, &day) ||
        !readDigits(text, 11, 2, &hour) || !readDigits(text, 14, 2, &minute) ||
        !readDigits(text, 17, 2, &second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kMonthDays[month - 1] || (month == 2 && day == 29 && !leap))
        return std::nullopt;

    int fractionDigits = 0;
    qint64 fractionUsecs = 0;
    if (text.size() > 19) {
        if (text[19] != '.')
            return std::nullopt;
        fractionDigits = static_cast<int>(text.size() - 20);
        if (fractionDigits < 1 || fractionDigits > 9)
            return std::nullopt;
        int fraction = 0;
        if (!readDigits(text, 20, fractionDigits, &fraction))
            return std::nullopt;
        // Keep microseconds; finer digits must be zero or the text could not be rebuilt.
        qint64 scaled = fraction;
        for (int i = fractionDigits; i < 6; ++i)
            scaled *= 10;
        for (int i = 6; i < fractionDigits; ++i) {
            if (scaled % 10 != 0)
                return std::nullopt;
            scaled /= 10;
        }
        fractionUsecs = scaled;
    }
    WallClock clock;
    clock.usecs =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kUsecsPerDay +
        ((hour * 60 + minute) * 60 + second) * 1000000LL + fractionUsecs;
    clock.shape = static_cast<quint8>((sep == ' ' ? 0x80 : 0) | fractionDigits);
    return clock;
}

QByteArray WallClock::text() const
{
    if (isNull())
        return {};
    const qint64 days = usecs >= 0 ? usecs / kUsecsPerDay : -((-usecs + kUsecsPerDay - 1) / kUsecsPerDay);
    const qint64 inDay = usecs - days * kUsecsPerDay;
    const Civil civil = civilFromDays(days);
    const int fractionDigits = shape & 0x0f;
    QByteArray out(19 + (fractionDigits ? 1 + fractionDigits : 0), Qt::Uninitialized);
    char *p = out.data();
    writeDigits(p, civil.y, 4);
    p[4] = '-';
    writeDigits(p + 5, civil.m, 2);
    p[7] = '-';
    writeDigits(p + 8, civil.d, 2);
    p[10] = (shape & 0x80) ? ' ' : 'T';
    const qint64 seconds = inDay / 1000000;
    writeDigits(p + 11, seconds / 3600, 2);
    p[13] = ':';
    writeDigits(p + 14, (seconds / 60) % 60, 2);
    p[16] = ':';
    writeDigits(p + 17, seconds % 60, 2);
    if (fractionDigits) {
        p[19] = '.';
        qint64 fraction = inDay % 1000000;
        // Rebuild exactly the number of digits that were written.
        if (fractionDigits <= 6) {
            for (int i = fractionDigits; i < 6; ++i)
                fraction /= 10;
        } else {
            for (int i = 6; i < fractionDigits; ++i)
                fraction *= 10;
        }
        writeDigits(p + 20, fraction, fractionDigits);
    }
    return out;
}

QDateTime WallClock::toDateTime(const QTimeZone &zone) const
{
    if (isNull())
        return {};
    const qint64 days = usecs >= 0 ? usecs / kUsecsPerDay : -((-usecs + kUsecsPerDay - 1) / kUsecsPerDay);
    const qint64 inDayMs = (usecs - days * kUsecsPerDay) / 1000;
    const Civil civil = civilFromDays(days);
    const QDate date(static_cast<int>(civil.y), static_cast<int>(civil.m), static_cast<int>(civil.d));
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(inDayMs));
    if (zone == QTimeZone::utc() || !zone.isValid())
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, zone);
}

QString FileRun::statusText() const
{
    if (status == FileStatus::Other)
        return QString::fromUtf8(irregularValue("status"));
    return fileStatusWireName(status);
}

QString FileRun::typeText() const
{
    if (type == FileType::Other)
        return QString::fromUtf8(irregularValue("type"));
    return fileTypeWireName(type);
}

QString FileRun::scheduledAtText() const
{
    if (scheduledAt.isNull())
        return QString::fromUtf8(irregularValue("scheduled_at"));
    return QString::fromLatin1(scheduledAt.text());
}

QString FileRun::completedAtText() const
{
    if (completedAt.isNull())
        return QString::fromUtf8(irregularValue("completed_at"));
    return QString::fromLatin1(completedAt.text());
}

std::optional<double> FileRun::failurePercent() const
{
    const qint64 total = count(Count::TotalRows);
    if (total <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(count(Count::FailedRows)) / static_cast<double>(total);
}

// Values may hold any byte but '\n' is escaped so the "key=value\n" framing cannot be broken.
void FileRun::setIrregular(QByteArrayView key, QByteArrayView value)
{
    QByteArray escaped = value.toByteArray();
    escaped.replace('\\', "\\\\").replace('\n', "\\n");
    irregular.setBytes(irregular.bytes() + key.toByteArray() + '=' + escaped + '\n');
}

void RareText::setBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        m_d.reset();
        return;
    }
    // A new block rather than a write into a shared one: copies of the row keep their text.
    auto *data = new Data;
    data->bytes = bytes;
    data->bytes.squeeze();
    m_d.reset(data);
}

QByteArray FileRun::irregularValue(QByteArrayView key) const
{
    if (irregular.isEmpty())
        return {};
    const QList<QByteArray> lines = irregular.bytes().split('\n');
    for (const QByteArray &line : lines) {
        if (line.size() > key.size() && line.startsWith(key) && line[key.size()] == '=') {
            QByteArray out;
            const QByteArray raw = line.mid(key.size() + 1);
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (raw[i] == '\\' && i + 1 < raw.size()) {
                    out += raw[i + 1] == 'n' ? '\n' : raw[i + 1];
                    ++i;
                } else {
                    out += raw[i];
                }
            }
            return out;
        }
    }
    return {};
}
