// Renders the README's screenshots from the real window on the demo workspace (not a test, never
// run by ctest): docs/screenshots/trends.png and docs/screenshots/export-dialog.png.
//   HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" build/tests/ui/make_screenshots
//   docs/screenshots
#include "ExportDialog.h"
#include "MainWindow.h"
#include "TrendsView.h"
#include "model/FileRunFilterProxy.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(const QPixmap &pixmap, const QString &path)
{
    const bool ok = pixmap.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScopeScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("make_screenshots"));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));

    MainWindow window;
    window.resize(1280, 760);
    window.move(0, 0);
    window.show();
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    window.openDemo(true);
    if (!finished.wait(120000)) {
        std::fprintf(stderr, "the demo fetch did not finish\n");
        return 1;
    }
    settle(300);

    window.viewTabs()->setCurrentWidget(window.trendsView());
    settle(800);
    bool ok = save(window.grab(), out.filePath(QStringLiteral("trends.png")));

    window.viewTabs()->setCurrentIndex(0);
    window.table()->selectRow(2);
    window.table()->selectionModel()->select(window.proxy()->index(5, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ExportDialog dialog(window.table(), &window);
    dialog.setSuggestedName(QStringLiteral("Daily CRM users (SFTP)"));
    // The choice that shows the note about the computed columns.
    if (auto *shown = dialog.findChild<QAbstractButton *>(QStringLiteral("columnsShownRadio")))
        shown->setChecked(true);
    dialog.show();
    settle(500);
    ok = save(dialog.grab(), out.filePath(QStringLiteral("export-dialog.png"))) && ok;
    // The dialog over the window, as a user sees it.
    ok =
        save(window.screen()->grabWindow(0), out.filePath(QStringLiteral("export-dialog-over-window.png"))) &&
        ok;
    return ok ? 0 : 1;
}
