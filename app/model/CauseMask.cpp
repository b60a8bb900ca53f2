#include "CauseMask.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

// One left-to-right pass over the message's UTF-8 bytes, no regular expressions and no allocation
// once the buffers have grown: grouping 200,000 files masks 200,000 messages (docs/PERFORMANCE.md).
// The rules, in the order they are tried, are listed in docs/ARCHITECTURE.md, "Triage: what a cause is".

namespace {

using Bytes = std::string_view;

constexpr std::size_t kMaxQuotedBytes = 160; // a quoted stretch longer than this is not one value or name
constexpr qsizetype kMaxNameBytes = 64;      // nor is a name longer than this
constexpr qsizetype kMinFileNamePrefix = 16;
// The pattern shows 200 characters: reading stops once three times as many bytes are written, which
// bounds the cost of a 6,000-character message to that of a short one. What is written so far is the
// same for every message of a cause, so the stop falls at the same place in each.
constexpr qsizetype kMaxScanBytes = 3 * CauseMask::kMaxPatternChars;
constexpr int kMaxClauseCycle = 4; // "row <n>: a; row <n>: b;" repeats of up to four clauses fold
constexpr char32_t kInvalid = 0xFFFFFFFF;

constexpr std::string_view kNumber = "<n>";
constexpr std::string_view kValue = "<value>";
constexpr std::string_view kId = "<id>";
constexpr std::string_view kFile = "<file>";
constexpr std::string_view kUrl = "<url>";
constexpr std::string_view kHost = "<host>";
constexpr std::string_view kEmail = "<email>";
constexpr std::string_view kTime = "<time>";
constexpr std::string_view kSize = "<size>";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// What joins two values of a list or a range: "rows 4, 17, 233" and "4-17" are one <n>.
constexpr std::array<std::string_view, 10> kListSeparators = {
    "", ",", ", ", "-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 ", " and ", " or ", "/"};

// The word before a quoted name or value says which it is.
constexpr std::array<std::string_view, 44> kNameWords = {
    "attribute", "attributes", "attr", "column", "columns", "col", "field", "fields", "header", "headers",
    "property", "properties", "parameter", "parameters", "param", "event", "table",
    // German, French, Spanish, Portuguese, Italian
    "attribut", "spalte", "feld", "eigenschaft", "tabelle", "kopfzeile", "colonne", "champ", "propriété",
    "columna", "campo", "atributo", "propiedad", "tabla", "coluna", "tabela", "colonna", "attributo",
    // Hindi, Chinese, Japanese
    "कॉलम", "फ़ील्ड", "फील्ड", "विशेषता", "स्तंभ", "एट्रिब्यूट", "列", "字段", "属性"};
constexpr std::array<std::string_view, 16> kValueWords = {
    "value", "values", "val",     "got",   "received", "given",  "found", "wert",
    "werte", "valeur", "valeurs", "valor", "valores",  "valore", "मान",   "値"};

// Before ':' or '=', what follows is a secret, whatever its shape ("password: hunter2", "key=abc").
constexpr std::array<std::string_view, 17> kSecretWords = {
    "key",           "apikey",    "api_key",  "api-key",    "x-api-key",  "token",
    "access_token",  "secret",    "password", "passwd",     "pwd",        "auth",
    "authorization", "signature", "sig",      "credential", "credentials"};
// An authorization scheme names how, not what: "Authorization: Basic <value>".
constexpr std::array<std::string_view, 4> kAuthSchemes = {"basic", "bearer", "token", "digest"};

constexpr std::array<std::string_view, 22> kFileExtensions = {
    "csv", "tsv", "psv", "txt", "json",    "jsonl", "ndjson", "xml",  "gz",  "gzip", "zip",
    "bz2", "xz",  "tar", "tgz", "parquet", "avro",  "xls",    "xlsx", "dat", "log",  "orc"};

// Top-level domains that make "a.b" a host name rather than "Node.js" or "user.email".
constexpr std::array<std::string_view, 58> kHostSuffixes = {
    "com", "net", "org", "io", "co", "ai", "app", "dev",   "cloud",    "info", "biz", "me",
    "tv",  "us",  "uk",  "eu", "de", "fr", "es",  "it",    "nl",       "se",   "no",  "dk",
    "fi",  "pl",  "cz",  "at", "ch", "be", "pt",  "ie",    "in",       "jp",   "cn",  "kr",
    "sg",  "id",  "my",  "th", "vn", "ph", "au",  "nz",    "ca",       "br",   "mx",  "ar",
    "za",  "ae",  "sa",  "tr", "ru", "il", "hk",  "local", "internal", "lan"};

constexpr std::array<std::string_view, 19> kSizeUnits = {"B",   "KB",    "kB",   "KiB",   "MB",  "MiB", "GB",
                                                         "GiB", "TB",    "TiB",  "PB",    "kb",  "mb",  "gb",
                                                         "tb",  "bytes", "byte", "Bytes", "Byte"};

enum class Kind : quint8 {
    Space,      // collapses into one space
    LineBreak,  // a space that also ends a clause
    Dropped,    // control and direction characters: removed
    Letter,     // a letter or mark of any script: words are never masked
    Digit,      // a decimal digit of any script
    Inner,      // ASCII punctuation that may sit inside a word: _ - . : / \ @ # % + = ~ & * $ ^ ! ?
    Quote,      // may open a quoted stretch
    Apostrophe, // inside a word ("don't") or a quote
    Breaker,    // other punctuation and symbols, copied as they are
};

constexpr std::array<Kind, 128> asciiKinds()
{
    std::array<Kind, 128> kinds{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
            kinds[c] = Kind::Space;
        else if (c == '\n' || c == '\r')
            kinds[c] = Kind::LineBreak;
        else if (c < 0x20 || c == 0x7F)
            kinds[c] = Kind::Dropped;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            kinds[c] = Kind::Letter;
        else if (c >= '0' && c <= '9')
            kinds[c] = Kind::Digit;
        else if (c == '"' || c == '`')
            kinds[c] = Kind::Quote;
        else if (c == '\'')
            kinds[c] = Kind::Apostrophe;
        else if (std::string_view("_-.:/\\@#%+=~&*$^!?").find(char(c)) != std::string_view::npos)
            kinds[c] = Kind::Inner;
        else
            kinds[c] = Kind::Breaker;
    }
    return kinds;
}
constexpr std::array<Kind, 128> kAsciiKinds = asciiKinds();

Kind kindOf(char32_t c)
{
    if (c < 0x80)
        return kAsciiKinds[c];
    switch (c) {
    case 0x85:
    case 0x2028:
    case 0x2029:
        return Kind::LineBreak;
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return Kind::Space;
    case 0x061C: // Arabic letter mark
    case 0x200B: // zero-width space
    case 0x200E: // left-to-right mark
    case 0x200F:
    case 0x2060: // word joiner
    case 0xFEFF: // byte-order mark
    case kInvalid:
        return Kind::Dropped;
    case 0x200C: // zero-width non-joiner and joiner shape Indic words and emoji: part of the word
    case 0x200D:
        return Kind::Letter;
    case 0x2019: // ’ : an apostrophe inside a word, a closing quote after one
        return Kind::Apostrophe;
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0x201A:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0xFF02:
        return Kind::Quote;
    default:
        break;
    }
    if (c >= 0x80 && c <= 0x9F)
        return Kind::Dropped; // C1 controls
    if (c >= 0x2000 && c <= 0x200A)
        return Kind::Space;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return Kind::Dropped; // bidirectional embeddings, overrides and isolates
    // The scripts messages are mostly in, without Qt's tables: Latin-1 letters, Devanagari, CJK
    // ideographs, kana and Hangul syllables.
    if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0x3041 && c <= 0x30FF && c != 0x30FB) || (c >= 0xAC00 && c <= 0xD7A3))
        return Kind::Letter;
    if (c >= 0x0900 && c <= 0x097F) {
        if (c >= 0x0966 && c <= 0x096F)
            return Kind::Digit;
        return c == 0x0964 || c == 0x0965 || c == 0x0970 ? Kind::Breaker : Kind::Letter;
    }
    if (QChar::isDigit(c))
        return Kind::Digit;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return Kind::Letter;
    return Kind::Breaker;
}

