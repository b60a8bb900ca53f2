#include "FilterForm.h"

#include "common/Settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QToolButton>

#include <functional>

namespace {
// One Tab stop per date field, as every other field has: QDateTimeEdit made Tab walk its six
// sections (twelve presses to cross From and To). Left and Right, or typing a section's digits,
// still move between the sections; Tab and Shift+Tab go on to the next or previous control.
class DateTimeField final : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};
} // namespace

namespace {
enum Preset { Last24Hours, Last7Days, Last30Days, Custom };
constexpr int kDetailRole = Qt::UserRole + 1;

// Two lines per import in the picker: its name, and in a quieter colour what it is and how its last
// run went, so the right import is found without opening the dashboard.
class ImportItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(kDetailRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect area = opt.rect.adjusted(6, 2, -6, -2);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QString name = index.data(Qt::DisplayRole).toString();
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
                          opt.fontMetrics.elidedText(name, Qt::ElideRight, area.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                          QFontMetrics(small).elidedText(detail, Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 6);
        return size;
    }
};

// The import picker: before its list opens it marks the current import, so the list opens on
// the import being asked about rather than on the first one.
class ImportCombo final : public QComboBox
{
public:
    ImportCombo(QWidget *parent, std::function<void()> beforePopup)
        : QComboBox(parent), m_beforePopup(std::move(beforePopup))
    {}

    void showPopup() override
    {
        m_beforePopup();
        QComboBox::showPopup();
        // With no current import the list would still highlight its first entry.
        if (currentIndex() < 0)
            view()->selectionModel()->clear();
    }

private:
    std::function<void()> m_beforePopup;
};
} // namespace

