#pragma once
// The window's Triage tab (issue 20): the failure causes of the import the window shows, fed live
// from the fetch it follows, as the table is (docs/ARCHITECTURE.md, "Triage in the window"). The
// stored answer shown and a refresh's replacement regroup everything; files arriving are added to
// what is grouped; another fetch starts over, so no cause of an earlier import is ever shown. The
// span is what was fetched: the query's dates when it has them, else the import's whole history.

#include "api/HistoryQuery.h"
#include "model/CauseTableModel.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class HistoryFetch;
class TriageView;

class TriagePage final : public QWidget
{
    Q_OBJECT
public:
    explicit TriagePage(QWidget *parent = nullptr);

    TriageView *view() const { return m_view; }
    CauseTableModel *model() const { return m_model; }
    HistoryFetch *fetch() const { return m_fetch; }

    // Follows `fetch` from now on (null: nothing): what it holds already, then its stored answer,
    // its files as they arrive and a refresh's replacement. The causes of the fetch followed before
    // are gone at once, with the selected cause unless `fetch` asks the same query again.
    void follow(HistoryFetch *fetch);
    // Stops following the fetch but keeps its causes: the window stopped taking its files (a fetch
    // shared with another view, cancelled here only), and the causes must describe the table.
    void stopFollowing();
    // The zone the workspace's timestamps are read in, and the one whose midnights divide the
    // per-day counts (the zone the window shows times in). A change regroups `files`, the files the
    // table holds (they may be fewer than the fetch's, when a shared fetch was cancelled here only).
    void setZones(const QTimeZone &workspace, const QTimeZone &display, const QList<FileRun> &files);
    // The causes in the order the Triage table shows them, for export.
    QList<qsizetype> rowsInViewOrder() const;
    // True while files a fetch delivers are being grouped: the table has not taken them in yet (it
    // hears of them after this page), so ids that joined a cause now are of files it does not hold.
    bool isAddingArrivals() const { return m_addingArrivals; }
    // The selected cause's file ids, in the order added; empty when none is selected.
    QList<QByteArray> selectedCauseFileIds() const;
    // The file id of the selected cause's example; empty when no cause is selected.
    QByteArray selectedExampleFileId() const;
    // "Span: the whole fetched history", or the date filter's.
    QString spanText() const;

    // Whether "new" is told: the query has a start and the stored history reaches before it.
    bool tellsNew() const { return m_spanStart.has_value(); }
    // True while a large answer (a stored history shown, a refresh's replacement) is still being
    // grouped, a slice per turn of the event loop; the causes are whole once it is false.
    bool isGrouping() const { return m_groupedUpTo < m_grouping.size(); }

private:
    void regroup(const QList<FileRun> &files);
    // Groups the next slice of m_grouping and, while some is left, asks for the next turn.
    void groupNextSlice(quint64 generation);
    // A regroup still under way stops: what replaces it groups every file itself.
    void stopGrouping();
    // Reads the import's stored history for its problem files before the query's start, so "new"
    // can be told from it (docs/ARCHITECTURE.md, "Triage in the window").
    void loadHistoryBefore(HistoryFetch *fetch);
    TriageSpan currentSpan() const;

    CauseTableModel *m_model;
    TriageView *m_view;
    QPointer<HistoryFetch> m_fetch;
    std::optional<HistoryQuery> m_query; // the query followed, and in which workspace
    QString m_workspace;
    bool m_addingArrivals = false;
    // Set once the stored history is known to reach before the query's start (wall clock µs):
    // the span then starts there, and m_before (its problem files before it) mark what is not new.
    std::optional<qint64> m_spanStart;
    QList<FileRun> m_before;
    quint64 m_generation = 0; // which follow() a store read belongs to
    // The answer being grouped a slice at a time (regroup()), and how far: the slices of a stopped
    // regroup find another generation and do nothing.
    QList<FileRun> m_grouping;
    qsizetype m_groupedUpTo = 0;
    quint64 m_groupingGeneration = 0;
    QTimeZone m_workspaceZone = QTimeZone::utc();
    QTimeZone m_displayZone = QTimeZone::utc();
};
