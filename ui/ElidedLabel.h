#pragma once
// A one-line label that gives up width instead of demanding it: a file name without spaces
// ("crm_users_20261201_0620.csv") would otherwise set the details pane's least width and cut the
// pane's right-hand side at 800 px. The middle gives way by default, so the start and the date and
// extension at the end stay readable; the whole text is in the tooltip and the accessible name.
// A shorter form may be given: it is shown instead when the whole text does not fit (the status
// bar's summary at 800 px), and shortened in turn only if even it does not fit.

#include <QLabel>

class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    // True when the text is shown shortened (the short form or an ellipsis).
    bool isElided() const;
    // What is painted at the label's present width.
    QString displayedText() const;
    void setElideMode(Qt::TextElideMode mode);
    // Shown when the text does not fit; cleared by giving an empty string.
    void setShortText(const QString &text);
    void setTexts(const QString &text, const QString &shortText);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
    QString m_shortText;
};
