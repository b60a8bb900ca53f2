#include "TriageView.h"

#include "common/Palette.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kStripWidth = 104; // px for the per-day bars: two pixels a day for a couple of months
constexpr int kWideEnoughForExample = 1100; // below it the example is shown only under the table

// Draws the per-day strip and the "New" badge; every other cell as the style draws it.
class TriageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int column = index.column();
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QString text = background.text;
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // The cell's background, selection and focus as the style draws them; the text straight, one
        // line elided: the style's own text layout took most of a repaint, which a live fetch repeats.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(background);
            focus.rect = option.rect;
            focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
            focus.backgroundColor = background.palette.color(
                option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
        if (column != CauseTableModel::DaysColumn && column != CauseTableModel::NewColumn) {
            if (text.isEmpty())
                return;
            const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
            const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
            const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                               : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                                       : QPalette::Inactive;
            painter->save();
            painter->setFont(background.font);
            painter->setPen(background.palette.color(
                group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            const Qt::Alignment alignment =
                QStyle::visualAlignment(option.direction, background.displayAlignment);
            painter->drawText(area, int(alignment) | Qt::TextSingleLine,
                              background.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
            painter->restore();
            return;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (column == CauseTableModel::DaysColumn)
            paintStrip(painter, option.rect, index.data(CauseTableModel::PerDayRole).value<QList<int>>());
        else if (index.data(CauseTableModel::IsNewRole).toBool())
            paintBadge(painter, option, index.data().toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == CauseTableModel::DaysColumn)
            size.setWidth(kStripWidth);
        return size;
    }

private:
    static void paintStrip(QPainter *painter, const QRect &cell, const QList<int> &days)
    {
        const QRect area = cell.adjusted(4, 4, -4, -4);
        if (days.isEmpty() || area.width() <= 0 || area.height() <= 0)
            return;
        // More days than pixel pairs: days share a bar (their sum), so a long span still fits.
        const qsizetype bars = std::min<qsizetype>(days.size(), std::max(1, area.width() / 2));
        QList<int> sums(bars, 0);
        for (qsizetype day = 0; day < days.size(); ++day)
            sums[day * bars / days.size()] += days[day];
        const int most = *std::max_element(sums.cbegin(), sums.cend());
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::color(Palette::Role::Neutral));
        painter->drawRect(QRectF(area.left(), area.bottom(), area.width(), 1)); // the base line: days without
        if (most == 0)
            return;
        painter->setBrush(Palette::color(Palette::Role::Failed));
        const double width = double(area.width()) / double(bars);
        for (qsizetype bar = 0; bar < bars; ++bar) {
            if (sums[bar] == 0)
                continue;
            const double height = std::max(2.0, double(area.height()) * sums[bar] / most);
            painter->drawRect(QRectF(area.left() + bar * width, area.bottom() + 1 - height,
                                     std::max(1.0, width - (width >= 3 ? 1 : 0)), height));
        }
    }

    static void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QString &text)
    {
        const QFontMetrics metrics(option.font);
        const int width = metrics.horizontalAdvance(text) + 12;
        const int height = metrics.height() + 2;
        const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
        const QColor fill = Palette::color(Palette::Role::Processing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        // White or black, whichever reads on the badge.
        const QColor ink = Palette::contrastRatio(fill, Qt::white) >= Palette::contrastRatio(fill, Qt::black)
                               ? QColor(Qt::white)
                               : QColor(Qt::black);
        painter->setPen(ink);
        painter->setFont(option.font);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
};

// Sorts through the model's typed comparison rather than QVariants from data().
class CauseSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto *model = static_cast<const CauseTableModel *>(sourceModel());
        return model->lessThan(left.row(), right.row(), left.column());
    }
};

// Files or failed rows, most first; a header click may sort by anything else.
int sortColumn(CauseOrder order)
{
    return order == CauseOrder::Files ? CauseTableModel::FilesColumn : CauseTableModel::FailedRowsColumn;
}

} // namespace

