#include "DemoServer.h"

#include "DemoListener.h"

#include "DemoJson.h"
#include "common/Clock.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#include <limits>
#include <optional>

namespace {

const QString kHistoryPath = QStringLiteral("/v1.0/data/fileimports/import/run/history");
const QString kDetailsPath = QStringLiteral("/v1.0/data/fileimports/import/status");
const QString kTriggerPrefix = QStringLiteral("/v1.0/data/fileimports/trigger/");
constexpr int kPageSize = 50;
constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kUsPerDay = 86'400 * kUsPerSecond;

const QStringList kRequestFileStatuses = {QStringLiteral("SUCCESSFUL"),      QStringLiteral("FAILED"),
                                          QStringLiteral("PARTIAL_SUCCESS"), QStringLiteral("PROCESSING"),
                                          QStringLiteral("QUEUED"),          QStringLiteral("WAITING")};
const QStringList kImportTypes = {QStringLiteral("USERS"), QStringLiteral("EVENTS"),
                                  QStringLiteral("AUX_DATA")};
const QStringList kScheduleTypes = {QStringLiteral("PERIODIC"), QStringLiteral("ONETIME")};
const QStringList kSources = {QStringLiteral("SFTP"), QStringLiteral("S3"), QStringLiteral("CSV")};
const QStringList kScheduleStatuses = {QStringLiteral("SUCCESSFUL"),      QStringLiteral("FAILED"),
                                       QStringLiteral("PARTIAL_SUCCESS"), QStringLiteral("SCHEDULED"),
                                       QStringLiteral("PROCESSING"),      QStringLiteral("QUEUED"),
                                       QStringLiteral("ARCHIVED")};

// The eight wire formats of docs/API.md. Letters stand for digits; everything else is literal.
const QStringList kDateFormats = {
    QStringLiteral("YYYY-MM-DD"),          QStringLiteral("YYYY/MM/DD"),
    QStringLiteral("DD/MM/YYYY"),          QStringLiteral("DD-MM-YYYY"),
    QStringLiteral("DD-MM-YYYY hh:mm:ss"), QStringLiteral("DD/MM/YYYY hh:mm:ss"),
    QStringLiteral("YYYY-MM-DD hh:mm:ss"), QStringLiteral("YYYY/MM/DD hh:mm:ss")};

// Names under which a request may declare ISO 8601 dates, as the reference page's own sample sends.
bool isIsoFormatName(const QString &format)
{
    static const QStringList names = {QString(),
                                      QStringLiteral("ISO 8601"),
                                      QStringLiteral("ISO8601"),
                                      QStringLiteral("ISO_8601"),
                                      QStringLiteral("ISO"),
                                      QStringLiteral("YYYY-MM-DDThh:mm:ssZ"),
                                      QStringLiteral("YYYY-MM-DDTHH:MM:SSZ")};
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return name.compare(format, Qt::CaseInsensitive) == 0; });
}

// A moment written in a request, with the span it covers ("2024-01-22" covers the whole day).
struct Moment
{
    qint64 startUs = 0;
    qint64 lengthUs = 0;
};

std::optional<Moment> parseInFormat(const QString &text, const QString &format)
{
    if (text.size() != format.size())
        return std::nullopt;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar f = format.at(i);
        const bool digit = QStringLiteral("YMDhms").contains(f);
        if (digit ? !(text.at(i) >= u'0' && text.at(i) <= u'9') : text.at(i) != f)
            return std::nullopt;
    }
    const auto number = [&](QLatin1String field) {
        const qsizetype at = format.indexOf(field);
        return at < 0 ? 0 : text.mid(at, field.size()).toInt();
    };
    const QDate date(number(QLatin1String("YYYY")), number(QLatin1String("MM")), number(QLatin1String("DD")));
    const QTime time(number(QLatin1String("hh")), number(QLatin1String("mm")), number(QLatin1String("ss")));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const bool hasTime = format.contains(u'h');
    return Moment{QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000,
                  hasTime ? kUsPerSecond : kUsPerDay};
}

std::optional<Moment> parseIso(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    Moment moment;
    moment.startUs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    if (!m.hasCaptured(4)) {
        moment.lengthUs = kUsPerDay;
    } else if (!m.hasCaptured(6)) {
        moment.lengthUs = 60 * kUsPerSecond;
    } else if (!m.hasCaptured(7)) {
        moment.lengthUs = kUsPerSecond;
    } else {
        const QString fraction = m.captured(7);
        moment.startUs += fraction.leftJustified(6, u'0').toLongLong();
        moment.lengthUs = qint64(std::pow(10.0, double(6 - fraction.size())));
    }
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = QString(zone.mid(1)).remove(u':');
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
        moment.startUs -= (zone.startsWith(u'-') ? -1 : 1) * qint64(minutes) * 60 * kUsPerSecond;
    }
    return moment;
}

// Inclusive bounds on a timestamp, from a request's "date" object.
struct Range
{
    qint64 fromUs = std::numeric_limits<qint64>::min();
    qint64 toUs = std::numeric_limits<qint64>::max();
    bool bounded = false;
    bool contains(qint64 us) const { return us >= fromUs && us <= toUs; }
};

