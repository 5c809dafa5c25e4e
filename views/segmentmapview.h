// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/allocatorstate.h"
#include "document.h"
#include "segmentlayout.h"
#include "segmentscale.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace VramScope {

// The segments of one device at one moment: one row per segment, its blocks drawn to scale by
// state (allocated in its category colour, pending free hatched in it, free empty). Long gaps of
// empty space in a row are the picture of fragmentation. Clicking a block selects its allocation.
// Rows either share one bytes-to-pixels scale or each fill the width (SegmentScale); the label
// always gives the segment's real size. Inside a row, SegmentLayout keeps thin runs visible.
class SegmentMapView : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentMapView(QWidget *parent = nullptr);

    void setState(const DocumentPtr &document, std::shared_ptr<const AllocatorState> state);
    void clear();
    void setSelectedInterval(qint64 interval);
    qint64 selectedInterval() const { return m_selected; }
    void setScale(SegmentScale scale);
    SegmentScale scale() const { return m_scale; }
    void setOrder(SegmentOrder order);
    SegmentOrder order() const { return m_order; }

    int rowCount() const { return int(m_rows.size()); }
    int segmentCount() const { return rowCount(); } // one row per segment
    const StateSegment *segmentOfRow(int row) const;
    // Where a block is drawn (for hit tests and tests), in widget coordinates, at least one pixel
    // wide; empty if unknown.
    QRect blockRect(quint32 block) const;
    int blockAt(const QPoint &pos) const; // index into AllocatorState::blocks, or -1
    // Where a row's bar is drawn (inside its frame), in widget coordinates.
    QRect barRect(int row) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void intervalSelected(qint64 interval);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    const SegmentLayout &layout(int row) const; // built on first use, kept until a change
    int rowTop(int row) const { return row * RowHeight + 2; }
    int rowAt(const QPoint &pos) const;
    void paintRow(QPainter &p, int row, int fromX, int toX) const;
    QString segmentLabel(const StateSegment &segment) const;
    int labelWidth() const; // m_labelWidth, but never more than 2/5 of a narrow view
    QString segmentTip(const StateSegment &segment) const;
    QString blockTip(const StateBlock &block) const;
    void sortRows();

    static constexpr int RowHeight = 18;
    // The label column fits the widest label of the state shown, within these bounds.
    static constexpr int MinLabelWidth = 120;
    static constexpr int MaxLabelWidth = 360;
    static constexpr int MinBarWidth = 80;   // small segments stay wide enough to show their blocks
    static constexpr double MinRunWidth = 2; // thinner runs are widened (see SegmentLayout)
    DocumentPtr m_document;
    int m_labelWidth = MinLabelWidth;
    std::shared_ptr<const AllocatorState> m_state;
    std::vector<quint32> m_rows; // segment indices: by (pool, stream) as the state lists them,
                                 // then in m_order
    quint64 m_largest = 1;
    qint64 m_selected = -1;
    SegmentScale m_scale = SegmentScale::FitRow;
    SegmentOrder m_order = SegmentOrder::Largest;
    mutable std::vector<std::optional<SegmentLayout>> m_layouts; // by row
    mutable int m_layoutWidth = -1;                              // the width they were made for
};

} // namespace VramScope
