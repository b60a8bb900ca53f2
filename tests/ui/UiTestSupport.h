#pragma once
// What the widget tests share: a table of files as the window shows it (model → filter proxy →
// view) and settings kept away from the user's own.

#include "../export/ExportTestRows.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui-tests"));
    QSettings().clear();
}

struct HistoryTable
{
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    QTableView view;

    explicit HistoryTable(const QList<FileRun> &files)
    {
        model.setFiles(files);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setSortingEnabled(true);
        view.resize(900, 500);
    }

    // The file ids of the given model rows.
    QStringList ids(const QList<int> &sourceRows) const
    {
        QStringList out;
        for (const int row : sourceRows)
            out.append(model.file(row).idText());
        return out;
    }

    QStringList shownIds() const
    {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.append(proxy.index(row, FileRunTableModel::FileIdColumn).data().toString());
        return out;
    }
};

// Palettes a desktop theme may hand the window, to check that what we draw reads on each.
// Dark, like a dark desktop theme.
inline QPalette darkDesktopPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x6a, 0xa6, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

// High contrast, white on black with a cyan highlight, like the desktops' high-contrast themes.
inline QPalette highContrastPalette()
{
    QPalette contrast;
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        contrast.setColor(role, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        contrast.setColor(role, Qt::white);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0));
    contrast.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    contrast.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    // Frames and disabled text: grey enough to tell, as such themes draw them.
    for (const QPalette::ColorRole role :
         {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        contrast.setColor(role, QColor(0xc0, 0xc0, 0xc0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        contrast.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return contrast;
}

// A light theme whose highlight barely differs from its buttons: the focus ring must not rely on it.
inline QPalette paleHighlightPalette()
{
    QPalette pale;
    pale.setColor(QPalette::Highlight, QColor(0xd8, 0xe4, 0xf0));
    pale.setColor(QPalette::HighlightedText, Qt::black);
    return pale;
}

#ifdef IMPORTSCOPE_QM_DIR
// One of the window's languages, for the length of a test: the catalogue the build compiled (the
// executable embeds the same files under :/i18n). English is the source; its catalogue holds only the
// plural forms ("1 file" for "%n file(s)"), and the build compiles it into en/.
struct Language
{
    std::unique_ptr<QTranslator> translator;
    explicit Language(const QString &code)
    {
        translator = std::make_unique<QTranslator>();
        const QString folder = QStringLiteral(IMPORTSCOPE_QM_DIR) +
                               (code == QLatin1String("en") ? QStringLiteral("/en") : QString());
        if (translator->load(QStringLiteral("importscope_") + code, folder))
            QCoreApplication::installTranslator(translator.get());
        else
            translator.reset();
    }
    ~Language()
    {
        if (translator)
            QCoreApplication::removeTranslator(translator.get());
    }
    bool ok(const QString &) const { return translator != nullptr; }
};

// The data rows of a test run once per language the window speaks: a QString column "language".
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "de", "es", "hi"})
        QTest::newRow(code) << QString::fromLatin1(code);
}
#endif