struct DateError
{
    bool schema = false; // true: the generic "Unable to process the request"; else "Invalid Date format"
    QString message;
};

// exactEnd: an end written with seconds is that instant, not the whole second (DemoReadings).
Expected<Range, DateError> parseDateFilter(const QJsonValue &value, bool exactEnd = false)
{
    Range range;
    if (value.isUndefined() || value.isNull())
        return range;
    if (!value.isObject())
        return unexpected(DateError{true, {}});
    const QJsonObject date = value.toObject();
    const QJsonValue format = date.value(QLatin1String("format"));
    const QJsonValue start = date.value(QLatin1String("start_date"));
    const QJsonValue end = date.value(QLatin1String("end_date"));
    for (const QJsonValue &v : {format, start, end}) {
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return unexpected(DateError{true, {}});
    }
    const QString formatName = format.toString();
    const bool iso = isIsoFormatName(formatName);
    if (!iso && !kDateFormats.contains(formatName)) {
        return unexpected(DateError{false, QStringLiteral("Unsupported date format \"%1\": use one of %2, "
                                                          "or send ISO 8601 dates without a format")
                                               .arg(formatName, kDateFormats.join(QStringLiteral(", ")))});
    }
    const auto parse = [&](const QJsonValue &v,
                           const char *field) -> Expected<std::optional<Moment>, DateError> {
        if (v.isUndefined() || v.isNull())
            return std::optional<Moment>();
        const std::optional<Moment> moment =
            iso ? parseIso(v.toString()) : parseInFormat(v.toString(), formatName);
        if (!moment) {
            return unexpected(DateError{false, QStringLiteral("%1 \"%2\" does not match the format %3")
                                                   .arg(QLatin1String(field), v.toString(),
                                                        iso ? QStringLiteral("ISO 8601") : formatName)});
        }
        return moment;
    };
    const auto from = parse(start, "start_date");
    if (!from)
        return unexpected(from.error());
    const auto to = parse(end, "end_date");
    if (!to)
        return unexpected(to.error());
    if (*from) {
        range.fromUs = (*from)->startUs;
        range.bounded = true;
    }
    if (*to) {
        const bool instant = exactEnd && (*to)->lengthUs == kUsPerSecond;
        range.toUs = instant ? (*to)->startUs : (*to)->startUs + (*to)->lengthUs - 1;
        range.bounded = true;
    }
    if (range.fromUs > range.toUs)
        return unexpected(DateError{false, QStringLiteral("start_date is after end_date")});
    return range;
}

// An enum field: absent => empty set (no filter); a wrong value, or right one in the wrong case, fails.
// acceptSingle: Import Details documents single values; Run History's file_status is an array.
std::optional<QStringList> enumValues(const QJsonValue &value, const QStringList &allowed, bool acceptSingle)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    QJsonArray items;
    if (value.isArray())
        items = value.toArray();
    else if (acceptSingle && value.isString())
        items.append(value);
    else
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isString() || !allowed.contains(item.toString()))
            return std::nullopt;
        result.append(item.toString());
    }
    return result;
}

// offset: default 1; a whole number of at least 1.
std::optional<int> offsetOf(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("offset"));
    if (value.isUndefined() || value.isNull())
        return 1;
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 1e9 || std::floor(number) != number)
        return std::nullopt;
    return int(number);
}