// The closing quotes an opening one may meet (German „…“, French «…», Danish »…«, CJK 「…」).
std::array<char32_t, 2> closersOf(char32_t opener)
{
    switch (opener) {
    case '"':
        return {'"', '"'};
    case '\'':
        return {'\'', 0x2019};
    case '`':
        return {'`', '\''};
    case 0x201C:
        return {0x201D, 0x201C};
    case 0x2018:
        return {0x2019, 0x2018};
    case 0x201E:
        return {0x201C, 0x201D};
    case 0x201A:
        return {0x2018, 0x2019};
    case 0x00AB:
        return {0x00BB, 0x00BB};
    case 0x00BB:
        return {0x00AB, 0x00AB};
    case 0x2039:
        return {0x203A, 0x203A};
    case 0x300C:
        return {0x300D, 0x300D};
    case 0x300E:
        return {0x300F, 0x300F};
    case 0xFF02:
        return {0xFF02, 0xFF02};
    default:
        return {kInvalid, kInvalid};
    }
}

struct CodePoint
{
    char32_t c;
    qsizetype size;
};

inline bool isContinuation(char b)
{
    return (static_cast<uchar>(b) & 0xC0) == 0x80;
}

// One code point; an invalid byte is kInvalid of size 1 (and dropped).
inline CodePoint decode(const char *p, qsizetype left)
{
    const auto b0 = static_cast<uchar>(p[0]);
    if (b0 < 0x80)
        return {b0, 1};
    const auto b = [p](int i) { return static_cast<char32_t>(static_cast<uchar>(p[i]) & 0x3F); };
    if (b0 >= 0xC2 && b0 <= 0xDF && left >= 2 && isContinuation(p[1]))
        return {(char32_t(b0 & 0x1F) << 6) | b(1), 2};
    if (b0 >= 0xE0 && b0 <= 0xEF && left >= 3 && isContinuation(p[1]) && isContinuation(p[2])) {
        const char32_t c = (char32_t(b0 & 0x0F) << 12) | (b(1) << 6) | b(2);
        if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
            return {c, 3};
    } else if (b0 >= 0xF0 && b0 <= 0xF4 && left >= 4 && isContinuation(p[1]) && isContinuation(p[2]) &&
               isContinuation(p[3])) {
        const char32_t c = (char32_t(b0 & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
        if (c >= 0x10000 && c <= 0x10FFFF)
            return {c, 4};
    }
    return {kInvalid, 1};
}

inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isAsciiAlnum(char c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}
inline bool isHexDigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool equalsFolded(Bytes a, Bytes b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != b[i])
            return false;
    }
    return true;
}

template <std::size_t N> bool isOneOf(Bytes word, const std::array<std::string_view, N> &list)
{
    return std::any_of(list.begin(), list.end(), [word](Bytes entry) { return equalsFolded(word, entry); });
}

// A keyword may end a longer word in scripts written without spaces ("无效属性").
template <std::size_t N> bool endsWithOneOf(Bytes word, const std::array<std::string_view, N> &list)
{
    return std::any_of(list.begin(), list.end(), [word](Bytes entry) {
        return uchar(entry.front()) >= 0xE3 && word.size() > entry.size() && word.ends_with(entry);
    });
}

bool isSizeUnit(Bytes word)
{
    return std::find(kSizeUnits.begin(), kSizeUnits.end(), word) != kSizeUnits.end();
}

std::size_t digitRun(Bytes w, std::size_t i)
{
    std::size_t j = i;
    while (j < w.size() && isAsciiDigit(w[j]))
        ++j;
    return j - i;
}

// 12, -3, +49, 1,204, 3.5, 12%, 1_000: a number with its sign and percent sign apart.
bool splitNumber(Bytes w, std::size_t &signSize, bool &percent)
{
    std::size_t i = 0;
    signSize = 0;
    percent = false;
    if (!w.empty() && (w[0] == '+' || w[0] == '-'))
        signSize = i = 1;
    std::size_t run = digitRun(w, i);
    if (run == 0)
        return false;
    i += run;
    while (i + 1 < w.size() && (w[i] == '.' || w[i] == ',' || w[i] == '\'' || w[i] == '_') &&
           isAsciiDigit(w[i + 1]))
        i += 1 + digitRun(w, i + 1);
    if (i < w.size() && w[i] == '%') {
        percent = true;
        ++i;
    }
    return i == w.size();
}

// 12MB, 1.5GiB, 300kB.
bool isGluedSize(Bytes w)
{
    std::size_t i = digitRun(w, 0);
    if (i == 0)
        return false;
    while (i + 1 < w.size() && (w[i] == '.' || w[i] == ',') && isAsciiDigit(w[i + 1]))
        i += 1 + digitRun(w, i + 1);
    return i < w.size() && isSizeUnit(w.substr(i));
}

// 2024-11-14, 14/11/2024, 14.11.24, 2024/11/14.
bool parseDate(Bytes w, std::size_t &i)
{
    const std::size_t start = i;
    const std::size_t g0 = digitRun(w, i);
    if (g0 == 0 || i + g0 >= w.size())
        return false;
    const char sep = w[i + g0];
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    std::size_t j = i + g0 + 1;
    const std::size_t g1 = digitRun(w, j);
    if (g1 == 0 || g1 > 2 || j + g1 >= w.size() || w[j + g1] != sep)
        return false;
    j += g1 + 1;
    const std::size_t g2 = digitRun(w, j);
    const bool yearFirst = g0 == 4 && (g2 == 1 || g2 == 2);
    const bool yearLast = g0 <= 2 && (g2 == 2 || g2 == 4);
    if (!yearFirst && !yearLast) {
        i = start;
        return false;
    }
    i = j + g2;
    return true;
}