FilterForm::FilterForm(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setHorizontalSpacing(8);
    // The form's minimum is its compact arrangement's (minimumSizeHint), not the wide one's: a
    // narrow window folds the form instead of refusing to be narrow.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);

    // Import: pick by name from the workspace's list, or type an ID or a name.
    auto *importLabel = m_importLabel = new QLabel(tr("&Import name:"), this);
    m_importNameCombo = new ImportCombo(this, [this] { selectCurrentImport(); });
    m_importNameCombo->setObjectName(QStringLiteral("importNameCombo"));
    m_importNameCombo->setEditable(true);
    m_importNameCombo->setInsertPolicy(QComboBox::NoInsert);
    m_importNameCombo->setMinimumContentsLength(28);
    m_importNameCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_importNameCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_importNameCombo->completer()->setFilterMode(Qt::MatchContains);
    m_importNameCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // What is typed narrows the list to the imports whose name contains it, shown as in the
    // picker's own list: with their file counts and last runs.
    m_importNameCombo->completer()->popup()->setItemDelegate(
        new ImportItemDelegate(m_importNameCombo->completer()->popup()));
    m_importNameCombo->setAccessibleName(tr("Import name"));
    m_importNameCombo->lineEdit()->setAccessibleName(tr("Import name"));
    m_importNameCombo->lineEdit()->setPlaceholderText(tr("Pick or type an import name"));
    importLabel->setBuddy(m_importNameCombo);
    m_importNameCombo->setItemDelegate(new ImportItemDelegate(m_importNameCombo));

    auto *idLabel = m_idLabel = new QLabel(tr("I&mport ID:"), this);
    m_importIdEdit = new QLineEdit(this);
    m_importIdEdit->setObjectName(QStringLiteral("importIdEdit"));
    m_importIdEdit->setPlaceholderText(tr("optional; wins over the name"));
    m_importIdEdit->setAccessibleName(tr("Import ID"));
    m_importIdEdit->setToolTip(
        tr("When both an ID and a name are given, the API uses the ID and ignores the name."));
    m_importIdEdit->setClearButtonEnabled(true);
    idLabel->setBuddy(m_importIdEdit);
    m_importsState = new QLabel(this);
    m_importsState->setObjectName(QStringLiteral("importsState"));
    m_importsState->setForegroundRole(QPalette::PlaceholderText);
    // A long message (the import list failed) wraps instead of widening the form.
    m_importsState->setWordWrap(true);
    m_importsState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_importsState->setMinimumWidth(120);

    connect(m_importNameCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_importNameCombo->itemData(index).toString();
        if (!id.isEmpty()) {
            m_importIdEdit->setText(id);
            Q_EMIT importPicked();
        }
    });
    // A suggestion taken from the typed-name list (Down then Tab or Return, or a click) brings its ID
    // too, as the drop-down list does: the line shows that import's name, so the ID is its own.
    // Highlighting back up to the typed text (an invalid index) clears the ID with it.
    auto takeSuggestion = [this](const QModelIndex &index) {
        m_importIdEdit->setText(index.data(Qt::UserRole).toString());
    };
    connect(m_importNameCombo->completer(), qOverload<const QModelIndex &>(&QCompleter::highlighted), this,
            takeSuggestion);
    // Esc puts back what was typed without a signal: once the suggestions close, an ID the line no
    // longer names goes.
    m_importNameCombo->completer()->popup()->installEventFilter(this);
    connect(m_importNameCombo->completer(), qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, takeSuggestion](const QModelIndex &index) {
                takeSuggestion(index);
                if (!m_importIdEdit->text().isEmpty())
                    Q_EMIT importPicked();
            });
    connect(m_importNameCombo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        // Typing a new name makes an ID picked earlier stale: the ID would silently win.
        const int match = m_importNameCombo->findText(m_importNameCombo->currentText());
        if (match < 0 || m_importNameCombo->itemData(match).toString() != m_importIdEdit->text())
            m_importIdEdit->clear();
    });

    // Dates: off by default; presets or a custom range.
    m_dateCheck = new QCheckBox(tr("&Dates:"), this);
    m_dateCheck->setObjectName(QStringLiteral("dateCheck"));
    m_dateCheck->setAccessibleName(tr("Filter by date"));
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Custom")});
    m_presetCombo->setAccessibleName(tr("Date range preset"));
    // Qt on Linux names a combo box by its current choice and leaves its label to a buddy relation;
    // this one has no label of its own, so a screen reader hears what it is from the description.
    m_presetCombo->setAccessibleDescription(m_presetCombo->accessibleName());
    m_presetCombo->setCurrentIndex(std::clamp(Settings::value(Settings::Key::DatePreset).toInt(), 0, 3));
    m_fromEdit = new DateTimeField(this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit = new DateTimeField(this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    m_fromLabel = new QLabel(tr("f&rom"), this);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel = new QLabel(tr("&to"), this);
    m_toLabel->setBuddy(m_toEdit);
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Date format sent to the API"));
    m_formatCombo->setToolTip(
        tr("The format the dates are written in on the wire; all eight mean the same range."));
    for (DateFormat format : DateFormats::all())
        m_formatCombo->addItem(DateFormats::wireName(format), static_cast<int>(format));
    const int remembered = m_formatCombo->findText(Settings::value(Settings::Key::DateFormat).toString());
    m_formatCombo->setCurrentIndex(remembered >= 0 ? remembered : 6);
    m_formatLabel = new QLabel(tr("f&ormat"), this);
    m_formatLabel->setBuddy(m_formatCombo);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_dateCheck, &QCheckBox::toggled, this, &FilterForm::updateDateWidgets);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        Settings::setValue(Settings::Key::DatePreset, index);
        applyPreset();
        updateDateWidgets();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &FilterForm::rememberFormat);
    auto toCustom = [this] {
        if (m_fromEdit->hasFocus() || m_toEdit->hasFocus())
            m_presetCombo->setCurrentIndex(Custom);
    };
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, toCustom);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, toCustom);

    // Statuses: one box each, plus shortcuts. All ticked sends no filter at all.
    m_statusLabel = new QLabel(tr("Status:"), this);
    // In a narrow window the six boxes fold into one button with the same six choices.
    m_statusChooser = new QToolButton(this);
    m_statusChooser->setObjectName(QStringLiteral("statusChooser"));
    m_statusChooser->setPopupMode(QToolButton::InstantPopup);
    m_statusChooser->setAccessibleName(tr("Statuses to fetch"));
    auto *statusMenu = new QMenu(m_statusChooser);
    m_statusChooser->setMenu(statusMenu);
    for (FileStatus status : kFilterableStatuses) {
        auto *check = new QCheckBox(fileStatusWireName(status), this);
        check->setObjectName(QStringLiteral("status_") + fileStatusWireName(status));
        check->setChecked(true);
        check->setProperty("status", static_cast<int>(status));
        m_statusChecks << check;
        QAction *choice = statusMenu->addAction(fileStatusWireName(status));
        choice->setCheckable(true);
        choice->setChecked(true);
        connect(choice, &QAction::toggled, check, &QCheckBox::setChecked);
        connect(check, &QCheckBox::toggled, choice, &QAction::setChecked);
        connect(check, &QCheckBox::toggled, this, &FilterForm::updateStatusChooser);
    }
    auto *allButton = m_allButton = new QToolButton(this);
    allButton->setObjectName(QStringLiteral("allStatusesButton"));
    allButton->setText(tr("All"));
    auto *problemsButton = m_problemsButton = new QToolButton(this);
    problemsButton->setObjectName(QStringLiteral("problemsOnlyButton"));
    problemsButton->setText(tr("Problems only"));
    // The request's status filter cannot name PARTIAL_FAILURE (docs/API.md), so problems are fetched
    // without one and picked out of the answer.
    problemsButton->setToolTip(tr("Fetch every file, then show only the problems: FAILED, PARTIAL_SUCCESS, "
                                  "PARTIAL_FAILURE and any status that is not a success and not still in "
                                  "progress. The API's filter cannot ask for PARTIAL_FAILURE, so nothing is "
                                  "filtered in the request."));
    connect(allButton, &QToolButton::clicked, this, [this] {
        setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
    });
    connect(problemsButton, &QToolButton::clicked, this, [this] {
        setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
        Q_EMIT problemsOnlyRequested();
    });

    m_fetchButton = new QPushButton(tr("Fetch"), this);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_fetchButton->setDefault(true);
    m_fetchButton->setToolTip(tr("Fetch every page of the import's history (F5, Ctrl+R)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the fetch; rows received so far stay (Esc)"));
    m_cancelButton->setEnabled(false);
    connect(m_fetchButton, &QPushButton::clicked, this, &FilterForm::fetchRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &FilterForm::cancelRequested);
    connect(m_importNameCombo->lineEdit(), &QLineEdit::returnPressed, this, &FilterForm::fetchRequested);
    connect(m_importIdEdit, &QLineEdit::returnPressed, this, &FilterForm::fetchRequested);

    arrange(true);
    m_compactWidth = m_grid->minimumSize().width();
    arrange(false);
    m_wideWidth = m_grid->minimumSize().width();
    updateStatusChooser();

    setWorkspaceZone(QTimeZone::utc());
    rememberFormat();
    applyPreset();
    updateDateWidgets();

    setTabOrder(m_importNameCombo, m_importIdEdit);
    setTabOrder(m_importIdEdit, m_dateCheck);
    setTabOrder(m_dateCheck, m_presetCombo);
    setTabOrder(m_presetCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_formatCombo);
    setTabOrder(m_formatCombo, m_statusChooser);
    QWidget *previous = m_statusChooser;
    for (QCheckBox *check : std::as_const(m_statusChecks)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, allButton);
    setTabOrder(allButton, problemsButton);
    setTabOrder(problemsButton, m_fetchButton);
    setTabOrder(m_fetchButton, m_cancelButton);
}

