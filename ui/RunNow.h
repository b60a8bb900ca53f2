#pragma once
// "Run now" as the window offers it, on the board and on the import's table (issue 19, "Run again"):
// one rule for when an import can be run again and one way to ask — the confirmation (TriggerDialog:
// workspace and import named, a production profile's import name typed, the 5-minute rule known
// before sending, one click one request) — so the two places cannot drift apart.

#include "TriggerDialog.h"

#include <QString>

#include <functional>
#include <optional>

class ApiClient;
class QWidget;
struct ImportSummary;

namespace RunNow {
// Why this import cannot be run again now; "" when it can. `listed`: Import Details' line for it
// (null when the last listing did not list it, so its schedule is unknown); `workspaceProblem`: why
// its workspace is not connected, when it is not.
QString blocker(const ImportSummary *listed, const std::optional<QString> &workspaceProblem);
// A Run now control's tooltip: what it does, or why it cannot.
QString toolTip(const QString &blocker);
// Opens the confirmation over `parent` (deleted when closed). `triggered` runs once, when the API
// queued the run; a refusal or an unknown outcome is said in the dialog.
TriggerDialog *confirm(ApiClient *api, const TriggerTarget &target, QWidget *parent,
                       std::function<void()> triggered);
} // namespace RunNow
