#include "DemoData.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kUsPerMinute = 60 * kUsPerSecond;
constexpr qint64 kUsPerDay = 86'400 * kUsPerSecond;
constexpr qint64 kSpanUs = 60 * kUsPerDay;

const QString kUsers = QStringLiteral("USERS");
const QString kEvents = QStringLiteral("EVENTS");
const QString kAux = QStringLiteral("AUX_DATA");
const QString kPeriodic = QStringLiteral("PERIODIC");
const QString kOneTime = QStringLiteral("ONETIME");

const QString kSuccessful = QStringLiteral("SUCCESSFUL");
const QString kFailed = QStringLiteral("FAILED");
const QString kPartialSuccess = QStringLiteral("PARTIAL_SUCCESS");
const QString kPartialFailure = QStringLiteral("PARTIAL_FAILURE");
const QString kProcessing = QStringLiteral("PROCESSING");
const QString kQueued = QStringLiteral("QUEUED");
const QString kWaiting = QStringLiteral("WAITING");

// What each import is. Ids and names are fixed (independent of the seed) so tests, docs and
// screenshots can name them; only the files vary with the seed.
struct Blueprint
{
    const char *id;
    const char16_t *name;
    const QString &type;
    const QString &scheduleType;
    const char *source;
    const char *status;
    int fileCount;
    const char *stem;
    const char *email;
    const char *timeZone;
    const char *auxTable;
    int oneTimeDaysAgo; // ONETIME: when the batch ran
    // The smaller workspaces' patterns (the primary's table leaves them at their defaults):
    int spanDays = 60;   // PERIODIC: the runs spread over this many days before the anchor...
    int stopHours = 0;   // ...and stop this long before it (a schedule gone quiet: stale)
    int stuckAt = -1;    // this file (0 = newest) stays PROCESSING while the later ones finish
    int failEvery = 0;   // every Nth run FAILED with failMessage: a recurring pattern
    int failingRuns = 0; // the newest N runs FAILED with failMessage: failing now
    int failMessage = 0; // index into fileLevelFailures()
    bool clean = false;  // every other run SUCCESSFUL and none in progress: a healthy import
};

const std::array<Blueprint, 12> &primaryBlueprints()
{
    static const std::array<Blueprint, 12> table = {{
        {"6650a1c2e4b0f3a9d2c71e01", u"Daily CRM users (SFTP)", kUsers, kPeriodic, "SFTP", "SCHEDULED", 987,
         "crm_users", "priya.raman@example.com", "Asia/Kolkata", "", 0},
        {"6650a1c2e4b0f3a9d2c71e02", u"Clickstream events (S3, every 20 min)", kEvents, kPeriodic, "S3",
         "SCHEDULED", 4321, "clickstream", "data-platform@example.com", "UTC", "", 0},
        {"6650a1c2e4b0f3a9d2c71e03", u"Empty import", kUsers, kOneTime, "CSV", "QUEUED", 0, "empty",
         "qa@example.com", "UTC", "", 3},
        {"6650a1c2e4b0f3a9d2c71e04", u"Single file", kAux, kOneTime, "CSV", "SUCCESSFUL", 1, "single",
         "qa@example.com", "UTC", "store_regions", 9},
        {"6650a1c2e4b0f3a9d2c71e05", u"Exactly one page", kEvents, kPeriodic, "SFTP", "SCHEDULED", 50,
         "one_page", "qa@example.com", "UTC", "", 0},
        {"6650a1c2e4b0f3a9d2c71e06", u"One page and one file", kUsers, kPeriodic, "S3", "SCHEDULED", 51,
         "page_plus_one", "qa@example.com", "UTC", "", 0},
        {"6650a1c2e4b0f3a9d2c71e07", u"Store catalogue (aux data)", kAux, kPeriodic, "S3", "SCHEDULED", 240,
         "store_catalogue", "merch.ops@example.com", "Europe/Berlin", "store_catalogue", 0},
        {"6650a1c2e4b0f3a9d2c71e08", u"Purchase events \u2013 H\u00e4ndler, \"EU\"", kEvents, kPeriodic,
         "SFTP", "SCHEDULED", 180, "purchases_eu", "j\u00fcrgen.m\u00fcller@example.com", "Europe/Berlin", "",
         0},
        {"6650a1c2e4b0f3a9d2c71e09", u"Product feed (AUX, SFTP)", kAux, kPeriodic, "SFTP", "ARCHIVED", 120,
         "product_feed", "merch.ops@example.com", "UTC", "product_feed", 0},
        {"6650a1c2e4b0f3a9d2c71e0a", u"Loyalty tiers backfill", kUsers, kOneTime, "CSV", "PARTIAL_SUCCESS", 3,
         "loyalty_tiers", "crm.team@example.com", "UTC", "", 21},
        {"6650a1c2e4b0f3a9d2c71e0b",
         u"\u0917\u094d\u0930\u093e\u0939\u0915 \u092a\u094d\u0930\u094b\u092b\u093c\u093e\u0907\u0932 "
         u"(India)",
         kUsers, kPeriodic, "S3", "SCHEDULED", 96, "customers_in", "anita.desai@example.com", "Asia/Kolkata",
         "", 0},
        {"6650a1c2e4b0f3a9d2c71e0c", u"Campaign attribution backfill", kEvents, kOneTime, "CSV", "FAILED", 12,
         "attribution", "growth@example.com", "UTC", "", 34},
    }};
    return table;
}

