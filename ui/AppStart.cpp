#include "AppStart.h"

#include "MainWindow.h"
#include "WindowStyle.h"
#include "cli/TerminationSignals.h"
#include "common/Settings.h"
#include "session/Session.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include <cstdio>

namespace {

// IMPORTSCOPE_EXIT_AFTER_SHOW=1 (for tests/bench/bench_startup, which times a warm start from
// outside the process): once the window has painted for the first time, print "shown" and quit.
class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, so the rest of this paint pass reaches the screen first.
            QTimer::singleShot(0, this, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// IMPORTSCOPE_SAY_SHOWN=1 (for tests that drive the real binary): print "shown" once the window has
// painted, and go on running.
class SayShown final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_said) {
            m_said = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_said = false;
};

} // namespace

namespace {
// Loads PREFIX + "de_AT", else PREFIX + "de", from folder; installs it on success.
bool installCatalogue(const QString &prefix, const QString &language, const QString &base,
                      const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(prefix + language, folder) && !translator->load(prefix + base, folder))
        return false;
    QCoreApplication::installTranslator(translator.release());
    return true;
}
} // namespace

QString AppStart::chosenLanguage()
{
    // The environment first, so scripts and tests can pick a language without touching settings.
    const QString fromEnvironment = qEnvironmentVariable("IMPORTSCOPE_LANG").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return Settings::value(Settings::Key::Language).toString().trimmed();
}

void AppStart::installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const QString chosen = chosenLanguage();
    if (!chosen.isEmpty()) {
        // Numbers and times in the window then read the way the chosen language writes them.
        QLocale::setDefault(QLocale(chosen));
    }
    // English is the source language, but its catalogue holds the plural forms ("1 file", "2 files"
    // for the sources' "%n file(s)"). It goes in first, whatever the language: a later translator is
    // asked first, so another language's catalogue wins, and a message it lacks (or has unfinished)
    // still reads in English as a user would write it. Qt's own strings are English already: no
    // qtbase_en.
    installCatalogue(QStringLiteral("importscope_"), QStringLiteral("en"), QStringLiteral("en"),
                     QStringLiteral(":/i18n"));
    // The user's languages in order of preference (LANGUAGE=es:de gives both). Where English (or C,
    // POSIX) comes first it is English, even if a later language has a catalogue.
    const QStringList languages =
        chosen.isEmpty() ? QLocale::system().uiLanguages() : QStringList{QLocale(chosen).name(), chosen};
    for (QString language : languages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = language.section(QLatin1Char('_'), 0, 0).toLower();
        if (base == QLatin1String("en") || base == QLatin1String("c") || base == QLatin1String("posix"))
            return;
        if (!installCatalogue(QStringLiteral("importscope_"), language, base, QStringLiteral(":/i18n")))
            continue;
        // Qt's own strings (standard buttons, file dialogs); qt6-translations-l10n has no Hindi.
        installCatalogue(QStringLiteral("qtbase_"), language, base,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return;
    }
}

int AppStart::runWindow(int &argc, char **argv, bool demo)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));
    installTranslations();
    WindowStyle::install();
    // The application owns the session, as qBittorrent's Application owns its Session: made before
    // any window and outliving it, so every view (the window now; the board, triage and the watcher)
    // is handed the same one (docs/ARCHITECTURE.md, "The session").
    Session session;
    MainWindow window(session);
    if (qEnvironmentVariableIsSet("IMPORTSCOPE_EXIT_AFTER_SHOW"))
        window.installEventFilter(new ExitAfterFirstPaint(&window));
    if (qEnvironmentVariableIsSet("IMPORTSCOPE_SAY_SHOWN"))
        window.installEventFilter(new SayShown(&window));
    // SIGTERM and SIGINT close the window as logging out does: every window (and dialog) closes, the
    // window saves its layout and ends its fetch, and the process exits 0. Without it the process
    // died on the spot, or, where SIGTERM came ignored from the parent, went on running. The handler
    // only writes to a socket the event loop watches (TerminationSignals).
    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::exit(0);
    });
    window.show();
    if (demo) {
        // After the first paint, so the window appears at once and fills as the pages arrive.
        QTimer::singleShot(0, &window, [&window] { window.openDemo(true); });
    }
    return app.exec();
}
