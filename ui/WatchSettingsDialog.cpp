#include "WatchSettingsDialog.h"

#include "api/RequestPolicy.h"
#include "common/Settings.h"
#include "session/Watcher.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The API's documented limit (docs/API.md, "Rate limit"): a budget above it could never be spent.
const int kApiRequestsPerMinute = RequestPolicy().rateLimitRequests;
constexpr int kMostMinutes = 24 * 60;
} // namespace

WatchSettingsDialog::WatchSettingsDialog(Watcher &watcher, WatchChoice *choice, QWidget *parent)
    : QDialog(parent), m_watcher(watcher), m_interval(new QSpinBox(this)), m_budget(new QSpinBox(this)),
      m_share(new QLabel(this)), m_choice(choice)
{
    setObjectName(QStringLiteral("watchSettingsDialog"));
    setWindowTitle(tr("Watch settings - ImportScope"));

    m_interval->setObjectName(QStringLiteral("watchIntervalBox"));
    m_interval->setRange(1, kMostMinutes);
    m_interval->setValue(std::clamp(watcher.intervalMinutes(), 1, kMostMinutes));
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Check every, in minutes"));

    // Two at least: one Import Details and one refresh per check (session/Watcher).
    m_budget->setObjectName(QStringLiteral("watchBudgetBox"));
    m_budget->setRange(2, kApiRequestsPerMinute);
    m_budget->setValue(std::clamp(watcher.budgetPerMinute(), 2, kApiRequestsPerMinute));
    m_budget->setAccessibleName(tr("Requests a minute per workspace"));

    m_share->setObjectName(QStringLiteral("watchShareLabel"));
    m_share->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *intervalLabel = new QLabel(tr("Check &every:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    auto *budgetLabel = new QLabel(tr("Spend at &most (requests a minute per workspace):"), this);
    // A long label goes above its field rather than wrapping into a row too low for it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, m_budget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_share);
    if (m_choice) {
        m_imports = m_choice->imports();
        m_wholeBoard = new QRadioButton(tr("Watch the w&hole board"), this);
        m_wholeBoard->setObjectName(QStringLiteral("watchWholeBoardButton"));
        m_onlyChosen = new QRadioButton(this); // its text says how many (updateChoice)
        m_onlyChosen->setObjectName(QStringLiteral("watchOnlyChosenButton"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_wholeBoard);
        group->addButton(m_onlyChosen);
        (m_choice->onlyChosen() ? m_onlyChosen : m_wholeBoard)->setChecked(true);
        m_chosenList = new QListWidget(this);
        m_chosenList->setObjectName(QStringLiteral("watchChosenList"));
        m_chosenList->setAccessibleName(tr("Imports chosen for watching"));
        m_chosenList->setSelectionMode(QAbstractItemView::ExtendedSelection);
        // A few rows tall: the dialog must still fit an 800x600 screen; the list scrolls.
        m_chosenList->setMinimumHeight(m_chosenList->fontMetrics().height() * 4);
        m_chosenList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
        m_removeChosen = new QPushButton(tr("&Stop watching the selected"), this);
        m_removeChosen->setObjectName(QStringLiteral("watchRemoveChosenButton"));
        m_chosenHint = new QLabel(tr("Choose imports on the board: \"Watch this import\" in a row's context "
                                     "menu, or Ctrl+Shift+W."),
                                  this);
        m_chosenHint->setObjectName(QStringLiteral("watchChosenHint"));
        m_chosenHint->setWordWrap(true);
        layout->addWidget(m_wholeBoard);
        layout->addWidget(m_onlyChosen);
        layout->addWidget(m_chosenList, 1);
        layout->addWidget(m_chosenHint);
        layout->addWidget(m_removeChosen, 0, Qt::AlignLeft);
        connect(m_removeChosen, &QPushButton::clicked, this, [this] {
            QList<WatchChoice::Import> kept;
            for (int row = 0; row < m_chosenList->count(); ++row) {
                if (!m_chosenList->item(row)->isSelected())
                    kept << m_imports.at(row);
            }
            m_imports = kept;
            updateChoice();
        });
        connect(m_chosenList, &QListWidget::itemSelectionChanged, this,
                [this] { m_removeChosen->setEnabled(!m_chosenList->selectedItems().isEmpty()); });
        updateChoice();
    } else {
        layout->addStretch(1);
    }
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_budget, &QSpinBox::valueChanged, this, &WatchSettingsDialog::updateShare);
    connect(m_interval, &QSpinBox::valueChanged, this, &WatchSettingsDialog::updateShare);
    updateShare();
}

void WatchSettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_fitted)
        return;
    m_fitted = true;
    // The wrapped texts need their height at the dialog's width, which a window's size hint does not
    // ask its layout for (heightForWidth stops below top-level windows): without this the share text
    // was cut and the hint overlapped the list of chosen imports.
    const QMargins margins = layout()->contentsMargins();
    const int inner = width() - margins.left() - margins.right();
    for (QLabel *label : {m_share, m_chosenHint}) {
        if (label)
            label->setMinimumHeight(label->heightForWidth(inner));
    }
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

QString WatchSettingsDialog::shareText() const
{
    return m_share->text();
}

void WatchSettingsDialog::updateShare()
{
    const int budget = m_budget->value();
    const int percent = qRound(100.0 * budget / kApiRequestsPerMinute);
    const QString text =
        tr("%1 % of the API's %2 requests a minute per workspace: a fetch in the window meanwhile "
           "has the other %3 a minute. A check refreshes each import once; one that needs more "
           "than a minute's budget goes on in the next minute.")
            .arg(QLocale().toString(percent), QLocale().toString(kApiRequestsPerMinute),
                 QLocale().toString(kApiRequestsPerMinute - budget));
    m_share->setText(text);
}

void WatchSettingsDialog::updateChoice()
{
    m_onlyChosen->setText(
        tr("Watch &only the imports I chose (%1)").arg(QLocale().toString(m_imports.size())));
    m_chosenList->clear();
    for (const WatchChoice::Import &import : std::as_const(m_imports))
        m_chosenList->addItem(m_choice->describe(import));
    m_chosenHint->setVisible(m_imports.isEmpty());
    m_removeChosen->setEnabled(false);
}

void WatchSettingsDialog::accept()
{
    if (m_choice) {
        m_choice->setImports(m_imports);
        m_choice->setOnlyChosen(m_onlyChosen->isChecked());
    }
    m_watcher.setIntervalMinutes(m_interval->value());
    m_watcher.setBudgetPerMinute(m_budget->value());
    Settings::setValue(Settings::Key::WatchIntervalMinutes, m_interval->value());
    Settings::setValue(Settings::Key::WatchBudgetPerMinute, m_budget->value());
    QDialog::accept();
}
