// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "segmentmapview.h"

#include "displayformat.h"
#include "plotpalette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

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
    m_largest = 1;
    if (m_state && m_document) {
        const AllocatorState &st = *m_state;
        const auto poolRank = [&st](const StateSegment &s) {
            for (size_t i = 0; i < st.pools.size(); ++i) {
                if (st.pools[i].pool == s.pool && st.pools[i].stream == s.stream)
                    return i;
            }
            return st.pools.size();
        };
        for (size_t i = 0; i < st.segments.size(); ++i) {
            m_rows.push_back(quint32(i));
            m_largest = std::max(m_largest, st.segments[i].size);
        }
        // One (pool, stream) after the other, as the pools table lists them; largest first within.
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](quint32 a, quint32 b) {
            const StateSegment &x = st.segments[a], &y = st.segments[b];
            const size_t rx = poolRank(x), ry = poolRank(y);
            return rx != ry ? rx < ry : x.size > y.size;
        });
    }
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

const StateSegment *SegmentMapView::segmentOfRow(int row) const
{
    return m_state && row >= 0 && row < rowCount() ? &m_state->segments[m_rows[size_t(row)]]
                                                   : nullptr;
}

QSize SegmentMapView::sizeHint() const
{
    return QSize(600, std::max(1, rowCount()) * RowHeight + 4);
}

SegmentMapView::Geometry SegmentMapView::rowGeometry(int row) const
{
    const int barWidth = std::max(MinBarWidth, width() - LabelWidth - 8);
    const StateSegment &seg = *segmentOfRow(row);
    const double width
        = std::max(double(MinBarWidth), double(barWidth) * double(seg.size) / double(m_largest));
    return {double(LabelWidth), seg.size ? width / double(seg.size) : 0.0, row * RowHeight + 2};
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
    const StateBlock &b = m_state->blocks[block];
    for (int r = 0; r < rowCount(); ++r) {
        const StateSegment &seg = *segmentOfRow(r);
        if (block < seg.firstBlock || block >= seg.firstBlock + seg.blockCount)
            continue;
        const Geometry g = rowGeometry(r);
        const double x = g.left + double(b.addr - seg.addr) * g.scale;
        return QRectF(x, g.top + 1, std::max(1.0, double(b.size) * g.scale), RowHeight - 4)
            .toAlignedRect();
    }
    return {};
}

int SegmentMapView::blockAt(const QPoint &pos) const
{
    const int r = rowAt(pos);
    if (r < 0)
        return -1;
    const StateSegment &seg = *segmentOfRow(r);
    const Geometry g = rowGeometry(r);
    if (pos.x() < g.left || g.scale <= 0)
        return -1;
    const quint64 offset = quint64((pos.x() - g.left) / g.scale);
    if (offset >= seg.size)
        return -1;
    const auto first = m_state->blocks.begin() + seg.firstBlock;
    const auto last = first + seg.blockCount;
    auto it = std::upper_bound(first, last, seg.addr + offset,
                               [](quint64 a, const StateBlock &b) { return a < b.addr; });
    if (it == first)
        return -1;
    --it;
    // A block narrower than a pixel is still hit at its pixel.
    return int(it - m_state->blocks.begin());
}

QString SegmentMapView::segmentLabel(const StateSegment &seg) const
{
    return tr("%1 · stream %2%3")
        .arg(DisplayFormat::bytes(qint64(seg.size)))
        .arg(seg.stream)
        .arg(seg.pool.isDefault() ? QString()
                                  : tr(" · pool (%1,%2)").arg(seg.pool.first).arg(seg.pool.second));
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
    const Geometry g = rowGeometry(row);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(4, g.top, LabelWidth - 8, RowHeight - 2), Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(segmentLabel(seg), Qt::ElideRight, LabelWidth - 8));
    const QRectF frame(g.left, g.top + 1, double(seg.size) * g.scale, RowHeight - 4);
    p.fillRect(frame, pal.color(QPalette::Base));
    double drawnTo = -1; // blocks inside one pixel column already drawn are skipped
    QRectF selected;
    for (quint32 i = seg.firstBlock; i < seg.firstBlock + seg.blockCount; ++i) {
        const StateBlock &b = m_state->blocks[i];
        const double x = g.left + double(b.addr - seg.addr) * g.scale;
        const double w = double(b.size) * g.scale;
        if (x > toX)
            break;
        if (x + w < fromX || b.kind == StateBlockKind::Free || (x + w <= drawnTo + 1 && w < 1))
            continue;
        const QRectF box(x, frame.top(), std::max(1.0, w), frame.height());
        const QColor color = PlotPalette::category(b.category);
        if (b.kind == StateBlockKind::PendingFree)
            p.fillRect(box, QBrush(color, Qt::BDiagPattern));
        else
            p.fillRect(box, color);
        drawnTo = box.right();
        if (b.interval == m_selected && m_selected >= 0)
            selected = box;
    }
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
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
