#include "AnswerCodec.h"

#include "api/ResponseParser.h"

#include <cstring>

namespace {

// "ISA" and the format version: a blob of another version is refused, never misread.
constexpr char kMagic[4] = {'I', 'S', 'A', '1'};

quint64 zigzag(qint64 v)
{
    return (static_cast<quint64>(v) << 1) ^ static_cast<quint64>(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_out.reserve(reserve); }
    void varint(quint64 v)
    {
        char buffer[10];
        int n = 0;
        while (v >= 0x80) {
            buffer[n++] = static_cast<char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        buffer[n++] = static_cast<char>(v);
        m_out.append(buffer, n);
    }
    void svarint(qint64 v) { varint(zigzag(v)); }
    void byte(quint8 b) { m_out.append(static_cast<char>(b)); }
    void bytes(const QByteArray &b)
    {
        varint(static_cast<quint64>(b.size()));
        m_out.append(b);
    }
    void raw(const char *data, qsizetype size) { m_out.append(data, size); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &in) : m_p(in.constData()), m_end(in.constData() + in.size()) {}
    bool ok() const { return m_ok; }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail();
            const auto b = static_cast<quint8>(*m_p++);
            v |= static_cast<quint64>(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        return fail();
    }
    qint64 svarint() { return unzigzag(varint()); }
    quint8 byte()
    {
        if (m_p >= m_end)
            return static_cast<quint8>(fail());
        return static_cast<quint8>(*m_p++);
    }
    QByteArray bytes()
    {
        const quint64 size = varint();
        if (!m_ok || size > static_cast<quint64>(m_end - m_p)) {
            fail();
            return {};
        }
        if (size == 0)
            return {};
        QByteArray out(m_p, static_cast<qsizetype>(size));
        m_p += size;
        return out;
    }
    bool skipMagic()
    {
        if (m_end - m_p < 4 || std::memcmp(m_p, kMagic, 4) != 0)
            return false;
        m_p += 4;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    quint64 fail()
    {
        m_ok = false;
        m_p = m_end;
        return 0;
    }
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray AnswerCodec::encode(const QList<FileRun> &files, const QList<qint64> &lastSeenMs,
                               qint64 defaultSeenMs)
{
    Writer w(files.size() * 160 + 16);
    w.raw(kMagic, 4);
    w.varint(static_cast<quint64>(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileRun &run = files.at(i);
        w.bytes(run.id);
        w.bytes(run.fileName);
        w.bytes(run.statusMessage);
        w.bytes(run.irregular.bytes());
        w.svarint(run.scheduledAt.usecs);
        w.byte(run.scheduledAt.shape);
        w.svarint(run.completedAt.usecs);
        w.byte(run.completedAt.shape);
        for (qint64 count : run.counts)
            w.svarint(count);
        w.byte(static_cast<quint8>(run.status));
        w.byte(static_cast<quint8>(run.type));
        // As a difference from the answer's own time: one byte for a file seen by the last refresh.
        w.svarint((i < lastSeenMs.size() ? lastSeenMs.at(i) : defaultSeenMs) - defaultSeenMs);
    }
    return w.take();
}

Expected<AnswerCodec::Decoded> AnswerCodec::decode(const QByteArray &blob, qint64 defaultSeenMs)
{
    Reader r(blob);
    if (!r.skipMagic())
        return unexpected(QStringLiteral("the stored answer is not in a format this version knows"));
    const quint64 count = r.varint();
    // Every file takes at least 24 bytes, so a count beyond that is a damaged blob, not a reason to
    // reserve gigabytes.
    if (!r.ok() || count > static_cast<quint64>(blob.size()) / 24 + 1)
        return unexpected(QStringLiteral("the stored answer is damaged"));
    Decoded out;
    out.files.resize(static_cast<qsizetype>(count));
    out.lastSeenMs.resize(static_cast<qsizetype>(count));
    for (qsizetype i = 0; i < static_cast<qsizetype>(count); ++i) {
        FileRun &run = out.files[i];
        // What the store gives back is input too (the file may have been edited outside ImportScope):
        // checked as a server's text is, so no raw escape or NUL reaches an export.
        run.id = ResponseParser::visibleText(r.bytes());
        run.fileName = ResponseParser::visibleText(r.bytes());
        run.statusMessage = ResponseParser::visibleText(r.bytes());
        run.irregular.setBytes(ResponseParser::visibleText(r.bytes()));
        run.scheduledAt.usecs = r.svarint();
        run.scheduledAt.shape = r.byte();
        run.completedAt.usecs = r.svarint();
        run.completedAt.shape = r.byte();
        for (qint64 &c : run.counts)
            c = r.svarint();
        const quint8 status = r.byte();
        const quint8 type = r.byte();
        if (status > static_cast<quint8>(FileStatus::Other) || type > static_cast<quint8>(FileType::Other))
            return unexpected(QStringLiteral("the stored answer is damaged"));
        run.status = static_cast<FileStatus>(status);
        run.type = static_cast<FileType>(type);
        out.lastSeenMs[i] = defaultSeenMs + r.svarint();
        if (!r.ok())
            return unexpected(QStringLiteral("the stored answer is cut short"));
    }
    if (!r.atEnd())
        return unexpected(QStringLiteral("the stored answer is damaged"));
    return out;
}
