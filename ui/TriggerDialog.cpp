#include "TriggerDialog.h"

#include "common/Clock.h"
#include "common/TimeText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names come from the server: never markup
    return label;
}

QString timeText(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

TriggerDialog::TriggerDialog(ApiClient *api, const TriggerTarget &target, QWidget *parent)
    : QDialog(parent), m_target(target), m_client(new TriggerClient(api, this)), m_ruleTimer(new QTimer(this))
{
    setWindowTitle(tr("Run import now"));
    auto *layout = new QVBoxLayout(this);
    auto *question = wrappedLabel(
        tr("Run import \"%1\" now in workspace %2?").arg(m_target.importName, m_target.workspace), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);
    layout->addWidget(wrappedLabel(tr("This starts one run outside the import's schedule (the schedule stays "
                                      "as it is). The API allows one run every 5 minutes."),
                                   this));
    if (m_target.production) {
        auto *typeIt = wrappedLabel(
            tr("%1 is a production workspace. Type the import's name to confirm:").arg(m_target.workspace),
            this);
        m_name = new QLineEdit(this);
        m_name->setAccessibleName(tr("Import name to confirm"));
        m_name->setPlaceholderText(m_target.importName);
        typeIt->setBuddy(m_name);
        layout->addWidget(typeIt);
        layout->addWidget(m_name);
        connect(m_name, &QLineEdit::textChanged, this, &TriggerDialog::updateState);
    }
    m_rule = wrappedLabel(QString(), this);
    layout->addWidget(m_rule);
    m_outcomeLabel = wrappedLabel(QString(), this);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcomeLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run now"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not run an import by accident: Run is never the default button.
    m_run->setAutoDefault(false);
    m_close->setDefault(true);
    layout->addWidget(buttons);
    connect(m_run, &QPushButton::clicked, this, &TriggerDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_client, &TriggerClient::finished, this, &TriggerDialog::onFinished);

    m_ruleTimer->setSingleShot(true);
    connect(m_ruleTimer, &QTimer::timeout, this, &TriggerDialog::updateState);
    updateState();
}

TriggerDialog::~TriggerDialog() = default;

QDateTime TriggerDialog::nextPossibleAt() const
{
    return TriggerRule::nextPossibleAt(m_target.lastRunAt, Clock::current().nowUtc());
}

QString TriggerDialog::ruleText() const
{
    return m_rule->text();
}

QString TriggerDialog::outcomeText() const
{
    return m_outcomeLabel->text();
}

void TriggerDialog::updateState()
{
    const QDateTime now = Clock::current().nowUtc();
    const QDateTime next = nextPossibleAt();
    const QTimeZone &zone = m_target.connection.timeZone;
    if (next.isValid()) {
        m_rule->setText(tr("The import last ran at %1: it can run again at %2 (in %3).")
                            .arg(timeText(m_target.lastRunAt, zone), timeText(next, zone),
                                 TimeText::duration(now.msecsTo(next))));
        // Again when the time comes (and a little after, so the rule is past for certain).
        m_ruleTimer->start(int(std::min<qint64>(now.msecsTo(next) + 250, 60'000)));
    } else {
        m_rule->setText(m_target.lastRunAt.isValid()
                            ? tr("The import last ran at %1.").arg(timeText(m_target.lastRunAt, zone))
                            : QString());
        m_ruleTimer->stop();
    }
    m_rule->setVisible(!m_rule->text().isEmpty());
    const bool typed = !m_name || m_name->text() == m_target.importName;
    m_run->setEnabled(!m_sent && !next.isValid() && typed);
}

void TriggerDialog::run()
{
    updateState();
    if (!m_run->isEnabled())
        return;
    m_sent = true;
    m_run->setEnabled(false);
    if (m_name)
        m_name->setEnabled(false);
    m_outcomeLabel->setText(tr("Sending the request…"));
    m_client->trigger(m_target.connection, m_target.importId, m_target.importName);
}

void TriggerDialog::onFinished(const TriggerOutcome &outcome)
{
    m_outcome = outcome;
    m_outcomeLabel->setText(outcome.message);
    m_close->setText(tr("Close"));
    updateState();
    Q_EMIT finished(outcome);
}
