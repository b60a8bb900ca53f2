#include "KeyScrubber.h"

#include <QUrl>

#include <algorithm>

namespace {

// Replaces every occurrence of `form`, ignoring ASCII case (hex and percent-encoding may come in
// either case; base64 never matches by accident at a key's length).
bool replaceAll(QByteArray &text, const QByteArray &form, const QByteArray &mask)
{
    bool found = false;
    qsizetype from = 0;
    for (;;) {
        qsizetype hit = text.indexOf(form, from);
        if (hit < 0) {
            // Case-insensitively, only when the plain search failed: rare, and a copy is fine then.
            const qsizetype folded = text.toLower().indexOf(form.toLower(), from);
            if (folded < 0)
                return found;
            hit = folded;
        }
        text.replace(hit, form.size(), mask);
        from = hit + mask.size();
        found = true;
    }
}

} // namespace

KeyScrubber::KeyScrubber(const Connection &connection)
{
    const QString &key = connection.apiKey;
    if (key.isEmpty())
        return;
    const QByteArray utf8 = key.toUtf8();
    const QByteArray credentials = (connection.workspaceId + QLatin1Char(':') + key).toUtf8();
    for (const QByteArray &secret : {credentials, utf8}) {
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            m_forms << secret.toBase64(options);
            m_forms << secret.toBase64(options | QByteArray::OmitTrailingEquals);
        }
    }
    m_forms << QUrl::toPercentEncoding(key) << utf8.toHex() << utf8;
    m_forms.removeAll(QByteArray());
    std::sort(m_forms.begin(), m_forms.end());
    m_forms.erase(std::unique(m_forms.begin(), m_forms.end()), m_forms.end());
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

bool KeyScrubber::scrub(QByteArray &utf8) const
{
    bool found = false;
    for (const QByteArray &form : m_forms)
        found |= replaceAll(utf8, form, mask());
    return found;
}

QString KeyScrubber::scrubbed(const QString &text) const
{
    QByteArray utf8 = text.toUtf8();
    return scrub(utf8) ? QString::fromUtf8(utf8) : text;
}

bool KeyScrubber::scrub(FileRun &run) const
{
    if (m_forms.isEmpty())
        return false;
    bool found = scrub(run.id);
    found |= scrub(run.fileName);
    found |= scrub(run.statusMessage);
    if (!run.irregular.isEmpty()) {
        QByteArray irregular = run.irregular.bytes();
        if (scrub(irregular)) {
            run.irregular.setBytes(irregular);
            found = true;
        }
    }
    return found;
}

void KeyScrubber::scrub(QList<FileRun> &files) const
{
    if (m_forms.isEmpty())
        return;
    for (FileRun &run : files)
        scrub(run);
}