// Wide: import, dates and statuses on one row each. Compact (a narrow window): the ID and the
// import list's state under the name, the format under the dates, the statuses in one button.
void FilterForm::arrange(bool compact)
{
    m_compact = compact;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the layout items only; the widgets stay
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(compact ? 6 : 10);
    if (compact) {
        statusRow->addWidget(m_statusChooser);
    } else {
        for (QCheckBox *check : std::as_const(m_statusChecks))
            statusRow->addWidget(check);
    }
    for (QCheckBox *check : std::as_const(m_statusChecks))
        check->setVisible(!compact);
    m_statusChooser->setVisible(compact);
    statusRow->addWidget(m_allButton);
    statusRow->addWidget(m_problemsButton);
    statusRow->addStretch();
    statusRow->addWidget(m_fetchButton);
    statusRow->addWidget(m_cancelButton);

    if (compact) {
        m_grid->addWidget(m_importLabel, 0, 0);
        m_grid->addWidget(m_importNameCombo, 0, 1, 1, 4);
        m_grid->addWidget(m_idLabel, 1, 0);
        m_grid->addWidget(m_importIdEdit, 1, 1, 1, 2);
        m_grid->addWidget(m_importsState, 1, 3, 1, 2);
        m_grid->addWidget(m_dateCheck, 2, 0);
        m_grid->addWidget(m_presetCombo, 2, 1);
        m_grid->addWidget(m_fromLabel, 2, 2, Qt::AlignRight);
        m_grid->addWidget(m_fromEdit, 2, 3, 1, 2);
        m_grid->addWidget(m_formatLabel, 3, 0, Qt::AlignRight);
        m_grid->addWidget(m_formatCombo, 3, 1);
        m_grid->addWidget(m_toLabel, 3, 2, Qt::AlignRight);
        m_grid->addWidget(m_toEdit, 3, 3);
        m_grid->addWidget(m_zoneLabel, 3, 4);
        m_grid->addWidget(m_statusLabel, 4, 0);
        m_grid->addLayout(statusRow, 4, 1, 1, 4);
        m_grid->setColumnStretch(3, 1);
        m_grid->setColumnStretch(1, 1);
    } else {
        m_grid->addWidget(m_importLabel, 0, 0);
        m_grid->addWidget(m_importNameCombo, 0, 1, 1, 3);
        m_grid->addWidget(m_idLabel, 0, 4);
        m_grid->addWidget(m_importIdEdit, 0, 5, 1, 2);
        m_grid->addWidget(m_importsState, 0, 7, 1, 2);
        m_grid->addWidget(m_dateCheck, 1, 0);
        m_grid->addWidget(m_presetCombo, 1, 1);
        m_grid->addWidget(m_fromLabel, 1, 2, Qt::AlignRight);
        m_grid->addWidget(m_fromEdit, 1, 3);
        m_grid->addWidget(m_toLabel, 1, 4, Qt::AlignRight);
        m_grid->addWidget(m_toEdit, 1, 5);
        m_grid->addWidget(m_formatLabel, 1, 6, Qt::AlignRight);
        m_grid->addWidget(m_formatCombo, 1, 7);
        m_grid->addWidget(m_zoneLabel, 1, 8);
        m_grid->addWidget(m_statusLabel, 2, 0);
        m_grid->addLayout(statusRow, 2, 1, 1, 8);
        m_grid->setColumnStretch(3, 1);
        m_grid->setColumnStretch(5, 1);
    }
}

