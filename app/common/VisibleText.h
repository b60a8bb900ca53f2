#pragma once
// Text from a server (or from one's own command line) made safe to read: the one rule for
// bidirectional controls and raw control characters where people read text — terminal tables,
// messages on stderr, the window's table, the clipboard (docs/SECURITY.md, "Input"). A right-to-left
// override (U+202E) in a file name would otherwise reorder what the user reads ("exe.txt" shown as
// "txt.exe"); it is shown as "<U+202E>" instead. Exports keep the data as the API sent it, except
// that JSON escapes these characters (\u202e) and Excel-safe CSV shows them like this.

#include <QString>

namespace VisibleText {

// The Unicode bidirectional formatting characters: ALM, LRM, RLM, the embeddings and overrides
// (U+202A..U+202E) and the isolates (U+2066..U+2069).
constexpr bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Bidirectional controls shown as markers; everything else as it is.
inline QString bidiShown(const QString &text)
{
    bool any = false;
    for (const QChar c : text)
        any = any || isBidiControl(c.unicode());
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isBidiControl(c.unicode()))
            out += QStringLiteral("<U+") +
                   QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') + QLatin1Char('>');
        else
            out += c;
    }
    return out;
}

// For a terminal: bidirectional controls as markers, C0 controls but line feed and tab as their
// control pictures (U+2400..), DEL as U+2421, C1 controls (U+0080..U+009F, which some terminals
// obey as escape sequences) as markers.
inline QString forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\t')
            out += QChar(0x2400 + u);
        else if (u == 0x7f)
            out += QChar(0x2421);
        else if ((u >= 0x80 && u <= 0x9f) || isBidiControl(u))
            out += QStringLiteral("<U+") + QString::number(u, 16).toUpper().rightJustified(4, u'0') +
                   QLatin1Char('>');
        else
            out += c;
    }
    return out;
}

} // namespace VisibleText