// 12:31, 12:31:31, 12:31:31.713000, then Z, +05:30, +0530 or -08.
bool parseTime(Bytes w, std::size_t &i)
{
    const std::size_t h = digitRun(w, i);
    if (h == 0 || h > 2 || i + h >= w.size() || w[i + h] != ':')
        return false;
    std::size_t j = i + h + 1;
    if (digitRun(w, j) != 2)
        return false;
    j += 2;
    if (j < w.size() && w[j] == ':' && digitRun(w, j + 1) == 2) {
        j += 3;
        if (j + 1 < w.size() && (w[j] == '.' || w[j] == ',') && isAsciiDigit(w[j + 1]))
            j += 1 + digitRun(w, j + 1);
    }
    if (j < w.size() && (w[j] == 'Z' || w[j] == 'z')) {
        ++j;
    } else if (j < w.size() && (w[j] == '+' || w[j] == '-') && digitRun(w, j + 1) >= 2) {
        j += 1 + digitRun(w, j + 1);
        if (j < w.size() && w[j] == ':' && digitRun(w, j + 1) == 2)
            j += 3;
    }
    i = j;
    return true;
}

bool isDateOrTime(Bytes w)
{
    std::size_t i = 0;
    if (parseDate(w, i)) {
        if (i == w.size())
            return true;
        if (w[i] != 'T' && w[i] != 't' && w[i] != '_')
            return false;
        ++i;
    }
    return parseTime(w, i) && i == w.size();
}

bool isIpv4(Bytes w)
{
    std::size_t i = 0;
    for (int group = 0; group < 4; ++group) {
        const std::size_t run = digitRun(w, i);
        if (run == 0 || run > 3)
            return false;
        int value = 0;
        for (std::size_t k = i; k < i + run; ++k)
            value = value * 10 + (w[k] - '0');
        if (value > 255)
            return false;
        i += run;
        if (group < 3) {
            if (i >= w.size() || w[i] != '.')
                return false;
            ++i;
        }
    }
    if (i < w.size() && (w[i] == ':' || w[i] == '/') && digitRun(w, i + 1) > 0)
        i += 1 + digitRun(w, i + 1);
    return i == w.size();
}

bool isIpv6(Bytes w)
{
    const Bytes address = w.substr(0, w.find('%')); // fe80::1%eth0
    int colons = 0;
    int groupSize = 0;
    bool doubleColon = false;
    bool hexLetter = false;
    for (std::size_t i = 0; i < address.size(); ++i) {
        const char c = address[i];
        if (c == ':') {
            ++colons;
            if (i > 0 && address[i - 1] == ':') {
                if (doubleColon)
                    return false;
                doubleColon = true;
            }
            groupSize = 0;
        } else if (isHexDigit(c)) {
            if (++groupSize > 4)
                return false;
            hexLetter = hexLetter || !isAsciiDigit(c);
        } else if (c != '.') { // ::ffff:10.0.0.1
            return false;
        }
    }
    return colons >= 2 && (doubleColon || colons == 7) && (hexLetter || doubleColon);
}

bool hasFileExtension(Bytes w)
{
    const std::size_t dot = w.rfind('.');
    if (dot == Bytes::npos || dot == 0 || dot + 1 >= w.size())
        return false;
    if (w.find_first_not_of('.') >= dot)
        return false; // ".csv" alone names no file
    return isOneOf(w.substr(dot + 1), kFileExtensions);
}

bool isPath(Bytes w)
{
    if (w.size() >= 2 && (w[0] == '/' || (w[0] == '~' && w[1] == '/') || (w[0] == '\\' && w[1] == '\\')))
        return true;
    if (w.starts_with("./") || w.starts_with("../"))
        return true;
    if (w.size() >= 3 && isAsciiLetter(w[0]) && w[1] == ':' && (w[2] == '\\' || w[2] == '/'))
        return true;
    return w.find_first_of("/\\") != Bytes::npos && hasFileExtension(w);
}

bool isHost(Bytes w)
{
    const std::size_t colon = w.rfind(':');
    if (colon != Bytes::npos && colon + 1 < w.size() && digitRun(w, colon + 1) == w.size() - colon - 1)
        w = w.substr(0, colon);
    int labels = 0;
    std::size_t start = 0;
    Bytes last;
    while (start <= w.size()) {
        std::size_t dot = w.find('.', start);
        if (dot == Bytes::npos)
            dot = w.size();
        const Bytes label = w.substr(start, dot - start);
        if (label.empty() || label.front() == '-' || label.back() == '-')
            return false;
        for (const char c : label) {
            if (!isAsciiAlnum(c) && c != '-')
                return false;
        }
        ++labels;
        last = label;
        start = dot + 1;
    }
    return labels >= 2 && isOneOf(last, kHostSuffixes);
}

bool isUuid(Bytes w)
{
    if (w.size() != 36)
        return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? w[i] != '-' : !isHexDigit(w[i]))
            return false;
    }
    return true;
}

// Mongo ObjectIds, hashes, hex request ids: at least 8 hex digits with a digit and a letter.
bool isHexId(Bytes w)
{
    if (w.size() < 8)
        return false;
    bool digit = false;
    bool letter = false;
    for (const char c : w) {
        if (!isHexDigit(c))
            return false;
        (isAsciiDigit(c) ? digit : letter) = true;
    }
    return digit && letter;
}

// UTF-8, E.164, ISO-8601, SHA-256, H.264, v2, s3: a short code of letters and digits that names a
// standard, not a record.
bool isStandardName(Bytes w)
{
    std::size_t letters = 0;
    while (letters < w.size() && isAsciiLetter(w[letters]))
        ++letters;
    if (letters == 0 || letters > 4)
        return false;
    std::size_t i = letters;
    const bool separated = i < w.size() && (w[i] == '-' || w[i] == '.');
    if (separated)
        ++i;
    const std::size_t digits = digitRun(w, i);
    if (digits == 0 || digits > 4 || i + digits != w.size())
        return false;
    const bool upper =
        std::all_of(w.begin(), w.begin() + letters, [](char c) { return c >= 'A' && c <= 'Z'; });
    return separated || upper || letters == 1 || digits <= 3;
}

// A key or token: one run of at least 16 ASCII letters and digits with a digit in it (an API key,
// a signature, base64 credentials). Never kept, not even as a name.
bool isKeyShaped(Bytes w)
{
    std::size_t run = 0;
    bool digit = false;
    bool letter = false;
    for (std::size_t i = 0; i <= w.size(); ++i) {
        if (i < w.size() && isAsciiAlnum(w[i])) {
            ++run;
            (isAsciiDigit(w[i]) ? digit : letter) = true;
            continue;
        }
        if (run >= 16 && digit && letter)
            return true;
        run = 0;
        digit = letter = false;
    }
    return false;
}

