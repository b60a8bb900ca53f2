#include "Palette.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

QColor Palette::color(Role role)
{
    switch (role) {
    case Role::Successful:
        return QColor(0x2e, 0x9e, 0x4f);
    case Role::Partial:
        return QColor(0xe0, 0x9b, 0x1a);
    case Role::PartialFailure:
        return QColor(0xc2, 0x55, 0x0f);
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

// Green success, amber partial success, deep orange partial failure, red failed, blue processing,
// grey queued, waiting or unknown. A partial failure may have failed 56 % of its rows where a partial
// success failed 2 %: they must not look alike.
QColor Palette::statusColor(FileStatus status)
{
    switch (status) {
    case FileStatus::Successful:
        return color(Role::Successful);
    case FileStatus::PartialSuccess:
        return color(Role::Partial);
    case FileStatus::PartialFailure:
        return color(Role::PartialFailure);
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

QImage Palette::statusIcon(FileStatus status)
{
    static QHash<int, QImage> cache;
    const auto found = cache.constFind(static_cast<int>(status));
    if (found != cache.constEnd())
        return *found;
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor(status));
    painter.drawEllipse(QRectF(1, 1, 30, 30));
    QPen pen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (status) {
    case FileStatus::Successful:
        painter.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        break;
    case FileStatus::Failed:
        painter.drawLine(QPointF(11, 11), QPointF(21, 21));
        painter.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case FileStatus::PartialSuccess:
        painter.drawLine(QPointF(16, 8), QPointF(16, 18));
        painter.drawPoint(QPointF(16, 24));
        break;
    case FileStatus::PartialFailure:
        // "!!": worse than the single "!" of a partial success, and told apart without colour.
        for (const double x : {11.5, 20.5}) {
            painter.drawLine(QPointF(x, 8), QPointF(x, 18));
            painter.drawPoint(QPointF(x, 24));
        }
        break;
    case FileStatus::Processing:
        painter.drawArc(QRectF(9, 9, 14, 14), 90 * 16, 270 * 16);
        break;
    case FileStatus::Queued:
    case FileStatus::Waiting:
        painter.drawLine(QPointF(12.5, 10), QPointF(12.5, 22));
        painter.drawLine(QPointF(19.5, 10), QPointF(19.5, 22));
        break;
    case FileStatus::Other:
        painter.drawPoint(QPointF(16, 16));
        break;
    }
    painter.end();
    cache.insert(static_cast<int>(status), image);
    return image;
}
