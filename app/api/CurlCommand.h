#pragma once
// "Copy as cURL": a POSIX shell command that sends exactly the request ImportScope sends for one
// page of a query (URL, POST, headers, body), so a user can reproduce it for support or a script.
// The Data API key is never written: the command reads it from $MOE_API_KEY and stops with a
// message when that is unset.

#include "Connection.h"
#include "HistoryQuery.h"

#include <QString>

namespace CurlCommand {

inline constexpr const char *kKeyVariable = "MOE_API_KEY";

// Quotes a word for any POSIX shell (and bash and zsh): bare when it holds only characters no
// shell treats specially, otherwise in single quotes, where only ' itself needs care ('\'').
QString shellQuote(const QString &word);

// The command for page `offset` (1-based) of the query, one option per line with "\" continuations.
QString forHistory(const Connection &connection, const HistoryQuery &query, int offset);

} // namespace CurlCommand
