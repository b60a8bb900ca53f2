#include "StatusGroup.h"

#include <QCoreApplication>

namespace {
// The translation context lupdate sees for this file's messages.
class StatusGroupText final
{
    Q_DECLARE_TR_FUNCTIONS(StatusGroup)
};
} // namespace

bool statusGroupContains(StatusGroup group, FileStatus status)
{
    switch (group) {
    case StatusGroup::All:
        return true;
    case StatusGroup::Problems:
        return status == FileStatus::Failed || status == FileStatus::PartialSuccess ||
               status == FileStatus::PartialFailure || status == FileStatus::Other;
    case StatusGroup::Failed:
        return status == FileStatus::Failed;
    case StatusGroup::Partial:
        return status == FileStatus::PartialSuccess || status == FileStatus::PartialFailure;
    case StatusGroup::InProgress:
        return status == FileStatus::Processing || status == FileStatus::Queued ||
               status == FileStatus::Waiting;
    case StatusGroup::Successful:
        return status == FileStatus::Successful;
    }
    return false;
}

QString statusGroupLabel(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return StatusGroupText::tr("All");
    case StatusGroup::Problems:
        return StatusGroupText::tr("Problems");
    case StatusGroup::Failed:
        return StatusGroupText::tr("Failed");
    case StatusGroup::Partial:
        return StatusGroupText::tr("Partial");
    case StatusGroup::InProgress:
        return StatusGroupText::tr("In progress");
    case StatusGroup::Successful:
        return StatusGroupText::tr("Successful");
    }
    return {};
}

QString statusGroupDescription(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return StatusGroupText::tr("Every fetched file");
    case StatusGroup::Problems:
        return StatusGroupText::tr("FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a "
                                   "success and not still in progress");
    case StatusGroup::Failed:
        return QStringLiteral("FAILED");
    case StatusGroup::Partial:
        return QStringLiteral("PARTIAL_SUCCESS, PARTIAL_FAILURE");
    case StatusGroup::InProgress:
        return QStringLiteral("PROCESSING, QUEUED, WAITING");
    case StatusGroup::Successful:
        return QStringLiteral("SUCCESSFUL");
    }
    return {};
}