TriageView::TriageView(CauseTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new CauseSortProxy(this))
{
    setObjectName(QStringLiteral("triageView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CauseTableModel::SortRole);
    // A live fetch re-sorts as counts grow, but once per burst of pages (scheduleLayout), not once per
    // changed cause: the proxy's own dynamic sort took a pass over every changed row for each signal
    // (docs/PERFORMANCE.md, "Triage").
    m_proxy->setDynamicSortFilter(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto *orderLabel = new QLabel(tr("Sort &by:"), this);
    m_orderCombo = new QComboBox(this);
    m_orderCombo->setObjectName(QStringLiteral("triageOrderCombo"));
    m_orderCombo->addItem(tr("Most files"), int(CauseOrder::Files));
    m_orderCombo->addItem(tr("Most failed rows"), int(CauseOrder::FailedRows));
    orderLabel->setBuddy(m_orderCombo);
    m_orderCombo->setAccessibleName(tr("Sort causes by"));
    // Qt on Linux names a combo box by its choice; the description says what it chooses.
    m_orderCombo->setAccessibleDescription(tr("Sort causes by most files or by most failed rows"));
    connect(m_orderCombo, &QComboBox::activated, this,
            [this](int i) { setOrder(CauseOrder(m_orderCombo->itemData(i).toInt())); });
    top->addWidget(orderLabel);
    top->addWidget(m_orderCombo);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("triageTable"));
    m_table->setAccessibleName(tr("Failure causes"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TriageDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the history table
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->sortByColumn(sortColumn(m_order), Qt::DescendingOrder);
    m_emptyLabel =
        new QLabel(tr("<h3>No failures</h3><p>No failed or partly failed file is in what is shown. "
                      "Causes appear here as files arrive.</p>"),
                   m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("triageEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 1);

    m_exampleLabel = new QLabel(tr("E&xample of the selected cause:"), this);
    m_example = new QPlainTextEdit(this);
    m_example->setObjectName(QStringLiteral("triageExample"));
    m_example->setReadOnly(true);
    m_example->setAccessibleName(tr("Example message of the selected cause"));
    m_example->setTabChangesFocus(true);
    m_example->setPlaceholderText(tr("Select a cause to see one of its messages whole."));
    m_example->setFixedHeight(m_example->fontMetrics().lineSpacing() * 3 + 14);
    m_exampleLabel->setBuddy(m_example);
    layout->addWidget(m_exampleLabel);
    layout->addWidget(m_example);
    setTabOrder(m_orderCombo, m_table);
    setTabOrder(m_table, m_example);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriageView::onSelectionChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                // A header click on files or failed rows is the same choice as the combo's.
                for (int i = 0; i < m_orderCombo->count(); ++i) {
                    if (sortColumn(CauseOrder(m_orderCombo->itemData(i).toInt())) == column)
                        m_orderCombo->setCurrentIndex(i);
                }
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TriageView::onRowsInserted);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TriageView::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_selectedPattern)
            m_wantedPattern = m_selectedPattern;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TriageView::onModelReset);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TriageView::onRowsChanged);

    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    updateSummary();
    fitColumns();
}

void TriageView::setOrder(CauseOrder order)
{
    m_order = order;
    const int index = m_orderCombo->findData(int(order));
    if (index >= 0)
        m_orderCombo->setCurrentIndex(index);
    m_table->sortByColumn(sortColumn(order), Qt::DescendingOrder);
    if (const QModelIndex current = m_table->selectionModel()->currentIndex(); current.isValid())
        m_table->scrollTo(current);
}

int TriageView::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

QByteArray TriageView::selectedPattern() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QByteArray() : m_model->cause(row).pattern;
}

QStringList TriageView::selectedFileIds() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QStringList() : m_model->fileIds(row);
}

bool TriageView::selectCause(const QByteArray &pattern)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->cause(row).pattern != pattern)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return true;
    }
    return false;
}

void TriageView::selectCauseWhenShown(const QByteArray &pattern)
{
    if (selectCause(pattern))
        return;
    m_wantedPattern = pattern; // onRowsInserted selects it when it arrives
}

void TriageView::clearSelection()
{
    m_wantedPattern.reset();
    m_table->selectionModel()->clearSelection();
}

void TriageView::setExampleBoxVisible(bool visible)
{
    m_exampleBoxVisible = visible;
    m_exampleLabel->setVisible(visible);
    m_example->setVisible(visible);
    fitColumns();
}

void TriageView::onSelectionChanged()
{
    const int row = selectedSourceRow();
    if (!m_restoring)
        m_wantedPattern.reset(); // the user chose: nothing to restore any more
    updateExample();
    if (row < 0) {
        const bool had = m_selectedPattern.has_value();
        m_selectedPattern.reset();
        m_selectedFiles = -1;
        if (had)
            Q_EMIT selectionCleared();
        return;
    }
    const FailureCause &cause = m_model->cause(row);
    if (cause.pattern == m_selectedPattern && cause.files == m_selectedFiles)
        return;
    m_selectedPattern = cause.pattern;
    m_selectedFiles = cause.files;
    Q_EMIT causeSelected(CauseTableModel::patternText(cause.pattern), m_model->fileIds(row));
}

void TriageView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    scheduleLayout(); // counts and columns once per burst of pages, not once per signal
    const int row = selectedSourceRow();
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    const FailureCause &cause = m_model->cause(row);
    updateExample();
    if (cause.files != m_selectedFiles) {
        // More files for the selected cause: the window's filter must take them in too.
        m_selectedFiles = cause.files;
        Q_EMIT causeSelected(CauseTableModel::patternText(cause.pattern), m_model->fileIds(row));
    }
}

void TriageView::onRowsInserted(const QModelIndex &, int first, int last)
{
    onRowsChanged();
    if (!m_wantedPattern)
        return;
    for (int row = first; row <= last; ++row) {
        if (m_model->cause(row).pattern == *m_wantedPattern) {
            const QByteArray wanted = *m_wantedPattern;
            m_wantedPattern.reset();
            m_restoring = true;
            selectCause(wanted);
            m_restoring = false;
            return;
        }
    }
}

void TriageView::onModelReset()
{
    onRowsChanged();
    // The selection went with the rows, without a signal; the cause is selected again if it returns.
    m_restoring = true;
    onSelectionChanged();
    m_restoring = false;
}

