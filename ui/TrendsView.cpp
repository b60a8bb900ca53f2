#include "TrendsView.h"

#include "ElidedLabel.h"
#include "common/Palette.h"

#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QAccessible>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFocusEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kBarWidth = 0.8; // of a day's column, in both charts

// The table's six status colours, one stack layer each; problems at the bottom, where they are
// easiest to compare from day to day.
struct ChartLayer
{
    const char *label;
    std::initializer_list<FileStatus> statuses;
};

const ChartLayer kChartLayers[] = {
    {QT_TRANSLATE_NOOP("TrendsView", "Failed"), {FileStatus::Failed}},
    // Apart, in their own colours: a partial failure may have lost most of its rows.
    {QT_TRANSLATE_NOOP("TrendsView", "Partial failure"), {FileStatus::PartialFailure}},
    {QT_TRANSLATE_NOOP("TrendsView", "Partial success"), {FileStatus::PartialSuccess}},
    {QT_TRANSLATE_NOOP("TrendsView", "Successful"), {FileStatus::Successful}},
    {QT_TRANSLATE_NOOP("TrendsView", "Processing"), {FileStatus::Processing}},
    {QT_TRANSLATE_NOOP("TrendsView", "Queued or waiting"),
     {FileStatus::Queued, FileStatus::Waiting, FileStatus::Other}},
};

int groupCount(const DayTrend &day, const ChartLayer &group)
{
    int count = 0;
    for (const FileStatus status : group.statuses)
        count += day.filesWith(status);
    return count;
}

// About a dozen labels whatever the span: every day for two weeks, then every 2, 7, 14, 28… days.
int labelStep(qsizetype days)
{
    constexpr int kMaxLabels = 14;
    for (const int step : {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
        if ((days + step - 1) / step <= kMaxLabels)
            return step;
    }
    return int((days + kMaxLabels - 1) / kMaxLabels);
}

// Ticks on round numbers: 0, 5, 10… or 0, 50,000, 100,000…, never 62,500 or a repeated "0".
void setNiceRange(QValueAxis *axis, double niceMax)
{
    axis->setRange(0, niceMax);
    for (const int ticks : {5, 6, 4, 3, 2}) {
        const double step = niceMax / (ticks - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        const bool round = std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                           std::abs(mantissa - 5) < 1e-9 || (std::abs(mantissa - 2.5) < 1e-9 && step >= 25);
        if (round && std::abs(step - std::round(step)) < 1e-9) {
            axis->setTickCount(ticks);
            return;
        }
    }
    axis->setTickCount(2);
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString zoneName(const QTimeZone &zone)
{
    return zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true); // 250,000 rather than 250000
    // The chart's own least size grows with its legend and axes (six statuses in a narrow window),
    // and QChartView makes it the view's: that pushed the window past an 800×600 screen. On a small
    // screen the charts are smaller instead.
    chart->setMinimumSize(QSizeF(80, 60));
    return chart;
}

} // namespace

TrendsView::TrendsView(FileRunTableModel *model, FileRunFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trendsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    // Gives way instead of widening the window: with a chip on it says more ("… of 987 fetched, as
    // the table's filter shows"), which set the window's least width past an 800 px screen.
    auto *summary = new ElidedLabel(this);
    summary->setElideMode(Qt::ElideRight);
    m_summary = summary;
    m_summary->setObjectName(QStringLiteral("trendsSummary"));
    top->addWidget(m_summary, 1);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("trendsFilterLabel"));
    m_filterLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_showAllButton = new QPushButton(tr("Show all days"), this);
    m_showAllButton->setObjectName(QStringLiteral("showAllDaysButton"));
    connect(m_showAllButton, &QPushButton::clicked, this, [this] { selectDay(std::nullopt); });
    top->addWidget(m_filterLabel);
    top->addWidget(m_showAllButton);
    layout->addLayout(top);
    m_keyDayLabel = new QLabel(this);
    m_keyDayLabel->setObjectName(QStringLiteral("trendsKeyDay"));
    m_keyDayLabel->setWordWrap(true);
    m_keyDayLabel->hide();
    layout->addWidget(m_keyDayLabel);

    m_stack = new QStackedWidget(this);
    auto *charts = new QWidget(m_stack);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    // A QChartView starts with a chart of its own, which setChart() releases without deleting:
    // hand it ours at construction instead.
    m_filesView = new QChartView(newChart(QString()), charts);
    m_filesView->setObjectName(QStringLiteral("filesChart"));
    m_filesView->setRenderHint(QPainter::Antialiasing);
    m_rowsView = new QChartView(newChart(QString()), charts);
    m_rowsView->setObjectName(QStringLiteral("rowsChart"));
    m_rowsView->setRenderHint(QPainter::Antialiasing);
    // Hover and click are read from the views' own mouse events, not from the bar items' hover
    // signals, which come through the graphics scene's own hover tracking: the day's numbers then
    // follow the pointer from its first move (in an inactive window too), and go when the chart does.
    for (QChartView *view : {m_filesView, m_rowsView}) {
        view->viewport()->setMouseTracking(true);
        view->viewport()->installEventFilter(this);
        // The keyboard's way to the same: Left and Right (Home, End) move along the days and show each
        // day's numbers, Return or Space filters the table to it, as a click does.
        view->installEventFilter(this);
        view->setFocusPolicy(Qt::StrongFocus);
        // A frame, so the focus ring has somewhere to show (QChartView has none of its own).
        view->setFrameShape(QFrame::StyledPanel);
    }
    m_filesView->setAccessibleName(tr("Files per day"));
    m_rowsView->setAccessibleName(tr("Rows per day"));
    chartsLayout->addWidget(m_filesView, 1);
    chartsLayout->addWidget(m_rowsView, 1);
    m_emptyLabel = new QLabel(
        tr("<h3>No trends yet</h3><p>Fetch an import: its files are summed up here per day.</p>"), m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("trendsEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    // A wrapped label asks for the height of its text at its narrowest: that set the tab's least
    // height past what an 800×600 screen leaves. It is short; give it what is there.
    m_emptyLabel->setMinimumSize(120, 4 * fontMetrics().height());
    m_stack->addWidget(charts);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 1);

    // Pages arrive in bursts: sum up once they settle, and only while the tab is seen.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrendsView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrendsView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrendsView::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TrendsView::scheduleRefresh); // zones
    // The day filter may be set or cleared elsewhere too (a new fetch, the window's own control).
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TrendsView::updateFilterStrip);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TrendsView::updateFilterStrip);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TrendsView::updateFilterStrip);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TrendsView::updateFilterStrip);
    // Trends count what the table shows: a chip or a search narrows them too (the day filter does
    // not, or a click on a day would leave a chart of one day).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        const auto filter = std::make_pair(m_proxy->statusGroup(), m_proxy->quickFilter());
        if (filter == m_shownFilter)
            return;
        m_shownFilter = filter;
        scheduleRefresh();
    });

    updateFilterStrip();
    m_stack->setCurrentIndex(1);
}

