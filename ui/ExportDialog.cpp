#include "ExportDialog.h"

#include "common/Palette.h"

#include "ButtonGroupFocus.h"
#include "FileDialog.h"
#include "HistoryTableActions.h"
#include "common/Settings.h"
#include "export/CauseExport.h"
#include "export/ExportColumns.h"
#include "export/ExportFile.h"
#include "model/FileRunTableModel.h"

#include <QAbstractProxyModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <numeric>
#include <vector>

namespace {

QString fileNameSafe(QString text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : text) {
        if (forbidden.contains(c) || c.isSpace() || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    while (text.contains(QLatin1String("--")))
        text.replace(QLatin1String("--"), QLatin1String("-"));
    return text.left(80).trimmed();
}

QRadioButton *addRadio(QVBoxLayout *layout, QButtonGroup *group, const QString &objectName)
{
    auto *radio = new QRadioButton;
    radio->setObjectName(objectName);
    group->addButton(radio);
    layout->addWidget(radio);
    return radio;
}

// The selected rows of the view, each once, top to bottom.
QList<int> selectedViewRows(const QTableView *table)
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = table->selectionModel()) {
        for (const QItemSelectionRange &range : selection->selection()) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

struct ExportDialog::Job
{
    // The model's rows, shared (copy on write), so rows arriving during the export cannot move
    // what the worker reads.
    QList<FileRun> snapshot;
    std::vector<const FileRun *> rows;
    ExportOptions options;
    QString path;
    std::optional<FailureCauses> causes; // causes mode: what CauseExport writes instead of rows
    QList<qsizetype> causeRows;
    QTimeZone causeZone;
    std::atomic<bool> cancel{false};
    std::atomic<qsizetype> done{0};
    std::atomic<qsizetype> total{0};
    ExportResult result = std::monostate{};
    QThread *thread = nullptr;
};

ExportDialog::ExportDialog(QTableView *table, QWidget *parent) : QDialog(parent), m_table(table)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_proxy = qobject_cast<QAbstractProxyModel *>(table->model());
    m_model = qobject_cast<FileRunTableModel *>(m_proxy ? m_proxy->sourceModel() : table->model());
    Q_ASSERT(m_model);
    buildLayout();
    restoreChoices();
    updateCounts();
    updateEnabled();
    // The dialog opens on its first question, on the answer already chosen: it opened on "CSV",
    // half-way down, as its radio buttons joined the dialog after the rest.
    focusChosenScope();
    // Pages of a running fetch may arrive (or a new fetch clear the table) while the dialog is open:
    // the counts and "Selected rows" follow the table.
    const auto follow = [this] {
        updateCounts();
        updateEnabled();
    };
    if (QItemSelectionModel *selection = table->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, follow);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, follow);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, follow);
    connect(table->model(), &QAbstractItemModel::modelReset, this, follow);
}

void ExportDialog::focusChosenScope()
{
    for (QRadioButton *scope : {m_scopeAll, m_scopeShown, m_scopeSelected}) {
        if (scope->isChecked())
            scope->setFocus(Qt::TabFocusReason);
    }
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // With its focus ring: the ring is drawn after a keyboard focus change (Fusion and WindowStyle),
    // which the first focus of a dialog is not, so it appeared only after an arrow key. The dialog
    // is opened from the keyboard as often as not (Ctrl+E): it says where the keys go at once.
    setAttribute(Qt::WA_KeyboardFocusChange);
    focusChosenScope();
}

ExportDialog::~ExportDialog()
{
    if (m_job && m_job->thread) {
        m_job->cancel = true;
        m_job->thread->wait();
    }
}

