#pragma once
// File → Export…: writes the fetched files to CSV or JSON through the same writer as
// `importscope export`. The user picks the rows (all fetched, shown, selected), the columns (shown
// or all 15 API fields), the header and the format; the export runs on a worker thread with progress
// and Cancel, goes to disk through QSaveFile (an old file survives any failure), and the choices and
// folder are remembered for next time.

#include "export/ExportOptions.h"
#include "model/FailureCauses.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class FileRunTableModel;
class QAbstractProxyModel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QThread;
class QTimer;

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { AllFetched, Shown, Selected };
    enum class Columns { Shown, AllFields };
    enum class Header { ApiNames, Displayed };

    // `table` shows a FileRunTableModel through a proxy (FileRunFilterProxy); its column order,
    // hidden columns and selection are what "shown" and "selected" mean. It must outlive the dialog.
    explicit ExportDialog(QTableView *table, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The start of the suggested file name, e.g. the import's name.
    void setSuggestedName(const QString &name);
    // Exports these failure causes instead of the table's files (the window's Triage tab): the
    // columns of CauseExport, `rows` in the order given, times in `zone`. Rows, columns and header
    // are not asked; format, delimiter, byte-order mark and Excel-safe are, and the file is written
    // the same way (atomically).
    void setCauses(const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone);
    bool exportsCauses() const { return m_causes.has_value(); }

    // What would be exported now: the writer's options and the model rows, in order.
    ExportOptions exportOptions() const;
    QList<int> sourceRows() const;
    // The shown table columns that are computed, not API fields (left out of the export).
    QList<int> skippedComputedColumns() const;

    // Exports to `path` without asking for a file name; returns at once, exportFinished follows.
    void exportTo(const QString &path);
    bool isExporting() const;
    void cancelExport();
    QString statusText() const;

Q_SIGNALS:
    // After every export that started: written, failed (message says why) or cancelled.
    void exportFinished(bool ok, const QString &message);

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void focusChosenScope();
    void buildLayout();
    void restoreChoices();
    void saveChoices() const;
    void updateCounts();
    void updateEnabled();
    void chooseFileAndExport();
    void onWorkerDone();
    void showStatus(const QString &text, bool error);
    Scope scope() const;
    QList<int> shownColumns() const;
    QString suggestedPath() const;

    QTableView *m_table;
    FileRunTableModel *m_model = nullptr;
    QAbstractProxyModel *m_proxy = nullptr;
    QString m_suggestedName;
    class QFormLayout *m_form = nullptr;
    // Causes mode: a copy made when the dialog opened (shared, not copied), so files a live fetch
    // groups meanwhile cannot move what the worker reads.
    std::optional<FailureCauses> m_causes;
    QList<qsizetype> m_causeRows;
    QTimeZone m_causeZone;

    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeShown = nullptr;
    QRadioButton *m_scopeSelected = nullptr;
    QRadioButton *m_columnsShown = nullptr;
    QRadioButton *m_columnsAll = nullptr;
    QLabel *m_computedNote = nullptr;
    QRadioButton *m_headerApi = nullptr;
    QRadioButton *m_headerDisplayed = nullptr;
    QRadioButton *m_formatCsv = nullptr;
    QRadioButton *m_formatJson = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_excelSafe = nullptr;
    QLabel *m_excelSafeNote = nullptr;
    bool m_excelSafeForCsv = true; // the box's state for CSV while JSON shows it off
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;

    // The running export: its thread, result, and what the UI polls for progress.
    struct Job;
    std::unique_ptr<Job> m_job;
    QTimer *m_progressTimer = nullptr;
    QString m_lastPath;
};
