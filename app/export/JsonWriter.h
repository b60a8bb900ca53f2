#pragma once
// The one writer of JSON documents for the command line (imports, board, triage, check): keys in the
// order they are written (QJsonDocument would sort them), strings by JsonText's rule, integers as
// integers, one object per line inside an array, as the file-run export writes its rows.

#include "JsonText.h"

#include <QByteArray>
#include <QString>

class JsonWriter final
{
public:
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &key(QStringView name)
    {
        separate();
        string(name.toUtf8());
        m_out += ':';
        m_afterKey = true;
        return *this;
    }
    JsonWriter &value(const QString &text) { return value(text.toUtf8()); }
    JsonWriter &value(const QByteArray &utf8)
    {
        separate();
        string(utf8);
        return *this;
    }
    JsonWriter &value(qint64 number)
    {
        separate();
        m_out += QByteArray::number(number);
        return *this;
    }
    JsonWriter &value(double number, int decimals)
    {
        separate();
        m_out += QByteArray::number(number, 'f', decimals); // a dot, whatever the locale
        return *this;
    }
    JsonWriter &value(bool flag)
    {
        separate();
        m_out += flag ? "true" : "false";
        return *this;
    }
    JsonWriter &null()
    {
        separate();
        m_out += "null";
        return *this;
    }
    template <typename T> JsonWriter &field(QStringView name, const T &v) { return key(name).value(v); }
    // The document, ending in a newline.
    QByteArray take() { return std::move(m_out) + '\n'; }

private:
    JsonWriter &open(char bracket)
    {
        separate();
        m_out += bracket;
        m_first = true;
        ++m_depth;
        return *this;
    }
    JsonWriter &close(char bracket)
    {
        --m_depth;
        if (bracket == ']' && !m_first)
            m_out += '\n';
        m_out += bracket;
        m_first = false;
        return *this;
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out += ',';
        // Inside the top-level array, one element a line.
        if (m_depth == 1 && !m_out.isEmpty() && m_out.at(0) == '[')
            m_out += '\n';
        m_first = false;
    }
    void string(const QByteArray &utf8)
    {
        JsonText::writeString(utf8, [this](const char *data, qsizetype size) { m_out.append(data, size); });
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
    int m_depth = 0;
};
