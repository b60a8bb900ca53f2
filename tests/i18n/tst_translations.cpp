// The committed .ts files against the sources: lupdate runs over the same sources into a scratch
// copy of each, and the message sets must match (nothing missing, nothing vanished); every message
// is finished, keeps its placeholders and accelerator, and has as many plural forms as the language.
// English, the source language, has a catalogue of the plural messages only ("1 file" / "%Ln files"
// for "%Ln file(s)"): it holds every one of them and nothing else.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "TsFile.h"

namespace {
using Message = TsMessage;

// %1..%99, %L1, %n and %Ln, in order of appearance but compared sorted: a translation may reorder.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// A keyboard accelerator: "&" before a character, not "&&" (a literal ampersand) nor an entity.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|[a-z]+;|#[0-9]+;|\\s)"));
    return text.contains(pattern);
}

// Plural forms per language, as lrelease's numerus rules have them.
int pluralForms(const QString &language)
{
    static const QMap<QString, int> forms{{"de", 2}, {"en", 2}, {"es", 2}, {"hi", 2}};
    return forms.value(language.section('_', 0, 0), -1);
}

// One warning per problem (a QVERIFY2 message is cut short), then a failure that counts them.
#define report(problems, path)                                                                               \
    do {                                                                                                     \
        for (const QString &problem : problems)                                                              \
            qWarning().noquote() << problem;                                                                 \
        QVERIFY2(                                                                                            \
            problems.isEmpty(),                                                                              \
            qPrintable(QStringLiteral("%1 problem(s) in %2, listed above").arg(problems.size()).arg(path))); \
    } while (false)

// "(s)", "(es)", "(ies)": the source's way of writing both numbers at once.
int pluralMarkers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\((?:s|es|ies)\\)"));
    return int(text.count(pattern));
}

const QString englishPath = QStringLiteral(IMPORTSCOPE_TS_DIR "/importscope_en.ts");

// The .ts lupdate makes of PATH merged with the sources (a scratch copy: the committed file stays).
std::optional<TsFile> refreshed(const QString &path, const QStringList &options, QString *error)
{
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QFileInfo(path).fileName());
    if (!dir.isValid() || !QFile::copy(path, scratch)) {
        *error = "cannot copy " + path;
        return std::nullopt;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(IMPORTSCOPE_LUPDATE),
                  options + QStringList{"-no-obsolete", "-locations", "none", "@" IMPORTSCOPE_TR_SOURCE_LIST,
                                        "-ts", scratch});
    if (!lupdate.waitForFinished(120'000)) {
        *error = "lupdate did not finish";
        return std::nullopt;
    }
    const QByteArray log = lupdate.readAll();
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QString::fromLocal8Bit(log);
        return std::nullopt;
    }
    return readTs(scratch, error);
}

QString shown(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"%3")
        .arg(m.context, m.source.left(90), m.where.isEmpty() ? QString() : " at " + m.where);
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languages_data();
    void languages();
    void everyMessageTranslated_data() { languages_data(); }
    void everyMessageTranslated();
    void matchesTheSources_data() { languages_data(); }
    void matchesTheSources();
    void englishHasEveryPlural();
    void englishPluralForms();
};

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("path");
    for (const char *language : {"de", "es", "hi"})
        QTest::newRow(language) << QStringLiteral(IMPORTSCOPE_TS_DIR "/importscope_%1.ts").arg(language);
}

void TestTranslations::languages()
{
    QFETCH(QString, path);
    QString error;
    const auto ts = readTs(path, &error);
    QVERIFY2(ts, qPrintable(error));
    QCOMPARE(ts->language, QFileInfo(path).baseName().section('_', 1));
    QVERIFY2(pluralForms(ts->language) > 0, qPrintable("no plural rule known for " + ts->language));
    QVERIFY2(ts->messages.size() > 100, "suspiciously few messages");
    QVERIFY2(ts->duplicates.isEmpty(), qPrintable(ts->duplicates.join('\n')));
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, path);
    QString error;
    const auto ts = readTs(path, &error);
    QVERIFY2(ts, qPrintable(error));
    const int forms = pluralForms(ts->language);

    QStringList problems;
    for (const Message &m : ts->messages) {
        if (!m.type.isEmpty()) {
            problems.append(m.type + ": " + shown(m));
            continue;
        }
        if (m.numerus && m.translations.size() != forms) {
            problems.append(
                QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(forms) +
                shown(m));
            continue;
        }
        if (!m.numerus && m.translations.size() != 1) {
            problems.append("not one translation: " + shown(m));
            continue;
        }
        const QStringList expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append("empty translation: " + shown(m));
            } else if (placeholders(translation) != expected) {
                problems.append(
                    QStringLiteral("placeholders %1 in \"%2\" instead of %3: ")
                        .arg(placeholders(translation).join(','), translation.left(90), expected.join(',')) +
                    shown(m));
            } else if (hasAccelerator(m.source) != hasAccelerator(translation)) {
                problems.append(QStringLiteral("accelerator (&) %1 in \"%2\": ")
                                    .arg(hasAccelerator(m.source) ? "lost" : "added", translation) +
                                shown(m));
            }
        }
    }
    report(problems, path);
}

