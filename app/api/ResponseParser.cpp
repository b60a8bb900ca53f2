#include "ResponseParser.h"

#include "HistoryQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

// A control character the JSON carried escaped (\u0000, \u001b) is kept visible as its Unicode
// control picture (U+2400 + code), so no export or terminal ever receives a raw NUL or escape
// sequence from a server (docs/SECURITY.md, "Output"); tab and line breaks stay as they are.
QString visibleControls(const QString &text)
{
    const auto isControl = [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f;
    };
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString visible = text;
    for (QChar &c : visible) {
        if (isControl(c))
            c = c.unicode() == 0x7f ? QChar(0x2421) : QChar(0x2400 + c.unicode());
    }
    return visible;
}

// toUtf8() reserves three bytes a character and keeps them; a row keeps its text as long as the
// table lives, so keep exactly what the text needs (400 bytes a row, docs/PERFORMANCE.md).
QByteArray compactUtf8(const QString &text)
{
    QByteArray utf8 = visibleControls(text).toUtf8();
    utf8.squeeze();
    return utf8;
}

// The JSON grammar forbids raw control characters inside strings, but QJsonDocument accepts them:
// a raw NUL would otherwise travel into a CSV. Returns the offset of the first one, or -1.
qsizetype rawControlInString(const QByteArray &body)
{
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto byte = static_cast<unsigned char>(body[i]);
        if (!inString) {
            if (byte == '"')
                inString = true;
        } else if (byte == '\\') {
            ++i; // the escaped character, whatever it is
        } else if (byte == '"') {
            inString = false;
        } else if (byte < 0x20) {
            return i;
        }
    }
    return -1;
}

// The translation context lupdate sees for this file's messages.
class ResponseParserText final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)
};

// 2^53: above it a JSON number is no longer an exact integer.
constexpr double kMaxExactDouble = 9007199254740992.0;

struct CountField
{
    FileRun::Count which;
    const char *key;
    bool mayBeAbsent; // aux counts only matter for AUX_DATA files
};

constexpr CountField kCountFields[] = {
    {FileRun::Count::FileSize, "file_size", false},
    {FileRun::Count::TotalRows, "total_rows", false},
    {FileRun::Count::AddedRows, "added_rows", false},
    {FileRun::Count::UpdatedRows, "updated_rows", false},
    {FileRun::Count::SkippedRows, "skipped_rows", false},
    {FileRun::Count::FailedRows, "failed_rows", false},
    {FileRun::Count::AuxDataAdded, "aux_data_added_count", true},
    {FileRun::Count::AuxDataFailed, "aux_data_failed_count", true},
};

std::optional<bool> readFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

// Text fields: a string, or null / absent meaning "none". Anything else is not the documented shape.
bool readText(const QJsonObject &object, const char *key, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

struct Envelope
{
    qint64 totalCount = 0;
    int offset = 0;
    bool moreFiles = false;
    QJsonArray data;
};

Expected<Envelope> parseEnvelope(const QByteArray &body)
{
    if (const qsizetype at = rawControlInString(body); at >= 0)
        return unexpected(
            ResponseParserText::tr("The response is not valid JSON (a raw control character inside a "
                                   "string at byte %1).")
                .arg(at));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(ResponseParserText::tr("The response is not valid JSON (%1 at byte %2).")
                              .arg(error.errorString())
                              .arg(error.offset));
    if (!document.isObject())
        return unexpected(ResponseParserText::tr("The response is JSON but not an object."));
    const QJsonObject object = document.object();
    const QString status = object.value(QLatin1String("status")).toString();
    if (status.compare(QLatin1String("success"), Qt::CaseInsensitive) != 0)
        return unexpected(
            ResponseParserText::tr("The response's status is \"%1\", not \"success\".").arg(status.left(80)));
    // The reference page's sample leaks a JSON schema ("items": {"properties": ...}) where files should be.
    if (object.contains(QLatin1String("items")))
        return unexpected(
            ResponseParserText::tr("The response describes a schema (\"items\") instead of carrying data."));

    Envelope envelope;
    const auto total = ResponseParser::readCount(object.value(QLatin1String("total_count")));
    if (!total)
        return unexpected(
            ResponseParserText::tr("The response's total_count is missing or not a whole number."));
    envelope.totalCount = *total;
    const QJsonValue offsetValue = object.value(QLatin1String("offset"));
    if (!offsetValue.isUndefined()) {
        const auto offset = ResponseParser::readCount(offsetValue);
        if (!offset || *offset < 1 || *offset > INT_MAX)
            return unexpected(ResponseParserText::tr("The response's offset is not a page number."));
        envelope.offset = static_cast<int>(*offset);
    }
    const QJsonValue more = object.value(QLatin1String("more_files"));
    if (more.isUndefined() || more.isNull()) {
        envelope.moreFiles = false;
    } else {
        const auto flag = readFlag(more);
        if (!flag)
            return unexpected(ResponseParserText::tr("The response's more_files is neither true nor false."));
        envelope.moreFiles = *flag;
    }
    const QJsonValue data = object.value(QLatin1String("data"));
    if (data.isArray())
        envelope.data = data.toArray();
    else if (!data.isNull() && !data.isUndefined())
        return unexpected(ResponseParserText::tr("The response's data is neither a list nor null."));
    return envelope;
}

} // namespace

