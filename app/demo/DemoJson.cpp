#include "DemoJson.h"

#include <QString>

#include <utility>

namespace {

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\u";
    out += kHex[(unit >> 12) & 0xF];
    out += kHex[(unit >> 8) & 0xF];
    out += kHex[(unit >> 4) & 0xF];
    out += kHex[unit & 0xF];
}

} // namespace

QByteArray DemoJsonWriter::quoted(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const QChar ch : text) {
        const char16_t unit = ch.unicode();
        switch (unit) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            // Everything outside printable ASCII is escaped, UTF-16 unit by unit, so characters
            // beyond the BMP (emoji) become surrogate pairs, as Python's json.dumps writes them.
            if (unit < 0x20 || unit > 0x7E)
                appendEscapedUnit(out, unit);
            else
                out += char(unit);
        }
    }
    out += '"';
    return out;
}

void DemoJsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElement.isEmpty()) {
        if (m_hasElement.last())
            m_out += ", ";
        m_hasElement.last() = true;
    }
}

DemoJsonWriter &DemoJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_hasElement.append(false);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::endObject()
{
    m_out += '}';
    m_hasElement.removeLast();
    return *this;
}

DemoJsonWriter &DemoJsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_hasElement.append(false);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::endArray()
{
    m_out += ']';
    m_hasElement.removeLast();
    return *this;
}

DemoJsonWriter &DemoJsonWriter::key(QStringView name)
{
    separate();
    m_out += quoted(name);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

DemoJsonWriter &DemoJsonWriter::value(QStringView text)
{
    separate();
    m_out += quoted(text);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

DemoJsonWriter &DemoJsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

QByteArray DemoJsonWriter::take()
{
    m_hasElement.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}
