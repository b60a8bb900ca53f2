#include "ElidedLabel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis; the height of one line.
    const QSize hint = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("Mmmm…")) + margins.left() + margins.right() +
                2 * margin(),
            hint.height()};
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

void ElidedLabel::setShortText(const QString &text)
{
    m_shortText = text;
    update();
}

void ElidedLabel::setTexts(const QString &text, const QString &shortText)
{
    m_shortText = shortText;
    setText(text);
    update();
}

QString ElidedLabel::displayedText() const
{
    const int width = contentsRect().width() - 2 * margin();
    const QFontMetrics metrics = fontMetrics();
    if (metrics.horizontalAdvance(text()) <= width)
        return text();
    const QString candidate = m_shortText.isEmpty() ? text() : m_shortText;
    return metrics.elidedText(candidate, m_mode, width);
}

bool ElidedLabel::isElided() const
{
    return displayedText() != text();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), displayedText(),
                          foregroundRole());
}

bool ElidedLabel::event(QEvent *event)
{
    // The whole text as the tooltip, only while it is shortened.
    if (event->type() == QEvent::ToolTip) {
        if (isElided())
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}