std::optional<qint64> ResponseParser::readCount(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!(number >= 0) || number > kMaxExactDouble || std::floor(number) != number)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text.size() > 18)
            return std::nullopt;
        qint64 out = 0;
        for (QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            out = out * 10 + (c.unicode() - '0');
        }
        return out;
    }
    return std::nullopt;
}

Expected<FileRun> ResponseParser::parseFileRun(const QJsonValue &value)
{
    if (!value.isObject())
        return unexpected(ResponseParserText::tr("a file entry is not an object"));
    const QJsonObject object = value.toObject();
    FileRun run;

    QString id;
    if (!readText(object, "id", &id) || id.isEmpty())
        return unexpected(ResponseParserText::tr("a file entry has no id"));
    run.id = compactUtf8(id);

    QString text;
    if (!readText(object, "file_name", &text))
        return unexpected(ResponseParserText::tr("file %1: file_name is not text").arg(id));
    run.fileName = compactUtf8(text);
    if (!readText(object, "status_msg", &text))
        return unexpected(ResponseParserText::tr("file %1: status_msg is not text").arg(id));
    run.statusMessage = compactUtf8(text);

    if (!readText(object, "file_status", &text) || text.isEmpty())
        return unexpected(ResponseParserText::tr("file %1: file_status is missing").arg(id));
    if (const auto status = fileStatusFromWire(text)) {
        run.status = *status;
    } else {
        run.status = FileStatus::Other;
        run.setIrregular("status", compactUtf8(text));
    }
    if (!readText(object, "type", &text))
        return unexpected(ResponseParserText::tr("file %1: type is not text").arg(id));
    if (const auto type = fileTypeFromWire(text)) {
        run.type = *type;
    } else {
        run.type = FileType::Other;
        run.setIrregular("type", compactUtf8(text));
    }

    for (const auto &[key, clock] :
         {std::pair{"scheduled_at", &run.scheduledAt}, {"completed_at", &run.completedAt}}) {
        if (!readText(object, key, &text))
            return unexpected(ResponseParserText::tr("file %1: %2 is not text").arg(id, QLatin1String(key)));
        if (text.isEmpty())
            continue;
        const QByteArray utf8 = text.toUtf8();
        if (const auto parsed = WallClock::parse(utf8))
            *clock = *parsed;
        else
            run.setIrregular(key, compactUtf8(text)); // shown and exported as sent, sorted last
    }

    for (const CountField &field : kCountFields) {
        const QJsonValue count = object.value(QLatin1String(field.key));
        if (count.isNull() || (count.isUndefined() && field.mayBeAbsent)) {
            run.count(field.which) = 0;
            continue;
        }
        if (count.isUndefined())
            return unexpected(
                ResponseParserText::tr("file %1: %2 is missing").arg(id, QLatin1String(field.key)));
        const auto number = readCount(count);
        if (!number)
            return unexpected(ResponseParserText::tr("file %1: %2 is not a whole number of 0 or more")
                                  .arg(id, QLatin1String(field.key)));
        run.count(field.which) = *number;
    }
    return run;
}

