#include "DemoFaults.h"

#include <QRegularExpression>

#include <optional>

namespace {

// Statuses QHttpServerResponder can name; any other number would make it throw.
constexpr int kServerErrors[] = {500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511};

std::optional<DemoFault> kindFromText(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if (number == 429)
            return DemoFault{DemoFaultKind::TooManyRequests, 429};
        for (const int status : kServerErrors) {
            if (status == number)
                return DemoFault{DemoFaultKind::ServerError, status};
        }
        return std::nullopt;
    }
    const QString lower = text.toLower();
    if (lower == QLatin1String("garbage"))
        return DemoFault{DemoFaultKind::Garbage, 0};
    if (lower == QLatin1String("truncate") || lower == QLatin1String("truncated"))
        return DemoFault{DemoFaultKind::Truncate, 0};
    if (lower == QLatin1String("reset"))
        return DemoFault{DemoFaultKind::Reset, 0};
    if (lower == QLatin1String("stall"))
        return DemoFault{DemoFaultKind::Stall, 0};
    if (lower == QLatin1String("shift"))
        return DemoFault{DemoFaultKind::Shift, 0};
    return std::nullopt;
}

QString kindToText(const DemoFault &fault)
{
    switch (fault.kind) {
    case DemoFaultKind::ServerError:
    case DemoFaultKind::TooManyRequests:
        return QString::number(fault.status);
    case DemoFaultKind::Garbage:
        return QStringLiteral("garbage");
    case DemoFaultKind::Truncate:
        return QStringLiteral("truncate");
    case DemoFaultKind::Reset:
        return QStringLiteral("reset");
    case DemoFaultKind::Stall:
        return QStringLiteral("stall");
    case DemoFaultKind::Shift:
        return QStringLiteral("shift");
    case DemoFaultKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

Expected<DemoFaultPlan> DemoFaultPlan::parse(const QString &spec)
{
    DemoFaultPlan plan;
    if (spec.trimmed().isEmpty())
        return plan;

    static const QRegularExpression itemPattern(
        QStringLiteral(R"(^\s*([A-Za-z0-9_]+)\s*(?:@\s*(\d+)\s*(?:(-)\s*(\d*))?|:\s*([0-9.]+))\s*$)"));
    double total = 0;
    const QStringList items = spec.split(QLatin1Char(','));
    for (const QString &item : items) {
        const QRegularExpressionMatch match = itemPattern.match(item);
        if (!match.hasMatch()) {
            return unexpected(
                QStringLiteral("fault \"%1\" is not KIND@N, KIND@N-M, KIND@N- or KIND:PROBABILITY")
                    .arg(item.trimmed()));
        }
        const std::optional<DemoFault> fault = kindFromText(match.captured(1));
        if (!fault) {
            return unexpected(
                QStringLiteral("unknown fault kind \"%1\" (use 500..511, 429, garbage, truncate, "
                               "reset, stall or shift)")
                    .arg(match.captured(1)));
        }
        Rule rule;
        rule.fault = *fault;
        if (match.hasCaptured(5)) {
            bool ok = false;
            rule.probability = match.captured(5).toDouble(&ok);
            if (!ok || rule.probability <= 0 || rule.probability > 1)
                return unexpected(QStringLiteral("probability in \"%1\" must be above 0 and at most 1")
                                      .arg(item.trimmed()));
            total += rule.probability;
        } else {
            rule.first = match.captured(2).toLongLong();
            if (rule.first < 1)
                return unexpected(QStringLiteral("request numbers start at 1 in \"%1\"").arg(item.trimmed()));
            if (!match.hasCaptured(3))
                rule.last = rule.first;
            else if (!match.captured(4).isEmpty())
                rule.last = match.captured(4).toLongLong();
            if (match.hasCaptured(3) && !match.captured(4).isEmpty() && rule.last < rule.first)
                return unexpected(
                    QStringLiteral("range in \"%1\" ends before it starts").arg(item.trimmed()));
        }
        plan.m_rules.append(rule);
    }
    if (total > 1.0 + 1e-9)
        return unexpected(QStringLiteral("fault probabilities add up to %1, more than 1").arg(total));
    return plan;
}

DemoFault DemoFaultPlan::pick(qint64 arrival, double roll) const
{
    for (const Rule &rule : m_rules) {
        if (rule.probability == 0 && arrival >= rule.first && (rule.last == 0 || arrival <= rule.last))
            return rule.fault;
    }
    double threshold = 0;
    for (const Rule &rule : m_rules) {
        if (rule.probability == 0)
            continue;
        threshold += rule.probability;
        if (roll < threshold)
            return rule.fault;
    }
    return {};
}

QString DemoFaultPlan::toString() const
{
    QStringList parts;
    for (const Rule &rule : m_rules) {
        QString part = kindToText(rule.fault);
        if (rule.probability > 0)
            part += QLatin1Char(':') + QString::number(rule.probability);
        else if (rule.last == rule.first)
            part += QLatin1Char('@') + QString::number(rule.first);
        else
            part += QLatin1Char('@') + QString::number(rule.first) + QLatin1Char('-') +
                    (rule.last == 0 ? QString() : QString::number(rule.last));
        parts.append(part);
    }
    return parts.join(QLatin1Char(','));
}

QString DemoFaultPlan::grammar()
{
    return QStringLiteral(
        "Fault injection: --faults SPEC, SPEC a comma-separated list of items:\n"
        "  KIND@N         the N-th request (1-based, counted from the server's start)\n"
        "  KIND@N-M       requests N to M          KIND@N-    request N and every later one\n"
        "  KIND:P         any request, with probability P (0 < P <= 1), drawn from a generator\n"
        "                 seeded by --seed; the probabilities of all items add up to at most 1\n"
        "KIND is one of:\n"
        "  500..511       that status, with the API's body {\"title\": \"Server Error\", ...}\n"
        "  429            \"Rate Limits Exceeded\", whatever the real limit says\n"
        "  garbage        status 200 with a body that is not JSON\n"
        "  truncate       the real answer with its JSON cut in half (Content-Length matches)\n"
        "  reset          the connection is reset (TCP RST) without an answer; note that Qt's\n"
        "                 QNetworkAccessManager resends once by itself: reset@N-M shows it a reset\n"
        "  stall          the request is accepted and never answered\n"
        "  shift          a new file appears at the top of the requested import, then the real\n"
        "                 answer: later pages shift by one and a file id repeats across pages\n"
        "Numbered items win over probabilities; among numbered items the first listed wins.\n"
        "Every request counts, whatever its path or outcome. Faults other than truncate and shift answer\n"
        "before routing, authentication and the rate limit, and do not count against the limit.\n"
        "Examples: 500@3   garbage@2-4,reset@7   500:0.1,reset:0.05,shift:0.02\n");
}
