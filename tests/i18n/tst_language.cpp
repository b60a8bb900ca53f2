// The language a user gets: the executable spawned as a script would, with the system locale, the
// saved setting and IMPORTSCOPE_LANG each deciding in turn; and the Preferences dialog saving it.
#include "PreferencesDialog.h"
#include "TsFile.h"
#include "common/Settings.h"

#include <QComboBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString collapsed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

bool hasDevanagari(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097f; });
}
} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportHelpInGerman();
    void errorInGerman();
    void followsTheSystemLocale();
    void settingChoosesTheLanguage();
    void environmentWinsOverSetting();
    void englishSettingWinsOverGermanSystem();
    void englishCountsInEveryEnglish();
    void preferencesDialogSavesTheLanguage();

private:
    // Runs the executable with a clean language environment: LANG/LC_ALL/LANGUAGE and
    // IMPORTSCOPE_LANG only as given, settings in a scratch config folder.
    Run run(const QStringList &arguments, const QMap<QString, QString> &environment,
            const QString &setting = {});

    QTemporaryDir m_dir;
    TsFile m_german;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QString error;
    const auto german =
        readTs(QStringLiteral(IMPORTSCOPE_SOURCE_DIR "/translations/importscope_de.ts"), &error);
    QVERIFY2(german, qPrintable(error));
    m_german = *german;
}