QByteArray ResponseParser::visibleText(const QByteArray &utf8)
{
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f;
    });
    if (plain && utf8.isValidUtf8())
        return utf8;
    return compactUtf8(QString::fromUtf8(utf8));
}

Expected<HistoryPage> ResponseParser::parseHistoryPage(const QByteArray &body)
{
    auto envelope = parseEnvelope(body);
    if (!envelope)
        return unexpected(envelope.error());
    HistoryPage page;
    page.totalCount = envelope->totalCount;
    page.offset = envelope->offset;
    page.moreFiles = envelope->moreFiles;
    // The API's pages hold at most 50 files; more is not the documented shape (docs/SECURITY.md).
    if (envelope->data.size() > HistoryQuery::kPageSize)
        return unexpected(ResponseParserText::tr("The response carries %1 files on one page; a page holds "
                                                 "at most %2.")
                              .arg(envelope->data.size())
                              .arg(HistoryQuery::kPageSize));
    page.files.reserve(envelope->data.size());
    for (const QJsonValue &value : std::as_const(envelope->data)) {
        auto run = parseFileRun(value);
        if (!run)
            return unexpected(
                ResponseParserText::tr("The response is not in the documented shape: %1.").arg(run.error()));
        page.files.append(std::move(run.value()));
    }
    // A first page that claims files but carries none is inconsistent, not empty.
    if (page.files.isEmpty() && page.totalCount > 0 && page.offset <= 1)
        return unexpected(
            ResponseParserText::tr("The response counts %1 file(s) but carries none.", nullptr,
                                   static_cast<int>(qMin<qint64>(page.totalCount, INT_MAX)))
                .arg(page.totalCount)); // the count picks the plural form; %1 keeps the full 64-bit value
    return page;
}

QDateTime ImportSummary::nextScheduledInstant(const QTimeZone &zone) const
{
    if (nextScheduledAt.isEmpty())
        return {};
    const auto parsed = WallClock::parse(nextScheduledAt.toUtf8());
    return parsed ? parsed->toDateTime(zone) : QDateTime();
}

Expected<ImportsPage> ResponseParser::parseImportsPage(const QByteArray &body)
{
    auto envelope = parseEnvelope(body);
    if (!envelope)
        return unexpected(envelope.error());
    ImportsPage page;
    page.totalCount = envelope->totalCount;
    page.offset = envelope->offset;
    page.moreFiles = envelope->moreFiles;
    if (envelope->data.size() > HistoryQuery::kPageSize)
        return unexpected(ResponseParserText::tr("The response lists %1 imports on one page; a page holds "
                                                 "at most %2.")
                              .arg(envelope->data.size())
                              .arg(HistoryQuery::kPageSize));
    for (const QJsonValue &value : std::as_const(envelope->data)) {
        if (!value.isObject())
            return unexpected(ResponseParserText::tr(
                "The response is not in the documented shape: an import entry is not an object."));
        const QJsonObject object = value.toObject();
        ImportSummary summary;
        const std::pair<const char *, QString *> texts[] = {{"import_id", &summary.id},
                                                            {"import_name", &summary.name},
                                                            {"import_type", &summary.type},
                                                            {"import_source", &summary.source},
                                                            {"schedule_type", &summary.scheduleType},
                                                            {"last_run_status", &summary.lastRunStatus},
                                                            {"last_run_at", &summary.lastRunAt},
                                                            {"next_scheduled_at", &summary.nextScheduledAt},
                                                            {"status", &summary.status}};
        for (const auto &[key, target] : texts) {
            if (!readText(object, key, target))
                return unexpected(
                    ResponseParserText::tr(
                        "The response is not in the documented shape: an import's %1 is not text.")
                        .arg(QLatin1String(key)));
            *target = visibleControls(*target); // printed in a table at a terminal
        }
        if (summary.id.isEmpty())
            return unexpected(ResponseParserText::tr(
                "The response is not in the documented shape: an import has no import_id."));
        // A timestamp is 19 to 29 characters; anything far longer is no timestamp and would only
        // widen the board's column and every CSV line: kept as sent up to the bound.
        if (summary.nextScheduledAt.size() > ImportSummary::kMaxNextScheduledLength)
            summary.nextScheduledAt.truncate(ImportSummary::kMaxNextScheduledLength);
        const QJsonValue files = object.value(QLatin1String("total_files"));
        if (!files.isUndefined() && !files.isNull()) {
            const auto count = readCount(files);
            if (!count)
                return unexpected(ResponseParserText::tr(
                    "The response is not in the documented shape: total_files is not a number."));
            summary.totalFiles = *count;
        }
        page.imports.append(summary);
    }
    return page;
}