void TriageView::onRowsChanged()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    scheduleLayout();
}

void TriageView::scheduleLayout()
{
    if (m_layoutPending)
        return;
    m_layoutPending = true;
    QTimer::singleShot(0, this, [this] {
        m_layoutPending = false;
        const QHeaderView *header = m_table->horizontalHeader();
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        updateSummary();
        if (spansChanged())
            fitColumns(); // a cause now spans two imports or workspaces
    });
}

QString TriageView::summaryText() const
{
    const FailureCauses &causes = m_model->causes();
    if (causes.size() == 0)
        return m_spanText;
    qsizetype fresh = 0;
    for (qsizetype row = 0; row < m_model->rowCount(); ++row)
        fresh += causes.isNew(row) ? 1 : 0;
    // Fragments joined by " · ", so no translation has to build a sentence from two plurals.
    QString text = tr("%Ln cause(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                   tr("%Ln failed or partly failed file(s)", nullptr, int(causes.groupedFiles()));
    if (fresh > 0)
        text += QStringLiteral(" · ") + tr("%Ln new in this span", nullptr, int(fresh));
    if (!m_spanText.isEmpty())
        text += QStringLiteral(" · ") + m_spanText;
    return text;
}

void TriageView::setSpanText(const QString &text)
{
    m_spanText = text;
    updateSummary();
}

void TriageView::updateSummary()
{
    m_summary->setText(summaryText());
}

void TriageView::updateExample()
{
    const int row = selectedSourceRow();
    const QString text = row < 0 ? QString() : QString::fromUtf8(m_model->cause(row).example);
    if (m_example->toPlainText() != text)
        m_example->setPlainText(text);
}

bool TriageView::spansChanged()
{
    const std::pair<bool, bool> spans = manyImportsAndWorkspaces();
    if (spans == m_spans)
        return false;
    m_spans = spans;
    return true;
}

std::pair<bool, bool> TriageView::manyImportsAndWorkspaces() const
{
    QList<int> imports;
    QList<int> workspaces;
    const FailureCauses &causes = m_model->causes();
    for (int row = 0; row < m_model->rowCount() && (imports.size() < 2 || workspaces.size() < 2); ++row) {
        for (const int i : causes.at(row).imports) {
            if (!imports.contains(i))
                imports.append(i);
        }
        for (const int w : causes.at(row).workspaces) {
            if (!workspaces.contains(w))
                workspaces.append(w);
        }
    }
    return {imports.size() > 1, workspaces.size() > 1};
}

void TriageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void TriageView::fitColumns()
{
    // Widths from the header's words, so every language fits; the cause takes what is left. The
    // example column shows only when there is room, or when the box under the table is hidden.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int pad = 24;
    const auto fit = [&](int column, int atLeast) {
        const int width =
            std::max(atLeast, metrics.horizontalAdvance(CauseTableModel::columnTitle(column)) + pad);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    };
    fit(CauseTableModel::FilesColumn, metrics.horizontalAdvance(QStringLiteral("000,000")) + pad);
    fit(CauseTableModel::FailedRowsColumn, metrics.horizontalAdvance(QStringLiteral("0,000,000")) + pad);
    fit(CauseTableModel::ImportsColumn, 0);
    fit(CauseTableModel::WorkspacesColumn, 0);
    const int time = metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + pad;
    fit(CauseTableModel::FirstSeenColumn, time);
    fit(CauseTableModel::LastSeenColumn, time);
    fit(CauseTableModel::NewColumn, metrics.horizontalAdvance(tr("New")) + pad);
    fit(CauseTableModel::DaysColumn, kStripWidth);
    // On a narrow screen what says little goes first: first seen beside last seen, and the imports
    // and workspaces columns while every cause is in the same single one. The example box, the tool
    // tips and a wider window keep them.
    const bool narrow = width() < 900;
    m_spans = manyImportsAndWorkspaces();
    m_table->setColumnHidden(CauseTableModel::FirstSeenColumn, narrow);
    m_table->setColumnHidden(CauseTableModel::ImportsColumn, narrow && !m_spans.first);
    m_table->setColumnHidden(CauseTableModel::WorkspacesColumn, narrow && !m_spans.second);
    const bool exampleColumn = !m_exampleBoxVisible || width() >= kWideEnoughForExample;
    m_table->setColumnHidden(CauseTableModel::ExampleColumn, !exampleColumn);
    if (exampleColumn) {
        // The cause and its example share what the numbers leave.
        int fixed = 0;
        for (int column = CauseTableModel::FilesColumn; column < CauseTableModel::ExampleColumn; ++column)
            fixed += m_table->isColumnHidden(column) ? 0 : header->sectionSize(column);
        const int left = m_table->viewport()->width() - fixed;
        header->setSectionResizeMode(CauseTableModel::PatternColumn, QHeaderView::Interactive);
        header->resizeSection(CauseTableModel::PatternColumn, std::max(260, left / 2));
        header->setSectionResizeMode(CauseTableModel::ExampleColumn, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(CauseTableModel::PatternColumn, QHeaderView::Stretch);
    }
}
