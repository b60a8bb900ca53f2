#pragma once
// A failed file's status message reduced to its cause: what varies from file to file (numbers, ids
// and hashes, file names and paths, URLs, hosts and addresses, quoted values, e-mail addresses,
// dates and times, sizes) replaced by placeholders such as <n> and <value>, the words kept in any
// script, so files that failed the same way group together. The rules, with examples, are in
// docs/ARCHITECTURE.md, "Triage: what a cause is".

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

class CauseMask final
{
public:
    // Past this much of a message nothing is read, so a message of any length costs bounded time.
    static constexpr qsizetype kMaxInputBytes = 32 * 1024;
    // A pattern fits one table cell: a longer one is cut at a word and ends with "…".
    static constexpr qsizetype kMaxPatternChars = 200;

    // The pattern of `message` (UTF-8), as UTF-8. `fileName` is the failed file's own name: wherever
    // the message quotes it, whole or cut after its first 16 bytes, it is <file> whatever its shape
    // (names may hold spaces, quotes and line breaks). The view stays valid until the next call, so
    // grouping 200,000 files allocates nothing per file; use one CauseMask per thread.
    QByteArrayView mask(QByteArrayView message, QByteArrayView fileName = {});
    // The same for text.
    static QString pattern(const QString &message, const QString &fileName = {});

private:
    struct Range
    {
        qsizetype begin;
        qsizetype end;
    };
    struct Clause
    {
        qsizetype begin;
        qsizetype end;
    };

    void findFileName(QByteArrayView input, QByteArrayView fileName);
    void collapseRepeatedClauses(bool cut);
    void cutToLength();

    std::string m_out;
    std::string m_scratch;
    std::vector<Range> m_fileRanges;
    std::vector<Range> m_cutRanges;
    std::vector<qsizetype> m_clauseStarts;
    std::vector<Clause> m_clauses;

    friend class MaskScanner;
};
