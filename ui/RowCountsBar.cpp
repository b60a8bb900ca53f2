#include "RowCountsBar.h"

#include "common/Palette.h"

#include <QLocale>
#include <QPainter>

namespace {
const std::array<QColor, 4> kColors = {
    Palette::color(Palette::Role::Successful), Palette::color(Palette::Role::Processing),
    Palette::color(Palette::Role::Neutral), Palette::color(Palette::Role::Failed)};
const char *const kNames[] = {
    QT_TRANSLATE_NOOP("RowCountsBar", "added"), QT_TRANSLATE_NOOP("RowCountsBar", "updated"),
    QT_TRANSLATE_NOOP("RowCountsBar", "skipped"), QT_TRANSLATE_NOOP("RowCountsBar", "failed")};
constexpr int kSwatchWidth = 14; // swatch and the gap after it
constexpr int kItemGap = 12;
constexpr int kLineGap = 2;
} // namespace

RowCountsBar::RowCountsBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rowCountsBar"));
    setAccessibleName(tr("Row counts bar"));
    // The legend wraps when its words do not fit on one line (German and Hindi labels are longer).
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RowCountsBar::setCounts(const std::array<qint64, 4> &counts)
{
    m_counts = counts;
    const QLocale locale;
    setAccessibleDescription(tr("%1 added, %2 updated, %3 skipped, %4 failed")
                                 .arg(locale.toString(counts[0]), locale.toString(counts[1]),
                                      locale.toString(counts[2]), locale.toString(counts[3])));
    setToolTip(accessibleDescription());
    update();
}

QSize RowCountsBar::sizeHint() const
{
    return {240, heightForWidth(240)};
}

bool RowCountsBar::hasHeightForWidth() const
{
    return true;
}

int RowCountsBar::heightForWidth(int width) const
{
    const QList<QPoint> places = legendPlaces(width);
    const int lines = places.isEmpty() ? 1 : places.last().y() + 1;
    return fontMetrics().height() * (1 + lines) + (lines - 1) * kLineGap + 14;
}

QList<QPoint> RowCountsBar::legendPlaces(int width) const
{
    // x in pixels, y as a line number; an item that would cross the right edge starts a new line.
    QList<QPoint> places;
    int x = 0;
    int line = 0;
    for (const char *name : kNames) {
        const int itemWidth = kSwatchWidth + fontMetrics().horizontalAdvance(tr(name));
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            ++line;
        }
        places.append(QPoint(x, line));
        x += itemWidth + kItemGap;
    }
    return places;
}

QSize RowCountsBar::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void RowCountsBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int barHeight = fontMetrics().height();
    const QRectF bar(0.5, 0.5, width() - 1.0, barHeight);
    qint64 total = 0;
    for (qint64 c : m_counts)
        total += c;
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(bar, 3, 3);
    if (total > 0) {
        double x = bar.left();
        for (int i = 0; i < 4; ++i) {
            const double w = bar.width() * static_cast<double>(m_counts[i]) / static_cast<double>(total);
            if (w <= 0)
                continue;
            painter.fillRect(QRectF(x, bar.top(), w, bar.height()), kColors[i]);
            x += w;
        }
    }
    // Legend under the bar: a swatch per part, so colour is never the only cue.
    const QList<QPoint> places = legendPlaces(width());
    painter.setPen(palette().color(QPalette::WindowText));
    for (int i = 0; i < 4; ++i) {
        const int x = places[i].x();
        const int y = barHeight + 6 + places[i].y() * (fontMetrics().height() + kLineGap);
        painter.fillRect(QRect(x, y + 3, 10, 10), kColors[i]);
        painter.drawText(QPoint(x + kSwatchWidth, y + fontMetrics().ascent()), tr(kNames[i]));
    }
}
