#pragma once
// The one rule for a spreadsheet cell, shared by the CSV writer and the clipboard's tab-separated
// text (docs/ARCHITECTURE.md, "One home for each thing"): a cell holding the delimiter, '"', CR,
// LF, U+2028 or U+2029 is wrapped in quotes with inner quotes doubled (RFC 4180), and with the
// formula guard on, a cell starting with = + - @ tab or CR gets a leading ' so Excel and LibreOffice
// show it instead of running it.

#include "common/VisibleText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstring>

namespace SpreadsheetCell {

// The text Excel (and LibreOffice) would evaluate as a formula when it starts a cell.
constexpr bool isFormulaTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
inline bool isLineOrParagraphSeparator(const uchar *p, qsizetype at, qsizetype size)
{
    return at + 2 < size && p[at] == 0xE2 && p[at + 1] == 0x80 && (p[at + 2] == 0xA8 || p[at + 2] == 0xA9);
}

// The code point at p[at] when JSON writes it escaped (and Excel-safe CSV shows it) although it may stand
// raw: U+2028 and U+2029, and the bidirectional controls (VisibleText::isBidiControl), which would reorder
// what a person reads in the file. 0 for any other sequence.
inline char32_t escapedCodePoint(const uchar *p, qsizetype at, qsizetype size)
{
    if (p[at] == 0xD8)
        return at + 1 < size && p[at + 1] == 0x9C ? 0x061C : 0;
    if (at + 2 >= size || (p[at + 1] != 0x80 && p[at + 1] != 0x81))
        return 0;
    const char32_t c = 0x2000 + (char32_t(p[at + 1] & 0x3F) << 6) + (p[at + 2] & 0x3F);
    return c == 0x2028 || c == 0x2029 || VisibleText::isBidiControl(c) ? c : 0;
}

// Per byte: 1 forces quoting, 2 may start U+2028/U+2029 (E2), 0 is plain.
using QuoteTable = std::array<quint8, 256>;
inline QuoteTable quoteTable(char delimiter)
{
    QuoteTable table{};
    table[static_cast<uchar>(delimiter)] = 1;
    table['"'] = 1;
    table['\r'] = 1;
    table['\n'] = 1;
    table[0xE2] = 2;
    return table;
}

inline bool needsQuotes(QByteArrayView text, const QuoteTable &table)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const quint8 kind = table[p[i]];
        if (kind == 1 || (kind == 2 && isLineOrParagraphSeparator(p, i, text.size())))
            return true;
    }
    return false;
}

// Writes the cell through put(const char *, qsizetype): the CSV writer's own fast buffer, or a
// QByteArray for the clipboard.
// Whether the text holds a bidirectional control (VisibleText::isBidiControl).
inline bool containsBidiControl(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (p[i] != 0xE2 && p[i] != 0xD8)
            continue;
        const char32_t c = escapedCodePoint(p, i, text.size());
        if (c != 0 && c != 0x2028 && c != 0x2029)
            return true;
    }
    return false;
}

template <typename Put> void write(QByteArrayView text, const QuoteTable &table, bool excelSafe, Put &&put)
{
    // Excel-safe: a right-to-left override would reorder what the cell shows; it is shown instead.
    if (excelSafe && containsBidiControl(text)) {
        const QByteArray shown = VisibleText::bidiShown(QString::fromUtf8(text)).toUtf8();
        write(QByteArrayView(shown), table, excelSafe, put);
        return;
    }
    const bool quote = needsQuotes(text, table);
    const bool prefix = excelSafe && !text.isEmpty() && isFormulaTrigger(text[0]);
    if (quote)
        put("\"", 1);
    if (prefix)
        put("'", 1);
    if (!quote) {
        put(text.data(), text.size());
        return;
    }
    qsizetype start = 0;
    while (const void *found =
               std::memchr(text.data() + start, '"', static_cast<std::size_t>(text.size() - start))) {
        const qsizetype at = static_cast<const char *>(found) - text.data();
        put(text.data() + start, at - start + 1);
        put("\"", 1);
        start = at + 1;
    }
    put(text.data() + start, text.size() - start);
    put("\"", 1);
}

inline QByteArray cell(QByteArrayView text, char delimiter, bool excelSafe)
{
    QByteArray out;
    write(text, quoteTable(delimiter), excelSafe,
          [&out](const char *data, qsizetype size) { out.append(data, size); });
    return out;
}

} // namespace SpreadsheetCell