void ExportDialog::buildLayout()
{
    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *scopeBox = new QVBoxLayout;
    auto *scopeGroup = new QButtonGroup(this);
    m_scopeAll = addRadio(scopeBox, scopeGroup, QStringLiteral("scopeAllRadio"));
    m_scopeShown = addRadio(scopeBox, scopeGroup, QStringLiteral("scopeShownRadio"));
    m_scopeSelected = addRadio(scopeBox, scopeGroup, QStringLiteral("scopeSelectedRadio"));
    tabStopOnCheckedButton(scopeGroup);
    form->addRow(tr("Rows:"), scopeBox);

    auto *columnsBox = new QVBoxLayout;
    auto *columnsGroup = new QButtonGroup(this);
    m_columnsShown = addRadio(columnsBox, columnsGroup, QStringLiteral("columnsShownRadio"));
    m_columnsAll = addRadio(columnsBox, columnsGroup, QStringLiteral("columnsAllRadio"));
    m_columnsAll->setText(tr("All 15 API fields, in the API's order"));
    m_computedNote = new QLabel(this);
    m_computedNote->setObjectName(QStringLiteral("computedColumnsNote"));
    m_computedNote->setWordWrap(true);
    m_computedNote->setEnabled(false); // greyed: a remark, not a control
    columnsBox->addWidget(m_computedNote);
    tabStopOnCheckedButton(columnsGroup);
    form->addRow(tr("Columns:"), columnsBox);

    auto *headerBox = new QVBoxLayout;
    auto *headerGroup = new QButtonGroup(this);
    m_headerApi = addRadio(headerBox, headerGroup, QStringLiteral("headerApiRadio"));
    m_headerApi->setText(tr("API field names (file_name, file_status, …)"));
    m_headerDisplayed = addRadio(headerBox, headerGroup, QStringLiteral("headerDisplayedRadio"));
    m_headerDisplayed->setText(tr("As displayed (File name, Status, …)"));
    tabStopOnCheckedButton(headerGroup);
    form->addRow(tr("Header:"), headerBox);

    auto *formatBox = new QHBoxLayout;
    auto *formatGroup = new QButtonGroup(this);
    m_formatCsv = new QRadioButton(tr("CSV"), this);
    m_formatCsv->setObjectName(QStringLiteral("formatCsvRadio"));
    m_formatJson = new QRadioButton(tr("JSON"), this);
    m_formatJson->setObjectName(QStringLiteral("formatJsonRadio"));
    formatGroup->addButton(m_formatCsv);
    formatGroup->addButton(m_formatJson);
    formatBox->addWidget(m_formatCsv);
    formatBox->addWidget(m_formatJson);
    formatBox->addStretch();
    tabStopOnCheckedButton(formatGroup);
    form->addRow(tr("Format:"), formatBox);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    form->addRow(tr("&Delimiter:"), m_delimiter);

    m_bom = new QCheckBox(tr("UTF-8 &byte-order mark (lets Excel detect UTF-8)"), this);
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    form->addRow(QString(), m_bom);
    m_excelSafe = new QCheckBox(tr("E&xcel-safe: prefix ' to text cells starting with = + - @"), this);
    m_excelSafe->setObjectName(QStringLiteral("excelSafeCheck"));
    m_excelSafe->setToolTip(tr("A spreadsheet would run such a cell as a formula. Only the API's text fields "
                               "get the prefix; numbers are never changed."));
    form->addRow(QString(), m_excelSafe);
    // Said where it is chosen: the prefix changes what the API sent, file names among them, so the
    // exported names no longer match the API's ("+49_customers.csv" becomes "'+49_customers.csv").
    m_excelSafeNote =
        new QLabel(tr("Changes the exported values: a file name such as \"+49_customers.csv\" is "
                      "written \"'+49_customers.csv\" and no longer matches the API. Leave it "
                      "off for files other programs read. CSV only."),
                   this);
    m_excelSafeNote->setObjectName(QStringLiteral("excelSafeNote"));
    m_excelSafeNote->setWordWrap(true);
    m_excelSafeNote->setForegroundRole(QPalette::PlaceholderText);
    m_excelSafe->setAccessibleDescription(m_excelSafeNote->text());
    connect(m_excelSafe, &QCheckBox::toggled, this, [this](bool on) {
        if (m_formatCsv->isChecked())
            m_excelSafeForCsv = on;
    });
    form->addRow(QString(), m_excelSafeNote);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_openFolderButton = new QPushButton(tr("Open containing &folder"), this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setVisible(false);
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath())); });

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_openFolderButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addLayout(statusRow);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(m_scopeAll), static_cast<QAbstractButton *>(m_scopeShown),
          static_cast<QAbstractButton *>(m_scopeSelected), static_cast<QAbstractButton *>(m_columnsShown),
          static_cast<QAbstractButton *>(m_columnsAll), static_cast<QAbstractButton *>(m_formatCsv),
          static_cast<QAbstractButton *>(m_formatJson)})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::updateEnabled);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        const auto total = m_job->total.load();
        m_progress->setRange(0, int(std::min<qsizetype>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qsizetype>(m_job->done.load(), INT_MAX)));
    });
    setMinimumWidth(560);
}

