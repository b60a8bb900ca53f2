#pragma once
// The Trends tab: the fetched files per day at a glance. Files per day stacked by status (in the
// table's status colours), rows added, updated and failed per day, and the failure rate as a line.
// Hovering a day's bar shows that day's numbers at once; clicking it filters the table to that day.
// From the keyboard: Left and Right move along the days with the same numbers, Return filters.
// Days are cut at midnight in the zone the table shows times in (the profile's zone unless local
// time is on).

#include "model/DailyTrends.h"
#include "model/StatusGroup.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>

class FileRunFilterProxy;
class FileRunTableModel;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QValueAxis;

class TrendsView final : public QWidget
{
    Q_OBJECT
public:
    TrendsView(FileRunTableModel *model, FileRunFilterProxy *proxy, QWidget *parent = nullptr);

    // Recomputes from the model now (otherwise done lazily, while visible, after changes settle).
    void refresh();
    const DailyTrends &trends() const { return m_trends; }
    // The text shown when hovering a day (index into trends().days).
    QString dayText(qsizetype index) const;
    // The same in one line, as shown while Left and Right move along the days.
    QString keyDayText(qsizetype index) const;

    // What a click on a day's bar does: the table shows only that day; nullopt shows all again.
    void selectDay(std::optional<QDate> day);
    // The day (index into trends().days) whose bar's column is under a point of a chart view's
    // viewport, or -1.
    qsizetype dayAt(const QChartView *view, const QPoint &viewportPos) const;

    QChartView *filesChartView() const { return m_filesView; }
    QChartView *rowsChartView() const { return m_rowsView; }
    // The bar sets of the files chart, bottom to top (for tests).
    QList<QBarSet *> fileBarSets() const { return m_fileSets; }
    QString filterText() const;

Q_SIGNALS:
    void daySelected(std::optional<QDate> day);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuildCharts();
    void updateFilterStrip();
    void updateSelectionHighlight();
    void showDayTip(QChartView *view, const QPoint &viewportPos);
    void hideDayTip();
    // Left, Right, Home, End and Return on a chart; true when the key was the chart's.
    bool keyOnChart(QChartView *view, QEvent *event);
    void showKeyDay(QChartView *view);
    QCategoryAxis *makeDayAxis() const;
    QStringList dayLines(qsizetype index) const;

    FileRunTableModel *m_model;
    FileRunFilterProxy *m_proxy;
    DailyTrends m_trends;
    bool m_dirty = true;
    QTimer *m_refreshTimer;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_keyDayLabel = nullptr; // the day Left and Right reached, while a chart has focus
    QPushButton *m_showAllButton = nullptr;
    QChartView *m_filesView = nullptr;
    QChartView *m_rowsView = nullptr;
    QList<QBarSet *> m_fileSets;
    QList<QBarSet *> m_rowSets;
    bool m_tipShown = false;
    std::pair<StatusGroup, QString> m_shownFilter{StatusGroup::All, QString()}; // the table's, when summed
    qsizetype m_keyDay = -1; // the day Left and Right have reached (index into m_trends.days)
};
