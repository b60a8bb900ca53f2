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
        else
            known = false;
        if (!known)
            return unexpected(QStringLiteral("unknown reading \"%1\": %2").arg(part, grammar()));
    }
    return readings;
}

QString DemoReadings::toString() const
{
    return QStringLiteral("date=%1,end=%2,order=%3,pf=%4")
        .arg(dateField == DateField::Scheduled ? QStringLiteral("scheduled") : QStringLiteral("completed"),
             dateEndExact ? QStringLiteral("exact") : QStringLiteral("second"),
             order == Order::ScheduledNewestFirst ? QStringLiteral("scheduled") : QStringLiteral("completed"),
             partialFailure == PartialFailureFilter::None         ? QStringLiteral("none")
             : partialFailure == PartialFailureFilter::WithFailed ? QStringLiteral("failed")
                                                                  : QStringLiteral("partial_success"));
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
        "also brings PARTIAL_FAILURE files), comma-separated");
}