// An id: ASCII letters and digits with at least four digits (ORD_99812, user-8812, cust8812), or a key.
bool isIdOrKey(Bytes w)
{
    std::size_t letters = 0;
    std::size_t digits = 0;
    // '=' only as base64's padding at the end, so "key=abc1234" is a name and an id.
    const std::size_t padding = w.size() - std::min(w.size(), w.find_last_not_of('=') + 1);
    for (const char c : w.substr(0, w.size() - padding)) {
        if (isAsciiDigit(c))
            ++digits;
        else if (isAsciiLetter(c))
            ++letters;
        else if (c != '_' && c != '-' && c != '+' && c != '/')
            return false;
    }
    if (letters == 0 || digits == 0 || isStandardName(w))
        return false;
    return digits >= 4 || isKeyShaped(w);
}

bool isEmail(Bytes w)
{
    const std::size_t at = w.find('@');
    if (at == Bytes::npos || at == 0 || at + 1 >= w.size() || w.find('@', at + 1) != Bytes::npos)
        return false;
    if (w[0] == '.' || w[at + 1] == '.' || w.back() == '.' || w.back() == '-')
        return false;
    for (std::size_t i = at + 1; i < w.size(); ++i) {
        const char c = w[i];
        if (!(isAsciiAlnum(c) || c == '.' || c == '-' || uchar(c) >= 0x80))
            return false;
    }
    return true;
}

// Contains what only a URL holds, so a quoted or named stretch is never kept when it does.
bool containsUrl(Bytes w)
{
    return w.find("://") != Bytes::npos;
}

constexpr std::array<quint32, 128> innerBits()
{
    constexpr std::string_view kInner = "_-.:/\\@#%+=~&*$^!?";
    std::array<quint32, 128> table{};
    for (std::size_t i = 0; i < kInner.size(); ++i)
        table[uchar(kInner[i])] = quint32(1) << i;
    return table;
}
constexpr std::array<quint32, 128> kInnerBits = innerBits();

// The keyword lists as one small hash table: most words of a message are looked up in it.
class KeywordTable
{
public:
    KeywordTable()
    {
        for (const Bytes word : kNameWords)
            insert(word, 1);
        for (const Bytes word : kValueWords)
            insert(word, 2);
    }

    // 1 for a name keyword, 2 for a value keyword, 0 for neither; ASCII letters in any case.
    int find(Bytes word) const
    {
        if (word.size() > kLongest)
            return 0;
        std::array<char, kLongest> folded;
        for (std::size_t i = 0; i < word.size(); ++i)
            folded[i] = lower(word[i]);
        const Bytes key(folded.data(), word.size());
        for (std::size_t slot = hash(key);; slot = (slot + 1) % kSlots) {
            if (m_slots[slot].kind == 0)
                return 0;
            if (m_slots[slot].word == key)
                return m_slots[slot].kind;
        }
    }

private:
    static constexpr std::size_t kSlots = 256;
    static constexpr std::size_t kLongest = 32;
    struct Slot
    {
        Bytes word;
        int kind = 0;
    };

    static std::size_t hash(Bytes word)
    {
        std::size_t h = 2166136261u; // FNV-1a
        for (const char c : word)
            h = (h ^ uchar(c)) * 16777619u;
        return h % kSlots;
    }

    void insert(Bytes word, int kind)
    {
        std::size_t slot = hash(word);
        while (m_slots[slot].kind != 0 && m_slots[slot].word != word)
            slot = (slot + 1) % kSlots;
        if (m_slots[slot].kind == 0)
            m_slots[slot] = {word, kind};
    }

    std::array<Slot, kSlots> m_slots{};
};

const KeywordTable &keywordTable()
{
    static const KeywordTable table;
    return table;
}

// What a word holds, gathered while it is read, so most words skip most rules: a word of letters
// only (most of any message) goes straight to the output.
struct Profile
{
    bool ascii = true;
    bool letters = false;
    bool digits = false;
    quint32 inner = 0; // one bit per Kind::Inner character seen

    static constexpr quint32 bit(char c) { return uchar(c) < 128 ? kInnerBits[uchar(c)] : 0; }
    bool has(char c) const { return (inner & bit(c)) != 0; }
    bool hasAny(quint32 bits) const { return (inner & bits) != 0; }
};

constexpr quint32 kPathBits = Profile::bit('/') | Profile::bit('\\') | Profile::bit('~');
constexpr quint32 kPartBits = Profile::bit(':') | Profile::bit('=') | Profile::bit('/') | Profile::bit('\\') |
                              Profile::bit('&') | Profile::bit('?');

constexpr bool isSentenceEnd(char c)
{
    return c == '.' || c == ':' || c == '!' || c == '?';
}

// A cheap first look before the keyword lists are searched: the lengths and first bytes they have.
struct KeywordFilter
{
    quint64 lengths = 0;
    std::array<bool, 256> firsts{};
};

template <std::size_t N, std::size_t M>
constexpr KeywordFilter keywordFilter(const std::array<std::string_view, N> &a,
                                      const std::array<std::string_view, M> &b)
{
    KeywordFilter filter;
    for (const std::string_view word : a) {
        filter.lengths |= quint64(1) << word.size();
        filter.firsts[uchar(word.front())] = true;
    }
    for (const std::string_view word : b) {
        filter.lengths |= quint64(1) << word.size();
        filter.firsts[uchar(word.front())] = true;
    }
    return filter;
}
constexpr KeywordFilter kKeywordFilter = keywordFilter(kNameWords, kValueWords);

} // namespace

// The pass itself, over one message.
class MaskScanner final
{
public:
    MaskScanner(CauseMask &mask, Bytes input) : m_mask(mask), m_out(mask.m_out), m_in(input) {}

    // False when the output grew past kMaxScanBytes before the message ended.
    bool run()
    {
        while (m_p < m_in.size()) {
            if (qsizetype(m_out.size()) >= kMaxScanBytes)
                return false;
            if (const CauseMask::Range *range = fileRangeAt(m_p)) {
                placeholder(kFile);
                m_p = range->end;
                m_prev = 'a';
                continue;
            }
            const char byte = m_in[m_p];
            const CodePoint cp = uchar(byte) < 0x80 ? CodePoint{char32_t(uchar(byte)), 1}
                                                    : decode(m_in.data() + m_p, qsizetype(m_in.size() - m_p));
            switch (kindOf(cp.c)) {
            case Kind::LineBreak:
                m_lineBreak = true;
                [[fallthrough]];
            case Kind::Space:
                m_space = true;
                m_prev = ' ';
                m_p += cp.size;
                break;
            case Kind::Dropped:
                m_p += cp.size;
                break;
            case Kind::Quote:
            case Kind::Apostrophe:
                if (canOpenQuote() && quoted(cp))
                    break;
                raw(m_p, cp.size);
                m_prev = cp.c;
                m_p += cp.size;
                break;
            case Kind::Breaker:
                raw(m_p, cp.size);
                m_prev = cp.c;
                m_p += cp.size;
                break;
            case Kind::Letter:
            case Kind::Digit:
            case Kind::Inner:
                word();
                break;
            }
        }
        return true;
    }

private:
    enum class Expect : quint8 { Nothing, Name, Value, Secret };