// EU staging: a few hundred files, a stale schedule, a stuck file, a failing import and a recurring
// failure, so the board has each kind of attention to show beside the primary workspace.
const std::array<Blueprint, 9> &euStagingBlueprints()
{
    static const std::array<Blueprint, 9> table = {{
        // 58 days of runs every 12 hours that stopped two days ago: stale (2 x 12 h + 1 h < 48 h).
        {"6650b2d3f5c1a4b0e3d82f01", u"Nightly consent sync (SFTP, EU)", kUsers, kPeriodic, "SFTP",
         "SCHEDULED", 116, "consent_sync", "dpo.office@example.eu", "Europe/Dublin", "", 0, 60, 48, -1, 0, 0,
         0, true},
        // Hourly over 12 days, the file five runs back still PROCESSING: stuck (limit 1 h).
        {"6650b2d3f5c1a4b0e3d82f02", u"Hourly app events (S3, staging)", kEvents, kPeriodic, "S3",
         "SCHEDULED", 288, "app_events_stg", "data-platform@example.eu", "Europe/Amsterdam", "", 0, 12, 0, 5,
         0, 0, 0, true},
        // Every run for the last four FAILED on the same expired bucket policy: failing.
        {"6650b2d3f5c1a4b0e3d82f03", u"Order events (S3, every 6 h)", kEvents, kPeriodic, "S3", "SCHEDULED",
         80, "orders_stg", "shop.backend@example.eu", "Europe/Berlin", "", 0, 20, 0, -1, 0, 4, 2, true},
        // Every seventh run fails with a missing header: a recurring cause, not failing right now.
        {"6650b2d3f5c1a4b0e3d82f04", u"Newsletter subscribers (SFTP)", kUsers, kPeriodic, "SFTP", "SCHEDULED",
         60, "newsletter", "crm.eu@example.eu", "Europe/Paris", "", 0, 30, 0, -1, 7, 0, 1, true},
        {"6650b2d3f5c1a4b0e3d82f05", u"Store opening hours (aux data)", kAux, kPeriodic, "S3", "SCHEDULED",
         30, "opening_hours", "retail.ops@example.eu", "Europe/Madrid", "opening_hours", 0, 30, 0, -1, 0, 0,
         0, true},
        {"6650b2d3f5c1a4b0e3d82f06", u"Price list (aux data, SFTP)", kAux, kPeriodic, "SFTP", "SCHEDULED", 45,
         "price_list", "merch.eu@example.eu", "Europe/Berlin", "price_list", 0, 45, 0, -1, 0, 0, 0, true},
        {"6650b2d3f5c1a4b0e3d82f07", u"GDPR erasure backfill", kUsers, kOneTime, "CSV", "SUCCESSFUL", 6,
         "gdpr_erasure", "dpo.office@example.eu", "UTC", "", 12, 60, 0, -1, 0, 0, 0, true},
        {"6650b2d3f5c1a4b0e3d82f08", u"Staging smoke test", kEvents, kOneTime, "CSV", "FAILED", 2, "smoke",
         "qa.eu@example.eu", "UTC", "", 2, 60, 0, -1, 0, 0, 0, false},
        {"6650b2d3f5c1a4b0e3d82f09", u"Legacy loyalty feed", kUsers, kPeriodic, "SFTP", "ARCHIVED", 24,
         "legacy_loyalty", "crm.eu@example.eu", "Europe/Dublin", "", 0, 24, 0, -1, 0, 0, 0, false},
    }};
    return table;
}

