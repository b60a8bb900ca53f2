#pragma once
// Text fields whose hint is read whole: Qt cuts a placeholder that does not fit to "…", which lost
// the end of the longer German and Spanish hints ("geben Si…").

#include <QLineEdit>
#include <QStyle>

#include <algorithm>

// Sets EDIT's placeholder and makes the field at least as wide as the hint needs, counted as
// QLineEdit lays its text out: inside the frame and the text margins, 2 px on each side.
// The width EDIT needs to show TEXT whole.
inline int placeholderWidth(const QLineEdit *edit, const QString &text)
{
    const int frame =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    const QMargins margins = edit->textMargins();
    return edit->fontMetrics().horizontalAdvance(text) + 2 * frame + margins.left() + margins.right() + 4 +
           1; // + 1: the advance is rounded down
}

inline void setWholePlaceholder(QLineEdit *edit, const QString &placeholder)
{
    edit->setPlaceholderText(placeholder);
    const int needed = placeholderWidth(edit, placeholder);
    // Against the field's own least width, not the last hint's: a shorter hint lets it narrow again.
    const char *const own = "importscopeOwnMinimumWidth";
    if (!edit->property(own).isValid())
        edit->setProperty(own, edit->minimumWidth());
    edit->setMinimumWidth(std::max(edit->property(own).toInt(), needed));
}
