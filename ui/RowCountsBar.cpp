#include "RowCountsBar.h"

#include <QLocale>
#include <QPainter>

namespace {
const std::array<QColor, 4> kColors = {QColor(0x2e, 0x9e, 0x4f), QColor(0x2f, 0x6f, 0xd6),
                                       QColor(0x8a, 0x8f, 0x98), QColor(0xd9, 0x3b, 0x3b)};
}

RowCountsBar::RowCountsBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rowCountsBar"));
    setAccessibleName(tr("Row counts bar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
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
    return {240, fontMetrics().height() * 2 + 14};
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
    static const char *kNames[] = {QT_TR_NOOP("added"), QT_TR_NOOP("updated"), QT_TR_NOOP("skipped"),
                                   QT_TR_NOOP("failed")};
    int x = 0;
    const int y = barHeight + 6;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int i = 0; i < 4; ++i) {
        painter.fillRect(QRect(x, y + 3, 10, 10), kColors[i]);
        const QString label = tr(kNames[i]);
        painter.drawText(QPoint(x + 14, y + fontMetrics().ascent()), label);
        x += 14 + fontMetrics().horizontalAdvance(label) + 12;
    }
}
