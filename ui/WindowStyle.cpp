#include "WindowStyle.h"

#include "common/Palette.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegion>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>
#include <QTextLayout>
#include <QToolButton>

namespace {
// Keyboard focus, shown as the desktop shows it: after Tab, a shortcut or a mnemonic, not a click.
// (QTabBar's options leave State_KeyboardFocusChange out, hence the window's own attribute.)
bool hasKeyboardFocus(const QStyleOption *option, const QWidget *widget)
{
    const bool byKeyboard = (option->state & QStyle::State_KeyboardFocusChange) ||
                            (widget && widget->window()->testAttribute(Qt::WA_KeyboardFocusChange));
    return (option->state & QStyle::State_HasFocus) && byKeyboard && (option->state & QStyle::State_Enabled);
}

// The table and the text boxes of the window (not the lists inside pop-ups): their content covers all
// but the frame, so the frame is where their focus shows.
bool isFramedContent(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) && widget->window()->windowType() != Qt::Popup;
}

// The text as painted: "&Fetch" -> "Fetch", "&&" -> "&".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        plain += text[i];
    }
    return plain;
}

// Buttons, combo boxes and tabs get the ring on their outer edge, drawn by drawControl/drawComplexControl;
// the base style's inner focus frame for them would only crowd the label.
bool ringDrawnOnOuterEdge(const QWidget *widget)
{
    return qobject_cast<const QPushButton *>(widget) || qobject_cast<const QToolButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QTabBar *>(widget);
}
// Fusion draws the edges of fields, combo boxes and check boxes in the window colour made 40 %
// darker: on a black or near-black window (high-contrast and dark themes) that is the window colour
// again, and a text field has no visible edge.
bool edgesVanish(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return Palette::contrastRatio(window.darker(140), window) < 1.5;
}

// An edge that stands out 3:1 from the window (WCAG's figure for a control's boundary): the text
// colour, 55 % of the way from the window.
QColor visibleEdge(const QPalette &palette)
{
    // The active group's, also for a disabled control: its greyed text says it is disabled, its edge
    // still says where it is.
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    auto mix = [](int a, int b) { return a + (b - a) * 55 / 100; };
    return QColor(mix(window.red(), text.red()), mix(window.green(), text.green()),
                  mix(window.blue(), text.blue()));
}
} // namespace

WindowStyle::WindowStyle() : QProxyStyle(QStyleFactory::create(QApplication::style()->name())) {}

void WindowStyle::install()
{
    if (!qobject_cast<WindowStyle *>(QApplication::style()))
        QApplication::setStyle(new WindowStyle);
}

int WindowStyle::labelShift(const QFont &font, const QString &text) const
{
    // Labels are painted again and again (hover, focus, every fetch's chip counts): lay each out once.
    const QString key = font.key() + QLatin1Char('\n') + text;
    if (const auto found = m_shifts.constFind(key); found != m_shifts.cend())
        return *found;
    if (m_shifts.size() > 2000) // a bound: chip counts change with every fetch
        m_shifts.clear();
    const int shift = inkCentringShift(font, text);
    m_shifts.insert(key, shift);
    return shift;
}

int WindowStyle::inkCentringShift(const QFont &font, const QString &text)
{
    const QString plain = withoutMnemonic(text);
    if (plain.trimmed().isEmpty() || plain.contains(u'\n'))
        return 0;
    // The line box the base style centres, with the fallback fonts the text really uses.
    QTextLayout layout(plain, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return 0;
    // The painted pixels, relative to the baseline (QFontMetricsF shapes with the same fallbacks).
    // The fallback font (Noto Sans Devanagari for Hindi) enlarges the line box, mostly below; the
    // base style centres the larger box, which lifts the baseline. Moving the label by half the
    // difference puts it back on the baseline a label in the primary font has, where Latin labels
    // beside it sit, and centres the script's body (headline to baseline) as a Latin one is.
    const QFontMetricsF primary(font);
    const qreal extraAscent = line.ascent() - primary.ascent();
    const qreal extraDescent = line.descent() - primary.descent();
    return qRound((extraDescent - extraAscent) / 2);
}

int WindowStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // A frame of 3 px: the style's outline and a 2 px band inside it for the focus ring.
    if (metric == PM_DefaultFrameWidth && isFramedContent(widget))
        return std::max(base, 3);
    return base;
}