QSize FilterForm::minimumSizeHint() const
{
    return {m_compactWidth, QWidget::minimumSizeHint().height()};
}

void FilterForm::resizeEvent(QResizeEvent *event)
{
    const bool compact = event->size().width() < m_wideWidth;
    if (compact != m_compact)
        arrange(compact);
    QWidget::resizeEvent(event);
}

void FilterForm::updateStatusChooser()
{
    int ticked = 0;
    QStringList names;
    for (QCheckBox *check : std::as_const(m_statusChecks)) {
        if (check->isChecked()) {
            ++ticked;
            names << check->text();
        }
    }
    m_statusChooser->setText(ticked == m_statusChecks.size() ? tr("All statuses")
                             : ticked == 0                   ? tr("No status")
                                                             : tr("%Ln status(es)", nullptr, ticked));
    m_statusChooser->setToolTip(names.join(QStringLiteral(", ")));
}

void FilterForm::setWorkspaceZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_zoneLabel->setText(
        tr("(%1)").arg(m_zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id())));
    m_zoneLabel->setToolTip(
        tr("Dates are the workspace's wall-clock times in %1.").arg(QString::fromUtf8(m_zone.id())));
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit})
        edit->setTimeSpec(Qt::LocalTime); // we only use the wall clock; the zone is applied when sending
    applyPreset();
}

