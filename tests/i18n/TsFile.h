#pragma once
// Reads a Qt Linguist .ts file into messages keyed by context, source, comment and plural-ness.

#include <QFile>
#include <QMap>
#include <QXmlStreamReader>

#include <optional>

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // translation type: "" (finished), unfinished, obsolete, vanished
    QStringList translations; // one per plural form, or just one
    QString where;            // file:line, for failure messages

    QString key() const
    {
        return context + QChar(0x1f) + source + QChar(0x1f) + comment + (numerus ? u"#n" : u"");
    }
};

struct TsFile
{
    QString language;
    QMap<QString, TsMessage> messages; // by key()
    QStringList duplicates;

    // The finished translation of SOURCE in CONTEXT, or "" when there is none.
    QString translation(const QString &context, const QString &source) const
    {
        TsMessage probe;
        probe.context = context;
        probe.source = source;
        const TsMessage m = messages.value(probe.key());
        return m.type.isEmpty() && m.translations.size() == 1 ? m.translations.first() : QString();
    }
};

inline std::optional<TsFile> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    QString location;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                location.clear();
            } else if (name == u"location") {
                if (location.isEmpty() && xml.attributes().hasAttribute(QLatin1String("filename")))
                    location = xml.attributes().value(QLatin1String("filename")).toString() +
                               QLatin1Char(':') + xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations = {xml.readElementText()};
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            message.where = location;
            if (ts.messages.contains(message.key()))
                ts.duplicates.append(message.source);
            ts.messages.insert(message.key(), message);
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
        return std::nullopt;
    }
    return ts;
}
