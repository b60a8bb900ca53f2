#include "Palette.h"

#include <algorithm>
#include <cmath>

QColor Palette::color(Role role)
{
    switch (role) {
    case Role::Successful:
        return QColor(0x2e, 0x9e, 0x4f);
    case Role::Partial:
        return QColor(0xe0, 0x9b, 0x1a);
    case Role::Failed:
        return QColor(0xd9, 0x3b, 0x3b);
    case Role::Processing:
        return QColor(0x2f, 0x6f, 0xd6);
    case Role::Neutral:
        return QColor(0x8a, 0x8f, 0x98);
    case Role::UpdatedRows:
        return QColor(0x7f, 0xb8, 0x8f);
    case Role::FailureRate:
        return QColor(0x5b, 0x21, 0x8f);
    }
    return {};
}

// Green success, amber partial, red failed, blue processing, grey queued, waiting or unknown.
QColor Palette::statusColor(FileStatus status)
{
    switch (status) {
    case FileStatus::Successful:
        return color(Role::Successful);
    case FileStatus::PartialSuccess:
    case FileStatus::PartialFailure:
        return color(Role::Partial);
    case FileStatus::Failed:
        return color(Role::Failed);
    case FileStatus::Processing:
        return color(Role::Processing);
    case FileStatus::Queued:
    case FileStatus::Waiting:
    case FileStatus::Other:
        return color(Role::Neutral);
    }
    return {};
}

QColor Palette::errorText(bool darkBackground)
{
    return darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor Palette::successText(bool darkBackground)
{
    return darkBackground ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QString Palette::errorLabelStyle(bool darkBackground)
{
    return QStringLiteral("QLabel { color: %1; }").arg(errorText(darkBackground).name());
}

QString Palette::successLabelStyle(bool darkBackground)
{
    return QStringLiteral("QLabel { color: %1; }").arg(successText(darkBackground).name());
}

QString Palette::productionBadgeStyle()
{
    return QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 3px; "
                          "padding: 2px 6px; }")
        .arg(color(Role::Failed).name());
}

namespace {
double relativeLuminance(const QColor &color)
{
    auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}
} // namespace

double Palette::contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor Palette::focusRing(const QColor &highlight, const QColor &text, const QColor &background)
{
    return contrastRatio(highlight, background) >= 3.0 ? highlight : text;
}