    Bytes bytes(std::size_t begin, std::size_t end) const { return m_in.substr(begin, end - begin); }

    const CauseMask::Range *fileRangeAt(std::size_t at)
    {
        auto &ranges = m_mask.m_fileRanges;
        while (m_range < ranges.size() && std::size_t(ranges[m_range].begin) < at)
            ++m_range;
        return m_range < ranges.size() && std::size_t(ranges[m_range].begin) == at ? &ranges[m_range]
                                                                                   : nullptr;
    }

    bool startsFileRange(std::size_t at) const
    {
        const auto &ranges = m_mask.m_fileRanges;
        for (std::size_t i = m_range; i < ranges.size() && std::size_t(ranges[i].begin) <= at; ++i) {
            if (std::size_t(ranges[i].begin) == at)
                return true;
        }
        return false;
    }

    bool prevIsWordChar() const
    {
        const Kind kind = kindOf(m_prev);
        return kind == Kind::Letter || kind == Kind::Digit;
    }

    bool canOpenQuote() const { return !prevIsWordChar(); }

    // --- output ---

    void flushSpace()
    {
        if (m_space && !m_out.empty()) {
            const char last = m_out.back();
            m_out.push_back(' ');
            if (m_lineBreak || last == '.' || last == ';' || last == ':')
                m_mask.m_clauseStarts.push_back(qsizetype(m_out.size()));
        }
        m_space = m_lineBreak = false;
    }

    void raw(std::size_t begin, std::size_t size)
    {
        flushSpace();
        const Bytes text = m_in.substr(begin, size);
        m_out.append(text);
        if (text != ":" && text != "=")
            m_expect = Expect::Nothing;
    }

    void rawText(Bytes text)
    {
        flushSpace();
        m_out.append(text);
        if (text != ":" && text != "=")
            m_expect = Expect::Nothing;
    }

    // Emits a placeholder, unless it continues a list or range of the same ("<n>, <n>" is "<n>").
    void placeholder(Bytes holder)
    {
        m_expect = Expect::Nothing;
        const Bytes out(m_out);
        // Only after a placeholder and what may join lists ('>' ',' '-' '/' 'd' 'r' or an en dash).
        const char tail = out.empty() ? '\0' : out.back();
        const bool mayJoin = tail == '>' || tail == ',' || tail == '-' || tail == '/' || tail == 'd' ||
                             tail == 'r' || tail == '\x93';
        for (const Bytes separator : kListSeparators) {
            if (!mayJoin)
                break;
            const bool spaceAtEnd = separator.ends_with(' ');
            if (spaceAtEnd != (m_space && !m_out.empty()))
                continue;
            const Bytes before = spaceAtEnd ? separator.substr(0, separator.size() - 1) : separator;
            if (out.size() >= holder.size() + before.size() && out.ends_with(before) &&
                out.substr(out.size() - before.size() - holder.size(), holder.size()) == holder) {
                m_out.resize(out.size() - before.size());
                auto &starts = m_mask.m_clauseStarts;
                while (!starts.empty() && std::size_t(starts.back()) > m_out.size())
                    starts.pop_back();
                m_space = m_lineBreak = false;
                return;
            }
        }
        if (holder == kFile && !m_space && out.ends_with(kUrl))
            return; // s3://bucket/<file> is one URL
        flushSpace();
        m_out.append(holder);
    }

    // --- URLs ---

    bool url()
    {
        if (prevIsWordChar() || !isAsciiLetter(m_in[m_p]))
            return false;
        std::size_t q = m_p;
        while (q < m_in.size() && q - m_p <= 16 &&
               (isAsciiAlnum(m_in[q]) || m_in[q] == '+' || m_in[q] == '.' || m_in[q] == '-'))
            ++q;
        const bool scheme = m_in.substr(q).starts_with("://") && q > m_p;
        const bool www =
            equalsFolded(m_in.substr(m_p, 4), "www.") && m_p + 4 < m_in.size() && isAsciiAlnum(m_in[m_p + 4]);
        if (!scheme && !www)
            return false;
        q = m_p;
        while (q < m_in.size() && !startsFileRange(q)) {
            const CodePoint cp = decode(m_in.data() + q, qsizetype(m_in.size() - q));
            const Kind kind = kindOf(cp.c);
            if (kind == Kind::Space || kind == Kind::LineBreak || kind == Kind::Quote ||
                kind == Kind::Apostrophe || cp.c == '<' || cp.c == '>')
                break;
            q += cp.size;
        }
        // Trailing punctuation ends the sentence, not the URL; so does a bracket the URL did not open.
        while (q > m_p) {
            const char c = m_in[q - 1];
            const Bytes text = bytes(m_p, q - 1);
            if (isSentenceEnd(c) || c == ',' || c == ';' ||
                (c == ')' &&
                 std::count(text.begin(), text.end(), '(') < std::count(text.begin(), text.end(), ')') + 1) ||
                (c == ']' && text.find('[') == Bytes::npos))
                --q;
            else
                break;
        }
        placeholder(kUrl);
        m_p = q;
        m_prev = 'a';
        return true;
    }

    // --- quoted stretches ---

    bool quoted(CodePoint opener)
    {
        const auto closers = closersOf(opener.c);
        const std::size_t begin = m_p + opener.size;
        const std::size_t limit = std::min(m_in.size(), begin + kMaxQuotedBytes);
        // Where an earlier quote of this kind found no closer, none is: each byte is searched once
        // (3,000 unclosed quotes cost no more than one).
        std::size_t *known = m_mask.m_fileRanges.empty() ? &noCloserUntil(opener.c) : nullptr;
        std::size_t q = known ? std::max(begin, *known) : begin;
        CodePoint closer{kInvalid, 0};
        while (q < limit) {
            if (const CauseMask::Range *range = nextRangeFrom(q); range && std::size_t(range->begin) == q) {
                q = range->end;
                continue;
            }
            const CodePoint cp = decode(m_in.data() + q, qsizetype(m_in.size() - q));
            if (cp.c == closers[0] || cp.c == closers[1]) {
                // An apostrophe followed by a letter is inside a word (don't), not the end.
                const bool apostrophe = cp.c == '\'' || cp.c == 0x2019;
                const std::size_t after = q + cp.size;
                const bool glued = after < m_in.size() && [&] {
                    const Kind next = kindOf(decode(m_in.data() + after, qsizetype(m_in.size() - after)).c);
                    return next == Kind::Letter || next == Kind::Digit;
                }();
                if (!(apostrophe && glued)) {
                    closer = cp;
                    break;
                }
            }
            q += cp.size;
        }
        if (closer.size == 0) {
            if (known)
                *known = std::max(*known, limit);
            return false;
        }

        const Bytes content = bytes(begin, q);
        const CauseMask::Range *range = nextRangeFrom(begin);
        if (range && std::size_t(range->begin) == begin && std::size_t(range->end) == q) {
            placeholder(kFile);
        } else if (keepsAsName(content)) {
            flushSpace();
            m_out.append(bytes(m_p, begin));
            appendNormalised(content);
            m_out.append(bytes(q, q + closer.size));
            m_expect = Expect::Nothing;
        } else {
            placeholder(kValue);
        }
        m_p = q + closer.size;
        m_prev = closer.c;
        return true;
    }