std::optional<QString> optionalString(const QJsonObject &body, QLatin1String key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

QByteArray failureBody(const QString &errorType, const QString &message)
{
    return DemoJsonWriter()
        .beginObject()
        .field(u"status", u"FAILURE")
        .field(u"error_type", errorType)
        .field(u"message", message)
        .endObject()
        .take();
}

QByteArray unprocessableBody()
{
    return DemoJsonWriter()
        .beginObject()
        .key(u"success")
        .boolean(false)
        .field(u"status_code", u"400 Bad Request")
        .field(u"data", u"Unable to process the request")
        .endObject()
        .take();
}

QByteArray authBody(const char *title, const QString &description)
{
    return DemoJsonWriter()
        .beginObject()
        .field(u"title", title)
        .field(u"description", description)
        .endObject()
        .take();
}

QByteArray failBody(const QString &data)
{
    return DemoJsonWriter().beginObject().field(u"status", u"fail").field(u"data", data).endObject().take();
}

QByteArray rateLimitedBody(qint64 requestNumber)
{
    return DemoJsonWriter()
        .beginObject()
        .field(u"status", u"fail")
        .key(u"error")
        .beginObject()
        .field(u"message", u"Rate limits exceeded, please try after some time")
        .field(u"type", u"Rate Limits Exceeded")
        .field(u"request_id", QStringLiteral("demo-%1").arg(requestNumber, 12, 16, QLatin1Char('0')))
        .endObject()
        .endObject()
        .take();
}

void writeCount(DemoJsonWriter &w, QStringView key, qint64 value, bool asString)
{
    if (asString)
        w.field(key, QString::number(value));
    else
        w.field(key, value);
}

// One file, keys in the order of the contract's sample, quirks as the real service sends them.
void writeFile(DemoJsonWriter &w, const DemoFile &f)
{
    w.beginObject()
        .field(u"id", f.id)
        .field(u"file_name", f.fileName)
        .field(u"scheduled_at", f.scheduledAt())
        .field(u"completed_at", f.completedAt())
        .field(u"type", f.type)
        .field(u"file_size", QString::number(f.fileSize))
        .field(u"file_status", f.status)
        .field(u"status_msg", f.statusMsg);
    writeCount(w, u"total_rows", f.totalRows, f.countsAsStrings);
    writeCount(w, u"skipped_rows", f.skippedRows, f.countsAsStrings);
    writeCount(w, u"updated_rows", f.updatedRows, f.countsAsStrings);
    writeCount(w, u"failed_rows", f.failedRows, f.countsAsStrings);
    writeCount(w, u"aux_data_added_count", f.auxDataAddedCount, f.countsAsStrings);
    writeCount(w, u"aux_data_failed_count", f.auxDataFailedCount, f.countsAsStrings);
    writeCount(w, u"added_rows", f.addedRows, f.countsAsStrings);
    w.endObject();
}

QString timestampOrEmpty(qint64 us)
{
    return us == 0 ? QString() : DemoData::formatTimestamp(us);
}

void writeImport(DemoJsonWriter &w, const DemoImport &i)
{
    w.beginObject()
        .field(u"import_id", i.id)
        .field(u"import_name", i.name)
        .field(u"last_run_status", i.lastRunStatus())
        .field(u"import_type", i.type)
        .field(u"schedule_type", i.scheduleType)
        .field(u"import_source", i.source)
        .field(u"total_files", qint64(i.files.size()))
        .field(u"processed_files", i.processedFiles())
        .field(u"total_rows", i.totalRows())
        .field(u"processed_rows", i.processedRows())
        .field(u"created_at", DemoData::formatTimestamp(i.createdAtUs))
        .field(u"last_run_at", timestampOrEmpty(i.lastRunAtUs()))
        .field(u"next_scheduled_at", timestampOrEmpty(i.nextScheduledAtUs()))
        .field(u"created_by_email", i.createdByEmail)
        .field(u"status", i.status)
        .field(u"time_zone", i.timeZone);
    if (i.auxDataTable.isEmpty()) {
        w.nullField(u"aux_data_config");
    } else {
        w.key(u"aux_data_config")
            .beginObject()
            .field(u"table_name", i.auxDataTable)
            .field(u"primary_key", u"id")
            .endObject();
    }
    w.nullField(u"custom_segment_config");
    w.endObject();
}

// The success envelope both endpoints share, with the quirky string forms of the contract.
template <typename Item, typename WriteItem>
QByteArray pageBody(const QList<const Item *> &page, qint64 total, int offset, WriteItem writeItem)
{
    DemoJsonWriter w;
    w.beginObject()
        .field(u"status", u"success")
        .field(u"total_count", QString::number(total))
        .field(u"offset", offset)
        .field(u"more_files", qint64(offset) * kPageSize < total ? u"true" : u"false");
    if (page.isEmpty()) {
        w.nullField(u"data");
    } else {
        w.key(u"data").beginArray();
        for (const Item *item : page)
            writeItem(w, *item);
        w.endArray();
    }
    w.endObject();
    return w.take();
}

} // namespace

struct DemoServer::Reply
{
    enum class Action { Send, Reset, Stall };
    Action action = Action::Send;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, QByteArray body)
    {
        Reply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
};

struct DemoServer::Exchange
{
    explicit Exchange(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) {}

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // the server deletes a socket once its client hangs up
    QMetaObject::Connection disconnected;
};

DemoServer::DemoServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_readings(options.readings.value_or(DemoReadings::fromEnvironment())),
      m_data(DemoData::generate(options.seed, options.anchor)), m_faultRandom(options.seed)
{
    for (const DemoWorkspace &workspace : workspaces()) {
        if (workspace.set != DemoData::Set::Primary)
            m_others.insert(workspace.id, DemoData::generate(options.seed, m_data.anchor(), workspace.set));
    }
    m_clock.start();
    m_wallAtStartMs = QDateTime::currentMSecsSinceEpoch();
}

DemoServer::~DemoServer()
{
    // Responders must go before the sockets they point at, which the HTTP server owns.
    m_exchanges.clear();
    m_http.reset();
}

QString DemoServer::workspaceId()
{
    return QStringLiteral("DEMO0WORKSPACE");
}

QString DemoServer::apiKey()
{
    return QStringLiteral("demo-data-api-key-0123456789");
}

const QList<DemoWorkspace> &DemoServer::workspaces()
{
    static const QList<DemoWorkspace> list = {
        {workspaceId(), apiKey(), QString(), QString(), false, QStringLiteral("DC-01"),
         DemoData::Set::Primary},
        {QStringLiteral("DEMO1EUSTAGING"), QStringLiteral("demo-eu-staging-key-5f3a9c1e7b"),
         QStringLiteral("eu"), QStringLiteral("EU staging"), false, QStringLiteral("DC-02 (EU)"),
         DemoData::Set::EuStaging},
        {QStringLiteral("DEMO2INPRODUCTION"), QStringLiteral("demo-in-production-key-8d2e4b6a0c"),
         QStringLiteral("in"), QStringLiteral("IN production"), true, QStringLiteral("DC-03 (India)"),
         DemoData::Set::InProduction},
    };
    return list;
}