void ExportDialog::restoreChoices()
{
    using K = Settings::Key;
    const QString scope = Settings::value(K::ExportScope).toString();
    (scope == QLatin1String("all")        ? m_scopeAll
     : scope == QLatin1String("selected") ? m_scopeSelected
                                          : m_scopeShown)
        ->setChecked(true);
    (Settings::value(K::ExportColumns).toString() == QLatin1String("shown") ? m_columnsShown : m_columnsAll)
        ->setChecked(true);
    (Settings::value(K::ExportHeader).toString() == QLatin1String("displayed") ? m_headerDisplayed
                                                                               : m_headerApi)
        ->setChecked(true);
    (Settings::value(K::ExportFormat).toString() == QLatin1String("json") ? m_formatJson : m_formatCsv)
        ->setChecked(true);
    const int delimiter = m_delimiter->findData(Settings::value(K::ExportDelimiter).toInt());
    m_delimiter->setCurrentIndex(std::max(delimiter, 0));
    m_bom->setChecked(Settings::value(K::ExportBom).toBool());
    m_excelSafeForCsv = Settings::value(K::ExportExcelSafe).toBool();
    m_excelSafe->setChecked(m_excelSafeForCsv);
}

void ExportDialog::saveChoices() const
{
    using K = Settings::Key;
    Settings::setValue(K::ExportScope, m_scopeAll->isChecked()        ? QStringLiteral("all")
                                       : m_scopeSelected->isChecked() ? QStringLiteral("selected")
                                                                      : QStringLiteral("shown"));
    Settings::setValue(K::ExportColumns,
                       m_columnsAll->isChecked() ? QStringLiteral("all") : QStringLiteral("shown"));
    Settings::setValue(K::ExportHeader,
                       m_headerDisplayed->isChecked() ? QStringLiteral("displayed") : QStringLiteral("api"));
    Settings::setValue(K::ExportFormat,
                       m_formatJson->isChecked() ? QStringLiteral("json") : QStringLiteral("csv"));
    Settings::setValue(K::ExportDelimiter, m_delimiter->currentData().toInt());
    Settings::setValue(K::ExportBom, m_bom->isChecked());
    Settings::setValue(K::ExportExcelSafe,
                       m_formatCsv->isChecked() ? m_excelSafe->isChecked() : m_excelSafeForCsv);
}

void ExportDialog::setSuggestedName(const QString &name)
{
    m_suggestedName = name;
}

void ExportDialog::setCauses(const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone)
{
    m_causes = causes;
    m_causeRows = rows;
    m_causeZone = zone;
    setWindowTitle(tr("Export causes"));
    // Rows, columns and header are the table's questions: the causes have their own columns.
    for (int row = 0; row < 3; ++row)
        m_form->setRowVisible(row, false);
    // What is written instead, said where the rows' question was.
    const auto count = rows.isEmpty() ? causes.size() : rows.size();
    auto *what =
        new QLabel(tr("The %n cause(s) of the Triage tab, in its order: pattern, files, failed rows, "
                      "imports, workspaces, first and last seen, new, an example and the file IDs.",
                      nullptr, int(count)),
                   this);
    what->setObjectName(QStringLiteral("causesNote"));
    what->setWordWrap(true);
    m_form->insertRow(0, tr("Causes:"), what);
    m_formatCsv->setFocus();
    if (m_formatJson->isChecked())
        m_formatJson->setFocus();
    updateEnabled();
}

QList<int> ExportDialog::shownColumns() const
{
    return visibleColumnsInOrder(m_table->horizontalHeader());
}

QList<int> ExportDialog::skippedComputedColumns() const
{
    return m_columnsShown->isChecked() ? ExportColumns::computedColumns(shownColumns()) : QList<int>();
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_scopeAll->isChecked())
        return Scope::AllFetched;
    return m_scopeSelected->isChecked() ? Scope::Selected : Scope::Shown;
}

