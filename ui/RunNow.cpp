#include "RunNow.h"

#include "api/ResponseParser.h"

#include <QCoreApplication>

// The texts keep the board's translation context (BoardPage), where they were first said and
// translated: moving them here made no catalogue entry obsolete.
QString RunNow::blocker(const ImportSummary *listed, const std::optional<QString> &workspaceProblem)
{
    if (!listed)
        return QCoreApplication::translate(
            "BoardPage", "Its schedule is not known: Import Details did not list it in the last refresh.");
    if (listed->scheduleType != QLatin1String("PERIODIC"))
        return QCoreApplication::translate("BoardPage",
                                           "Only periodic imports can be run again; this one is %1.")
            .arg(listed->scheduleType);
    if (workspaceProblem)
        return QCoreApplication::translate("BoardPage", "Its workspace is not connected: %1")
            .arg(*workspaceProblem);
    return {};
}

QString RunNow::toolTip(const QString &blocker)
{
    return blocker.isEmpty()
               ? QCoreApplication::translate(
                     "BoardPage", "Run the chosen import again now (Trigger File Imports); you confirm first")
               : blocker;
}

TriggerDialog *RunNow::confirm(ApiClient *api, const TriggerTarget &target, QWidget *parent,
                               std::function<void()> triggered)
{
    auto *dialog = new TriggerDialog(api, target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &TriggerDialog::finished, parent,
                     [triggered = std::move(triggered)](const TriggerOutcome &outcome) {
                         if (outcome.result == TriggerOutcome::Result::Triggered && triggered)
                             triggered();
                     });
    dialog->open();
    return dialog;
}