DemoData &DemoServer::dataOf(const QString &workspace)
{
    const auto other = m_others.find(workspace);
    return other == m_others.end() ? m_data : other.value();
}

Expected<QUrl> DemoServer::start()
{
    if (m_http)
        return unexpected(tr("the demo server is already running at %1").arg(m_url.toString()));
    {
        const auto plan = DemoFaultPlan::parse(m_options.faults);
        if (!plan)
            return unexpected(tr("bad fault specification: %1").arg(plan.error()));
        QMutexLocker lock(&m_mutex);
        m_faults = *plan;
        m_arrivals = 0;
        m_faultRandom.seed(m_options.seed);
    }

    // Our own QTcpServer, so a failure to listen comes back with its reason.
    DemoListener::Limits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    auto tcp = std::make_unique<DemoListener>(limits);
    if (!tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        return unexpected(
            tr("cannot listen on 127.0.0.1:%1: %2").arg(m_options.port).arg(tcp->errorString()));
    }
    const quint16 port = tcp->serverPort();

    m_http = std::make_unique<QHttpServer>();
    // One entry point for every request, known path or not, so counting, latency and faults treat
    // all of them alike; the paths are told apart in answer().
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    m_listener = tcp.get();
    m_http->bind(tcp.release());

    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return m_url;
}

QUrl DemoServer::url() const
{
    return m_url;
}

DemoData DemoServer::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    DemoData data = m_data;
    advanceTriggered(data); // as a request arriving now would see it
    return data;
}

DemoData DemoServer::snapshot(const QString &workspaceId) const
{
    if (workspaceId == DemoServer::workspaceId())
        return snapshot();
    QMutexLocker lock(&m_mutex);
    DemoData data = m_others.value(workspaceId);
    advanceTriggered(data);
    return data;
}

int DemoServer::triggerRequests(const QString &importId) const
{
    QMutexLocker lock(&m_mutex);
    if (!importId.isEmpty())
        return m_triggerRequests.value(importId);
    int sum = 0;
    for (int count : m_triggerRequests)
        sum += count;
    return sum;
}

QMap<int, int> DemoServer::requestsPerOffset(const QString &importId) const
{
    QMutexLocker lock(&m_mutex);
    return m_perImportOffset.value(importId);
}

int DemoServer::requestCount(const QString &importId, int offset) const
{
    QMutexLocker lock(&m_mutex);
    return m_perImportOffset.value(importId).value(offset);
}

int DemoServer::responsesWithStatus(int httpStatus) const
{
    QMutexLocker lock(&m_mutex);
    return m_perStatus.value(httpStatus);
}

void DemoServer::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_perImportOffset.clear();
    m_perStatus.clear();
    m_triggerRequests.clear();
    m_totalRequests = 0;
    m_maxInFlight = m_inFlight.load();
}

Expected<QString> DemoServer::setFaults(const QString &spec)
{
    const auto plan = DemoFaultPlan::parse(spec);
    if (!plan)
        return unexpected(plan.error());
    QMutexLocker lock(&m_mutex);
    m_options.faults = spec;
    m_faults = *plan;
    m_arrivals = 0;
    m_faultRandom.seed(m_options.seed);
    return m_faults.toString();
}

void DemoServer::setLatencyMs(int latencyMs)
{
    QMutexLocker lock(&m_mutex);
    m_options.latencyMs = std::max(0, latencyMs);
}

void DemoServer::setRateLimit(int requests, int windowSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_options.rateLimit = requests;
    m_options.rateWindowSeconds = std::max(1, windowSeconds);
}

void DemoServer::setSendRetryAfter(bool send)
{
    QMutexLocker lock(&m_mutex);
    m_options.sendRetryAfter = send;
}

void DemoServer::setReadings(const DemoReadings &readings)
{
    QMutexLocker lock(&m_mutex);
    m_readings = readings;
}

DemoReadings DemoServer::readings() const
{
    QMutexLocker lock(&m_mutex);
    return m_readings;
}

void DemoServer::clearRateLimitWindow()
{
    QMutexLocker lock(&m_mutex);
    m_rateWindows.clear();
}

void DemoServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_totalRequests;
    const int inFlight = ++m_inFlight;
    for (int seen = m_maxInFlight.load();
         inFlight > seen && !m_maxInFlight.compare_exchange_weak(seen, inFlight);) {
    }

    DemoFault fault;
    qint64 arrival = 0;
    int latencyMs = 0;
    {
        QMutexLocker lock(&m_mutex);
        arrival = ++m_arrivals;
        // One draw per request whatever happens, so the sequence depends on the request count only.
        const double roll = m_faultRandom.generateDouble();
        fault = m_faults.pick(arrival, roll);
        latencyMs = m_options.latencyMs;
    }

    Reply reply;
    switch (fault.kind) {
    case DemoFaultKind::Stall:
        reply.action = Reply::Action::Stall;
        break;
    case DemoFaultKind::Reset:
        reply.action = Reply::Action::Reset;
        break;
    case DemoFaultKind::ServerError:
    case DemoFaultKind::TooManyRequests:
    case DemoFaultKind::Garbage:
        reply = faultReply(fault, arrival);
        break;
    case DemoFaultKind::Truncate:
        reply = answer(request, false);
        reply.body.truncate(reply.body.size() / 2);
        break;
    case DemoFaultKind::Shift:
        reply = answer(request, true);
        break;
    case DemoFaultKind::None:
        reply = answer(request, false);
        break;
    }

    auto exchange = std::make_unique<Exchange>(std::move(responder));
    const quint64 id = ++m_nextExchange;
    if (exchange->socket) {
        exchange->disconnected =
            connect(exchange->socket.data(), &QTcpSocket::disconnected, this, [this, id] { forget(id); });
    }
    m_exchanges.emplace(id, std::move(exchange));

    if (reply.action == Reply::Action::Stall)
        return; // in flight until the client gives up
    if (latencyMs <= 0)
        finish(id, reply);
    else
        QTimer::singleShot(latencyMs, this, [this, id, reply] { finish(id, reply); });
}

DemoServer::Reply DemoServer::faultReply(const DemoFault &fault, qint64 arrival)
{
    if (fault.kind == DemoFaultKind::ServerError) {
        return Reply::json(
            fault.status,
            DemoJsonWriter()
                .beginObject()
                .field(u"title", u"Server Error")
                .field(u"description",
                       QStringLiteral("The demo server failed request %1 on purpose (fault injection).")
                           .arg(arrival))
                .field(u"code", fault.status)
                .endObject()
                .take());
    }
    if (fault.kind == DemoFaultKind::TooManyRequests) {
        Reply reply = Reply::json(429, rateLimitedBody(arrival));
        QMutexLocker lock(&m_mutex);
        if (m_options.sendRetryAfter)
            reply.headers.emplaceBack("Retry-After", "1");
        return reply;
    }
    // Garbage: what a proxy or a crashed worker might send, labelled as JSON all the same.
    Reply reply = Reply::json(200, QByteArrayLiteral("<html><head><title>Bad Gateway</title></head><body>"
                                                     "upstream sent \xff\xfe garbage</body></html>\n"));
    return reply;
}

DemoServer::Reply DemoServer::answer(const QHttpServerRequest &request, bool shift)
{
    const QString path = request.url().path();
    const bool history = path == kHistoryPath;
    // trigger/{schedule_id}: one path segment after the prefix.
    const QString triggerId = path.startsWith(kTriggerPrefix) ? path.mid(kTriggerPrefix.size()) : QString();
    const bool trigger = !triggerId.isEmpty() && !triggerId.contains(u'/');
    if (!history && !trigger && path != kDetailsPath)
        return Reply::json(404, failBody(QStringLiteral("Resource not found.")));
    if (request.method() != QHttpServerRequest::Method::Post) {
        Reply reply = Reply::json(405, failBody(QStringLiteral("Method not allowed: use POST.")));
        reply.headers.emplaceBack("Allow", "POST");
        return reply;
    }

    // Authentication, in the order the contract lists its errors.
    const QByteArray appKey = headerValue(request, "MOE-APPKEY");
    if (appKey.isEmpty()) {
        return Reply::json(
            401, authBody("HeaderMissing",
                          QStringLiteral("The MOE-APPKEY header is missing: send your workspace ID.")));
    }
    const QByteArray authorization = headerValue(request, "Authorization");
    const QString invalid = QStringLiteral("Send Authorization: Basic base64(workspace_id:data_api_key) with "
                                           "the workspace's Data API key.");
    if (!authorization.left(6).toLower().startsWith("basic "))
        return Reply::json(401, authBody("AuthenticationInvalid", invalid));
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return Reply::json(401, authBody("AuthenticationInvalid", invalid));
    const QString user = QString::fromUtf8(decoded.decoded.left(colon));
    const QString key = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    if (QString::fromUtf8(appKey) != user) {
        return Reply::json(
            401, authBody("HeaderMismatch", QStringLiteral("The MOE-APPKEY header must equal the "
                                                           "workspace ID of the Authorization header.")));
    }
    // Each workspace's own key only: another workspace's key is as wrong as any other.
    const auto &served = workspaces();
    if (std::none_of(served.cbegin(), served.cend(),
                     [&](const DemoWorkspace &w) { return w.id == user && w.apiKey == key; }))
        return Reply::json(401, authBody("AuthenticationInvalid", invalid));

    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    {
        QMutexLocker lock(&m_mutex);
        if (m_options.rateLimit > 0) {
            const qint64 windowMs = qint64(m_options.rateWindowSeconds) * 1000;
            const qint64 now = m_clock.elapsed();
            const qint64 nowUtc = m_wallAtStartMs + now;
            const bool fixed = m_readings.rateWindow == DemoReadings::RateWindow::Fixed;
            // A fixed window starts at every multiple of its length on the Unix clock; a sliding one
            // holds what arrived in the last window's span.
            const qint64 windowStart =
                fixed ? nowUtc / windowMs * windowMs - m_wallAtStartMs : now - windowMs + 1;
            std::deque<qint64> &window = m_rateWindows[user];
            while (!window.empty() && window.front() < windowStart)
                window.pop_front();
            const bool refused = qint64(window.size()) >= m_options.rateLimit;
            if (!refused)
                window.push_back(now);
            // When the quota next grows: the oldest counted request leaves a sliding window; a fixed
            // one starts afresh. Written in whole seconds, rounded up, so that a client that waits
            // until then is never refused.
            const qint64 resetMs = (fixed ? windowStart + windowMs : window.front() + windowMs) - now;
            const qint64 resetUtcMs = nowUtc + resetMs;
            if (m_readings.rateLimitHeaders != DemoReadings::RateLimitHeaders::None) {
                const bool unixTime =
                    m_readings.rateLimitHeaders == DemoReadings::RateLimitHeaders::UnixSeconds;
                rateHeaders.append({"x-ratelimit-limit", QByteArray::number(m_options.rateLimit)});
                rateHeaders.append(
                    {"x-ratelimit-remaining",
                     QByteArray::number(std::max<qint64>(0, m_options.rateLimit - qint64(window.size())))});
                rateHeaders.append(
                    {"x-ratelimit-reset",
                     QByteArray::number(unixTime ? (resetUtcMs + 999) / 1000 : (resetMs + 999) / 1000)});
            }
            if (refused) {
                Reply reply = Reply::json(429, rateLimitedBody(m_arrivals));
                if (m_options.sendRetryAfter) {
                    reply.headers.emplaceBack(
                        "Retry-After", QByteArray::number(std::max<qint64>(1, (resetMs + 999) / 1000)));
                }
                reply.headers += rateHeaders;
                return reply;
            }
        }
    }
    Reply reply = answerAdmitted(request, user, history, shift, trigger ? triggerId : QString());
    reply.headers += rateHeaders;
    return reply;
}

