// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/allocatorstate.h"
#include "document.h"
#include "segmentscale.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace VramScope {

class SegmentMapView;

// Where fragmentation shows: the allocator's segments at the cursor as rows of blocks by state
// and category, and the free cached bytes and largest free block per (pool, stream). The state
// is rebuilt on a worker thread (it is O(events)); cursor moves that arrive while it runs are
// coalesced: only the latest one is computed next. How the rows are scaled is the user's choice
// (the app stores it); the panel only reports changes.
class AllocatorStatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AllocatorStatePanel(QWidget *parent = nullptr);
    ~AllocatorStatePanel() override;

    // momentLabel: how the moment was chosen ("cursor", "OOM", "peak"), shown in the title.
    void setMoment(DocumentPtr document, int deviceIndex, qint64 event,
                   const QString &momentLabel = {});
    void clear();
    // Highlights an allocation's block (from the plot or the table) without emitting.
    void selectInterval(qint64 interval);
    // Without emitting scaleChanged: for restoring the stored choice.
    void setScale(SegmentScale scale);
    SegmentScale scale() const;
    QComboBox *scaleChooser() const { return m_scale; }
    // Without emitting orderChanged: for restoring the stored choice.
    void setOrder(SegmentOrder order);
    SegmentOrder order() const;
    QComboBox *orderChooser() const { return m_order; }

    QTreeWidget *pools() const { return m_pools; }
    SegmentMapView *segmentMap() const { return m_map; }
    const AllocatorState *state() const { return m_state.get(); }
    QString title() const;
    bool isComputing() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void intervalSelected(qint64 interval);
    void stateReady(); // a state is shown (possibly not yet the latest requested)
    void scaleChanged(VramScope::SegmentScale scale); // the user chose another scale
    void orderChanged(VramScope::SegmentOrder order); // the user chose another row order

private:
    struct Moment
    {
        DocumentPtr document;
        int device = -1;
        qint64 event = -1;
        QString label;
        bool sameAs(const Moment &o) const
        {
            return document == o.document && device == o.device && event == o.event;
        }
    };
    // What the worker hands over: the state, and which categories its blocks show (the legend).
    struct Computed
    {
        std::shared_ptr<const AllocatorState> state;
        quint32 categories = 0; // bit c: some block holds an allocation of Category c
    };
    void start();
    void onStateReady();
    void showState(const Moment &moment, const Computed &computed);
    void fillPools();
    void fitPoolsHeight();
    void fillLegend();
    QString momentText(const Moment &moment) const;

    QLabel *m_header;
    QLabel *m_legend;
    QComboBox *m_scale;
    QComboBox *m_order;
    QTreeWidget *m_pools;
    QSplitter *m_splitter;
    int m_fittedPoolRows = -1; // the pool count the splitter was last fitted to
    SegmentMapView *m_map;
    QFutureWatcher<Computed> m_watcher;
    Moment m_wanted;  // the latest request
    Moment m_running; // what the worker computes
    Moment m_shown;   // what the widgets show
    std::shared_ptr<const AllocatorState> m_state;
    quint32 m_categories = 0;
};

} // namespace VramScope
