#pragma once
// Removes a connection's API key from text a server sent, in every form it could come back in: as
// typed, percent-encoded, in hex, in base64 (standard and URL-safe, padded or not) alone or as the
// Basic credentials. A server that echoes the key inside a file name or a status message must not get
// it stored, shown or exported (docs/SECURITY.md, "Secrets"); errors go through the same forms.

#include "Connection.h"
#include "FileRun.h"

#include <QByteArray>
#include <QList>
#include <QString>

class KeyScrubber final
{
public:
    explicit KeyScrubber(const Connection &connection);

    bool isEmpty() const { return m_forms.isEmpty(); }
    // What stands where a key was.
    static QByteArray mask() { return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"); }

    // True when the text held a form of the key (now masked).
    bool scrub(QByteArray &utf8) const;
    QString scrubbed(const QString &text) const;
    // Every text field of the file; true when one held the key.
    bool scrub(FileRun &run) const;
    // Every file of a page.
    void scrub(QList<FileRun> &files) const;

private:
    QList<QByteArray> m_forms; // longest first, so a shorter form never breaks up a longer one
};