DemoServer::Reply DemoServer::answerAdmitted(const QHttpServerRequest &request, const QString &workspace,
                                             bool history, bool shift, const QString &triggerId)
{
    const QByteArray contentType =
        headerValue(request, "Content-Type").split(';').first().trimmed().toLower();
    if (contentType != "application/json")
        return Reply::json(
            415, failBody(QStringLiteral("Unsupported Media Type: send Content-Type: application/json.")));
    // The import is in the path; the reference names no body, so whatever body came is not read.
    if (!triggerId.isEmpty())
        return answerTrigger(workspace, QUrl::fromPercentEncoding(triggerId.toUtf8()));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = error.error != QJsonParseError::NoError
                                ? QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset)
                                : QStringLiteral("it is not an object");
        return Reply::json(
            400, failureBody(QStringLiteral("Invalid Request"),
                             QStringLiteral("The request body is not a JSON object: %1.").arg(why)));
    }
    return history ? answerRunHistory(workspace, document.object(), shift)
                   : answerImportDetails(workspace, document.object());
}

DemoServer::Reply DemoServer::answerRunHistory(const QString &workspace, const QJsonObject &body, bool shift)
{
    const std::optional<QString> importId = optionalString(body, QLatin1String("import_id"));
    const std::optional<QString> importName = optionalString(body, QLatin1String("import_name"));
    const std::optional<int> offset = offsetOf(body);
    const std::optional<QStringList> statuses =
        enumValues(body.value(QLatin1String("file_status")), kRequestFileStatuses, false);
    if (!importId || !importName || !offset || !statuses || (importId->isEmpty() && importName->isEmpty()))
        return Reply::json(400, unprocessableBody());
    QMutexLocker lock(&m_mutex);
    DemoData &data = dataOf(workspace);
    advanceTriggered(data);
    const DemoReadings readings = m_readings;
    const auto range = parseDateFilter(body.value(QLatin1String("date")), readings.dateEndExact);
    if (!range) {
        if (range.error().schema)
            return Reply::json(400, unprocessableBody());
        return Reply::json(400, failureBody(QStringLiteral("Invalid Date format"), range.error().message));
    }
    // import_id wins over import_name, as the reference says.
    const DemoImport *import =
        importId->isEmpty() ? data.importByName(*importName) : data.importById(*importId);
    if (!import) {
        const QString what = importId->isEmpty() ? QStringLiteral("import_name \"%1\"").arg(*importName)
                                                 : QStringLiteral("import_id \"%1\"").arg(*importId);
        return Reply::json(400, failureBody(QStringLiteral("Import Doesn't Exist"),
                                            QStringLiteral("No import found for %1.").arg(what)));
    }
    ++m_perImportOffset[import->id][*offset];
    if (shift)
        data.addNewestFile(import->id);

    // The reading in force decides what a filter brings and in which order files come.
    const auto statusMatches = [&](const QString &status) {
        if (statuses->isEmpty() || statuses->contains(status))
            return true;
        if (status != QLatin1String("PARTIAL_FAILURE"))
            return false;
        return (readings.partialFailure == DemoReadings::PartialFailureFilter::WithFailed &&
                statuses->contains(QStringLiteral("FAILED"))) ||
               (readings.partialFailure == DemoReadings::PartialFailureFilter::WithPartialSuccess &&
                statuses->contains(QStringLiteral("PARTIAL_SUCCESS")));
    };
    const auto dateMatches = [&](const DemoFile &file) {
        if (!range->bounded)
            return true;
        if (readings.dateField == DemoReadings::DateField::Completed)
            return file.completedAtUs != 0 && range->contains(file.completedAtUs);
        return range->contains(file.scheduledAtUs);
    };
    QList<const DemoFile *> matching;
    for (const DemoFile &file : import->files) {
        if (statusMatches(file.status) && dateMatches(file))
            matching.append(&file);
    }
    if (readings.order == DemoReadings::Order::CompletedNewestFirst) {
        // By completion, newest first, unfinished files (no completion yet) last, as ORDER BY
        // completed_at DESC puts NULLs in many databases: a file moves when it finishes, and the
        // newest files may be on the last page.
        std::stable_sort(matching.begin(), matching.end(), [](const DemoFile *a, const DemoFile *b) {
            return a->completedAtUs > b->completedAtUs;
        });
    }
    const qint64 total = matching.size();
    const qint64 pages = (total + kPageSize - 1) / kPageSize;
    if (*offset > 1 && *offset > pages) {
        return Reply::json(400,
                           failureBody(QStringLiteral("Import Doesn't Exist"),
                                       QStringLiteral("No files for offset %1: the import has %2 matching "
                                                      "file(s), %3 page(s) of %4.")
                                           .arg(*offset)
                                           .arg(total)
                                           .arg(pages)
                                           .arg(kPageSize)));
    }
    const QList<const DemoFile *> page = matching.mid(qsizetype(*offset - 1) * kPageSize, kPageSize);
    return Reply::json(200, pageBody(page, total, *offset, writeFile));
}

