#pragma once
// How often the watcher checks and how much of each workspace's request limit it may spend
// (docs/ARCHITECTURE.md, "The watcher"). The budget is shown as a share of the API's 50 requests a
// minute, because that is what the user weighs it against: whatever the watcher spends, fetches in
// the window wait for. Applied to the watcher and kept in the settings table when accepted only.

#include <QDialog>

class QLabel;
class QSpinBox;
class Watcher;

class WatchSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WatchSettingsDialog(Watcher &watcher, QWidget *parent = nullptr);

    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *budgetBox() const { return m_budget; }
    QString shareText() const;

    void accept() override;

private:
    void updateShare();

    Watcher &m_watcher;
    QSpinBox *m_interval;
    QSpinBox *m_budget;
    QLabel *m_share;
};
