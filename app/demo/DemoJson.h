#pragma once
// A tiny streaming JSON writer for the demo server. QJsonObject sorts its keys and cannot keep the
// API's quirks readable, so the server writes its answers itself, key by key, in the order the
// contract's samples use, in the style of the real (Python) service: ", " and ": " separators and
// non-ASCII text escaped as \uXXXX (surrogate pairs beyond the BMP), which a client must decode.

#include <QByteArray>
#include <QList>
#include <QStringView>

class DemoJsonWriter final
{
public:
    DemoJsonWriter &beginObject();
    DemoJsonWriter &endObject();
    DemoJsonWriter &beginArray();
    DemoJsonWriter &endArray();

    // The next value belongs to this key; only valid inside an object.
    DemoJsonWriter &key(QStringView name);

    DemoJsonWriter &value(QStringView text);
    DemoJsonWriter &value(const char *utf8Text) { return value(QString::fromUtf8(utf8Text)); }
    DemoJsonWriter &value(qint64 number);
    DemoJsonWriter &value(int number) { return value(qint64(number)); }
    // Not an overload of value(): a string literal would silently convert to bool.
    DemoJsonWriter &boolean(bool flag);
    DemoJsonWriter &null();

    // Shorthands for key(name).value(...).
    template <typename T> DemoJsonWriter &field(QStringView name, const T &v) { return key(name).value(v); }
    DemoJsonWriter &nullField(QStringView name) { return key(name).null(); }

    QByteArray take();

    static QByteArray quoted(QStringView text);

private:
    void separate();

    QByteArray m_out;
    // One entry per open container: whether it already holds an element.
    QList<bool> m_hasElement;
    bool m_afterKey = false;
};