DemoServer::Reply DemoServer::answerImportDetails(const QString &workspace, const QJsonObject &body)
{
    const std::optional<QString> name = optionalString(body, QLatin1String("import_name"));
    const std::optional<int> offset = offsetOf(body);
    const auto types = enumValues(body.value(QLatin1String("import_type")), kImportTypes, true);
    const auto scheduleTypes = enumValues(body.value(QLatin1String("schedule_type")), kScheduleTypes, true);
    const auto sources = enumValues(body.value(QLatin1String("file_source")), kSources, true);
    const auto scheduleStatuses =
        enumValues(body.value(QLatin1String("schedule_status")), kScheduleStatuses, true);
    if (!name || !offset || !types || !scheduleTypes || !sources || !scheduleStatuses)
        return Reply::json(400, unprocessableBody());
    const auto range = parseDateFilter(body.value(QLatin1String("date")));
    if (!range) {
        if (range.error().schema)
            return Reply::json(400, unprocessableBody());
        return Reply::json(400, failureBody(QStringLiteral("Invalid Date format"), range.error().message));
    }
    if (range->bounded && range->fromUs != std::numeric_limits<qint64>::min() &&
        range->toUs != std::numeric_limits<qint64>::max() && range->toUs - range->fromUs >= 31 * kUsPerDay) {
        return Reply::json(400, failureBody(QStringLiteral("Invalid Date Range"),
                                            QStringLiteral("Difference exceeds 30 days")));
    }

    const auto allows = [](const QStringList &filter, const QString &value) {
        return filter.isEmpty() || filter.contains(value);
    };
    QMutexLocker lock(&m_mutex);
    DemoData &data = dataOf(workspace);
    advanceTriggered(data);
    QList<const DemoImport *> matching;
    for (const DemoImport &import : data.imports()) {
        // The date filters on creation; the name matches in part, ignoring case, to find an import.
        if (allows(*types, import.type) && allows(*scheduleTypes, import.scheduleType) &&
            allows(*sources, import.source) && allows(*scheduleStatuses, import.status) &&
            range->contains(import.createdAtUs) && import.name.contains(*name, Qt::CaseInsensitive))
            matching.append(&import);
    }
    const qint64 total = matching.size();
    const qint64 pages = (total + kPageSize - 1) / kPageSize;
    if (*offset > 1 && *offset > pages) {
        return Reply::json(400, failureBody(QStringLiteral("Import Doesn't Exist"),
                                            QStringLiteral("No imports for offset %1.").arg(*offset)));
    }
    const QList<const DemoImport *> page = matching.mid(qsizetype(*offset - 1) * kPageSize, kPageSize);
    return Reply::json(200, pageBody(page, total, *offset, writeImport));
}

