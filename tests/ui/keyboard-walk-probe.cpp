// An observer for tests/ui/keyboard-walk.sh, loaded into the real executable with LD_PRELOAD. It
// writes to the file named by KBWALK_FOCUS_LOG what a screen reader would tell a user: one line per
// keyboard-focus change and per active window, and a "state" line whenever what the window shows
// changes (rows in the table, the current row and its file name, the file the detail pane shows and
// whether the pane is shown, the form's import, dates and statuses, the export dialog's choices and
// status line). The walk waits on these lines so
// each key is checked to have done what a user expects. It never sends input and never changes
// anything; it is built outside the project with Qt's headers alone (see the script).
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

QString describe(const QObject *object)
{
    if (!object)
        return QStringLiteral("-");
    // The object and its named ancestors: "fromEdit(QDateTimeEdit)[From]<mainWindow".
    QString text = object->objectName() + QLatin1Char('(') +
                   QLatin1String(object->metaObject()->className()) + QLatin1Char(')');
    const QString name = object->property("accessibleName").toString();
    if (!name.isEmpty())
        text += QStringLiteral("[%1]").arg(name);
    // Where it is on the screen, so the walk can look whether the focus shows there.
    if (const auto *widget = qobject_cast<const QWidget *>(object)) {
        const QPoint at = widget->mapToGlobal(QPoint(0, 0));
        text += QStringLiteral(" @%1,%2,%3x%4")
                    .arg(at.x())
                    .arg(at.y())
                    .arg(widget->width())
                    .arg(widget->height());
    }
    for (const QObject *up = object->parent(); up; up = up->parent()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            text += QLatin1Char('<') + up->objectName();
    }
    return text;
}

void writeLine(const QString &line)
{
    static QFile *log = [] {
        auto *file = new QFile(qEnvironmentVariable("KBWALK_FOCUS_LOG"));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            std::fprintf(stderr, "keyboard-walk-probe: cannot write %s\n", qPrintable(file->fileName()));
        return file;
    }();
    QString flat = line;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    log->write((flat + QLatin1Char('\n')).toUtf8());
    log->flush();
}

template <typename T> T *find(const char *name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String(name))
            if (auto *hit = qobject_cast<T *>(top))
                return hit;
        if (auto *hit = top->findChild<T *>(QLatin1String(name)))
            return hit;
    }
    return nullptr;
}

QString state()
{
    // "key=value" parts joined by " | " (values may hold spaces), in a fixed order.
    QStringList parts;
    if (auto *table = find<QTableView>("historyTable")) {
        const QAbstractItemModel *model = table->model();
        const int row = table->currentIndex().row();
        parts << QStringLiteral("rows=%1").arg(model ? model->rowCount() : -1)
              << QStringLiteral("current=%1").arg(row);
        // The file name column is the model's column 1 whatever the header's order.
        parts << QStringLiteral("file=%1").arg(model && row >= 0 ? model->index(row, 1).data().toString()
                                                                 : QString());
    }
    const QWidget *pane = find<QWidget>("detailPane");
    parts << QStringLiteral("detailShown=%1").arg(pane && pane->isVisible() ? 1 : 0);
    const QLabel *detail = find<QLabel>("detailName");
    parts << QStringLiteral("detail=%1").arg(detail && detail->isVisible() ? detail->text() : QString());
    const QComboBox *import = find<QComboBox>("importNameCombo");
    parts << QStringLiteral("import=%1").arg(import ? import->currentText() : QString());
    const QDateTimeEdit *from = find<QDateTimeEdit>("fromEdit");
    const QDateTimeEdit *to = find<QDateTimeEdit>("toEdit");
    parts << QStringLiteral("dates=%1")
                 .arg(from && from->isEnabled() ? QStringLiteral("on") : QStringLiteral("off"))
          << QStringLiteral("from=%1").arg(from ? from->text() : QString())
          << QStringLiteral("to=%1").arg(to ? to->text() : QString());
    // The chooser's tooltip lists the ticked statuses by their (untranslated) API names.
    const QToolButton *chooser = find<QToolButton>("statusChooser");
    parts << QStringLiteral("statuses=%1").arg(chooser ? chooser->toolTip() : QString());
    QStringList chosen; // the export dialog's ticked radio buttons
    if (const QWidget *dialog = find<QWidget>("exportDialog")) {
        for (const QRadioButton *radio : dialog->findChildren<QRadioButton *>()) {
            if (radio->isChecked())
                chosen << radio->objectName();
        }
    }
    parts << QStringLiteral("exportChoices=%1").arg(chosen.join(QLatin1Char(',')));
    const QLabel *exported = find<QLabel>("exportStatus");
    parts
        << QStringLiteral("export=%1").arg(exported && exported->isVisible() ? exported->text() : QString());
    return parts.join(QStringLiteral(" | "));
}

void startProbe()
{
    if (qEnvironmentVariableIsEmpty("KBWALK_FOCUS_LOG"))
        return;
    // The application object is still being built when pre-routines run: connect from its loop.
    QTimer::singleShot(0, [] {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        if (!app)
            return;
        QObject::connect(app, &QGuiApplication::focusObjectChanged, app,
                         [](QObject *object) { writeLine(QStringLiteral("focus ") + describe(object)); });
        QObject::connect(app, &QGuiApplication::focusWindowChanged, app, [](QWindow *window) {
            writeLine(QStringLiteral("window ") + (window ? window->title() : QStringLiteral("-")));
        });
        auto *poll = new QTimer(app);
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, app, [] {
            static QString last;
            const QString now = state();
            if (now != last)
                writeLine(QStringLiteral("state ") + now);
            last = now;
        });
        poll->start();
        writeLine(QStringLiteral("probe ready"));
    });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(startProbe)
