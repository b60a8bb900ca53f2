#pragma once
// The desktop's own style with two things a keyboard user and a Hindi reader need, whatever the
// theme: a focus ring one can see, and button labels centred in every script.
//
// Focus: Fusion (what Qt uses without a desktop theme) marks a focused button with the same thin
// outline as the default button, so focus on Fetch looked like no focus, and its other focus frames
// are 80-alpha tints. Here every control that has keyboard focus gets a 2 px ring in the highlight
// colour, or in the text colour where the highlight does not stand out from the background (a
// high-contrast or unusual palette), see Palette::focusRing. As on the desktop, the ring shows once
// focus moves by keyboard (Qt's State_KeyboardFocusChange), not after a click.
//
// Edges: on a black window (high-contrast themes) Fusion's field and check box edges are black too;
// they are drawn again in a colour between the window's and the text's.
//
// Labels: a base style centres a label's line box. Devanagari's fallback font brings a deep descent
// that most words never use, so "सभी" sat 3 px high in its button. Button and tab labels are moved
// back onto the baseline a label in the primary font has; Latin labels do not move.

#include <QHash>
#include <QProxyStyle>

class WindowStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps a fresh instance of the style the application runs with now.
    WindowStyle();
    // Installs a WindowStyle on the running application unless it has one already.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    // How far (in pixels, down is positive) to move a label onto the primary font's baseline.
    static int inkCentringShift(const QFont &font, const QString &text);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;

private:
    int labelShift(const QFont &font, const QString &text) const; // inkCentringShift, remembered
    mutable QHash<QString, int> m_shifts;
    // On Fusion with a palette whose window is so dark that Fusion's edges vanish, fields, combo
    // boxes, date fields, check boxes, radio buttons and the table get a 1 px edge that stands out.
    bool redrawsEdges(const QStyleOption *option) const;
    void drawEdge(const QStyleOption *option, QPainter *painter, QRect rect, bool round) const;
    // What the ring is drawn on, for its contrast: a button's face, a field's base, a selected cell.
    enum class Surface { Button, Field, Selection };
    void drawFocusRing(const QStyleOption *option, QPainter *painter, QRect rect, Surface surface,
                       int inset = 2) const;
};