void FilterForm::setDatePreset(int days)
{
    const int preset = days <= 1 ? 0 : days <= 7 ? 1 : 2;
    m_dateCheck->setChecked(true);
    if (m_presetCombo->currentIndex() == preset)
        applyPreset(); // "now" has moved since the preset was chosen
    else
        m_presetCombo->setCurrentIndex(preset);
}

void FilterForm::applyPreset()
{
    if (m_presetCombo->currentIndex() == Custom)
        return;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_zone);
    const QDateTime wallNow(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    static constexpr int kDays[] = {1, 7, 30};
    m_toEdit->setDateTime(wallNow);
    m_fromEdit->setDateTime(wallNow.addDays(-kDays[m_presetCombo->currentIndex()]));
}

void FilterForm::updateDateWidgets()
{
    const bool on = m_dateCheck->isChecked();
    m_presetCombo->setEnabled(on);
    m_fromEdit->setEnabled(on);
    m_toEdit->setEnabled(on);
    m_formatCombo->setEnabled(on);
}

void FilterForm::rememberFormat()
{
    const auto format = static_cast<DateFormat>(m_formatCombo->currentData().toInt());
    Settings::setValue(Settings::Key::DateFormat, DateFormats::wireName(format));
    // Date-only formats send whole days: show only the date so the form does not promise more.
    const QString display =
        DateFormats::hasTime(format) ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd");
    m_fromEdit->setDisplayFormat(display);
    m_toEdit->setDisplayFormat(display);
}

Expected<HistoryQuery> FilterForm::query() const
{
    HistoryQuery query;
    query.importId = m_importIdEdit->text().trimmed();
    query.importName = m_importNameCombo->currentText().trimmed();
    if (m_dateCheck->isChecked()) {
        if (m_presetCombo->currentIndex() != Custom)
            const_cast<FilterForm *>(this)->applyPreset(); // "last 7 days" means up to now, when fetched
        const auto format = static_cast<DateFormat>(m_formatCombo->currentData().toInt());
        if (m_toEdit->dateTime() < m_fromEdit->dateTime())
            return unexpected(tr("The date range ends before it starts: set \"to\" after \"from\"."));
        query.dates = DateRange{DateFormats::format(m_fromEdit->dateTime(), format),
                                DateFormats::format(m_toEdit->dateTime(), format), format};
    }
    for (QCheckBox *check : m_statusChecks) {
        if (check->isChecked())
            query.statuses << static_cast<FileStatus>(check->property("status").toInt());
    }
    if (query.statuses.isEmpty())
        return unexpected(tr("No status is ticked: tick at least one, or click All."));
    if (query.statuses.size() == m_statusChecks.size()) {
        query.statuses.clear(); // every box ticked: every status, those without a box of their own too
    } else if (query.statuses.contains(FileStatus::Failed) ||
               query.statuses.contains(FileStatus::PartialSuccess)) {
        // PARTIAL_FAILURE and statuses this version does not know have no box: they are failures of a
        // kind, so they come with FAILED or PARTIAL_SUCCESS rather than being dropped unseen.
        query.statuses << FileStatus::PartialFailure << FileStatus::Other;
    }
    if (const auto problem = query.validate())
        return unexpected(*problem);
    return query;
}

void FilterForm::setImport(const QString &id, const QString &name)
{
    m_importNameCombo->setEditText(name);
    m_importIdEdit->setText(id);
    selectCurrentImport();
}

