#include "CurlCommand.h"

#include "ApiClient.h"
#include "HistoryClient.h"

#include <algorithm>

namespace {

bool isBareSafe(QChar c)
{
    // No '=' or '%': zsh expands a word starting with '=' and treats a leading '%' as a job.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
           c == u'.' || c == u'/' || c == u':' || c == u',' || c == u'@' || c == u'+' || c == u'-';
}

} // namespace

namespace CurlCommand {

QString shellQuote(const QString &word)
{
    if (!word.isEmpty() && std::all_of(word.begin(), word.end(), isBareSafe))
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString forHistory(const Connection &connection, const HistoryQuery &query, int offset)
{
    QUrl url = connection.baseUrl;
    url.setPath(QLatin1String(HistoryClient::kPath));

    // The headers the client sends, without ever handing the key to the code that lists them.
    Connection keyless = connection;
    keyless.apiKey.clear();

    QStringList lines;
    lines.append(QStringLiteral("curl --request POST ") + shellQuote(url.toString(QUrl::FullyEncoded)));
    for (const auto &[name, value] : ApiClient::headers(keyless)) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            // curl's --user sends "Authorization: Basic base64(user:password)", the same header the
            // client builds, with the key expanded by the shell at run time. A workspace ID has no
            // ':' (HTTP Basic forbids it in a user name), so curl splits at the right colon.
            lines.append(QStringLiteral("--user ") + shellQuote(connection.workspaceId + QLatin1Char(':')) +
                         QStringLiteral("\"${%1:?set %1 to the workspace Data API key}\"")
                             .arg(QLatin1String(kKeyVariable)));
            continue;
        }
        lines.append(QStringLiteral("--header ") +
                     shellQuote(QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    lines.append(QStringLiteral("--header ") +
                 shellQuote(QStringLiteral("User-Agent: ") + QString::fromUtf8(ApiClient::userAgent())));
    lines.append(QStringLiteral("--data-raw ") + shellQuote(QString::fromUtf8(query.body(offset))));
    return lines.join(QStringLiteral(" \\\n  ")) + QLatin1Char('\n');
}

} // namespace CurlCommand