Run TestLanguage::run(const QStringList &arguments, const QMap<QString, QString> &environment,
                      const QString &setting)
{
    static int counter = 0;
    const QString config = m_dir.filePath(QStringLiteral("config%1").arg(++counter));
    QDir().mkpath(config + "/ImportScope");
    if (!setting.isNull()) {
        QFile file(config + "/ImportScope/ImportScope.conf");
        if (file.open(QIODevice::WriteOnly))
            file.write("[ui]\nlanguage=" + setting.toUtf8() + "\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"IMPORTSCOPE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert("XDG_CONFIG_HOME", config);
    env.insert("LANG", "C.UTF-8");
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestLanguage::exportHelpInGerman()
{
    const Run english = run({"export", "--help"}, {{"IMPORTSCOPE_LANG", "en"}});
    const Run german = run({"export", "--help"}, {{"IMPORTSCOPE_LANG", "de"}});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);

    // Every one of our messages the English help shows must appear translated in the German help
    // (compared with white space collapsed: the help wraps long descriptions).
    const QString englishText = collapsed(english.out);
    const QString germanText = collapsed(german.out);
    int checked = 0;
    QStringList untranslated;
    for (const TsMessage &m : m_german.messages) {
        if (m.numerus || !m.type.isEmpty() || m.source.size() < 12 || m.source.contains('%') ||
            !englishText.contains(collapsed(m.source)))
            continue;
        ++checked;
        if (!germanText.contains(collapsed(m.translations.value(0))))
            untranslated.append(m.source);
    }
    QVERIFY2(checked >= 10,
             qPrintable(QStringLiteral("only %1 known messages in:\n%2").arg(checked).arg(english.out)));
    QVERIFY2(untranslated.isEmpty(),
             qPrintable("shown in English:\n" + untranslated.join('\n') + "\n" + german.out));
    // Qt's own part of the help (qtbase_de from qt6-translations-l10n).
    QVERIFY2(german.out.contains("Optionen:"), qPrintable(german.out));
}

void TestLanguage::errorInGerman()
{
    const Run german = run({"export", "--import-id", "x", "--format", "xml"}, {{"IMPORTSCOPE_LANG", "de"}});
    QCOMPARE(german.exitCode, 2);
    const QString expected =
        m_german.translation("ExportCommand", "--format must be csv or json, not \"%1\".");
    QVERIFY2(!expected.isEmpty(), "the --format message has no German translation");
    QCOMPARE(german.err.trimmed(), "importscope: " + expected.arg("xml"));

    // A message of Qt's own command-line parser, from Qt's German catalogue.
    const Run unknown = run({"export", "--no-such-option"}, {{"IMPORTSCOPE_LANG", "de"}});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Unbekannte Option"), qPrintable(unknown.err));
}

void TestLanguage::followsTheSystemLocale()
{
    const Run english = run({"--help"}, {});
    const Run spanish = run({"--help"}, {{"LANG", "es_ES.UTF-8"}});
    const Run hindi = run({"--help"}, {{"LC_ALL", "hi_IN.UTF-8"}});
    const Run preferred = run({"--help"}, {{"LANG", "fr_FR.UTF-8"}, {"LANGUAGE", "fr:de"}});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains("Usage:"), qPrintable(english.out));
    QVERIFY2(!spanish.out.contains("Usage:") && spanish.out.contains("importscope export"),
             qPrintable(spanish.out));
    QVERIFY2(hasDevanagari(hindi.out), qPrintable(hindi.out));
    // No French catalogue: the next language the user listed.
    QVERIFY2(!preferred.out.contains("Usage:") && !hasDevanagari(preferred.out), qPrintable(preferred.out));
    QCOMPARE(preferred.out, run({"--help"}, {{"IMPORTSCOPE_LANG", "de"}}).out);
}

void TestLanguage::settingChoosesTheLanguage()
{
    const Run hindi = run({"--help"}, {{"LANG", "de_DE.UTF-8"}}, "hi");
    QVERIFY2(hasDevanagari(hindi.out), qPrintable(hindi.out));
    const Run system = run({"--help"}, {{"LANG", "de_DE.UTF-8"}}, "");
    QCOMPARE(system.out, run({"--help"}, {{"IMPORTSCOPE_LANG", "de"}}).out);
}

void TestLanguage::environmentWinsOverSetting()
{
    const Run german = run({"--help"}, {{"IMPORTSCOPE_LANG", "de"}}, "hi");
    QVERIFY2(!hasDevanagari(german.out) && !german.out.contains("Usage:"), qPrintable(german.out));
}

void TestLanguage::englishSettingWinsOverGermanSystem()
{
    const Run english = run({"--help"}, {{"LANG", "de_DE.UTF-8"}}, "en");
    QVERIFY2(english.out.contains("Usage:"), qPrintable(english.out));
}

void TestLanguage::englishCountsInEveryEnglish()
{
    // English's catalogue (the plural forms) is loaded wherever the program speaks English: asked
    // for, the C locale, and a language without a catalogue. A check of one workspace whose server is
    // down says so in its first line: "in 1 workspace", not "in 1 workspace(s)".
    const QStringList check{"check",     "--base-url", "http://127.0.0.1:9", "--workspace-id", "ws",
                            "--timeout", "1"};
    const QMap<QString, QMap<QString, QString>> environments{
        {"IMPORTSCOPE_LANG=en", {{"IMPORTSCOPE_LANG", "en"}}},
        {"LANG=C.UTF-8", {}},
        {"LANG=en_GB.UTF-8", {{"LANG", "en_GB.UTF-8"}}},
        {"LANG=fr_FR.UTF-8", {{"LANG", "fr_FR.UTF-8"}}}};
    for (auto it = environments.begin(); it != environments.end(); ++it) {
        QMap<QString, QString> environment = it.value();
        environment.insert("MOE_API_KEY", "not-used");
        const Run english = run(check, environment);
        const QString first = english.out.section('\n', 0, 0);
        QVERIFY2(first.startsWith("IMPORTS UNKNOWN - ") && first.contains(" imports in 1 workspace |"),
                 qPrintable(it.key() + ": " + english.out + english.err));
    }
}

void TestLanguage::preferencesDialogSavesTheLanguage()
{
    Settings::setValue(Settings::Key::Language, QString());
    {
        PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>("languageCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0); // follows the system
        QCOMPARE(combo->count(), 5);
        combo->setCurrentIndex(combo->findData("es"));
        dialog.reject();
        QCOMPARE(Settings::value(Settings::Key::Language).toString(), QString());
    }
    {
        PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>("languageCombo");
        combo->setCurrentIndex(combo->findData("hi"));
        QCOMPARE(combo->currentText(), QStringLiteral("हिन्दी"));
        dialog.accept();
        QCOMPARE(Settings::value(Settings::Key::Language).toString(), QStringLiteral("hi"));
    }
    PreferencesDialog reopened;
    QCOMPARE(reopened.selectedLanguage(), QStringLiteral("hi"));
    Settings::setValue(Settings::Key::Language, QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