// IN production: healthy on the whole (a rare rolled failure), and one recurring failure: every 7th run
// of a daily import (the weekly full export) is missing its "uid" column.
const std::array<Blueprint, 8> &inProductionBlueprints()
{
    static const std::array<Blueprint, 8> table = {{
        {"6650c3e4a6d2b5c1f4e93a01", u"Daily customer profiles (SFTP, IN)", kUsers, kPeriodic, "SFTP",
         "SCHEDULED", 60, "customers_daily", "ops.india@example.in", "Asia/Kolkata", "", 0, 60, 0, -1, 7, 0,
         3, true},
        {"6650c3e4a6d2b5c1f4e93a02", u"UPI payment events (S3, every 2 h)", kEvents, kPeriodic, "S3",
         "SCHEDULED", 240, "upi_payments", "payments@example.in", "Asia/Kolkata", "", 0, 20, 0, -1, 0, 0, 0,
         true},
        {"6650c3e4a6d2b5c1f4e93a03", u"App installs (S3, every 4 h)", kEvents, kPeriodic, "S3", "SCHEDULED",
         120, "installs", "growth.in@example.in", "Asia/Kolkata", "", 0, 20, 0, -1, 0, 0, 0, true},
        {"6650c3e4a6d2b5c1f4e93a04", u"Store locator (aux data)", kAux, kPeriodic, "S3", "SCHEDULED", 30,
         "store_locator", "retail.in@example.in", "Asia/Kolkata", "store_locator", 0, 30, 0, -1, 0, 0, 0,
         true},
        {"6650c3e4a6d2b5c1f4e93a05", u"Festive offer segments (SFTP)", kUsers, kPeriodic, "SFTP", "SCHEDULED",
         28, "festive_offers", "crm.in@example.in", "Asia/Kolkata", "", 0, 14, 0, -1, 0, 0, 0, true},
        {"6650c3e4a6d2b5c1f4e93a06", u"KYC status backfill", kUsers, kOneTime, "CSV", "SUCCESSFUL", 4, "kyc",
         "compliance@example.in", "UTC", "", 9, 60, 0, -1, 0, 0, 0, true},
        {"6650c3e4a6d2b5c1f4e93a07", u"Wallet events (S3, hourly)", kEvents, kPeriodic, "S3", "SCHEDULED",
         168, "wallet", "payments@example.in", "Asia/Kolkata", "", 0, 7, 0, -1, 0, 0, 0, true},
        {"6650c3e4a6d2b5c1f4e93a08", u"Regional language preferences", kUsers, kPeriodic, "SFTP", "SCHEDULED",
         40, "language_prefs", "ops.india@example.in", "Asia/Kolkata", "", 0, 40, 0, -1, 0, 0, 0, true},
    }};
    return table;
}

std::span<const Blueprint> blueprints(DemoData::Set set)
{
    switch (set) {
    case DemoData::Set::EuStaging:
        return euStagingBlueprints();
    case DemoData::Set::InProduction:
        return inProductionBlueprints();
    case DemoData::Set::Primary:
        break;
    }
    return primaryBlueprints();
}

DemoImportRef refOf(int index, DemoData::Set set = DemoData::Set::Primary)
{
    const Blueprint &b = blueprints(set)[std::size_t(index)];
    return {QString::fromLatin1(b.id), QString::fromUtf16(b.name)};
}

// File names that break naive CSV writers, spreadsheets and terminals.
const QStringList &hostileFileNames()
{
    static const QStringList names = {
        QStringLiteral("users, final \"v2\".csv"),
        QStringLiteral("=cmd|' /C calc'!A0.csv"),
        QStringLiteral("+49_customers.csv"),
        QStringLiteral("-negative_balances.csv"),
        QStringLiteral("@handles.csv"),
        QStringLiteral("\tindented.csv"),
        QString::fromUtf16(u"Kundendaten_Gr\u00f6\u00dfe_\u00e4\u00f6\u00fc.csv"),
        QString::fromUtf16(
            u"\u0909\u092a\u092f\u094b\u0917\u0915\u0930\u094d\u0924\u093e_\u0921\u0947\u091f\u093e.csv"),
        QString::fromUtf16(u"launch_\U0001F680_events.csv"),
        QStringLiteral("line\nbreak.csv"),
        QStringLiteral("carriage\r\nreturn.csv"),
        QStringLiteral("lonely\rcr.csv"),
        QString::fromUtf16(u"para\u2028separator.csv"),
    };
    return names;
}

