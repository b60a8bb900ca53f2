#include "WatchSettingsDialog.h"

#include "api/RequestPolicy.h"
#include "common/Settings.h"
#include "session/Watcher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// The API's documented limit (docs/API.md, "Rate limit"): a budget above it could never be spent.
const int kApiRequestsPerMinute = RequestPolicy().rateLimitRequests;
constexpr int kMostMinutes = 24 * 60;
} // namespace

WatchSettingsDialog::WatchSettingsDialog(Watcher &watcher, QWidget *parent)
    : QDialog(parent), m_watcher(watcher), m_interval(new QSpinBox(this)), m_budget(new QSpinBox(this)),
      m_share(new QLabel(this))
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
    budgetLabel->setWordWrap(true);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, m_budget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_share);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_budget, &QSpinBox::valueChanged, this, &WatchSettingsDialog::updateShare);
    connect(m_interval, &QSpinBox::valueChanged, this, &WatchSettingsDialog::updateShare);
    updateShare();
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

void WatchSettingsDialog::accept()
{
    m_watcher.setIntervalMinutes(m_interval->value());
    m_watcher.setBudgetPerMinute(m_budget->value());
    Settings::setValue(Settings::Key::WatchIntervalMinutes, m_interval->value());
    Settings::setValue(Settings::Key::WatchBudgetPerMinute, m_budget->value());
    QDialog::accept();
}
