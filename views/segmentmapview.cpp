// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "segmentmapview.h"

#include "displayformat.h"
#include "plotpalette.h"
#include "segmentbarpainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <tuple>

namespace VramScope {

SegmentMapView::SegmentMapView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SegmentMapView::clear()
{
    setState(nullptr, nullptr);
}

void SegmentMapView::setState(const DocumentPtr &document,
                              std::shared_ptr<const AllocatorState> state)
{
    m_document = document;
    m_state = std::move(state);
    m_rows.clear();
    m_layouts.clear();
    m_largest = 1;
    if (m_state && m_document) {
        for (size_t i = 0; i < m_state->segments.size(); ++i) {
            m_rows.push_back(quint32(i));
            m_largest = std::max(m_largest, m_state->segments[i].size);
        }
        sortRows();
    }
    m_labelWidth = MinLabelWidth;
    for (quint32 i : m_rows) {
        const int w = fontMetrics().horizontalAdvance(segmentLabel(m_state->segments[i])) + 12;
        m_labelWidth = std::clamp(w, m_labelWidth, int(MaxLabelWidth));
    }
    m_layouts.resize(m_rows.size());
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
}

void SegmentMapView::setSelectedInterval(qint64 interval)
{
    if (interval == m_selected)
        return;
    m_selected = interval;
    update();
}

void SegmentMapView::setOrder(SegmentOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (!m_state)
        return;
    sortRows();
    std::fill(m_layouts.begin(), m_layouts.end(), std::nullopt); // cached by row
    update();
}

// One (pool, stream) after the other, as the pools table lists them; m_order within. Ties keep
// address order, so the picture does not shuffle between moments.
void SegmentMapView::sortRows()
{
    const AllocatorState &st = *m_state;
    std::vector<quint32> poolRank(st.segments.size(), quint32(st.pools.size()));
    for (size_t i = 0; i < st.segments.size(); ++i) {
        for (size_t p = 0; p < st.pools.size(); ++p) {
            if (st.pools[p].pool == st.segments[i].pool && st.pools[p].stream == st.segments[i].stream) {
                poolRank[i] = quint32(p);
                break;
            }
        }
    }
    const auto key = [this](const StateSegment &s) -> quint64 {
        switch (m_order) {
        case SegmentOrder::Largest: return ~s.size;
        case SegmentOrder::MostFree: return ~s.freeBytes;
        case SegmentOrder::Address: return s.addr;
        }
        return 0;
    };
    std::sort(m_rows.begin(), m_rows.end(), [&](quint32 a, quint32 b) {
        const StateSegment &x = st.segments[a], &y = st.segments[b];
        return std::tuple(poolRank[a], key(x), x.addr) < std::tuple(poolRank[b], key(y), y.addr);
    });
}

void SegmentMapView::setScale(SegmentScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    std::fill(m_layouts.begin(), m_layouts.end(), std::nullopt);
    update();
}

const StateSegment *SegmentMapView::segmentOfRow(int row) const
{
    return m_state && row >= 0 && row < rowCount() ? &m_state->segments[m_rows[size_t(row)]]
                                                   : nullptr;
}

QSize SegmentMapView::sizeHint() const
{
    return QSize(600, std::max(1, rowCount()) * RowHeight + 4);
}

const SegmentLayout &SegmentMapView::layout(int row) const
{
    // Checked here rather than in resizeEvent: a hidden widget gets its resize event only when
    // shown, and hit tests may come before that.
    if (width() != m_layoutWidth) {
        std::fill(m_layouts.begin(), m_layouts.end(), std::nullopt);
        m_layoutWidth = width();
    }
    std::optional<SegmentLayout> &cached = m_layouts[size_t(row)];
    if (!cached) {
        const int barWidth = std::max(MinBarWidth, width() - labelWidth() - 8);
        const StateSegment &seg = *segmentOfRow(row);
        // Shared: one scale for every row, so the bars compare segment sizes (a small segment
        // still gets MinBarWidth to show its blocks in). Fit: each bar fills the width.
        const double pixels
            = m_scale == SegmentScale::Shared ? std::max(
                  double(MinBarWidth), double(barWidth) * double(seg.size) / double(m_largest))
                                              : double(barWidth);
        cached.emplace(*m_state, seg, double(labelWidth()), pixels, MinRunWidth);
    }
    return *cached;
}

QRect SegmentMapView::barRect(int row) const
{
    if (!segmentOfRow(row))
        return {};
    const SegmentLayout &l = layout(row);
    const int left = SegmentLayout::snap(l.left());
    return QRect(left, rowTop(row) + 1, SegmentLayout::snap(l.right()) - left, RowHeight - 4);
}

int SegmentMapView::rowAt(const QPoint &pos) const
{
    if (pos.y() < 2)
        return -1;
    const int r = (pos.y() - 2) / RowHeight;
    return r < rowCount() ? r : -1;
}

QRect SegmentMapView::blockRect(quint32 block) const
{
    if (!m_state || block >= m_state->blocks.size())
        return {};
    for (int r = 0; r < rowCount(); ++r) {
        const StateSegment &seg = *segmentOfRow(r);
        if (block < seg.firstBlock || block >= seg.firstBlock + seg.blockCount)
            continue;
        const SegmentLayout &l = layout(r);
        const int x0 = SegmentLayout::snap(l.blockStart(block));
        const int x1 = std::max(x0 + 1, SegmentLayout::snap(l.blockEnd(block)));
        return QRect(x0, rowTop(r) + 1, x1 - x0, RowHeight - 4);
    }
    return {};
}

int SegmentMapView::blockAt(const QPoint &pos) const
{
    const int r = rowAt(pos);
    // The pixel's centre, where the drawing decides which run (and block) owns the pixel.
    return r < 0 ? -1 : layout(r).blockAt(pos.x() + 0.5);
}

int SegmentMapView::labelWidth() const
{
    return std::min(m_labelWidth, std::max(int(MinLabelWidth), width() * 2 / 5));
}

QString SegmentMapView::segmentLabel(const StateSegment &seg) const
{
    // The stream as the pools table and the allocations panel print it (the raw handle), and
    // "expandable" because such a segment grows and shrinks by pages instead of being freed whole.
    const std::vector<quint64> &streams = m_document->snapshot->streams;
    QString label = tr("%1 · stream %2")
                        .arg(DisplayFormat::bytes(qint64(seg.size)),
                             DisplayFormat::stream(seg.stream < streams.size() ? streams[seg.stream] : 0));
    if (!seg.pool.isDefault())
        label += tr(" · pool (%1,%2)").arg(seg.pool.first).arg(seg.pool.second);
    if (seg.expandable)
        label += tr(" · expandable");
    return label;
}

void SegmentMapView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    if (!m_state || !m_document || m_rows.empty()) {
        p.drawText(rect(), Qt::AlignCenter,
                   m_state ? tr("No segments for this device at this moment.") : QString());
        return;
    }
    // Only the exposed rows, and inside them only the exposed columns: the work follows pixels.
    const QRect exposed = event->rect();
    const int firstRow = std::max(0, (exposed.top() - 2) / RowHeight);
    const int lastRow = std::min(rowCount() - 1, (exposed.bottom() - 2) / RowHeight);
    for (int r = firstRow; r <= lastRow; ++r)
        paintRow(p, r, exposed.left(), exposed.right() + 1);
}