void TestTranslations::matchesTheSources()
{
    QFETCH(QString, path);
    QString error;
    const auto committed = readTs(path, &error);
    QVERIFY2(committed, qPrintable(error));

    // lupdate merges the sources into a copy: what it adds is missing from the committed file, what
    // it drops (-no-obsolete) has vanished from the sources.
    const auto fresh = refreshed(path, {}, &error);
    QVERIFY2(fresh, qPrintable(error));

    QStringList problems;
    for (const Message &m : fresh->messages) {
        if (!committed->messages.contains(m.key()))
            problems.append("missing (run the update_translations target, then translate): " + shown(m));
    }
    for (const Message &m : committed->messages) {
        if (!fresh->messages.contains(m.key()))
            problems.append("vanished from the sources (run update_translations): " + shown(m));
    }
    report(problems, path);
}

void TestTranslations::englishHasEveryPlural()
{
    QString error;
    const auto committed = readTs(englishPath, &error);
    QVERIFY2(committed, qPrintable(error));
    QCOMPARE(committed->language, QStringLiteral("en"));
    QVERIFY2(committed->duplicates.isEmpty(), qPrintable(committed->duplicates.join('\n')));

    // -pluralonly, as the importscope_en_lupdate target refreshes it: every plural message of the
    // sources, and only those.
    const auto fresh = refreshed(englishPath, {"-pluralonly"}, &error);
    QVERIFY2(fresh, qPrintable(error));
    QVERIFY2(fresh->messages.size() > 20, "suspiciously few plural messages in the sources");

    QStringList problems;
    for (const Message &m : fresh->messages) {
        if (!m.numerus)
            problems.append("lupdate -pluralonly kept a message without a count: " + shown(m));
        else if (!committed->messages.contains(m.key()))
            problems.append("missing (build importscope_en_lupdate, then write both forms): " + shown(m));
    }
    for (const Message &m : committed->messages) {
        if (!m.numerus)
            problems.append("not a plural message (English needs no other translation): " + shown(m));
        else if (!fresh->messages.contains(m.key()))
            problems.append("vanished from the sources (build importscope_en_lupdate): " + shown(m));
    }
    report(problems, englishPath);
}

void TestTranslations::englishPluralForms()
{
    QString error;
    const auto ts = readTs(englishPath, &error);
    QVERIFY2(ts, qPrintable(error));

    QStringList problems;
    for (const Message &m : ts->messages) {
        if (!m.type.isEmpty()) {
            problems.append(m.type + ": " + shown(m));
            continue;
        }
        if (m.translations.size() != 2) {
            problems.append(
                QStringLiteral("%1 plural forms instead of 2 (one, other): ").arg(m.translations.size()) +
                shown(m));
            continue;
        }
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.translations) {
            if (form.trimmed().isEmpty()) {
                problems.append("empty form: " + shown(m));
            } else if (placeholders(form) != expected) {
                problems.append(QStringLiteral("placeholders %1 in \"%2\" instead of %3: ")
                                    .arg(placeholders(form).join(','), form.left(90), expected.join(',')) +
                                shown(m));
            } else if (hasAccelerator(m.source) != hasAccelerator(form)) {
                problems.append(QStringLiteral("accelerator (&) %1 in \"%2\": ")
                                    .arg(hasAccelerator(m.source) ? "lost" : "added", form) +
                                shown(m));
            } else if (pluralMarkers(m.source) > 0 && pluralMarkers(form) >= pluralMarkers(m.source)) {
                // A "(s)" may stay for another count (%2 file(s)), not for the one the form is for.
                problems.append(
                    QStringLiteral("\"%1\" still writes both numbers at once: ").arg(form.left(90)) +
                    shown(m));
            }
        }
    }
    report(problems, englishPath);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
