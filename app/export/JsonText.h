#pragma once
// The one rule for a JSON string, shared by the file-run export and the triage causes' export
// (docs/ARCHITECTURE.md, "One home for each thing"): '"' and '\' escaped, control characters as \n,
// \r, \t or \u00XX, U+2028 and U+2029 as \u2028 and \u2029 (legal JSON, but they end a line in
// JavaScript), and bidirectional controls as \u202e and the like. Works on UTF-8 bytes, for ExportWriter's
// speed.

#include "SpreadsheetCell.h"

#include <QByteArrayView>

#include <array>

namespace JsonText {

// Per byte: 1 must be escaped, 2 may start U+2028/U+2029 (E2), 0 is plain.
constexpr std::array<quint8, 256> specialBytes()
{
    std::array<quint8, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = 1;
    table['"'] = 1;
    table['\\'] = 1;
    table[0xE2] = 2;
    table[0xD8] = 2; // U+061C, the Arabic letter mark
    return table;
}
inline constexpr std::array<quint8, 256> kSpecialBytes = specialBytes();

// Writes `text` as a quoted JSON string through put(const char *, qsizetype).
template <typename Put> void writeString(QByteArrayView text, Put &&put)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    put("\"", 1);
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const quint8 kind = kSpecialBytes[p[i]];
        if (kind == 0)
            continue;
        if (kind == 2) {
            const char32_t escaped = SpreadsheetCell::escapedCodePoint(p, i, size);
            if (escaped == 0)
                continue;
            put(text.data() + start, i - start);
            const char unicode[] = {'\\',
                                    'u',
                                    kHex[(escaped >> 12) & 0xF],
                                    kHex[(escaped >> 8) & 0xF],
                                    kHex[(escaped >> 4) & 0xF],
                                    kHex[escaped & 0xF]};
            put(unicode, qsizetype(sizeof unicode));
            i += p[i] == 0xD8 ? 1 : 2;
            start = i + 1;
            continue;
        }
        put(text.data() + start, i - start);
        start = i + 1;
        switch (p[i]) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[p[i] >> 4], kHex[p[i] & 0xF]};
            put(escaped, qsizetype(sizeof escaped));
        }
        }
    }
    put(text.data() + start, size - start);
    put("\"", 1);
}

} // namespace JsonText