// Failure messages; %1 is the number of failed rows where a template mentions it.
const QStringList &partialMessages()
{
    static const QStringList messages = {
        QStringLiteral("%1 rows failed: invalid value in column \"email\", expected user@domain"),
        QStringLiteral("%1 rows failed. Rows 4, 17, 233: \"first_name\" is empty"),
        QStringLiteral("%1 rows failed:\r\nRow 8: bad date \"31/02/2024\"\r\nRow 9: bad date \"00/13/2024\""),
        QStringLiteral("Schema mismatch in %1 rows:\ncolumn 'ltv' expected a number\ncolumn 'tier' unknown"),
        QStringLiteral("%1 rows skipped as failed\rupload resumed after a timeout"),
        QString::fromUtf16(
            u"%1 Zeilen fehlerhaft: ung\u00fcltiger Wert f\u00fcr \u201eStra\u00dfe\u201c\u2028"
            u"Umlaute \u00e4 \u00f6 \u00fc \u00df sind erlaubt"),
        QString::fromUtf16(
            u"\u092a\u0902\u0915\u094d\u0924\u093f\u092f\u093e\u0901 \u0935\u093f\u092b\u0932: "
            u"%1 \u2014 \u0905\u092e\u093e\u0928\u094d\u092f \u092b\u093c\u094b\u0928 "
            u"\u0928\u0902\u092c\u0930"),
        QString::fromUtf16(u"Partial import \U0001F6A7 %1 rows had an emoji \U0001F600 in user_id"),
        QStringLiteral("=SUM(A1:A9) found in column \"notes\" of %1 rows: formulas are not allowed"),
        QStringLiteral("+%1 rows with a phone number that is not E.164"),
        QStringLiteral("-%1 rows: negative quantity"),
        QStringLiteral("@%1 rows: \"@handle\" is not a valid user_id"),
        QStringLiteral("\t%1 rows: indented message from the CSV parser"),
    };
    return messages;
}

const QStringList &fileLevelFailures()
{
    static const QStringList messages = {
        QStringLiteral("File not found on the SFTP server: /exports/%1"),
        QStringLiteral("Header row missing: the first line must name the columns (%1)"),
        QStringLiteral("Access denied to s3://acme-moengage-imports/%1 (403 Forbidden)"),
        QStringLiteral("File %1 is not valid UTF-8 at byte 1,204"),
        QStringLiteral("Mandatory column \"uid\" missing in %1, \"ID\" found instead"),
    };
    return messages;
}

QString veryLongMessage(qint64 failedRows)
{
    QString text = QStringLiteral("Validation failed for %1 rows: ").arg(failedRows);
    for (int row = 2; text.size() < 6000; row += 7)
        text += QStringLiteral("row %1: \"email\" missing, \"phone\" not E.164; ").arg(row);
    return text;
}

qint64 fileSizeFor(const QString &type, qint64 rows, QRandomGenerator &rng)
{
    const qint64 perRow = type == kEvents ? 260 : type == kAux ? 90 : 180;
    return 64 + rows * perRow + qint64(rng.bounded(perRow * 4));
}

qint64 rowsFor(const QString &type, QRandomGenerator &rng)
{
    // Roughly log-uniform: many small files, some large ones.
    const double low = type == kEvents ? 3.0 : type == kAux ? 1.0 : 2.3;
    const double high = type == kEvents ? 5.3 : type == kAux ? 3.7 : 4.7;
    return qint64(std::pow(10.0, low + rng.generateDouble() * (high - low)));
}

