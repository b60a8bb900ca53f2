#pragma once
// The question the user asks: which import (picked from the workspace's list or typed), which
// dates (presets or a custom range, in any of the API's eight formats) and which statuses.
// Editing it never fetches by itself; Fetch does.

#include "api/FileRun.h"
#include "api/HistoryQuery.h"
#include "api/ResponseParser.h"
#include "common/Expected.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QToolButton;
class QLabel;
class QLineEdit;
class QPushButton;

class FilterForm final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterForm(QWidget *parent = nullptr);
    ~FilterForm() override;

    // The query as the form stands, or why it cannot be sent (end before start, no import, ...).
    Expected<HistoryQuery> query() const;
    void setImport(const QString &id, const QString &name);
    void setImports(const QList<ImportSummary> &imports);
    void setImportsState(const QString &text); // "Loading imports…", an error, or ""
    // Date pickers show and send wall-clock times in the workspace's zone.
    void setWorkspaceZone(const QTimeZone &zone);
    void setFetching(bool fetching);
    void setStatuses(const QList<FileStatus> &statuses);
    // Turns the date filter on with the preset of the last `days` days (1, 7 or 30: the board's spans).
    void setDatePreset(int days);
    // The date/status filters in words, for "no files match" ("FAILED only, last 7 days").
    QString filtersInWords() const;
    QPushButton *fetchButton() const { return m_fetchButton; }
    bool isCompact() const { return m_compact; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void fetchRequested();
    // An import was picked from the workspace's list (the drop-down or a suggestion), not typed.
    void importPicked();
    void cancelRequested();
    // "Problems only": every status is ticked (nothing filtered in the request) and the table is to
    // show only the problems among what arrives.
    void problemsOnlyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange(bool compact);
    void updateStatusChooser();
    void applyPreset();
    void updateDateWidgets();
    void rememberFormat();
    QString importLabel(const ImportSummary &import) const;
    // The picker's row of the import the form asks about (by ID if one is given, else by name), or -1.
    int currentImportIndex() const;
    // Makes that row the picker's current one, so its list opens there; a name not listed stays.
    void selectCurrentImport();

    QComboBox *m_importNameCombo;
    QLineEdit *m_importIdEdit;
    QLabel *m_importsState;
    QCheckBox *m_dateCheck;
    QComboBox *m_presetCombo;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QComboBox *m_formatCombo;
    QLabel *m_zoneLabel;
    QList<QCheckBox *> m_statusChecks;
    QGridLayout *m_grid;
    QLabel *m_importLabel;
    QLabel *m_idLabel;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_formatLabel;
    QLabel *m_statusLabel;
    QToolButton *m_statusChooser;
    QToolButton *m_allButton;
    QToolButton *m_problemsButton;
    bool m_compact = false;
    int m_compactWidth = 0;
    int m_wideWidth = 0;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    QList<ImportSummary> m_imports;
    QTimeZone m_zone = QTimeZone::utc();
};
