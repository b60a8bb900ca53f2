#pragma once
// "Run now": the confirmation for running a periodic import again through the Trigger File Imports
// API (docs/API.md). It names the workspace and the import; for a production profile Run stays
// disabled until the import's name is typed; while the 5-minute rule forbids a run (known from the
// stored history's last run) it says when it becomes possible and Run is disabled. One click sends
// one request (TriggerClient, never retried), and the outcome or refusal is shown in plain words.
// Self-contained: whoever opens it passes what it needs (the window's board and table do).

#include "api/Connection.h"
#include "api/TriggerClient.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class ApiClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

struct TriggerTarget
{
    Connection connection;
    QString workspace; // as the user knows it: the profile's name, or the workspace ID
    QString importId;
    QString importName;
    bool production = false;
    QDateTime lastRunAt; // the newest file's scheduled time from the stored history; invalid: unknown
};

class TriggerDialog final : public QDialog
{
    Q_OBJECT
public:
    TriggerDialog(ApiClient *api, const TriggerTarget &target, QWidget *parent = nullptr);
    ~TriggerDialog() override;

    // Re-reads the clock (Clock::current()): the 5-minute rule and the Run button. Also runs by
    // itself when the rule's time comes.
    void updateState();

    // When a run becomes possible; invalid when it is possible now.
    QDateTime nextPossibleAt() const;
    std::optional<TriggerOutcome> outcome() const { return m_outcome; }
    QPushButton *runButton() const { return m_run; }
    QLineEdit *nameEdit() const { return m_name; } // nullptr unless production
    QString ruleText() const;
    QString outcomeText() const;

Q_SIGNALS:
    // After the one request: triggered, refused or unknown.
    void finished(const TriggerOutcome &outcome);

private:
    void run();
    void onFinished(const TriggerOutcome &outcome);

    TriggerTarget m_target;
    TriggerClient *m_client;
    QLabel *m_rule;
    QLabel *m_outcomeLabel;
    QLineEdit *m_name = nullptr;
    QPushButton *m_run;
    QPushButton *m_close;
    QTimer *m_ruleTimer;
    bool m_sent = false; // one dialog, one request
    std::optional<TriggerOutcome> m_outcome;
};