// Fills counts, size, message and completion of a file for a status.
void fillOutcome(DemoFile &file, const QString &status, int messageIndex, QRandomGenerator &rng)
{
    file.status = status;
    file.statusMsg.clear();
    file.addedRows = file.updatedRows = file.skippedRows = file.failedRows = 0;
    file.auxDataAddedCount = file.auxDataFailedCount = 0;
    file.totalRows = 0;
    file.completedAtUs = 0;

    qint64 rows = rowsFor(file.type, rng);
    file.fileSize = fileSizeFor(file.type, rows, rng);
    if (status == kQueued || status == kProcessing || status == kWaiting)
        return; // nothing counted yet, no completion time

    file.totalRows = rows;
    qint64 failed = 0;
    if (status == kPartialSuccess)
        failed = std::max<qint64>(1, rows * (1 + rng.bounded(10)) / 100);
    else if (status == kPartialFailure)
        failed = std::min<qint64>(rows - 1, rows * (50 + rng.bounded(46)) / 100);
    else if (status == kFailed)
        failed = rows;
    if (status == kPartialFailure && failed < 1) { // a one-row file cannot fail in part
        file.totalRows = rows = 2;
        failed = 1;
    }

    // A chosen message (messageIndex >= 0) always describes rows, never a file-level failure.
    const bool fileLevelFailure = status == kFailed && messageIndex < 0 && rng.bounded(3) == 0;
    if (fileLevelFailure) { // the file never got parsed: no rows at all
        file.totalRows = rows = failed = 0;
        if (rng.bounded(2) == 0)
            file.fileSize = 0;
    }

    const qint64 good = rows - failed;
    qint64 skipped = 0;
    if (status != kFailed && file.type != kAux && good > 0)
        skipped = qint64(rng.bounded(int(std::min<qint64>(good / 50 + 1, 1000))));
    const qint64 landed = good - skipped;
    qint64 updated = 0;
    if (file.type == kUsers && landed > 0)
        updated = landed * (40 + rng.bounded(41)) / 100;
    file.skippedRows = skipped;
    file.updatedRows = updated;
    file.addedRows = landed - updated;
    file.failedRows = failed;
    if (file.type == kAux) {
        file.auxDataAddedCount = file.addedRows;
        file.auxDataFailedCount = file.failedRows;
    }

    if (status != kSuccessful) {
        const QStringList &partial = partialMessages();
        if (fileLevelFailure) {
            const QStringList &fileLevel = fileLevelFailures();
            file.statusMsg = fileLevel.at(rng.bounded(int(fileLevel.size()))).arg(file.fileName.left(40));
        } else if (messageIndex >= 0) {
            file.statusMsg = partial.at(messageIndex).arg(failed);
        } else if (rng.bounded(50) == 0) {
            file.statusMsg = veryLongMessage(failed);
        } else {
            file.statusMsg = partial.at(rng.bounded(int(partial.size()))).arg(failed);
        }
    }

    // Processing takes seconds to minutes, more for more rows.
    const qint64 durationUs = 3 * kUsPerSecond + rows * 900 + qint64(rng.bounded(20'000'000));
    file.completedAtUs = file.scheduledAtUs + durationUs;
}

// Like a Mongo ObjectId: 4 bytes of seconds, 5 bytes of "machine" (per import and seed), 3 of counter.
QString objectId(qint64 scheduledAtUs, quint32 machine, quint32 serial)
{
    const quint32 seconds = quint32(scheduledAtUs / kUsPerSecond);
    const quint64 middle = ((quint64(machine) << 8) | (machine >> 24)) & 0xFF'FFFF'FFFFull;
    return QStringLiteral("%1%2%3")
        .arg(seconds, 8, 16, QLatin1Char('0'))
        .arg(middle, 10, 16, QLatin1Char('0'))
        .arg(serial & 0xFFFFFFu, 6, 16, QLatin1Char('0'));
}

QString rollStatus(QRandomGenerator &rng)
{
    const int roll = rng.bounded(100);
    if (roll < 76)
        return kSuccessful;
    if (roll < 88)
        return kPartialSuccess;
    if (roll < 96)
        return kFailed;
    return kPartialFailure;
}

QString datedName(const QString &stem, qint64 scheduledAtUs, const QString &source)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(scheduledAtUs / 1000, QTimeZone::utc());
    const QString extension =
        source == QLatin1String("S3") ? QStringLiteral(".csv.gz") : QStringLiteral(".csv");
    return stem + QLatin1Char('_') + when.toString(QStringLiteral("yyyyMMdd_HHmm")) + extension;
}

} // namespace