QString FilterForm::importLabel(const ImportSummary &import) const
{
    // The file count first: it is what tells the large imports from the small ones.
    QStringList parts{tr("%Ln file(s)", nullptr, int(import.totalFiles))};
    for (const QString &part : {import.type, import.source}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString when = import.lastRunAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    if (!import.lastRunStatus.isEmpty() && !when.isEmpty())
        parts << tr("last run %1, %2").arg(import.lastRunStatus, when);
    else if (!import.lastRunStatus.isEmpty() || !when.isEmpty())
        parts << tr("last run %1").arg(import.lastRunStatus.isEmpty() ? when : import.lastRunStatus);
    return parts.join(QStringLiteral(" · "));
}

int FilterForm::currentImportIndex() const
{
    // The ID wins over the name in the request, so it decides here too.
    const QString id = m_importIdEdit->text().trimmed();
    if (!id.isEmpty())
        return m_importNameCombo->findData(id);
    const QString name = m_importNameCombo->currentText().trimmed();
    return name.isEmpty() ? -1 : m_importNameCombo->findText(name);
}

void FilterForm::selectCurrentImport()
{
    const QString text = m_importNameCombo->currentText();
    const int index = currentImportIndex();
    m_importNameCombo->setCurrentIndex(index);
    // An import that is not in the list (typed, or the list is of another workspace) stays as typed;
    // one found by its ID shows its name.
    if (index < 0)
        m_importNameCombo->setEditText(text);
}

void FilterForm::setImports(const QList<ImportSummary> &imports)
{
    m_imports = imports;
    const QString text = m_importNameCombo->currentText();
    const QString id = m_importIdEdit->text();
    m_importNameCombo->clear();
    for (const ImportSummary &import : imports) {
        m_importNameCombo->addItem(import.name, import.id);
        const int row = m_importNameCombo->count() - 1;
        m_importNameCombo->setItemData(row, importLabel(import), kDetailRole);
        m_importNameCombo->setItemData(
            row, tr("%1\n%2\nID %3").arg(import.name, importLabel(import), import.id), Qt::ToolTipRole);
    }
    m_importNameCombo->setEditText(text);
    m_importIdEdit->setText(id);
    selectCurrentImport();
    m_importsState->setText(imports.isEmpty() ? tr("no imports listed")
                                              : tr("%Ln import(s)", nullptr, int(imports.size())));
}

void FilterForm::setImportsState(const QString &text)
{
    m_importsState->setText(text);
    m_importsState->setToolTip(text);
}

void FilterForm::setFetching(bool fetching)
{
    m_cancelButton->setEnabled(fetching);
    m_fetchButton->setText(fetching ? tr("Refetch") : tr("Fetch"));
}

void FilterForm::setStatuses(const QList<FileStatus> &statuses)
{
    for (QCheckBox *check : std::as_const(m_statusChecks))
        check->setChecked(statuses.contains(static_cast<FileStatus>(check->property("status").toInt())));
}

QString FilterForm::filtersInWords() const
{
    QStringList parts;
    QStringList ticked;
    for (QCheckBox *check : m_statusChecks) {
        if (check->isChecked())
            ticked << check->text();
    }
    if (ticked.size() != m_statusChecks.size())
        parts << tr("status %1").arg(ticked.join(QStringLiteral(", ")));
    if (m_dateCheck->isChecked())
        parts << tr("dates %1 to %2").arg(m_fromEdit->text(), m_toEdit->text());
    return parts.join(QStringLiteral("; "));
}

bool FilterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide && watched == m_importNameCombo->completer()->popup()) {
        const int named = m_importNameCombo->findData(m_importIdEdit->text());
        if (named >= 0 && m_importNameCombo->itemText(named) != m_importNameCombo->currentText())
            m_importIdEdit->clear();
    }
    return QWidget::eventFilter(watched, event);
}

FilterForm::~FilterForm()
{
    // The children outlive this object's own part of the destruction: closing takes the focus from
    // the import field, and the combo then says "activated" and its suggestions "hidden" to a form
    // that is only a QWidget any more (UBSan caught it). No child's signal reaches the form now.
    m_importNameCombo->completer()->popup()->removeEventFilter(this);
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}