void TrendsView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void TrendsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void TrendsView::refresh()
{
    m_refreshTimer->stop();
    m_dirty = false;
    m_shownFilter = std::make_pair(m_proxy->statusGroup(), m_proxy->quickFilter());
    if (!m_proxy->filtersBesidesDay()) {
        m_trends = DailyTrends::compute(m_model->files(), m_model->workspaceZone(), m_model->displayZone());
    } else {
        QList<FileRun> shown;
        const QList<FileRun> &files = m_model->files();
        for (int row = 0; row < files.size(); ++row) {
            if (m_proxy->acceptsOnAnyDay(row))
                shown.append(files[row]);
        }
        m_trends = DailyTrends::compute(shown, m_model->workspaceZone(), m_model->displayZone());
    }
    rebuildCharts();
    updateFilterStrip();
}

QCategoryAxis *TrendsView::makeDayAxis() const
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, double(m_trends.days.size()) - 0.5);
    axis->setGridLineVisible(false);
    const qsizetype count = m_trends.days.size();
    const int step = labelStep(count);
    const bool years = count > 0 && m_trends.days.front().day.year() != m_trends.days.back().day.year();
    const QString format = years ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM");
    const QLocale locale;
    for (qsizetype i = 0; i < count; i += step)
        axis->append(locale.toString(m_trends.days[i].day, format), double(i));
    return axis;
}