    std::size_t &noCloserUntil(char32_t opener)
    {
        for (auto &entry : m_noCloser) {
            if (entry.first == opener)
                return entry.second;
        }
        auto &entry = m_noCloser[m_noCloserNext++ % m_noCloser.size()];
        entry = {opener, 0};
        return entry.second;
    }

    const CauseMask::Range *nextRangeFrom(std::size_t at) const
    {
        const auto &ranges = m_mask.m_fileRanges;
        for (std::size_t i = m_range; i < ranges.size(); ++i) {
            if (std::size_t(ranges[i].begin) >= at)
                return &ranges[i];
        }
        return nullptr;
    }

    bool keepsAsName(Bytes content) const
    {
        if (content.empty() || qsizetype(content.size()) > kMaxNameBytes || containsUrl(content) ||
            isKeyShaped(content))
            return false;
        if (m_expect == Expect::Name)
            return true;
        if (m_expect == Expect::Value || m_expect == Expect::Secret || isIdOrKey(content))
            return false;
        // Shaped like a name: a letter, then letters, digits, '_' or '-', and no run of three digits
        // (first_name, ID, Straße, address_line2; not a@b, 31/02/2024, @handle or u_12345).
        std::size_t i = 0;
        int digitsInRow = 0;
        while (i < content.size()) {
            const CodePoint cp = decode(content.data() + i, qsizetype(content.size() - i));
            const Kind kind = kindOf(cp.c);
            if (i == 0 && kind != Kind::Letter)
                return false;
            if (kind == Kind::Digit) {
                if (++digitsInRow >= 3)
                    return false;
            } else if (kind == Kind::Letter || cp.c == '_' || cp.c == '-') {
                digitsInRow = 0;
            } else {
                return false;
            }
            i += cp.size;
        }
        return true;
    }

    void appendNormalised(Bytes text)
    {
        bool space = false;
        for (std::size_t i = 0; i < text.size();) {
            const CodePoint cp = decode(text.data() + i, qsizetype(text.size() - i));
            const Kind kind = kindOf(cp.c);
            if (kind == Kind::Space || kind == Kind::LineBreak) {
                space = true;
            } else if (kind != Kind::Dropped) {
                if (space)
                    m_out.push_back(' ');
                space = false;
                m_out.append(text.substr(i, cp.size));
            }
            i += cp.size;
        }
    }

    // --- words ---

    void word()
    {
        const std::size_t begin = m_p;
        std::size_t end = m_p;
        Profile profile;
        Kind last = Kind::Breaker;
        while (end < m_in.size()) {
            if (end > begin && startsFileRange(end))
                break;
            const char c = m_in[end];
            if (uchar(c) < 0x80) { // the common case, without decoding
                const Kind kind = kAsciiKinds[uchar(c)];
                if (kind == Kind::Letter) {
                    profile.letters = true;
                } else if (kind == Kind::Digit) {
                    profile.digits = true;
                } else if (kind == Kind::Inner) {
                    profile.inner |= Profile::bit(c);
                } else if (!((c == '\'' && last == Kind::Letter && nextKind(end + 1) == Kind::Letter) ||
                             (c == ',' && last == Kind::Digit && nextKind(end + 1) == Kind::Digit))) {
                    break; // don't, 1,204: inside the word; anything else ends it
                }
                last = kind;
                ++end;
                continue;
            }
            const CodePoint cp = decode(m_in.data() + end, qsizetype(m_in.size() - end));
            const Kind kind = kindOf(cp.c);
            if (kind == Kind::Letter)
                profile.letters = true;
            else if (kind == Kind::Digit)
                profile.digits = true;
            else if (!(kind == Kind::Apostrophe && last == Kind::Letter &&
                       nextKind(end + cp.size) == Kind::Letter))
                break; // l’heure
            profile.ascii = false;
            last = kind;
            end += cp.size;
        }
        // A URL runs on past what ends a word (brackets, commas, quotes' neighbours): taken whole.
        if ((profile.has(':') || (profile.has('.') && lower(m_in[begin]) == 'w')) && url())
            return;
        // Sentence punctuation after a word is not part of it.
        std::size_t core = end;
        while (core > begin && isSentenceEnd(m_in[core - 1]))
            --core;
        const Bytes w = bytes(begin, core);
        if (core > begin) {
            if (m_expect == Expect::Name)
                name(w);
            else if (m_expect == Expect::Secret)
                secret(w);
            else
                classify(w, profile, core == end);
        }
        if (core < end) {
            rawText(bytes(core, end));
            if (m_in[core] == ':' && isOneOf(w, kSecretWords))
                m_expect = Expect::Secret;
        }
        m_prev = decodeLast(bytes(begin, end));
        if (m_p < end)
            m_p = end;
    }

    Kind nextKind(std::size_t at) const
    {
        return at < m_in.size() ? kindOf(decode(m_in.data() + at, qsizetype(m_in.size() - at)).c)
                                : Kind::Space;
    }

    static char32_t decodeLast(Bytes w)
    {
        std::size_t i = w.size();
        while (i > 0 && isContinuation(w[i - 1]))
            --i;
        if (i > 0)
            --i;
        return decode(w.data() + i, qsizetype(w.size() - i)).c;
    }

    // The word after "column", "attribute", "field"… names what the user must fix: kept as written.
    void name(Bytes w)
    {
        if (containsUrl(w) || isKeyShaped(w))
            placeholder(kId);
        else if (isEmail(w))
            placeholder(kEmail);
        else
            rawText(w);
        m_expect = Expect::Nothing;
    }

    // The word after "password:" or "token:" is a secret, whatever it looks like.
    void secret(Bytes w)
    {
        if (isOneOf(w, kAuthSchemes)) {
            rawText(w);
            m_expect = Expect::Secret;
            return;
        }
        placeholder(kValue);
    }

    void classify(Bytes w, const Profile &profile, bool mayTakeUnit)
    {
        if (profile.inner == 0 && !profile.digits)
            return plain(w, profile); // a word: never masked
        const bool ascii = profile.ascii;
        if (ascii && profile.inner == 0 && !profile.letters && number(w, mayTakeUnit))
            return; // digits only
        if (profile.has('@') && isEmail(w))
            return placeholder(kEmail);
        if (ascii && profile.digits && profile.inner != 0 && isDateOrTime(w))
            return placeholder(kTime);
        if (ascii && ((profile.digits && profile.has('.') && isIpv4(w)) || (profile.has(':') && isIpv6(w))))
            return placeholder(kHost);
        if ((profile.hasAny(kPathBits) && isPath(w)) || (profile.has('.') && hasFileExtension(w)))
            return placeholder(kFile);
        if (ascii && profile.has('.') && profile.letters && isHost(w))
            return placeholder(kHost);
        if (ascii && profile.digits) {
            if (number(w, mayTakeUnit))
                return;
            if (profile.letters && isGluedSize(w))
                return placeholder(kSize);
            if (profile.letters && (isUuid(w) || isHexId(w) || isIdOrKey(w)))
                return placeholder(kId);
            if (profile.letters && isStandardName(w))
                return rawText(w);
        }
        if (profile.hasAny(kPartBits))
            return parts(w);
        plain(w, profile);
    }

