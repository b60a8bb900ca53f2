#include "RequestPolicy.h"

#include <QRandomGenerator>
#include <QStringList>

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
