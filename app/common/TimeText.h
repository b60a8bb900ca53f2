#pragma once
// Time in words, said the same way everywhere (the window, the command line, the board): how long ago
// something happened, and how long a wait is.

#include <QDateTime>
#include <QString>

namespace TimeText {
// "just now", "12 min ago", "3 h ago", "2 days ago", measured on Clock::current().
QString ago(const QDateTime &when);
// "45 s", "12 min", "3 h", "2 days": a duration rounded up to its largest unit that says it.
QString duration(qint64 ms);
} // namespace TimeText
