#pragma once
// One Tab stop per group of choices, on the chosen one, as desktops do: Tab into the export
// dialog's "Columns" landed on "Shown columns" while "All 15 API fields" was chosen, so Space there
// changed the choice. The arrow keys still move (and choose) within the group.

#include <algorithm>

#include <QAbstractButton>
#include <QButtonGroup>

inline void tabStopOnCheckedButton(QButtonGroup *group)
{
    auto update = [group] {
        const QAbstractButton *checked = group->checkedButton();
        const bool usable = checked && checked->isEnabled();
        for (QAbstractButton *button : group->buttons())
            button->setFocusPolicy(!usable || button == checked ? Qt::StrongFocus : Qt::ClickFocus);
    };
    QObject::connect(group, &QButtonGroup::buttonToggled, group, update);
    update();
}