    // A number; "12 MB" (the unit as the next word) is a size.
    bool number(Bytes w, bool mayTakeUnit)
    {
        std::size_t sign = 0;
        bool percent = false;
        if (!splitNumber(w, sign, percent))
            return false;
        if (sign)
            rawText(w.substr(0, sign));
        if (!percent && mayTakeUnit) {
            const std::size_t end = std::size_t(m_p) + (w.data() - (m_in.data() + m_p)) + w.size();
            if (end + 1 < m_in.size() && m_in[end] == ' ') {
                std::size_t unitEnd = end + 1;
                while (unitEnd < m_in.size() && isAsciiLetter(m_in[unitEnd]))
                    ++unitEnd;
                const bool endsThere = unitEnd == m_in.size() || !isAsciiAlnum(m_in[unitEnd]);
                if (endsThere && isSizeUnit(bytes(end + 1, unitEnd))) {
                    placeholder(kSize);
                    m_p = unitEnd; // word() continues after the unit
                    return true;
                }
            }
        }
        placeholder(kNumber);
        if (percent)
            rawText("%");
        return true;
    }

    // key=abc123…, id:5f3e…, Row:17: each side of ':', '=', '/', '\', '&' or '?' on its own.
    void parts(Bytes w)
    {
        std::size_t start = 0;
        bool secretNext = false;
        while (start <= w.size()) {
            const std::size_t cut = std::min(w.find_first_of(":=/\\&?", start), w.size());
            const Bytes part = w.substr(start, cut - start);
            if (!part.empty()) {
                const bool ascii =
                    std::all_of(part.begin(), part.end(), [](char c) { return uchar(c) < 0x80; });
                if (secretNext)
                    placeholder(kValue);
                else if (m_expect == Expect::Name)
                    name(part);
                else if (isEmail(part))
                    placeholder(kEmail);
                else if (ascii && (isIpv4(part) || isHost(part)))
                    placeholder(kHost);
                else if (ascii && number(part, false))
                    ;
                else if (ascii && isGluedSize(part))
                    placeholder(kSize);
                else if (ascii && (isUuid(part) || isHexId(part) || isIdOrKey(part)))
                    placeholder(kId);
                else if (ascii && isStandardName(part))
                    rawText(part);
                else
                    plain(part, profileOf(part));
            }
            secretNext = cut < w.size() && (w[cut] == '=' || w[cut] == ':') && isOneOf(part, kSecretWords);
            if (cut < w.size())
                rawText(w.substr(cut, 1));
            start = cut + 1;
        }
        if (secretNext)
            m_expect = Expect::Secret; // "password:" at the end of the word: the next word
    }

    // A word as written, but a number in it that no ASCII letter touches is <n> ("第17行", "row-17",
    // "#42"; not "A1" or "3rd"). Words themselves are never masked.
    void plain(Bytes w, const Profile &profile)
    {
        flushSpace();
        bool masked = false;
        if (!profile.digits) {
            m_out.append(w);
        } else {
            Kind before = Kind::Breaker;
            char32_t beforeChar = 0;
            for (std::size_t i = 0; i < w.size();) {
                const CodePoint cp = decode(w.data() + i, qsizetype(w.size() - i));
                if (kindOf(cp.c) != Kind::Digit) {
                    m_out.append(w.substr(i, cp.size));
                    before = kindOf(cp.c);
                    beforeChar = cp.c;
                    i += cp.size;
                    continue;
                }
                std::size_t j = i;
                while (j < w.size()) {
                    const CodePoint d = decode(w.data() + j, qsizetype(w.size() - j));
                    if (kindOf(d.c) != Kind::Digit)
                        break;
                    j += d.size;
                }
                const bool letterBefore = before == Kind::Letter && beforeChar < 0x80;
                const bool letterAfter = j < w.size() && isAsciiLetter(w[j]);
                if (letterBefore || letterAfter) {
                    m_out.append(w.substr(i, j - i));
                } else {
                    placeholder(kNumber);
                    masked = true;
                }
                before = Kind::Digit;
                beforeChar = '0';
                i = j;
            }
        }
        m_expect = masked ? Expect::Nothing : keywordOf(w, profile.ascii);
    }

    // "column", "attribute", "value"…: what the next quoted stretch or word is.
    static Expect keywordOf(Bytes w, bool ascii)
    {
        if (w.size() < 64 && ((kKeywordFilter.lengths >> w.size()) & 1) &&
            kKeywordFilter.firsts[uchar(lower(w[0]))]) {
            switch (keywordTable().find(w)) {
            case 1:
                return Expect::Name;
            case 2:
                return Expect::Value;
            default:
                break;
            }
        }
        if (!ascii && uchar(w.back()) >= 0x80) {
            if (endsWithOneOf(w, kNameWords))
                return Expect::Name;
            if (endsWithOneOf(w, kValueWords))
                return Expect::Value;
        }
        return Expect::Nothing;
    }

    static Profile profileOf(Bytes w)
    {
        Profile profile;
        for (std::size_t i = 0; i < w.size();) {
            const CodePoint cp = decode(w.data() + i, qsizetype(w.size() - i));
            const Kind kind = kindOf(cp.c);
            profile.ascii = profile.ascii && cp.c < 0x80;
            profile.letters = profile.letters || kind == Kind::Letter;
            profile.digits = profile.digits || kind == Kind::Digit;
            if (kind == Kind::Inner)
                profile.inner |= Profile::bit(char(cp.c));
            i += cp.size;
        }
        return profile;
    }

    CauseMask &m_mask;
    std::string &m_out;
    Bytes m_in;
    std::size_t m_p = 0;
    std::size_t m_range = 0;  // the first file range not yet passed
    char32_t m_prev = ' ';    // the last input character kept, for where words and quotes may start
    bool m_space = false;     // whitespace since the last output
    bool m_lineBreak = false; // and a line break in it
    Expect m_expect = Expect::Nothing;
    std::array<std::pair<char32_t, std::size_t>, 4> m_noCloser{}; // opener, and no closer before this
    std::size_t m_noCloserNext = 0;
};