ApiError ResponseParser::errorFromResponse(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString title = object.value(QLatin1String("title")).toString();
    const QString errorType = object.value(QLatin1String("error_type")).toString();
    const QJsonObject nested = object.value(QLatin1String("error")).toObject();
    const QString apiMessage = !object.value(QLatin1String("message")).toString().isEmpty()
                                   ? object.value(QLatin1String("message")).toString()
                               : !nested.value(QLatin1String("message")).toString().isEmpty()
                                   ? nested.value(QLatin1String("message")).toString()
                                   : object.value(QLatin1String("description")).toString();

    if (httpStatus == 401) {
        error.kind = ApiError::Kind::Authentication;
        error.apiType = title;
        if (title == QLatin1String("HeaderMissing"))
            error.message = ResponseParserText::tr(
                "The API says the MOE-APPKEY header is missing (HTTP 401): set the workspace ID.");
        else if (title == QLatin1String("HeaderMismatch"))
            error.message = ResponseParserText::tr(
                "The API says the workspace ID in MOE-APPKEY does not match the credentials "
                "(HTTP 401): check the workspace ID.");
        else
            error.message = ResponseParserText::tr(
                "Authentication failed (HTTP 401): check the workspace ID and the Data API key.");
    } else if (httpStatus == 403) {
        error.kind = ApiError::Kind::Forbidden;
        error.apiType = nested.value(QLatin1String("type")).toString();
        error.message =
            ResponseParserText::tr(
                "Access refused (HTTP 403%1): the account may be blocked; contact MoEngage support.")
                .arg(error.apiType.isEmpty() ? QString() : QStringLiteral(", ") + error.apiType);
    } else if (httpStatus == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.apiType = nested.value(QLatin1String("type")).toString();
        error.message = ResponseParserText::tr(
            "The API's rate limit stayed exceeded (HTTP 429): wait a minute and try again, "
            "or use a lower --rate-limit.");
    } else if (httpStatus >= 500) {
        error.kind = ApiError::Kind::Server;
        error.apiType = title;
        error.message = ResponseParserText::tr(
                            "The MoEngage server failed (HTTP %1) after several attempts: try again later.")
                            .arg(httpStatus);
    } else {
        error.kind = ApiError::Kind::Rejected;
        error.apiType = errorType;
        if (errorType == QLatin1String("Import Doesn't Exist")) {
            error.message = ResponseParserText::tr(
                "The API found no such import (HTTP 400, \"Import Doesn't Exist\"): check the "
                "import ID or name, and the page number.");
        } else if (errorType == QLatin1String("Invalid Date format")) {
            error.message = ResponseParserText::tr(
                "The API refused the dates (HTTP 400, \"Invalid Date format\"): write them exactly "
                "in the chosen format.");
        } else if (object.value(QLatin1String("data")).toString() ==
                   QLatin1String("Unable to process the request")) {
            error.message = ResponseParserText::tr(
                "The API could not process the request (HTTP 400): a status or type may be in the "
                "wrong case.");
        } else if (httpStatus == 404) {
            error.message = ResponseParserText::tr(
                "The API has no such endpoint (HTTP 404): check the data centre or base URL.");
        } else if (httpStatus == 405 || httpStatus == 415) {
            error.message = ResponseParserText::tr(
                                "The server refused the request's form (HTTP %1): is the base URL a MoEngage "
                                "File Imports API?")
                                .arg(httpStatus);
        } else {
            error.message =
                ResponseParserText::tr("The API refused the request (HTTP %1%2).")
                    .arg(httpStatus)
                    .arg(apiMessage.isEmpty() ? QString() : QStringLiteral(": ") + apiMessage.left(200));
        }
    }
    return error;
}
