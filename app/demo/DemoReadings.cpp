#include "DemoReadings.h"

#include <QStringList>

Expected<DemoReadings> DemoReadings::parse(const QString &spec)
{
    DemoReadings readings;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        bool known = true;
        if (key == QLatin1String("date") && value == QLatin1String("scheduled"))
            readings.dateField = DateField::Scheduled;
        else if (key == QLatin1String("date") && value == QLatin1String("completed"))
            readings.dateField = DateField::Completed;
        else if (key == QLatin1String("end") && value == QLatin1String("second"))
            readings.dateEndExact = false;
        else if (key == QLatin1String("end") && value == QLatin1String("exact"))
            readings.dateEndExact = true;
        else if (key == QLatin1String("order") && value == QLatin1String("scheduled"))
            readings.order = Order::ScheduledNewestFirst;
        else if (key == QLatin1String("order") && value == QLatin1String("completed"))
            readings.order = Order::CompletedNewestFirst;
        else if (key == QLatin1String("pf") && value == QLatin1String("none"))
            readings.partialFailure = PartialFailureFilter::None;
        else if (key == QLatin1String("pf") && value == QLatin1String("failed"))
            readings.partialFailure = PartialFailureFilter::WithFailed;
        else if (key == QLatin1String("pf") && value == QLatin1String("partial_success"))
            readings.partialFailure = PartialFailureFilter::WithPartialSuccess;
        else if (key == QLatin1String("ratelimit") && value == QLatin1String("none"))
            readings.rateLimitHeaders = RateLimitHeaders::None;
        else if (key == QLatin1String("ratelimit") && value == QLatin1String("unix"))
            readings.rateLimitHeaders = RateLimitHeaders::UnixSeconds;
        else if (key == QLatin1String("ratelimit") && value == QLatin1String("delta"))
            readings.rateLimitHeaders = RateLimitHeaders::DeltaSeconds;
        else if (key == QLatin1String("window") && value == QLatin1String("sliding"))
            readings.rateWindow = RateWindow::Sliding;
        else if (key == QLatin1String("window") && value == QLatin1String("fixed"))
            readings.rateWindow = RateWindow::Fixed;
        else
            known = false;
        if (!known)
            return unexpected(QStringLiteral("unknown reading \"%1\": %2").arg(part, grammar()));
    }
    return readings;
}

QString DemoReadings::toString() const
{
    return QStringLiteral("date=%1,end=%2,order=%3,pf=%4,ratelimit=%5,window=%6")
        .arg(dateField == DateField::Scheduled ? QStringLiteral("scheduled") : QStringLiteral("completed"),
             dateEndExact ? QStringLiteral("exact") : QStringLiteral("second"),
             order == Order::ScheduledNewestFirst ? QStringLiteral("scheduled") : QStringLiteral("completed"),
             partialFailure == PartialFailureFilter::None         ? QStringLiteral("none")
             : partialFailure == PartialFailureFilter::WithFailed ? QStringLiteral("failed")
                                                                  : QStringLiteral("partial_success"),
             rateLimitHeaders == RateLimitHeaders::None          ? QStringLiteral("none")
             : rateLimitHeaders == RateLimitHeaders::UnixSeconds ? QStringLiteral("unix")
                                                                 : QStringLiteral("delta"),
             rateWindow == RateWindow::Sliding ? QStringLiteral("sliding") : QStringLiteral("fixed"));
}

DemoReadings DemoReadings::fromEnvironment()
{
    const auto parsed = parse(qEnvironmentVariable("IMPORTSCOPE_DEMO_READINGS"));
    return parsed ? *parsed : DemoReadings();
}

QString DemoReadings::grammar()
{
    return QStringLiteral(
        "date=scheduled|completed (which timestamp the date filter reads), end=second|exact "
        "(whether an end with seconds covers that second), order=scheduled|completed (files "
        "newest first by which timestamp), pf=none|failed|partial_success (which status filter "
        "also brings PARTIAL_FAILURE files), ratelimit=none|unix|delta (x-ratelimit-* headers on "
        "every answer, the reset in Unix seconds or seconds from now), window=sliding|fixed (the "
        "rate limit's window rolls, or starts afresh at fixed times), comma-separated");
}
