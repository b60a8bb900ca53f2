#pragma once
// Where and as whom requests go: a base URL (from a data centre or given), the workspace and its
// Data API key, and the workspace's time zone. The key is held only in memory, never printed.

#include "common/Expected.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <optional>

struct Connection
{
    QUrl baseUrl; // scheme://host[:port], no path
    QString workspaceId;
    QString apiKey;
    QTimeZone timeZone = QTimeZone::utc();

    friend bool operator==(const Connection &, const Connection &) = default;
};

namespace DataCenters {
// "01".."06" and "101", in the order a picker shows them.
QStringList codes();
// A region for humans: "01 (US)".
QString label(const QString &code);
Expected<QUrl> baseUrl(const QString &code);
} // namespace DataCenters

// Accepts scheme://host[:port] (a trailing '/' is tolerated); refuses plain http:// unless the host is
// loopback (127.0.0.0/8, ::1, localhost), since the key would travel in clear text.
Expected<QUrl> validateBaseUrl(const QString &text);
bool isLoopbackHost(const QString &host);
// A workspace ID travels as the Basic-auth user name and as the MOE-APPKEY header: printable ASCII
// (0x21..0x7e) only, so no line break can inject a header, and no ':' that would split the
// credentials (docs/SECURITY.md). Returns the problem in words, or nothing when the ID is usable.
std::optional<QString> workspaceIdProblem(const QString &workspaceId);
