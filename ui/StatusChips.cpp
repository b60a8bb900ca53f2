#include "StatusChips.h"

#include "common/Palette.h"
#include "model/FileRunSummary.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace {
// The table's glyphs on the chips: Partial shows both of its statuses, the "!!" of a partial failure
// beside the "!" of a partial success, as they are two colours and two glyphs in the table.
QIcon groupIcon(StatusGroup group)
{
    QList<FileStatus> statuses;
    switch (group) {
    case StatusGroup::Failed:
        statuses = {FileStatus::Failed};
        break;
    case StatusGroup::Partial:
        statuses = {FileStatus::PartialFailure, FileStatus::PartialSuccess};
        break;
    case StatusGroup::InProgress:
        statuses = {FileStatus::Processing};
        break;
    case StatusGroup::Successful:
        statuses = {FileStatus::Successful};
        break;
    case StatusGroup::All:
    case StatusGroup::Problems:
        return {};
    }
    QImage image(32 * int(statuses.size()) + 4 * int(statuses.size() - 1), 32,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (int i = 0; i < statuses.size(); ++i)
        painter.drawImage(QPoint(36 * i, 0), Palette::statusIcon(statuses[i]));
    painter.end();
    return QIcon(QPixmap::fromImage(image));
}
} // namespace

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
        const QIcon icon = groupIcon(group);
        if (!icon.isNull()) {
            chip->setIcon(icon);
            chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            // The table's small-icon height, whatever the script: a chip is no taller than a button.
            const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, chip);
            const QSize pixels = icon.availableSizes().value(0, QSize(32, 32));
            chip->setIconSize(QSize(side * pixels.width() / pixels.height(), side));
        }
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
            tr("Show %1: %Ln file(s)", nullptr, m_counts.at(group)).arg(statusGroupLabel(group)));
    }
}