void TrendsView::rebuildCharts()
{
    m_keyDay = -1; // other days now: the keyboard starts again from the filtered or latest day
    m_fileSets.clear();
    m_rowSets.clear();
    const QLocale locale;
    qsizetype files = 0;
    for (const DayTrend &day : m_trends.days)
        files += day.fileCount();
    const QString zone = zoneName(m_model->displayZone());
    // With a chip or a search on, the summary says so: these are the table's files, not all fetched.
    const QString fileCount =
        m_proxy->filtersBesidesDay()
            ? tr("%1 of %2 fetched, as the table's filter shows")
                  .arg(locale.toString(qint64(files)), locale.toString(qint64(m_model->rowCount())))
            : locale.toString(qint64(files));
    QString summary = m_trends.isEmpty()
                          ? QString()
                          : tr("Files: %1 · days: %2, %3 to %4 · days in %5 by scheduled time")
                                .arg(fileCount, locale.toString(qint64(m_trends.days.size())),
                                     locale.toString(m_trends.days.front().day, QLocale::ShortFormat),
                                     locale.toString(m_trends.days.back().day, QLocale::ShortFormat), zone);
    if (m_trends.unscheduled > 0)
        summary +=
            tr(" · not shown, without a scheduled time: %1").arg(locale.toString(m_trends.unscheduled));
    m_summary->setText(summary);
    m_stack->setCurrentIndex(m_trends.isEmpty() ? 1 : 0);

    // Files per day, stacked by status.
    QChart *filesChart = newChart(tr("Files per day"));
    auto *fileSeries = new QStackedBarSeries;
    fileSeries->setBarWidth(kBarWidth);
    for (const ChartLayer &group : kChartLayers) {
        auto *set = new QBarSet(tr(group.label));
        const QColor colour = Palette::statusColor(*group.statuses.begin());
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setSelectedColor(colour.darker(160));
        int total = 0;
        for (const DayTrend &day : m_trends.days) {
            const int count = groupCount(day, group);
            total += count;
            set->append(count);
        }
        if (total == 0) {
            delete set; // a legend entry for a status with no file is noise
            continue;
        }
        fileSeries->append(set);
        m_fileSets.append(set);
    }
    filesChart->addSeries(fileSeries);
    QCategoryAxis *filesX = makeDayAxis();
    filesChart->addAxis(filesX, Qt::AlignBottom);
    fileSeries->attachAxis(filesX);
    auto *filesY = new QValueAxis;
    int mostFiles = 0;
    for (const DayTrend &day : m_trends.days)
        mostFiles = std::max(mostFiles, day.fileCount());
    setNiceRange(filesY, niceCeiling(std::max(mostFiles, 1)));
    filesY->setLabelFormat(QStringLiteral("%.0f"));
    filesY->setTitleText(tr("Files"));
    filesChart->addAxis(filesY, Qt::AlignLeft);
    fileSeries->attachAxis(filesY);

    // Rows per day and the failure rate.
    QChart *rowsChart = newChart(tr("Rows per day and failure rate"));
    auto *rowSeries = new QStackedBarSeries;
    rowSeries->setBarWidth(kBarWidth);
    struct RowLayer
    {
        QString label;
        QColor colour;
        qint64 DayTrend::*field;
    };
    const RowLayer layers[] = {
        {tr("Failed rows"), Palette::statusColor(FileStatus::Failed), &DayTrend::failedRows},
        {tr("Added rows"), Palette::statusColor(FileStatus::Successful), &DayTrend::addedRows},
        {tr("Updated rows"), Palette::color(Palette::Role::UpdatedRows), &DayTrend::updatedRows},
    };
    double mostRows = 0;
    QList<double> stacked(m_trends.days.size(), 0.0);
    for (const RowLayer &layer : layers) {
        auto *set = new QBarSet(layer.label);
        set->setColor(layer.colour);
        set->setBorderColor(layer.colour);
        set->setSelectedColor(layer.colour.darker(160));
        for (qsizetype i = 0; i < m_trends.days.size(); ++i) {
            const double value = double(m_trends.days[i].*layer.field);
            set->append(value);
            stacked[i] += value;
            mostRows = std::max(mostRows, stacked[i]);
        }
        rowSeries->append(set);
        m_rowSets.append(set);
    }
    rowsChart->addSeries(rowSeries);
    auto *rate = new QLineSeries;
    rate->setName(tr("Failure rate (failed ÷ total rows)"));
    QPen ratePen(Palette::color(Palette::Role::FailureRate));
    ratePen.setWidthF(2);
    rate->setPen(ratePen);
    rate->setPointsVisible(true); // a single day still shows its rate
    double mostRate = 0;
    for (qsizetype i = 0; i < m_trends.days.size(); ++i) {
        if (const auto percent = m_trends.days[i].failurePercent()) {
            rate->append(double(i), *percent);
            mostRate = std::max(mostRate, *percent);
        }
    }
    rowsChart->addSeries(rate);
    QCategoryAxis *rowsX = makeDayAxis();
    rowsChart->addAxis(rowsX, Qt::AlignBottom);
    rowSeries->attachAxis(rowsX);
    rate->attachAxis(rowsX);
    auto *rowsY = new QValueAxis;
    setNiceRange(rowsY, niceCeiling(std::max(mostRows, 1.0)));
    rowsY->setLabelFormat(QStringLiteral("%.0f"));
    rowsY->setTitleText(tr("Rows"));
    rowsChart->addAxis(rowsY, Qt::AlignLeft);
    rowSeries->attachAxis(rowsY);
    auto *rateY = new QValueAxis;
    setNiceRange(rateY, std::min(100.0, niceCeiling(std::max(mostRate, 1.0))));
    rateY->setLabelFormat(QStringLiteral("%.0f"));
    rateY->setTitleText(tr("Failure rate (%)"));
    rateY->setLinePenColor(ratePen.color());
    rateY->setLabelsColor(ratePen.color());
    rateY->setGridLineVisible(false);
    rowsChart->addAxis(rateY, Qt::AlignRight);
    rate->attachAxis(rateY);

    // QChartView gives up, but does not delete, the chart it showed.
    QChart *oldFiles = m_filesView->chart();
    QChart *oldRows = m_rowsView->chart();
    m_filesView->setChart(filesChart);
    m_rowsView->setChart(rowsChart);
    delete oldFiles;
    delete oldRows;
    updateSelectionHighlight();
}

