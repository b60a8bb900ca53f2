#pragma once
// The quick status chips over fetched files (docs/ARCHITECTURE.md, "Problems only"): groups of
// statuses the table can show without a new request. Problems are every file that failed in whole
// or in part, and every status this version does not know (the API may add some; an unknown status
// is never taken for a success).

#include "api/FileRun.h"

#include <QString>

#include <array>

enum class StatusGroup : quint8 { All, Problems, Failed, Partial, InProgress, Successful };

inline constexpr std::array<StatusGroup, 6> kStatusGroups = {
    StatusGroup::All,     StatusGroup::Problems,   StatusGroup::Failed,
    StatusGroup::Partial, StatusGroup::InProgress, StatusGroup::Successful};

bool statusGroupContains(StatusGroup group, FileStatus status);
// "Problems", "In progress", ...: a chip's label, translated.
QString statusGroupLabel(StatusGroup group);
// What the chip holds, in API names, for its tooltip.
QString statusGroupDescription(StatusGroup group);
