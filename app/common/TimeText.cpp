#include "TimeText.h"

#include "Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
class TimeWords final
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
};
} // namespace

QString TimeText::ago(const QDateTime &when)
{
    const qint64 minutes = std::max<qint64>(0, when.secsTo(Clock::current().nowUtc()) / 60);
    if (minutes < 1)
        return TimeWords::tr("just now");
    if (minutes < 120)
        return TimeWords::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return TimeWords::tr("%n h ago", nullptr, int(minutes / 60));
    return TimeWords::tr("%n day(s) ago", nullptr, int(std::min<qint64>(minutes / (24 * 60), INT_MAX)));
}

QString TimeText::duration(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    if (seconds < 120)
        return TimeWords::tr("%n s", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return TimeWords::tr("%n min", nullptr, int(minutes));
    const qint64 hours = (minutes + 59) / 60;
    if (hours < 48)
        return TimeWords::tr("%n h", nullptr, int(hours));
    return TimeWords::tr("%n day(s)", nullptr, int(std::min<qint64>((hours + 23) / 24, INT_MAX)));
}