QString TrendsView::dayText(qsizetype index) const
{
    QStringList lines = dayLines(index);
    if (!lines.isEmpty() && m_trends.days[index].fileCount() > 0)
        lines.append(QStringLiteral("<i>%1</i>").arg(tr("Click to show only this day in the table")));
    return lines.join(QStringLiteral("<br>"));
}

QString TrendsView::keyDayText(qsizetype index) const
{
    QStringList lines = dayLines(index);
    if (!lines.isEmpty() && m_trends.days[index].fileCount() > 0)
        lines.append(QStringLiteral("<i>%1</i>").arg(tr("Return shows only this day in the table")));
    return lines.join(QStringLiteral(" · "));
}

QStringList TrendsView::dayLines(qsizetype index) const
{
    if (index < 0 || index >= m_trends.days.size())
        return {};
    const DayTrend &day = m_trends.days[index];
    const QLocale locale;
    QStringList lines;
    lines.append(
        QStringLiteral("<b>%1</b>").arg(locale.toString(day.day, QLocale::LongFormat).toHtmlEscaped()));
    QStringList byStatus;
    for (const ChartLayer &group : kChartLayers) {
        if (const int count = groupCount(day, group))
            byStatus.append(QStringLiteral("%1 %2").arg(locale.toString(count), tr(group.label).toLower()));
    }
    lines.append(byStatus.isEmpty()
                     ? tr("No files")
                     : tr("Files: %1 (%2)")
                           .arg(locale.toString(day.fileCount()), byStatus.join(QStringLiteral(", "))));
    if (day.totalRows > 0) {
        lines.append(tr("Rows: %1 total · %2 added · %3 updated · %4 failed")
                         .arg(locale.toString(day.totalRows), locale.toString(day.addedRows),
                              locale.toString(day.updatedRows), locale.toString(day.failedRows)));
        lines.append(tr("Failure rate: %1 %").arg(locale.toString(*day.failurePercent(), 'f', 2)));
    }
    return lines;
}

qsizetype TrendsView::dayAt(const QChartView *view, const QPoint &viewportPos) const
{
    QChart *chart = view->chart();
    if (!chart || chart->series().isEmpty() || m_trends.days.isEmpty())
        return -1;
    const QPointF inChart = chart->mapFromScene(view->mapToScene(viewportPos));
    if (!chart->plotArea().contains(inChart))
        return -1;
    // The stacked bars are each chart's first series; their x axis counts days from 0.
    const double x = chart->mapToValue(inChart, chart->series().constFirst()).x();
    const auto index = qsizetype(std::lround(x));
    if (index < 0 || index >= m_trends.days.size() || std::abs(x - double(index)) > kBarWidth / 2)
        return -1;
    return index;
}