QString DemoFile::scheduledAt() const
{
    return DemoData::formatTimestamp(scheduledAtUs);
}

QString DemoFile::completedAt() const
{
    return completedAtUs == 0 ? QString() : DemoData::formatTimestamp(completedAtUs);
}

QString DemoImport::lastRunStatus() const
{
    return files.isEmpty() ? QString() : files.first().status;
}

qint64 DemoImport::lastRunAtUs() const
{
    return files.isEmpty() ? 0 : files.first().scheduledAtUs;
}

qint64 DemoImport::nextScheduledAtUs() const
{
    if (scheduleType != kPeriodic || status == QLatin1String("ARCHIVED") || files.isEmpty())
        return 0;
    return files.first().scheduledAtUs + periodUs;
}

qint64 DemoImport::processedFiles() const
{
    return std::count_if(files.cbegin(), files.cend(), [](const DemoFile &f) { return f.isCompleted(); });
}

qint64 DemoImport::totalRows() const
{
    qint64 sum = 0;
    for (const DemoFile &f : files)
        sum += f.totalRows;
    return sum;
}

qint64 DemoImport::processedRows() const
{
    qint64 sum = 0;
    for (const DemoFile &f : files) {
        if (f.isCompleted())
            sum += f.totalRows - f.failedRows;
    }
    return sum;
}

DemoImportRef DemoData::representativeImport()
{
    return refOf(0);
}

DemoImportRef DemoData::largeImport()
{
    return refOf(1);
}

DemoImportRef DemoData::emptyImport()
{
    return refOf(2);
}

DemoImportRef DemoData::singleFileImport()
{
    return refOf(3);
}

DemoImportRef DemoData::onePageImport()
{
    return refOf(4);
}

DemoImportRef DemoData::onePagePlusOneImport()
{
    return refOf(5);
}

DemoImportRef DemoData::staleImport()
{
    return refOf(0, Set::EuStaging);
}

DemoImportRef DemoData::stuckImport()
{
    return refOf(1, Set::EuStaging);
}

DemoImportRef DemoData::failingImport()
{
    return refOf(2, Set::EuStaging);
}

QDateTime DemoData::defaultAnchor()
{
    // The start of the current UTC hour: no demo file is scheduled in the future, and the data stays
    // the same for an hour (tests that need more pass their own anchor).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
}

QString DemoData::formatTimestamp(qint64 usecsSinceEpoch)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(usecsSinceEpoch / 1000, QTimeZone::utc());
    return when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QLatin1Char('.') +
           QStringLiteral("%1").arg(usecsSinceEpoch % kUsPerSecond, 6, 10, QLatin1Char('0'));
}