QList<int> ExportDialog::sourceRows() const
{
    QList<int> rows;
    const auto toSource = [this](int viewRow) {
        return m_proxy ? m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row() : viewRow;
    };
    switch (scope()) {
    case Scope::AllFetched:
        rows.resize(m_model->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        break;
    case Scope::Shown: {
        const int count = m_table->model()->rowCount();
        rows.reserve(count);
        for (int row = 0; row < count; ++row)
            rows.append(toSource(row));
        break;
    }
    case Scope::Selected:
        for (const int row : selectedViewRows(m_table))
            rows.append(toSource(row));
        break;
    }
    return rows;
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions options;
    const bool csv = m_formatCsv->isChecked();
    options.format = csv ? ExportFormat::Csv : ExportFormat::Json;
    options.delimiter = csv ? char(m_delimiter->currentData().toInt()) : ',';
    options.bom = csv && m_bom->isChecked();
    options.excelSafe = csv && m_excelSafe->isChecked();
    options.fields =
        m_columnsAll->isChecked() ? allExportFields() : ExportColumns::fieldsForColumns(shownColumns());
    if (m_headerDisplayed->isChecked())
        options.headerLabels = ExportColumns::displayLabels(options.fields);
    if (m_causes) {
        // The causes' columns are fixed (CauseExport); the fields only have to pass validate().
        options.fields = allExportFields();
        options.headerLabels.clear();
    }
    return options;
}

void ExportDialog::updateCounts()
{
    const QLocale locale;
    const auto selected = selectedViewRows(m_table).size();
    m_scopeAll->setText(tr("All fetched rows (%1)").arg(locale.toString(m_model->rowCount())));
    m_scopeShown->setText(
        tr("Rows shown, sorted as in the table (%1)").arg(locale.toString(m_table->model()->rowCount())));
    m_scopeSelected->setText(tr("Selected rows (%1)").arg(locale.toString(qint64(selected))));
    if (selected == 0 && m_scopeSelected->isChecked())
        m_scopeShown->setChecked(true);
    const QList<int> shown = shownColumns();
    const auto exported = ExportColumns::fieldsForColumns(shown).size();
    m_columnsShown->setText(
        exported == shown.size()
            ? tr("Shown columns, in the table's order (%1)").arg(locale.toString(shown.size()))
            : tr("Shown columns, in the table's order (%1 of the %2 shown)")
                  .arg(locale.toString(qsizetype(exported)), locale.toString(shown.size())));
}

void ExportDialog::updateEnabled()
{
    const bool csv = m_formatCsv->isChecked();
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    // JSON is never prefixed: the box shows off there, and the CSV choice comes back with CSV.
    m_excelSafe->setChecked(csv && m_excelSafeForCsv);
    m_excelSafe->setEnabled(csv);
    m_excelSafeNote->setEnabled(csv);

    const QList<int> computed = skippedComputedColumns();
    QStringList titles;
    for (const int column : computed)
        titles.append(FileRunTableModel::columnTitle(column));
    m_computedNote->setText(
        titles.size() == 1
            ? tr("%1 is computed by ImportScope, not an API field: it is not exported.").arg(titles.front())
            : tr("%1 are computed by ImportScope, not API fields: they are not exported.")
                  .arg(QLocale().createSeparatedList(titles)));
    m_computedNote->setVisible(!computed.isEmpty());

    const bool running = isExporting();
    const bool fieldsLeft = m_causes || !exportOptions().fields.isEmpty();
    m_exportButton->setEnabled(!running && fieldsLeft);
    // Decided here with the rest, not only when counting: an export disables it while it runs, and
    // the end of that export must give it back if rows are still selected.
    m_scopeSelected->setEnabled(!running && !selectedViewRows(m_table).isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_scopeAll), static_cast<QWidget *>(m_scopeShown),
                       static_cast<QWidget *>(m_columnsShown), static_cast<QWidget *>(m_columnsAll),
                       static_cast<QWidget *>(m_headerApi), static_cast<QWidget *>(m_headerDisplayed),
                       static_cast<QWidget *>(m_formatCsv), static_cast<QWidget *>(m_formatJson)})
        w->setEnabled(!running);
    if (running) {
        m_delimiter->setEnabled(false);
        m_bom->setEnabled(false);
        m_excelSafe->setEnabled(false);
    }
    m_closeButton->setText(running ? tr("&Cancel export") : tr("&Close"));
}

QString ExportDialog::suggestedPath() const
{
    QString folder = Settings::value(Settings::Key::ExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = fileNameSafe(m_suggestedName);
    if (base.isEmpty())
        base = QStringLiteral("import-history");
    if (m_causes)
        base += QStringLiteral("-causes");
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString suffix = m_formatJson->isChecked() ? QStringLiteral("json") : QStringLiteral("csv");
    return QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(base, stamp, suffix));
}

