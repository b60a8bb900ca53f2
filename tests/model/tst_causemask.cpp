// The mask behind triage (docs/ARCHITECTURE.md, "Triage: what a cause is"): a status message becomes
// its cause pattern, what varies masked and the words kept in every script. Messages of every shape the
// demo makes, MoEngage-like failures, and messages written to break it.
#include "demo/DemoData.h"
#include "model/CauseMask.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {

// Code points, as the pattern's bound counts them.
qsizetype length(const QString &text)
{
    return text.toStdU32String().size();
}

} // namespace

class TestCauseMask final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("pattern");

        // Every shape app/demo/DemoData.cpp writes (partialMessages, fileLevelFailures, veryLongMessage).
        const QString own = QStringLiteral("crm_users_20240105_1200.csv");
        QTest::newRow("demo: e-mail column")
            << "13 rows failed: invalid value in column \"email\", expected user@domain" << own
            << "<n> rows failed: invalid value in column \"email\", expected <email>";
        QTest::newRow("demo: list of rows") << "13 rows failed. Rows 4, 17, 233: \"first_name\" is empty"
                                            << own << "<n> rows failed. Rows <n>: \"first_name\" is empty";
        QTest::newRow("demo: CRLF lines of bad dates")
            << "13 rows failed:\r\nRow 8: bad date \"31/02/2024\"\r\nRow 9: bad date \"00/13/2024\"" << own
            << "<n> rows failed: Row <n>: bad date <value>";
        QTest::newRow("demo: schema mismatch")
            << "Schema mismatch in 13 rows:\ncolumn 'ltv' expected a number\ncolumn 'tier' unknown" << own
            << "Schema mismatch in <n> rows: column 'ltv' expected a number column 'tier' unknown";
        QTest::newRow("demo: lone CR") << "13 rows skipped as failed\rupload resumed after a timeout" << own
                                       << "<n> rows skipped as failed upload resumed after a timeout";
        QTest::newRow("demo: German with U+2028")
            << QStringLiteral(
                   "13 Zeilen fehlerhaft: ungültiger Wert für „Straße“\u2028Umlaute ä ö ü ß sind erlaubt")
            << own
            << QStringLiteral(
                   "<n> Zeilen fehlerhaft: ungültiger Wert für „Straße“ Umlaute ä ö ü ß sind erlaubt");
        QTest::newRow("demo: Devanagari") << QStringLiteral("पंक्तियाँ विफल: 13 — अमान्य फ़ोन नंबर") << own
                                          << QStringLiteral("पंक्तियाँ विफल: <n> — अमान्य फ़ोन नंबर");
        QTest::newRow("demo: emoji")
            << QStringLiteral("Partial import \U0001F6A7 13 rows had an emoji \U0001F600 in user_id") << own
            << QStringLiteral("Partial import \U0001F6A7 <n> rows had an emoji \U0001F600 in user_id");
        QTest::newRow("demo: formula")
            << "=SUM(A1:A9) found in column \"notes\" of 13 rows: formulas are not allowed" << own
            << "=SUM(A1:A9) found in column \"notes\" of <n> rows: formulas are not allowed";
        QTest::newRow("demo: plus") << "+13 rows with a phone number that is not E.164" << own
                                    << "+<n> rows with a phone number that is not E.164";
        QTest::newRow("demo: minus") << "-13 rows: negative quantity" << own
                                     << "-<n> rows: negative quantity";
        QTest::newRow("demo: at sign") << "@13 rows: \"@handle\" is not a valid user_id" << own
                                       << "@<n> rows: <value> is not a valid user_id";
        QTest::newRow("demo: leading tab") << "\t13 rows: indented message from the CSV parser" << own
                                           << "<n> rows: indented message from the CSV parser";
        QTest::newRow("demo: SFTP path") << "File not found on the SFTP server: /exports/" + own << own
                                         << "File not found on the SFTP server: <file>";
        QTest::newRow("demo: header row")
            << "Header row missing: the first line must name the columns (" + own + ")" << own
            << "Header row missing: the first line must name the columns (<file>)";
        QTest::newRow("demo: S3 URL")
            << "Access denied to s3://acme-moengage-imports/" + own + " (403 Forbidden)" << own
            << "Access denied to <url> (<n> Forbidden)";
        QTest::newRow("demo: UTF-8") << "File " + own + " is not valid UTF-8 at byte 1,204" << own
                                     << "File <file> is not valid UTF-8 at byte <n>";
        QTest::newRow("demo: mandatory column")
            << "Mandatory column \"uid\" missing in " + own + ", \"ID\" found instead" << own
            << "Mandatory column \"uid\" missing in <file>, \"ID\" found instead";
        QTest::newRow("demo: hostile own name")
            << "File not found on the SFTP server: /exports/users, final \"v2\".csv"
            << "users, final \"v2\".csv"
            << "File not found on the SFTP server: <file>";
        QTest::newRow("demo: own name with a line break")
            << "File line\nbreak.csv is not valid UTF-8 at byte 1,204"
            << "line\nbreak.csv"
            << "File <file> is not valid UTF-8 at byte <n>";
        QTest::newRow("demo: own name cut by the server")
            << "File not found on the SFTP server: /exports/Kundendaten_Größe_äöü_und_noch_viel_mehr"
            << QStringLiteral("Kundendaten_Größe_äöü_und_noch_viel_mehr_Text.csv")
            << "File not found on the SFTP server: <file>";

        // MoEngage-like failures (docs/API.md; CONTRACT's "What else is known").
        QTest::newRow("bad e-mail value") << "Row 17: invalid value 'a@b' for attribute 'email'" << QString()
                                          << "Row <n>: invalid value <value> for attribute 'email'";
        QTest::newRow("bad e-mail address") << "Invalid email address jane.doe@example.org in row 4512"
                                            << QString() << "Invalid email address <email> in row <n>";
        QTest::newRow("missing column") << "Column 'customer_id' not found in file users_2024-11-14.csv"
                                        << QString() << "Column 'customer_id' not found in file <file>";
        QTest::newRow("unknown attribute") << "Unknown attribute 'loyalty_tier' for 12 users" << QString()
                                           << "Unknown attribute 'loyalty_tier' for <n> users";
        QTest::newRow("unknown attribute, unquoted")
            << "Unknown attribute user_tier_2024 in row 5" << QString()
            << "Unknown attribute user_tier_2024 in row <n>";
        QTest::newRow("expired S3 credentials") << "S3 credentials expired: The provided token has expired. "
                                                   "(Service: Amazon S3; Status Code: 400; "
                                                   "Error Code: ExpiredToken; Request ID: 8F3A2B1C9D0E7F6A)"
                                                << QString()
                                                << "S3 credentials expired: The provided token has expired. "
                                                   "(Service: Amazon S3; Status Code: <n>; "
                                                   "Error Code: ExpiredToken; Request ID: <id>)";
        QTest::newRow("expired SFTP password")
            << "SFTP authentication failed for user moe_import@sftp.acme.com: password expired on 2024-11-01"
            << QString() << "SFTP authentication failed for user <email>: password expired on <time>";
        QTest::newRow("already processed")
            << "File with name crm_users_20241114.csv has already been processed, skipping" << QString()
            << "File with name <file> has already been processed, skipping";
        QTest::newRow("timeout to a host") << "Connection to sftp.acme.com:22 timed out after 30000 ms"
                                           << QString() << "Connection to <host> timed out after <n> ms";
        QTest::newRow("IPv4 and time") << "Connection to 10.0.0.12:22 reset at 2024-11-14T12:31:31.713000"
                                       << QString() << "Connection to <host> reset at <time>";
        QTest::newRow("IPv6") << "Could not reach [2001:db8::1]:443 or fe80::1%eth0" << QString()
                              << "Could not reach [<host>]:<n> or <host>";
        QTest::newRow("sizes") << "File size 2.5 GB exceeds the limit of 2GB (1,048,576 bytes read)"
                               << QString() << "File size <size> exceeds the limit of <size> (<size> read)";
        QTest::newRow("ids")
            << "Job 6650a1c2e4b0f3a9d2c71e01 failed (request 123e4567-e89b-12d3-a456-426614174000)"
            << QString() << "Job <id> failed (request <id>)";
        QTest::newRow("CJK") << QStringLiteral("第17行：属性'email'的值无效") << QString()
                             << QStringLiteral("第<n>行：属性'email'的值无效");

        // Written to break it.
        QTest::newRow("only a number") << "42" << QString() << "<n>";
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("only spaces and controls")
            << QStringLiteral(" \t\x01\u202e\r\n ") << QString() << QString();
        QTest::newRow("controls inside") << QStringLiteral("Row 5:\tbad\x07 value\u202e\r\n\r\n  here\u0000")
                                         << QString() << "Row <n>: bad value here";
        QTest::newRow("URL with a key")
            << "Fetch of https://fileimports-data-api-01.moengage.com/v1.0/x?api_key=Zm9vYmFyMTIz&ws=AB12 "
               "failed."
            << QString() << "Fetch of <url> failed.";
        QTest::newRow("key in a URL's user part")
            << "Upload to sftp://WS_7781:Qm93S2V5MDEyMzQ1Njc4OQ@sftp.acme.com/in/ refused" << QString()
            << "Upload to <url> refused";
        QTest::newRow("key outside a URL") << "Rejected key=AbCdEf0123456789XyZq for workspace" << QString()
                                           << "Rejected key=<value> for workspace";
        QTest::newRow("password") << "SFTP login failed, password: hunter2" << QString()
                                  << "SFTP login failed, password: <value>";
        QTest::newRow("authorization scheme")
            << "sent Authorization: Bearer abc.def.ghi" << QString() << "sent Authorization: Bearer <value>";
        QTest::newRow("credentials are a word too")
            << "S3 credentials expired" << QString() << "S3 credentials expired";
        QTest::newRow("Devanagari value") << QStringLiteral("पंक्ति 17: ईमेल 'a@b' अमान्य है") << QString()
                                          << QStringLiteral("पंक्ति <n>: ईमेल <value> अमान्य है");
        QTest::newRow("Devanagari digits")
            << QStringLiteral("पंक्ति १७ विफल") << QString() << QStringLiteral("पंक्ति <n> विफल");
        QTest::newRow("mixed scripts")
            << QStringLiteral("Row 17: 無効な値 'x' für Spalte „Straße“ — ঠিকানা ভুল") << QString()
            << QStringLiteral("Row <n>: 無効な値 <value> für Spalte „Straße“ — ঠিকানা ভুল");
        QTest::newRow("apostrophes are not quotes")
            << "It's the user's problem, not 'ours'" << QString() << "It's the user's problem, not 'ours'";
        QTest::newRow("unclosed quote")
            << "Unterminated \"value at row 12" << QString() << "Unterminated \"value at row <n>";
        QTest::newRow("standard names stay")
            << "Expected UTF-8, ISO-8601 dates and E.164 phones in row 3" << QString()
            << "Expected UTF-8, ISO-8601 dates and E.164 phones in row <n>";
    }

    void patterns()
    {
        QFETCH(QString, message);
        QFETCH(QString, fileName);
        QFETCH(QString, pattern);
        QCOMPARE(CauseMask::pattern(message, fileName), pattern);
    }

    void sameCause_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("the issue's example") << "Row 17: invalid value 'a@b' for attribute 'email'"
                                             << "Row 90211: invalid value 'x@y' for attribute 'email'";
        QTest::newRow("lists of any length") << "13 rows failed. Rows 4, 17, 233: \"first_name\" is empty"
                                             << "2 rows failed. Rows 4-17: \"first_name\" is empty";
        QTest::newRow("any file already processed")
            << "File with name a_1.csv has already been processed"
            << "File with name users-2024_final.csv.gz has already been processed";
        QTest::newRow("repeats of any count") << "Validation failed for 13 rows: row 2: \"email\" missing, "
                                                 "\"phone\" not E.164; row 9: \"email\" "
                                                 "missing, \"phone\" not E.164; "
                                              << "Validation failed for 4 rows: row 2: \"email\" missing, "
                                                 "\"phone\" not E.164; row 9: \"email\" "
                                                 "missing, \"phone\" not E.164; row 16: \"email\" missing, "
                                                 "\"phone\" not E.164; row 23: \"email\" "
                                                 "missing, \"phone\" not E.164";
        QTest::newRow("any host") << "Connection to 10.0.0.12 timed out"
                                  << "Connection to sftp.acme.co.uk timed out";
        QTest::newRow("host or address") << "Connection to ::1 timed out"
                                         << "Connection to moengage.com timed out";
        QTest::newRow("any time") << "uploaded at 2024-11-14T12:31:31.713000Z"
                                  << "uploaded at 14.11.2024";
        QTest::newRow("any size") << "File of 12 MB is too large"
                                  << "File of 1.5GiB is too large";
        QTest::newRow("any id") << "Request 8f3a2b1c9d0e7f6a failed"
                                << "Request ORD_99812 failed";
        QTest::newRow("any URL") << "GET https://a.example.com/x?y=1 failed"
                                 << "GET http://127.0.0.1:8080/ failed";
        QTest::newRow("any e-mail") << "Bad address anita.desai@example.com"
                                    << QStringLiteral("Bad address jürgen.müller@example.de");
        QTest::newRow("any quoted value") << "invalid value \"31/02/2024\" for field 'dob'"
                                          << "invalid value 'yesterday' for field 'dob'";
        QTest::newRow("spacing and controls") << "Row 17:  bad\r\n value"
                                              << "Row 18: bad\x01 value";
        QTest::newRow("any Devanagari row")
            << QStringLiteral("पंक्ति 17 विफल") << QStringLiteral("पंक्ति ९०२ विफल");
    }

    void sameCause()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(CauseMask::pattern(a), CauseMask::pattern(b));
    }

    void ownFileNameIsOneCause()
    {
        // A message naming its own file, in a URL or not, is the cause the same message names any file by.
        const QString hostile = QStringLiteral("=cmd|' /C calc'!A0.csv");
        QCOMPARE(
            CauseMask::pattern("Access denied to s3://acme-imports/" + hostile + " (403 Forbidden)", hostile),
            CauseMask::pattern(
                "Access denied to s3://acme-imports/clickstream_20240105_1200.csv.gz (403 Forbidden)"));
        QCOMPARE(CauseMask::pattern("File '" + hostile + "' was already processed", hostile),
                 CauseMask::pattern("File 'users.csv' was already processed", QStringLiteral("users.csv")));
    }

    void apartCauses_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("attribute names") << "invalid value 'x' for attribute 'email'"
                                         << "invalid value 'x' for attribute 'phone'";
        QTest::newRow("column names") << "column 'ltv' expected a number"
                                      << "column 'tier' expected a number";
        QTest::newRow("quoted names without a keyword") << "\"first_name\" is empty"
                                                        << "\"last_name\" is empty";
        QTest::newRow("unquoted names after a keyword") << "Unknown attribute user_tier_2024"
                                                        << "Unknown attribute user_tier_2025";
        QTest::newRow("other words") << "Row 17: invalid value 'a@b'"
                                     << "Row 17: missing value 'a@b'";
        QTest::newRow("file-level failures") << "File not found: /in/a.csv"
                                             << "Access denied: /in/a.csv";
        QTest::newRow("S3 or SFTP") << "S3 credentials expired"
                                    << "SFTP credentials expired";
        QTest::newRow("standards") << "not valid UTF-8"
                                   << "not valid UTF-16";
        QTest::newRow("Devanagari words") << QStringLiteral("ईमेल अमान्य है") << QStringLiteral("फ़ोन अमान्य है");
        QTest::newRow("German words") << QStringLiteral("ungültiger Wert für „Straße“")
                                      << QStringLiteral("ungültiger Wert für „Hausnummer“");
        QTest::newRow("CJK words") << QStringLiteral("属性'email'的值无效")
                                   << QStringLiteral("属性'email'缺失");
        QTest::newRow("a message and none") << "0" << QString();
    }

    void apartCauses()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(CauseMask::pattern(a) != CauseMask::pattern(b), qPrintable(CauseMask::pattern(a)));
    }

    void keyNeverReachesAPattern_data()
    {
        QTest::addColumn<QString>("message");
        const QString key = QStringLiteral("Zm9vYmFyMTIzNDU2Nzg5MGFiY2RlZg");
        QTest::newRow("query") << "GET https://api-01.moengage.com/v1?key=" + key + " answered 401";
        QTest::newRow("path") << "GET https://api-01.moengage.com/keys/" + key + "/x answered 401";
        QTest::newRow("user info") << "sftp://ws:" + key + "@sftp.acme.com refused";
        QTest::newRow("fragment, quoted") << "redirected to 'https://x.example.com/#token=" + key + "'";
        QTest::newRow("bracketed") << "(see <https://x.example.com/?k=" + key + ">)";
        QTest::newRow("percent-encoded")
            << "POST https://x.example.com/?auth=Basic%20" + key + "%3D%3D failed";
        QTest::newRow("after a name keyword") << "attribute " + key + " unknown";
        QTest::newRow("quoted after a name keyword") << "column '" + key + "' unknown";
        QTest::newRow("bare") << "Authentication failed for " + key;
        QTest::newRow("demo key") << "bad key demo-data-api-key-0123456789 for workspace";
        QTest::newRow("letters only, after key=") << "rejected key=AbCdEfGhIjKlMnOpQrSt at the gateway";
        QTest::newRow("host and path, no scheme")
            << "GET api-01.moengage.com/v1?api_key=AbCdEfGhIjKlMnOpQrSt failed";
        QTest::newRow("password:") << "SFTP login failed, password: HunterHunterHunter2";
        QTest::newRow("Basic credentials")
            << "sent Authorization: Basic ZGVtbzpkZW1vLWRhdGEtYXBpLWtleQ== and got 401";
    }

    void keyNeverReachesAPattern()
    {
        QFETCH(QString, message);
        const QString pattern = CauseMask::pattern(message);
        // No eight characters in a row of any key-shaped token survive.
        static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/_-]{16,}"));
        for (auto it = token.globalMatch(message); it.hasNext();) {
            const QString found = it.next().captured();
            if (found.contains(QLatin1String("moengage")))
                continue; // a host name
            for (qsizetype i = 0; i + 8 <= found.size(); ++i)
                QVERIFY2(!pattern.contains(found.mid(i, 8)), qPrintable(pattern));
        }
    }

    void longMessagesAreBoundedAndShortened_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("one word of 10,000 letters") << QString(10000, QLatin1Char('x'));
        QTest::newRow("10,000 characters of words") << QStringLiteral("invalid value ").repeated(715);
        QTest::newRow("10,000 digits") << QString(10000, QLatin1Char('7'));
        QTest::newRow("10,000 quotes") << QString(10000, QLatin1Char('\''));
        QTest::newRow("10,000 unclosed quotes") << QStringLiteral("'a ").repeated(3334);
        QTest::newRow("10,000 Devanagari") << QStringLiteral("अमान्य ").repeated(1429);
        QTest::newRow("a megabyte") << QStringLiteral("Row 1 of file x.csv, ").repeated(50000);
    }

    void longMessagesAreBoundedAndShortened()
    {
        QFETCH(QString, message);
        const QString pattern = CauseMask::pattern(message);
        QVERIFY(length(pattern) <= CauseMask::kMaxPatternChars);
        if (!pattern.endsWith(QChar(0x2026))) // shortened, or reduced to a few placeholders
            QVERIFY2(pattern.size() < 40, qPrintable(pattern));
        // Never cut inside a placeholder.
        QVERIFY2(pattern.lastIndexOf(QLatin1Char('<')) <= pattern.lastIndexOf(QLatin1Char('>')),
                 qPrintable(pattern));
    }

    void repeatsFoldWholeBeforeTheCut()
    {
        // The demo's 6,000-character validation message: one cause whatever its row count.
        QString message = QStringLiteral("Validation failed for 123 rows: ");
        for (int row = 2; message.size() < 6000; row += 7)
            message += QStringLiteral("row %1: \"email\" missing, \"phone\" not E.164; ").arg(row);
        QCOMPARE(CauseMask::pattern(message),
                 QStringLiteral(
                     "Validation failed for <n> rows: row <n>: \"email\" missing, \"phone\" not E.164;"));
    }

    void demoMessagesGroupIntoFewCauses()
    {
        // Every problem file the demo makes, over three seeds: its ~20 message shapes, whatever numbers,
        // ids and file names they carry, are ~20 causes, and no pattern keeps a value.
        QSet<QString> patterns;
        qsizetype problems = 0;
        for (const quint32 seed : {1u, 2u, 3u}) {
            const DemoData data =
                DemoData::generate(seed, QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));
            for (const DemoImport &import : data.imports()) {
                for (const DemoFile &file : import.files) {
                    if (file.statusMsg.isEmpty())
                        continue;
                    ++problems;
                    const QString pattern = CauseMask::pattern(file.statusMsg, file.fileName);
                    QVERIFY2(!pattern.contains(file.fileName), qPrintable(pattern));
                    QVERIFY2(!pattern.contains(file.id), qPrintable(pattern));
                    patterns.insert(pattern);
                }
            }
        }
        QVERIFY(problems > 1000);
        QVERIFY2(patterns.size() <= 20, qPrintable(QStringList(patterns.values()).join(QLatin1Char('\n'))));
        static const QRegularExpression numbers(QStringLiteral("[0-9]{2,}"));
        for (const QString &pattern : std::as_const(patterns)) {
            QString rest = pattern;
            rest.remove(QStringLiteral("E.164"));
            QVERIFY2(!rest.contains(numbers), qPrintable(pattern));
            QVERIFY2(!pattern.contains(QLatin1String("example.com")), qPrintable(pattern));
            QVERIFY2(!pattern.contains(QLatin1String("s3://")), qPrintable(pattern));
        }
    }
};

QTEST_GUILESS_MAIN(TestCauseMask)
#include "tst_causemask.moc"
