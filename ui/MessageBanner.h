#pragma once
// A non-modal strip above the table that says what happened and what to do, with the actions that
// help (Retry, Open profile, ...). It never blocks the window the way a message box would.

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    enum Action { NoAction = 0, Retry = 1, OpenProfile = 2, OpenDemo = 4, AddProfile = 8, EnterKey = 16 };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, Actions actions = NoAction);
    QString text() const;
    Level level() const { return m_level; }

Q_SIGNALS:
    void actionTriggered(MessageBanner::Action action);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QList<std::pair<Action, QToolButton *>> m_buttons;
    Level m_level = Level::Info;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBanner::Actions)