// docs/API.md, "Trigger File Imports": the documented bodies, and our reading where the reference
// says nothing (a one-time import; what "has run" means: the newest file's scheduled time).
DemoServer::Reply DemoServer::answerTrigger(const QString &workspace, const QString &scheduleId)
{
    const auto refusal = [](const char *type, const QString &message) {
        return Reply::json(400, DemoJsonWriter()
                                    .beginObject()
                                    .field(u"status", u"fail")
                                    .field(u"error_type", QString::fromLatin1(type))
                                    .field(u"message", message)
                                    .endObject()
                                    .take());
    };
    const qint64 nowUs = Clock::current().nowUtcMs() * 1000;
    QMutexLocker lock(&m_mutex);
    DemoData &data = dataOf(workspace);
    advanceTriggered(data);
    const DemoImport *import = data.importById(scheduleId);
    ++m_triggerRequests[scheduleId];
    // Archived is how the demo's imports expire.
    if (!import || import->status == QLatin1String("ARCHIVED"))
        return refusal("NOT_FOUND", QStringLiteral("This import is either deleted or expired."));
    if (import->scheduleType != QLatin1String("PERIODIC"))
        return refusal("BAD_REQUEST", QStringLiteral("Only periodic imports can be triggered."));
    const qint64 lastRunUs = import->lastRunAtUs();
    if (lastRunUs != 0 && nowUs - lastRunUs < kTriggerGapMs * 1000)
        return refusal("ALREADY_EXISTS", QStringLiteral("Import has run in the last 5 min."));
    const DemoFile *file = data.addTriggeredFile(import->id, nowUs);
    m_triggered.append({import->id, file->id, nowUs});
    return Reply::json(200, DemoJsonWriter()
                                .beginObject()
                                .field(u"status", u"success")
                                .field(u"message", u"Triggered Import Successfully")
                                .endObject()
                                .take());
}

void DemoServer::advanceTriggered(DemoData &data) const
{
    if (m_triggered.isEmpty())
        return;
    const qint64 nowUs = Clock::current().nowUtcMs() * 1000;
    for (const TriggeredRun &run : m_triggered) {
        const qint64 ageMs = (nowUs - run.atUs) / 1000;
        const QString status = ageMs < kTriggeredQueuedForMs   ? QStringLiteral("QUEUED")
                               : ageMs < kTriggeredDoneAfterMs ? QStringLiteral("PROCESSING")
                                                               : QStringLiteral("SUCCESSFUL");
        const DemoImport *import = data.importById(run.importId);
        if (!import)
            continue;
        for (const DemoFile &file : import->files) {
            if (file.id == run.fileId) {
                if (file.status != status)
                    data.setFileStatus(run.importId, run.fileId, status);
                break;
            }
        }
    }
}

void DemoServer::finish(quint64 exchangeId, const Reply &reply)
{
    const auto it = m_exchanges.find(exchangeId);
    if (it == m_exchanges.end())
        return; // the client hung up meanwhile; forget() has counted it out
    const std::unique_ptr<Exchange> exchange = std::move(it->second);
    m_exchanges.erase(it);
    disconnect(exchange->disconnected);

    QTcpSocket *socket = exchange->socket.data();
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        if (reply.action == Reply::Action::Reset) {
#ifdef Q_OS_UNIX
            // Linger 0: the close sends a TCP RST, a real "connection reset by peer", not a polite FIN.
            const linger hardClose{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                         sizeof hardClose);
#endif
            socket->abort();
            countResponse(0);
        } else {
            QHttpServerResponder &responder = exchange->responder;
            responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
            responder.writeHeader("Content-Type", reply.contentType);
            responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
            for (const auto &header : reply.headers)
                responder.writeHeader(header.first, header.second);
            responder.writeBody(reply.body);
            countResponse(reply.status);
            if (m_listener)
                m_listener->answered(socket);
        }
    }
    --m_inFlight;
}

void DemoServer::forget(quint64 exchangeId)
{
    const auto it = m_exchanges.find(exchangeId);
    if (it == m_exchanges.end())
        return;
    m_exchanges.erase(it);
    --m_inFlight;
}

void DemoServer::countResponse(int status)
{
    QMutexLocker lock(&m_mutex);
    ++m_perStatus[status];
}

QStringList DemoServer::addNewestFiles(const QString &importId, int count)
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const DemoFile *file = m_data.addNewestFile(importId);
        if (!file)
            break;
        ids.prepend(file->id);
    }
    return ids;
}

QStringList DemoServer::markUnfinished(const QString &importId, const QList<int> &positions,
                                       const QString &status)
{
    QMutexLocker lock(&m_mutex);
    QStringList ids;
    const DemoImport *import = m_data.importById(importId);
    if (!import)
        return ids;
    for (int position : positions) {
        if (position < 0 || position >= import->files.size())
            continue;
        const QString id = import->files.at(position).id;
        if (m_data.setFileStatus(importId, id, status))
            ids << id;
    }
    return ids;
}

bool DemoServer::setFileStatus(const QString &importId, const QString &fileId, const QString &status,
                               const QString &message)
{
    QMutexLocker lock(&m_mutex);
    return m_data.setFileStatus(importId, fileId, status, message);
}

bool DemoServer::removeFile(const QString &importId, const QString &fileId)
{
    QMutexLocker lock(&m_mutex);
    return m_data.removeFile(importId, fileId);
}

void DemoServer::setData(const DemoData &data)
{
    QMutexLocker lock(&m_mutex);
    m_data = data;
}
