#pragma once
// A one-line label that gives up width instead of demanding it: a file name without spaces
// ("crm_users_20261201_0620.csv") would otherwise set the details pane's least width and cut the
// pane's right-hand side at 800 px. The middle gives way, so the start and the date and extension
// at the end stay readable; the whole text is in the tooltip and the accessible name.

#include <QLabel>

class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    // True when the text is shown shortened.
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
