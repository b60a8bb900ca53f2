#pragma once
// Every state's colour in one place (KeePassXC's StateColorPalette): file statuses, the row-count
// bar, the banner levels, error and success text, the production badge. No colour literal for a
// state or an error lives anywhere else. Status is never told by colour alone: each coloured thing
// also carries its words.

#include "api/FileRun.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace Palette {
enum class Role {
    Successful,     // green: a successful file, added rows
    Partial,        // amber: partial success (a few rows failed); warnings
    PartialFailure, // deep orange: partial failure (most rows may have failed), between amber and red
    Failed,         // red: failed files and rows, errors, the production badge
    Processing,     // blue: files in progress; information
    Neutral,        // grey: queued or waiting files, skipped rows, unknown statuses
    UpdatedRows,
    FailureRate,
};
QColor color(Role role);
QColor statusColor(FileStatus status);
// The status's glyph on its colour (a 32×32 disc): a tick, a cross, "!" for a partial success, "!!"
// for a partial failure, a ring for processing, a pause for queued or waiting, a dot for others.
// Drawn with lines only (no fonts), so it also works under QCoreApplication. The table, the chips and
// the details all use it: colour is never the only cue.
QImage statusIcon(FileStatus status);
// Text in the colour of an error or a success, readable on light and dark window backgrounds.
QColor errorText(bool darkBackground);
QColor successText(bool darkBackground);
// A style sheet fragment for a QLabel holding an error message.
QString errorLabelStyle(bool darkBackground);
QString successLabelStyle(bool darkBackground);
// The red PRODUCTION badge beside a production profile.
QString productionBadgeStyle();
// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// The colour of the keyboard focus ring drawn on BACKGROUND: the desktop's highlight where it stands
// out (at least 3:1, WCAG's figure for focus indicators), else the text colour, which always does.
QColor focusRing(const QColor &highlight, const QColor &text, const QColor &background);
} // namespace Palette