void ExportDialog::chooseFileAndExport()
{
    if (isExporting())
        return;
    const bool json = m_formatJson->isChecked();
    QString path =
        FileDialog::getSaveFileName(this, tr("Export to"), suggestedPath(),
                                    json ? tr("JSON files (*.json);;All files (*)")
                                         : tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (isExporting())
        return;
    updateCounts();
    saveChoices();
    Settings::setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());

    auto job = std::make_unique<Job>();
    if (m_causes) {
        job->causes = m_causes;
        job->causeRows = m_causeRows;
        job->causeZone = m_causeZone;
    } else {
        job->snapshot = m_model->files(); // shared, not copied
        const FileRun *base = std::as_const(job->snapshot).constData();
        const QList<int> rows = sourceRows();
        job->rows.reserve(rows.size());
        for (const int row : rows)
            job->rows.push_back(base + row);
    }
    job->options = exportOptions();
    job->path = path;
    job->total = m_causes ? qsizetype(m_causes->size()) : qsizetype(job->rows.size());
    m_lastPath = path;

    Job *raw = job.get();
    job->thread = QThread::create([raw] {
        if (raw->causes) {
            // A few thousand causes at most: one write, through the same atomic file as the rows.
            raw->result =
                CauseExport::toPath(raw->path, *raw->causes, raw->options, raw->causeZone, raw->causeRows);
            raw->done = raw->total.load();
            return;
        }
        ExportControl control;
        control.cancel = &raw->cancel;
        control.progress = [raw](qsizetype done, qsizetype) { raw->done = done; };
        raw->result =
            ExportFile::toPath(raw->path, std::span<const FileRun *const>(raw->rows), raw->options, control);
    });
    job->thread->setObjectName(QStringLiteral("export"));
    connect(job->thread, &QThread::finished, this, &ExportDialog::onWorkerDone);
    m_job = std::move(job);

    m_openFolderButton->setVisible(false);
    m_progress->setRange(0, int(std::min<std::size_t>(m_job->rows.size(), INT_MAX)));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showStatus((m_causes ? tr("Exporting %Ln cause(s) to %1…", nullptr, int(m_job->total.load()))
                         : tr("Exporting %Ln row(s) to %1…", nullptr, int(m_job->rows.size())))
                   .arg(QDir::toNativeSeparators(path)),
               false);
    updateEnabled();
    m_progressTimer->start();
    m_job->thread->start(QThread::LowPriority);
}

bool ExportDialog::isExporting() const
{
    return m_job && m_job->thread;
}

void ExportDialog::cancelExport()
{
    if (isExporting())
        m_job->cancel = true;
}

void ExportDialog::onWorkerDone()
{
    if (!m_job)
        return;
    std::unique_ptr<Job> job = std::move(m_job);
    job->thread->wait();
    delete job->thread; // finished; the worker holds no reference to it
    job->thread = nullptr;
    m_progressTimer->stop();
    m_progress->setVisible(false);

    const QString where = QDir::toNativeSeparators(job->path);
    QString message;
    bool ok = false;
    if (job->result) {
        ok = true;
        message = job->causes ? tr("Exported %Ln cause(s) to %1.", nullptr, int(job->total.load())).arg(where)
                              : tr("Exported %Ln row(s) to %1.", nullptr, int(job->rows.size())).arg(where);
    } else if (job->result.error() == ExportFile::cancelledMessage()) {
        message = QFileInfo::exists(job->path) ? tr("Export cancelled: %1 was left as it was.").arg(where)
                                               : tr("Export cancelled: nothing was written.");
    } else {
        message = job->result.error();
        if (QFileInfo::exists(job->path))
            message += QLatin1Char(' ') + tr("The existing file was left as it was.");
        message += QLatin1Char(' ') + tr("Choose another folder or free some space, then export again.");
    }
    showStatus(message, !ok);
    m_openFolderButton->setVisible(ok);
    updateEnabled();
    Q_EMIT exportFinished(ok, message);
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        error ? Palette::errorLabelStyle(palette().color(QPalette::Window).lightness() < 128) : QString());
    m_status->setVisible(!text.isEmpty());
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::reject()
{
    // Escape or Close during an export stops the export, not the dialog.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}
