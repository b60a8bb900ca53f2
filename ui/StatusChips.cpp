#include "StatusChips.h"

#include "model/FileRunSummary.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

StatusChips::StatusChips(QWidget *parent) : QWidget(parent), m_buttons(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("statusChips"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_buttons->setExclusive(true);
    for (StatusGroup group : kStatusGroups) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("statusChip%1").arg(int(group)));
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Show only: %1 (no new request)").arg(statusGroupDescription(group)));
        m_buttons->addButton(chip, int(group));
        layout->addWidget(chip);
        m_chips[group] = chip;
        m_counts[group] = 0;
    }
    m_chips.at(StatusGroup::All)->setChecked(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setGroup(StatusGroup(id)); });
    relabel();
}

void StatusChips::setGroup(StatusGroup group)
{
    m_chips.at(group)->setChecked(true);
    if (group == m_group)
        return;
    m_group = group;
    Q_EMIT groupChanged(group);
}

void StatusChips::updateCounts(const FileRunSummary &summary)
{
    for (auto &[group, count] : m_counts)
        count = summary.inGroup(group);
    relabel();
}

void StatusChips::relabel()
{
    const QLocale locale;
    for (const auto &[group, chip] : m_chips) {
        const QString text = tr("%1 %2").arg(statusGroupLabel(group), locale.toString(m_counts.at(group)));
        chip->setText(text);
        chip->setAccessibleName(
            tr("Show %1: %n file(s)", nullptr, m_counts.at(group)).arg(statusGroupLabel(group)));
    }
}