void WindowStyle::drawFocusRing(const QStyleOption *option, QPainter *painter, QRect rect, Surface surface,
                                int inset) const
{
    const QPalette &palette = option->palette;
    QColor background = palette.color(surface == Surface::Selection ? QPalette::Highlight
                                      : surface == Surface::Field   ? QPalette::Base
                                                                    : QPalette::Button);
    // A checked or pressed button (the selected status chip) has a darker face than Button.
    if (surface == Surface::Button && (option->state & (State_On | State_Sunken)))
        background = background.darker(120);
    const QColor ring = surface == Surface::Selection
                            ? palette.color(QPalette::HighlightedText)
                            : Palette::focusRing(palette.color(QPalette::Highlight),
                                                 palette.color(QPalette::ButtonText), background);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    QPen pen(ring, 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    // A 2 px pen centred INSET px in covers the pixels INSET-1 and INSET from each edge: for buttons
    // and fields, just inside their own outline, which stays as the style drew it.
    painter->drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

bool WindowStyle::redrawsEdges(const QStyleOption *option) const
{
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 &&
           edgesVanish(option->palette);
}

void WindowStyle::drawEdge(const QStyleOption *option, QPainter *painter, QRect rect, bool round) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(visibleEdge(option->palette), 1));
    const QRectF edge = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(edge);
    else
        painter->drawRect(edge);
    painter->restore();
}

void WindowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        if (ringDrawnOnOuterEdge(widget))
            return;
        if (option->state & State_KeyboardFocusChange) {
            // Check boxes, tabs and the table's current cell.
            drawFocusRing(option, painter, option->rect,
                          (option->state & State_Selected) ? Surface::Selection : Surface::Button);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element == PE_FrameLineEdit || element == PE_IndicatorCheckBox ||
         element == PE_IndicatorRadioButton) &&
        redrawsEdges(option)) {
        if (element == PE_FrameLineEdit || element == PE_IndicatorCheckBox)
            drawEdge(option, painter, option->rect, false);
        else if (element == PE_IndicatorRadioButton)
            drawEdge(option, painter, option->rect, true);
    }
    // Text fields: the base style's frame, then the ring over it.
    if (element == PE_PanelLineEdit && hasKeyboardFocus(option, widget) &&
        !qobject_cast<const QComboBox *>(widget ? widget->parentWidget() : nullptr))
        drawFocusRing(option, painter, option->rect, Surface::Field);
}

void WindowStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (element == CE_PushButtonLabel || element == CE_ToolButtonLabel || element == CE_TabBarTabLabel) {
        QString text;
        bool textOnly = true;
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
            text = button->text;
            textOnly = button->icon.isNull();
        } else if (const auto *tool = qstyleoption_cast<const QStyleOptionToolButton *>(option)) {
            text = tool->text;
            // Text beside an icon is on one line with it (the status chips' glyphs): the label moves,
            // glyph and all, by the pixel or two that put the words on the Latin baseline.
            textOnly = tool->toolButtonStyle == Qt::ToolButtonTextOnly ||
                       tool->toolButtonStyle == Qt::ToolButtonTextBesideIcon || tool->icon.isNull();
        } else if (const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option)) {
            text = tab->text;
            textOnly = tab->icon.isNull();
        }
        const QFont font = widget ? widget->font() : QApplication::font();
        const int shift = textOnly ? labelShift(font, text) : 0;
        if (shift != 0) {
            painter->save();
            painter->translate(0, shift);
            QProxyStyle::drawControl(element, option, painter, widget);
            painter->restore();
            return;
        }
    }
    const auto *frameOption = qstyleoption_cast<const QStyleOptionFrame *>(option);
    const bool framedContent = element == CE_ShapedFrame && isFramedContent(widget) && frameOption &&
                               frameOption->frameShape != QFrame::NoFrame;
    if (framedContent) {
        // The band inside the outline looks like the content's own background until focus comes;
        // only the band, so the corner between the scroll bars keeps the style's colour.
        const int frame = pixelMetric(PM_DefaultFrameWidth, option, widget);
        const QRegion band = QRegion(option->rect.adjusted(1, 1, -1, -1)) -
                             QRegion(option->rect.adjusted(frame, frame, -frame, -frame));
        painter->save();
        painter->setClipRegion(band, Qt::IntersectClip);
        painter->fillRect(option->rect, option->palette.color(QPalette::Base));
        painter->restore();
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    if (framedContent && redrawsEdges(option))
        drawEdge(option, painter, option->rect, false);
    if (element == CE_PushButton && hasKeyboardFocus(option, widget))
        drawFocusRing(option, painter, option->rect, Surface::Button);
    if (element == CE_TabBarTab && hasKeyboardFocus(option, widget))
        drawFocusRing(option, painter, option->rect, Surface::Button);
    if (framedContent && hasKeyboardFocus(option, widget))
        drawFocusRing(option, painter, option->rect, Surface::Field);
}

void WindowStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                     QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Combo boxes and the date fields (spin boxes); an editable combo's frame is its own, not a line edit's.
    const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
    const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
    if (((combo && combo->frame) || (spin && spin->frame)) && redrawsEdges(option))
        drawEdge(option, painter, option->rect, false);
    if ((control == CC_ToolButton || control == CC_ComboBox) && hasKeyboardFocus(option, widget))
        drawFocusRing(option, painter, option->rect, Surface::Button);
}