bool TrendsView::keyOnChart(QChartView *view, QEvent *event)
{
    if (m_trends.days.isEmpty())
        return false;
    const qsizetype last = m_trends.days.size() - 1;
    // Start on the day the table is filtered to, else the latest.
    auto startDay = [this, last] {
        const auto day = m_proxy->day();
        return day && m_trends.indexOf(*day) >= 0 ? m_trends.indexOf(*day) : last;
    };
    if (event->type() == QEvent::FocusIn) {
        // Not for a click: the line would push the charts down between press and release, and the
        // release would land beside the bar that was pressed.
        if (static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
            return false;
        if (m_keyDay < 0 || m_keyDay > last)
            m_keyDay = startDay();
        showKeyDay(view);
        return false;
    }
    if (event->type() == QEvent::FocusOut) {
        m_keyDayLabel->hide();
        updateSelectionHighlight(); // back to the day the table is filtered to, if any
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    if (m_keyDay < 0 || m_keyDay > last) // the charts were rebuilt with fewer days, or no focus-in came
        m_keyDay = startDay();
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Left:
        m_keyDay = std::max<qsizetype>(0, m_keyDay - 1);
        break;
    case Qt::Key_Right:
        m_keyDay = std::min(last, m_keyDay + 1);
        break;
    case Qt::Key_Home:
        m_keyDay = 0;
        break;
    case Qt::Key_End:
        m_keyDay = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_keyDay >= 0 && m_keyDay <= last && m_trends.days[m_keyDay].fileCount() > 0)
            selectDay(m_trends.days[m_keyDay].day);
        return true;
    default:
        return false;
    }
    showKeyDay(view);
    return true;
}

void TrendsView::showKeyDay(QChartView *view)
{
    if (m_keyDay < 0 || m_keyDay >= m_trends.days.size())
        return;
    // In a line above the charts, not a tool tip: Qt hides tool tips at every key press. The day's
    // bars are highlighted as a filtered day's are, in both charts.
    m_keyDayLabel->setText(keyDayText(m_keyDay));
    m_keyDayLabel->show();
    for (const QList<QBarSet *> *sets : {&m_fileSets, &m_rowSets}) {
        for (QBarSet *set : *sets) {
            set->deselectAllBars();
            set->selectBar(int(m_keyDay));
        }
    }
    // What a screen reader says as the day changes.
    QTextDocument plain;
    plain.setHtml(m_keyDayLabel->text());
    view->setAccessibleDescription(plain.toPlainText());
    QAccessibleEvent changed(view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

bool TrendsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filesView || watched == m_rowsView) {
        if (keyOnChart(static_cast<QChartView *>(watched), event))
            return true;
        return QWidget::eventFilter(watched, event);
    }
    QChartView *view = watched == m_filesView->viewport()  ? m_filesView
                       : watched == m_rowsView->viewport() ? m_rowsView
                                                           : nullptr;
    if (!view)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() == Qt::NoButton)
            showDayTip(view, mouse->position().toPoint());
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const qsizetype index = dayAt(view, mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index >= 0 && m_trends.days[index].fileCount() > 0)
            selectDay(m_trends.days[index].day);
        break;
    }
    case QEvent::ToolTip:
        // The scene has no tool tips of its own and would hide the day's numbers when asked for one.
        return true;
    case QEvent::Leave:
        hideDayTip();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TrendsView::showDayTip(QChartView *view, const QPoint &viewportPos)
{
    const qsizetype index = dayAt(view, viewportPos);
    if (index < 0) {
        hideDayTip();
        return;
    }
    // At the pointer, over the chart view that asked: never left behind over another page.
    QToolTip::showText(view->viewport()->mapToGlobal(viewportPos), dayText(index), view->viewport());
    m_tipShown = true;
}

void TrendsView::hideDayTip()
{
    if (!m_tipShown)
        return;
    m_tipShown = false;
    QToolTip::hideText();
}

void TrendsView::hideEvent(QHideEvent *event)
{
    hideDayTip(); // a click on a day switches to the table: the day's numbers go with the chart
    QWidget::hideEvent(event);
}

void TrendsView::selectDay(std::optional<QDate> day)
{
    hideDayTip();
    m_proxy->setDay(day);
    updateFilterStrip();
    Q_EMIT daySelected(day);
}

QString TrendsView::filterText() const
{
    return m_filterLabel->isVisible() || m_proxy->day() ? m_filterLabel->text() : QString();
}

void TrendsView::updateFilterStrip()
{
    const auto day = m_proxy->day();
    m_filterLabel->setText(
        day ? tr("The table shows only %1").arg(QLocale().toString(*day, QLocale::LongFormat)) : QString());
    m_filterLabel->setVisible(day.has_value());
    m_showAllButton->setVisible(day.has_value());
    updateSelectionHighlight();
}

void TrendsView::updateSelectionHighlight()
{
    const auto day = m_proxy->day();
    const qsizetype index = day ? m_trends.indexOf(*day) : -1;
    for (const QList<QBarSet *> *sets : {&m_fileSets, &m_rowSets}) {
        for (QBarSet *set : *sets) {
            set->deselectAllBars();
            if (index >= 0)
                set->selectBar(int(index));
        }
    }
}
