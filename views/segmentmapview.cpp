// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "segmentmapview.h"

#include "displayformat.h"
#include "plotpalette.h"

#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace VramScope {

SegmentMapView::SegmentMapView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SegmentMapView::setDevice(const DocumentPtr &document, int deviceIndex)
{
    m_document = document;
    m_segments.clear();
    m_blockCategory.clear();
    m_largest = 1;
    if (document && document->snapshot && deviceIndex >= 0
        && deviceIndex < int(document->devices.size())) {
        const Snapshot &s = *document->snapshot;
        const DeviceTimeline &dev = document->devices[size_t(deviceIndex)];
        for (const Segment &seg : s.segments) {
            if (seg.device == dev.device) {
                m_segments.push_back(&seg);
                m_largest = std::max(m_largest, seg.totalSize);
            }
        }
        std::stable_sort(m_segments.begin(), m_segments.end(),
                         [](const Segment *a, const Segment *b) { return a->totalSize > b->totalSize; });
        // A block's category is the one of the allocation live at its address at the end.
        QHash<quint64, quint8> categoryAt;
        for (const AllocationInterval &iv : dev.intervals) {
            if (iv.freeCompletedIndex == NotFreed)
                categoryAt.insert(iv.addr, iv.category);
        }
        m_blockCategory.assign(s.blocks.size(), -1);
        for (const Segment *seg : m_segments) {
            for (quint32 b = seg->firstBlock; b < seg->firstBlock + seg->blockCount && b < s.blocks.size(); ++b) {
                const auto it = categoryAt.constFind(s.blocks[b].addr);
                if (it != categoryAt.constEnd())
                    m_blockCategory[b] = qint8(it.value());
            }
        }
    }
    updateGeometry();
    update();
}

QSize SegmentMapView::sizeHint() const
{
    return QSize(600, std::max(1, int(m_segments.size())) * RowHeight + 4);
}

QString SegmentMapView::segmentText(const Segment &seg) const
{
    return tr("%1 · stream %2%3")
        .arg(DisplayFormat::bytes(qint64(seg.totalSize)))
        .arg(seg.stream)
        .arg(seg.pool.isDefault() ? QString() : tr(" · pool (%1,%2)").arg(seg.pool.first).arg(seg.pool.second));
}

void SegmentMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    if (m_segments.empty() || !m_document) {
        p.drawText(rect(), Qt::AlignCenter, tr("No segments for this device in the dump."));
        return;
    }
    const Snapshot &s = *m_document->snapshot;
    const int barWidth = std::max(50, width() - LabelWidth - 8);
    for (size_t r = 0; r < m_segments.size(); ++r) {
        const Segment &seg = *m_segments[r];
        const int y = int(r) * RowHeight + 2;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(4, y, LabelWidth - 8, RowHeight - 2), Qt::AlignVCenter | Qt::AlignLeft,
                   segmentText(seg));
        const double scale = double(barWidth) / double(m_largest);
        const QRectF frame(LabelWidth, y + 1, double(seg.totalSize) * scale, RowHeight - 4);
        p.fillRect(frame, pal.color(QPalette::Base));
        for (quint32 b = seg.firstBlock; b < seg.firstBlock + seg.blockCount && b < s.blocks.size(); ++b) {
            const Block &block = s.blocks[b];
            if (block.state == BlockState::Inactive)
                continue;
            const QRectF box(LabelWidth + double(block.addr - seg.addr) * scale, frame.top(),
                             std::max(1.0, double(block.size) * scale), frame.height());
            const QColor color = m_blockCategory[b] >= 0 ? PlotPalette::category(m_blockCategory[b])
                                                         : PlotPalette::category(Category::Unknown);
            if (block.state == BlockState::ActivePendingFree)
                p.fillRect(box, QBrush(color, Qt::BDiagPattern));
            else
                p.fillRect(box, color);
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(frame);
    }
}

int SegmentMapView::segmentAt(const QPoint &pos) const
{
    const int r = (pos.y() - 2) / RowHeight;
    return r >= 0 && r < int(m_segments.size()) ? r : -1;
}

bool SegmentMapView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_document) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int r = segmentAt(help->pos());
        if (r < 0) {
            QToolTip::hideText();
            return true;
        }
        const Segment &seg = *m_segments[size_t(r)];
        QToolTip::showText(help->globalPos(),
                           tr("Segment at 0x%1: %2, %3 allocated, %4 active, %5 blocks%6")
                               .arg(QString::number(seg.addr, 16), DisplayFormat::bytes(qint64(seg.totalSize)),
                                    DisplayFormat::bytes(qint64(seg.allocatedSize)),
                                    DisplayFormat::bytes(qint64(seg.activeSize)))
                               .arg(seg.blockCount)
                               .arg(seg.isExpandable ? tr(", expandable") : QString()),
                           this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace VramScope