DemoData DemoData::generate(quint32 seed, const QDateTime &anchor, Set set)
{
    DemoData data;
    data.m_seed = seed;
    data.m_anchor = anchor.isValid() ? anchor.toUTC() : defaultAnchor();
    const qint64 anchorUs = data.m_anchor.toMSecsSinceEpoch() * 1000;

    quint32 importIndex = 0;
    for (const Blueprint &b : blueprints(set)) {
        // One generator per import: the imports do not disturb each other's data. The primary set
        // keeps its two-number seed, so its data are what they always were.
        const quint32 seeds[] = {seed, importIndex, 0xD3110u + quint32(set)};
        QRandomGenerator rng(seeds, set == Set::Primary ? 2 : 3);
        const quint32 machine = rng.generate();

        DemoImport import;
        import.id = QString::fromLatin1(b.id);
        import.name = QString::fromUtf16(b.name);
        import.type = b.type;
        import.scheduleType = b.scheduleType;
        import.source = QString::fromLatin1(b.source);
        import.status = QString::fromLatin1(b.status);
        import.createdByEmail = QString::fromUtf8(b.email);
        import.timeZone = QString::fromLatin1(b.timeZone);
        import.auxDataTable = QString::fromLatin1(b.auxTable);
        import.fileStem = QString::fromLatin1(b.stem);

        // Scheduled times, oldest first: periodic imports spread evenly (with jitter) over the span,
        // one-time imports as one batch a few minutes apart.
        const int count = b.fileCount;
        QList<qint64> times;
        times.reserve(count);
        if (b.scheduleType == kPeriodic) {
            // Runs from spanDays before the anchor to stopHours before it, evenly.
            const qint64 spanUs = b.spanDays * kUsPerDay - b.stopHours * 3600 * kUsPerSecond;
            import.periodUs = count > 0 ? spanUs / count : kUsPerDay;
            const qint64 start = anchorUs - b.spanDays * kUsPerDay;
            for (int i = 0; i < count; ++i) {
                const qint64 jitter = qint64(rng.generateDouble() * double(import.periodUs) * 0.4);
                times.append(start + i * import.periodUs + jitter + rng.bounded(1'000'000));
            }
            import.createdAtUs = start - (1 + rng.bounded(30)) * kUsPerDay -
                                 rng.bounded(86'400) * kUsPerSecond - rng.bounded(1'000'000);
        } else {
            qint64 t = anchorUs - b.oneTimeDaysAgo * kUsPerDay + rng.bounded(8 * 3600) * kUsPerSecond;
            import.createdAtUs = t - (10 + rng.bounded(50)) * kUsPerMinute - rng.bounded(1'000'000);
            for (int i = 0; i < count; ++i) {
                times.append(t + rng.bounded(1'000'000));
                t += (2 + rng.bounded(4)) * kUsPerMinute;
            }
        }
        std::reverse(times.begin(), times.end()); // newest first, as the API pages

        import.files.reserve(count);
        for (int i = 0; i < count; ++i) {
            DemoFile file;
            file.type = import.type;
            file.scheduledAtUs = times.at(i);
            file.id = objectId(file.scheduledAtUs, machine, ++data.m_serial);
            file.countsAsStrings = data.m_serial % 7 == 3;
            file.fileName = rng.bounded(100) < 3
                                ? hostileFileNames().at(rng.bounded(int(hostileFileNames().size())))
                                : datedName(import.fileStem, file.scheduledAtUs, import.source);

            QString status = rollStatus(rng);
            if (b.clean && status != kSuccessful && rng.bounded(8) != 0)
                status = kSuccessful; // mostly healthy: one run in about forty fails in part or whole
            // The newest files of a running schedule are not done yet (a healthy import's are).
            if (!b.clean && import.status == QLatin1String("SCHEDULED") && i < 4 && count >= 10) {
                static const QString inProgress[] = {kQueued, kProcessing, kQueued, kWaiting};
                if (i < 2 || rng.bounded(2) == 0)
                    status = inProgress[rng.bounded(4)];
            }
            // A one-time import's status sums up its files: make the files agree with it.
            if (b.scheduleType == kOneTime) {
                if (import.status == kQueued || import.status == kSuccessful || import.status == kFailed)
                    status = import.status;
                else if (import.status == kPartialSuccess && i == 0)
                    status = kPartialSuccess;
            }
            // The patterns: the same file-level failure again and again, or on every run lately.
            const bool patterned =
                (b.failEvery > 0 && (count - 1 - i) % b.failEvery == b.failEvery - 1) || i < b.failingRuns;
            if (patterned)
                status = kFailed;
            if (i == b.stuckAt)
                status = kProcessing;
            fillOutcome(file, status, -1, rng);
            if (patterned) {
                file.totalRows = file.addedRows = file.updatedRows = file.skippedRows = file.failedRows = 0;
                file.auxDataAddedCount = file.auxDataFailedCount = 0;
                file.statusMsg = fileLevelFailures().at(b.failMessage).arg(file.fileName.left(40));
            }
            import.files.append(file);
        }

        if (set == Set::Primary && importIndex == 0) {
            // The import the window opens first shows every status and every kind of hostile text on
            // its first page, so a new user (and a screenshot) sees them without digging.
            static const QString firstStatuses[] = {kWaiting, kQueued, kProcessing};
            for (int i = 0; i < 3; ++i)
                fillOutcome(import.files[i], firstStatuses[i], -1, rng);
            fillOutcome(import.files[3], kFailed, -1, rng);
            import.files[3].statusMsg = veryLongMessage(import.files[3].failedRows);
            fillOutcome(import.files[4], kPartialSuccess, 0, rng);
            fillOutcome(import.files[5], kPartialFailure, 2, rng);
            const QStringList &names = hostileFileNames();
            for (int i = 0; i < names.size(); ++i)
                import.files[6 + 3 * i].fileName = names.at(i);
            for (int i = 0; i < partialMessages().size(); ++i)
                fillOutcome(import.files[7 + 3 * i], i % 2 ? kPartialFailure : kPartialSuccess, i, rng);
        }

        data.m_imports.append(import);
        ++importIndex;
    }
    return data;
}

DemoData DemoData::fromImports(QList<DemoImport> imports, const QDateTime &anchor, quint32 seed)
{
    DemoData data;
    data.m_seed = seed;
    data.m_anchor = anchor.isValid() ? anchor.toUTC() : defaultAnchor();
    data.m_imports = std::move(imports);
    for (const DemoImport &import : std::as_const(data.m_imports))
        data.m_serial += quint32(import.files.size()); // the files a later one is counted after
    return data;
}

const DemoImport *DemoData::importById(QStringView id) const
{
    for (const DemoImport &import : m_imports) {
        if (import.id == id)
            return &import;
    }
    return nullptr;
}

const DemoImport *DemoData::importByName(QStringView name) const
{
    for (const DemoImport &import : m_imports) {
        if (import.name == name)
            return &import;
    }
    return nullptr;
}

qint64 DemoData::fileCount() const
{
    qint64 sum = 0;
    for (const DemoImport &import : m_imports)
        sum += import.files.size();
    return sum;
}

const DemoFile *DemoData::addNewestFile(QStringView importId)
{
    auto it = std::find_if(m_imports.begin(), m_imports.end(),
                           [&](const DemoImport &import) { return import.id == importId; });
    if (it == m_imports.end())
        return nullptr;
    DemoImport &import = *it;

    ++m_serial;
    const quint32 seeds[] = {m_seed, 0xFFFFu, m_serial};
    QRandomGenerator rng(seeds, 3);
    const qint64 anchorUs = m_anchor.toMSecsSinceEpoch() * 1000;
    const qint64 newest = import.files.isEmpty() ? anchorUs - kUsPerDay : import.files.first().scheduledAtUs;

    DemoFile file;
    file.type = import.type;
    file.scheduledAtUs = newest + kUsPerMinute + rng.bounded(1'000'000);
    file.id = objectId(file.scheduledAtUs, rng.generate(), m_serial);
    file.countsAsStrings = m_serial % 7 == 3;
    file.fileName = datedName(import.fileStem + QStringLiteral("_late"), file.scheduledAtUs, import.source);
    fillOutcome(file, kQueued, -1, rng);
    import.files.prepend(file);
    return &import.files.first();
}

bool DemoData::setFileStatus(QStringView importId, QStringView fileId, const QString &status,
                             const QString &message)
{
    for (DemoImport &import : m_imports) {
        if (import.id != importId)
            continue;
        for (DemoFile &file : import.files) {
            if (file.id != fileId)
                continue;
            // Seeded by the file and the change, so the same changes give the same data.
            const quint32 seeds[] = {m_seed, 0xFFFEu, quint32(qHash(file.id)), quint32(qHash(status))};
            QRandomGenerator rng(seeds, 4);
            fillOutcome(file, status, -1, rng);
            if (!message.isEmpty() && !file.statusMsg.isEmpty())
                file.statusMsg = message;
            return true;
        }
        return false;
    }
    return false;
}

bool DemoData::removeFile(QStringView importId, QStringView fileId)
{
    for (DemoImport &import : m_imports) {
        if (import.id != importId)
            continue;
        return import.files.removeIf([&](const DemoFile &file) { return file.id == fileId; }) > 0;
    }
    return false;
}

const DemoFile *DemoData::addTriggeredFile(QStringView importId, qint64 atUs)
{
    auto it = std::find_if(m_imports.begin(), m_imports.end(),
                           [&](const DemoImport &import) { return import.id == importId; });
    if (it == m_imports.end())
        return nullptr;
    DemoImport &import = *it;

    ++m_serial;
    const quint32 seeds[] = {m_seed, 0xFFFDu, m_serial};
    QRandomGenerator rng(seeds, 3);
    DemoFile file;
    file.type = import.type;
    file.scheduledAtUs = atUs;
    file.id = objectId(file.scheduledAtUs, rng.generate(), m_serial);
    file.countsAsStrings = m_serial % 7 == 3;
    file.fileName = datedName(import.fileStem + QStringLiteral("_manual"), file.scheduledAtUs, import.source);
    fillOutcome(file, kQueued, -1, rng);
    import.files.prepend(file);
    return &import.files.first();
}
