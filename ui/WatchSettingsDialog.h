#pragma once
// How often the watcher checks and how much of each workspace's request limit it may spend
// (docs/ARCHITECTURE.md, "The watcher"). The budget is shown as a share of the API's 50 requests a
// minute, because that is what the user weighs it against: whatever the watcher spends, fetches in
// the window wait for. Applied to the watcher and kept in the settings table when accepted only.

#include <QDialog>

#include "WatchChoice.h"

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class Watcher;

class WatchSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Without a choice (nullptr) only the interval and the budget are offered.
    explicit WatchSettingsDialog(Watcher &watcher, WatchChoice *choice = nullptr, QWidget *parent = nullptr);

    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *budgetBox() const { return m_budget; }
    QString shareText() const;
    QRadioButton *wholeBoardButton() const { return m_wholeBoard; }
    QRadioButton *onlyChosenButton() const { return m_onlyChosen; }
    QListWidget *chosenList() const { return m_chosenList; }
    QPushButton *removeChosenButton() const { return m_removeChosen; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool m_fitted = false;
    void updateShare();
    void updateChoice();

    Watcher &m_watcher;
    QSpinBox *m_interval;
    QSpinBox *m_budget;
    QLabel *m_share;
    WatchChoice *m_choice;
    QList<WatchChoice::Import> m_imports; // the choice as edited, applied on OK
    QRadioButton *m_wholeBoard = nullptr;
    QRadioButton *m_onlyChosen = nullptr;
    QListWidget *m_chosenList = nullptr;
    QPushButton *m_removeChosen = nullptr;
    QLabel *m_chosenHint = nullptr;
};