void CauseMask::findFileName(QByteArrayView input, QByteArrayView fileName)
{
    m_fileRanges.clear();
    m_cutRanges.clear();
    const qsizetype size = input.size();
    const qsizetype length = fileName.size();
    if (length < 3 || size < std::min(length, kMinFileNamePrefix))
        return;
    const char *in = input.data();
    const char *name = fileName.data();
    const auto boundaryBefore = [&](qsizetype at) { return at == 0 || !isAsciiAlnum(in[at - 1]); };
    // A whole name ends where a letter or digit does not follow; a cut one where the text ends, a space
    // or a closing bracket or quote follows ("crm_users_2024" is not the cut form of "crm_users_2024.csv"
    // in "crm_users_2024.csv.gz").
    const auto endsWhole = [&](qsizetype end) { return end >= size || !isAsciiAlnum(in[end]); };
    const auto endsCut = [&](qsizetype end) {
        if (end >= size || uchar(in[end]) >= 0x80)
            return true;
        switch (in[end]) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
        case ')':
        case ']':
        case '}':
        case '"':
        case '\'':
        case '>':
            return true;
        default:
            return false;
        }
    };
    // One pass over the message: at each place its first byte occurs, how much of the name follows.
    for (qsizetype at = 0; at + 3 <= size;) {
        const void *found = std::memchr(in + at, name[0], std::size_t(size - at));
        if (!found)
            break;
        at = static_cast<const char *>(found) - in;
        qsizetype common = 0;
        if (boundaryBefore(at)) {
            while (common < length && at + common < size && in[at + common] == name[common])
                ++common;
        }
        if (common == length && endsWhole(at + length)) {
            m_fileRanges.push_back({at, at + length});
            at += length;
            continue;
        }
        // Servers cut long names: the longest leading part of the name, ending on a whole character.
        while (common > kMinFileNamePrefix && common < length && isContinuation(name[common]))
            --common;
        if (common >= kMinFileNamePrefix && common < length && endsCut(at + common))
            m_cutRanges.push_back({at, at + common});
        ++at;
    }
    if (!m_fileRanges.empty() || m_cutRanges.empty())
        return;
    qsizetype longest = 0;
    for (const Range &cut : m_cutRanges)
        longest = std::max(longest, cut.end - cut.begin);
    for (const Range &cut : m_cutRanges) {
        if (cut.end - cut.begin == longest && (m_fileRanges.empty() || cut.begin >= m_fileRanges.back().end))
            m_fileRanges.push_back(cut);
    }
}

void CauseMask::collapseRepeatedClauses(bool cut)
{
    if (m_clauseStarts.empty())
        return;
    m_clauses.clear();
    qsizetype begin = 0;
    const auto add = [&](qsizetype end) {
        qsizetype trimmed = end;
        while (trimmed > begin && m_out[std::size_t(trimmed - 1)] == ' ')
            --trimmed;
        if (trimmed > begin)
            m_clauses.push_back({begin, trimmed});
        begin = end;
    };
    for (const qsizetype start : m_clauseStarts)
        add(start);
    add(qsizetype(m_out.size()));

    // Folds each repeat as it appears: A B A B A B leaves A B.
    const auto text = [this](const Clause &c) {
        return Bytes(m_out).substr(std::size_t(c.begin), std::size_t(c.end - c.begin));
    };
    // The last repeat often lacks the separator the others end with.
    const auto withoutEnd = [](Bytes clause) {
        while (!clause.empty() && std::string_view(";,.:").find(clause.back()) != std::string_view::npos)
            clause.remove_suffix(1);
        return clause;
    };
    std::vector<Clause> kept;
    kept.reserve(m_clauses.size());
    bool folded = false;
    for (const Clause &clause : m_clauses) {
        kept.push_back(clause);
        for (std::size_t cycle = 1; cycle <= std::size_t(kMaxClauseCycle); ++cycle) {
            if (kept.size() < 2 * cycle)
                break;
            const std::size_t first = kept.size() - 2 * cycle;
            bool same = true;
            for (std::size_t k = 0; k < cycle && same; ++k)
                same = withoutEnd(text(kept[first + k])) == withoutEnd(text(kept[first + cycle + k]));
            if (same) {
                kept.resize(kept.size() - cycle);
                folded = true;
                break;
            }
        }
    }
    // A message read only in part ends somewhere inside a repeat: that part of a repeat goes too.
    for (bool dropped = cut; dropped;) {
        dropped = false;
        for (std::size_t cycle = 1; cycle <= std::size_t(kMaxClauseCycle) && !dropped; ++cycle) {
            if (kept.size() > cycle &&
                withoutEnd(text(kept.back())) == withoutEnd(text(kept[kept.size() - 1 - cycle]))) {
                kept.pop_back();
                dropped = folded = true;
            }
        }
    }
    if (!folded)
        return;
    m_scratch.clear();
    for (const Clause &clause : kept) {
        if (!m_scratch.empty())
            m_scratch.push_back(' ');
        m_scratch.append(text(clause));
    }
    m_out.swap(m_scratch);
}

void CauseMask::cutToLength()
{
    if (qsizetype(m_out.size()) <= kMaxPatternChars)
        return; // no more characters than bytes
    qsizetype chars = 0;
    std::size_t cut = 0;
    for (; cut < m_out.size(); ++cut) {
        if (!isContinuation(m_out[cut]) && ++chars > kMaxPatternChars - 1)
            break;
    }
    if (cut >= m_out.size())
        return;
    // At a space if one is near, and never inside a placeholder.
    const std::size_t space = m_out.rfind(' ', cut);
    if (space != std::string::npos && cut - space <= 24)
        cut = space;
    const std::size_t open = m_out.rfind('<', cut);
    if (open != std::string::npos && cut - open < 8 && m_out.find('>', open) >= cut)
        cut = open;
    m_out.resize(cut);
    while (!m_out.empty() && m_out.back() == ' ')
        m_out.pop_back();
    m_out.append(kEllipsis);
}

QByteArrayView CauseMask::mask(QByteArrayView message, QByteArrayView fileName)
{
    qsizetype size = std::min(message.size(), kMaxInputBytes);
    while (size > 0 && size < message.size() && isContinuation(message[size]))
        --size; // never half a character
    const QByteArrayView input = message.first(size);
    m_out.clear();
    m_clauseStarts.clear();
    findFileName(input, fileName);
    MaskScanner scanner(*this, Bytes(input.data(), std::size_t(input.size())));
    const bool whole = scanner.run();
    if (!whole && !m_clauseStarts.empty()) {
        // Stopped early: the last clause may be cut anywhere, so it goes (repeats fold without it).
        m_out.resize(std::size_t(m_clauseStarts.back()));
        m_clauseStarts.pop_back();
        while (!m_out.empty() && m_out.back() == ' ')
            m_out.pop_back();
    }
    collapseRepeatedClauses(!whole);
    cutToLength();
    return QByteArrayView(m_out.data(), qsizetype(m_out.size()));
}

QString CauseMask::pattern(const QString &message, const QString &fileName)
{
    CauseMask mask;
    return QString::fromUtf8(mask.mask(message.toUtf8(), fileName.toUtf8()));
}
