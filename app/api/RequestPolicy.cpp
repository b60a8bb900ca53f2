#include "RequestPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

int RequestPolicy::backoffMs(int attempt) const
{
    const qint64 exponential = qint64(backoffBaseMs) << std::clamp(attempt - 1, 0, 20);
    const qint64 capped = std::min<qint64>(exponential, backoffMaxMs);
    // Jitter keeps six parallel pages from retrying in lockstep.
    const double factor = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return static_cast<int>(capped * factor);
}

int RequestPolicy::rateLimitWaitMs(int rateLimitedCount, const QByteArray &retryAfter) const
{
    const QByteArray trimmed = retryAfter.trimmed();
    if (!trimmed.isEmpty()) {
        bool ok = false;
        const int seconds = trimmed.toInt(&ok);
        if (ok && seconds >= 0)
            return std::min(seconds * 1000, rateLimitWindowMs) + 50;
        const QDateTime when =
            QLocale::c().toDateTime(QString::fromLatin1(trimmed).replace(QLatin1String(" GMT"), QString()),
                                    QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (when.isValid()) {
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
            return static_cast<int>(std::clamp<qint64>(ms, 0, rateLimitWindowMs)) + 50;
        }
    }
    const qint64 exponential = qint64(std::max(backoffBaseMs, 1000))
                               << std::clamp(rateLimitedCount - 1, 0, 20);
    const qint64 capped = std::min<qint64>(exponential, rateLimitWindowMs);
    const double factor = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return static_cast<int>(capped * factor);
}

std::optional<std::pair<int, int>> parseRateSpec(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okCount = false, okSeconds = false;
    const int count = parts[0].trimmed().toInt(&okCount);
    const double seconds = parts[1].trimmed().toDouble(&okSeconds);
    // Written so NaN and infinity fail too (docs/SECURITY.md, "Input").
    if (!okCount || !okSeconds || count < 1 || count > 100'000 || !std::isfinite(seconds) ||
        !(seconds >= 0.1 && seconds <= 3600))
        return std::nullopt;
    return std::pair{count, static_cast<int>(seconds * 1000)};
}
