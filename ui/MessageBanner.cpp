#include "MessageBanner.h"

#include "common/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    const std::pair<Action, QString> buttons[] = {{Retry, tr("&Retry")},
                                                  {OpenProfile, tr("Open &profile…")},
                                                  {AddProfile, tr("&Add a profile…")},
                                                  {OpenDemo, tr("Open the &demo workspace")},
                                                  {EnterKey, tr("Enter the key for this &session…")}};
    for (const auto &[action, label] : buttons) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setObjectName(QStringLiteral("bannerAction%1").arg(int(action)));
        connect(button, &QToolButton::clicked, this,
                [this, action = action] { Q_EMIT actionTriggered(action); });
        layout->addWidget(button);
        m_buttons.append({action, button});
    }
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, Actions actions)
{
    m_level = level;
    m_text->setText(text);
    setAccessibleDescription(text);
    QPalette pal = palette();
    // Tinted, not saturated, so the text stays readable on light and dark palettes alike.
    const QColor base = palette().color(QPalette::Window);
    const QColor tint = level == Level::Error     ? Palette::color(Palette::Role::Failed)
                        : level == Level::Warning ? Palette::color(Palette::Role::Partial)
                                                  : Palette::color(Palette::Role::Processing);
    auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    pal.setColor(QPalette::Window, mix(base, tint, 0.22));
    setPalette(pal);
    const QStyle::StandardPixmap icon = level == Level::Error     ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    for (const auto &[action, button] : std::as_const(m_buttons))
        button->setVisible(actions.testFlag(action));
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}