void SegmentMapView::paintRow(QPainter &p, int row, int fromX, int toX) const
{
    const QPalette pal = palette();
    const StateSegment &seg = *segmentOfRow(row);
    const SegmentLayout &l = layout(row);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(4, rowTop(row), labelWidth() - 8, RowHeight - 2),
               Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(segmentLabel(seg), Qt::ElideRight, labelWidth() - 8));
    const QRect frame = barRect(row);
    p.fillRect(frame, pal.color(QPalette::Base)); // free space is the empty bar
    SegmentBarPainter::paint(p, *m_state, l, frame, fromX, toX, pal.color(QPalette::Base));
    QRect selected;
    for (quint32 b = seg.firstBlock; m_selected >= 0 && b < seg.firstBlock + seg.blockCount; ++b) {
        if (m_state->blocks[b].interval == m_selected)
            selected = blockRect(b);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame.adjusted(-1, -1, 0, 0)); // around the bar, not over its first pixel
    if (!selected.isNull()) {
        p.setPen(QPen(PlotPalette::selection(pal), 2));
        p.drawRect(selected.adjusted(-1, -1, 1, 1));
    }
}

void SegmentMapView::mousePressEvent(QMouseEvent *e)
{
    const int b = blockAt(e->position().toPoint());
    if (e->button() != Qt::LeftButton || b < 0) {
        QWidget::mousePressEvent(e);
        return;
    }
    const StateBlock &block = m_state->blocks[size_t(b)];
    if (block.interval < 0)
        return;
    setSelectedInterval(block.interval);
    Q_EMIT intervalSelected(block.interval);
}

QString SegmentMapView::segmentTip(const StateSegment &seg) const
{
    return tr("Segment at 0x%1: %2, %3 free in %4 block(s), largest free block %5%6")
        .arg(QString::number(seg.addr, 16), DisplayFormat::bytes(qint64(seg.size)),
             DisplayFormat::bytes(qint64(seg.freeBytes)))
        .arg(seg.blockCount)
        .arg(DisplayFormat::bytes(qint64(seg.largestFreeBytes)))
        .arg(seg.expandable ? tr(", expandable") : QString());
}

QString SegmentMapView::blockTip(const StateBlock &b) const
{
    switch (b.kind) {
    case StateBlockKind::Free:
        return tr("Free block at 0x%1: %2")
            .arg(QString::number(b.addr, 16), DisplayFormat::bytes(qint64(b.size)));
    case StateBlockKind::PendingFree:
        return tr("Pending free (%1) at 0x%2: %3 block, %4 requested")
            .arg(categoryLabel(Category(b.category)), QString::number(b.addr, 16),
                 DisplayFormat::bytes(qint64(b.size)),
                 DisplayFormat::bytes(qint64(b.requestedBytes)));
    case StateBlockKind::Allocated:
        break;
    }
    return tr("Allocated (%1) at 0x%2: %3 block, %4 requested")
        .arg(categoryLabel(Category(b.category)), QString::number(b.addr, 16),
             DisplayFormat::bytes(qint64(b.size)), DisplayFormat::bytes(qint64(b.requestedBytes)));
}

bool SegmentMapView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_state) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int r = rowAt(help->pos());
        if (r < 0) {
            QToolTip::hideText();
            return true;
        }
        QString text = segmentTip(*segmentOfRow(r));
        if (const int b = blockAt(help->pos()); b >= 0)
            text = blockTip(m_state->blocks[size_t(b)]) + QLatin1Char('\n') + text;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace VramScope
