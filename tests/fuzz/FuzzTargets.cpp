#include "FuzzTargets.h"

#include "api/HistoryQuery.h"
#include "api/ResponseParser.h"

#include <QByteArray>
#include <QList>

#include <cstdlib>

namespace {

// A broken promise is a finding: abort so the fuzzer (and the replay test) notices.
void check(bool promise)
{
    if (!promise)
        std::abort();
}

bool hasRawControl(const QByteArray &utf8)
{
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
            return true;
    }
    return false;
}

void historyPage(const QByteArray &body)
{
    const auto page = ResponseParser::parseHistoryPage(body);
    if (!page)
        return;
    check(page->files.size() <= HistoryQuery::kPageSize);
    check(page->totalCount >= 0);
    for (const FileRun &run : page->files) {
        check(!run.id.isEmpty());
        check(!hasRawControl(run.id) && !hasRawControl(run.fileName) && !hasRawControl(run.statusMessage));
    }
}

void importsPage(const QByteArray &body)
{
    const auto page = ResponseParser::parseImportsPage(body);
    if (!page)
        return;
    check(page->imports.size() <= HistoryQuery::kPageSize);
    for (const ImportSummary &import : page->imports)
        check(!hasRawControl(import.id.toUtf8()) && !hasRawControl(import.name.toUtf8()));
}

// Fields separated by NUL: import id, import name, start, end, format index, statuses, page.
void query(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    HistoryQuery q;
    q.importId = QString::fromUtf8(parts.value(0));
    q.importName = QString::fromUtf8(parts.value(1));
    if (parts.size() > 3) {
        DateRange range;
        range.start = QString::fromUtf8(parts.value(2));
        range.end = QString::fromUtf8(parts.value(3));
        const QList<DateFormat> formats = DateFormats::all();
        range.format =
            formats.value(parts.value(4).isEmpty() ? 0 : quint8(parts.value(4).front()) % formats.size());
        q.dates = range;
        // The parser must agree with itself: what it reads, it can write back and read again.
        if (const auto start = DateFormats::parse(range.start, range.format)) {
            const QString written = DateFormats::format(*start, range.format);
            check(DateFormats::parse(written, range.format).has_value());
        }
    }
    if (const auto statuses = parseStatusList(QString::fromUtf8(parts.value(5))))
        q.statuses = statuses.value();
    if (parts.size() > 6 && !parts.value(6).isEmpty())
        q.page = parts.value(6).toInt();
    if (!q.validate()) {
        const QByteArray body = q.body(q.page.value_or(1));
        check(body.startsWith('{') && body.endsWith('}'));
    }
    (void)q.describe();
}

void dates(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    const QList<DateFormat> formats = DateFormats::all();
    const DateFormat format = formats.value(quint8(input.front()) % formats.size());
    const QString text = QString::fromUtf8(input.mid(1));
    if (const auto parsed = DateFormats::parse(text, format))
        check(parsed->isValid());
    (void)DateFormats::fromWireName(text);
    (void)WallClock::parse(QByteArrayView(input).sliced(1));
}

void errorBody(const QByteArray &input)
{
    if (input.size() < 2)
        return;
    const int status = 400 + (quint8(input[0]) % 200);
    const ApiError error = ResponseParser::errorFromResponse(status, input.mid(1));
    check(!error.message.isEmpty());
}

} // namespace

void FuzzTargets::run(const std::uint8_t *data, std::size_t size)
{
    if (size == 0 || size > 1'000'000)
        return;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        historyPage(rest);
        break;
    case 1:
        importsPage(rest);
        break;
    case 2:
        query(rest);
        break;
    case 3:
        dates(rest);
        break;
    default:
        errorBody(rest);
        break;
    }
}
