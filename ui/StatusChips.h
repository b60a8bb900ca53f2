#pragma once
// Quick status chips over the fetched files — All, Problems, Failed, Partial, In progress,
// Successful — each with its count. Choosing one filters the table at once, with no new request.

#include "model/StatusGroup.h"

#include <QWidget>

#include <map>

class FileRunSummary;
class QButtonGroup;
class QToolButton;

class StatusChips final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusChips(QWidget *parent = nullptr);

    StatusGroup group() const { return m_group; }
    void setGroup(StatusGroup group);
    // Each chip's count, as the summary keeps it (no rescan of the files).
    void updateCounts(const FileRunSummary &summary);
    QToolButton *chip(StatusGroup group) const { return m_chips.at(group); }

Q_SIGNALS:
    void groupChanged(StatusGroup group);

private:
    void relabel();

    QButtonGroup *m_buttons;
    std::map<StatusGroup, QToolButton *> m_chips;
    std::map<StatusGroup, int> m_counts;
    StatusGroup m_group = StatusGroup::All;
};
