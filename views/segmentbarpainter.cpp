// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "segmentbarpainter.h"

#include "plotpalette.h"

#include <QPainter>

#include <algorithm>

namespace VramScope::SegmentBarPainter {

namespace {

// Block boundaries inside a run are marked only between blocks at least this wide.
constexpr double MinSeparatedWidth = 4;

QColor mix(const QColor &base, const QColor &color, double t)
{
    return QColor::fromRgbF(float(base.redF() + (color.redF() - base.redF()) * t),
                            float(base.greenF() + (color.greenF() - base.greenF()) * t),
                            float(base.blueF() + (color.blueF() - base.blueF()) * t));
}

// A pending-free run: a tint under the hatch, because a run a few pixels wide can fall between
// the hatch lines and would look free.
QColor pendingTint(QColor color)
{
    color.setAlpha(90);
    return color;
}

bool isFree(const AllocatorState &st, const SegmentLayout::Run &run)
{
    return run.blockCount == 0 || st.blocks[run.firstBlock].kind == StateBlockKind::Free;
}

void paintRuns(QPainter &p, const AllocatorState &st, const SegmentLayout &l, const QRect &bar,
               int fromX, int toX)
{
    for (int i = 0; i < l.runCount(); ++i) {
        const SegmentLayout::Run &run = l.run(i);
        const int x0 = SegmentLayout::snap(run.x);
        if (x0 > toX)
            break;
        const int x1 = SegmentLayout::snap(l.runEnd(i));
        if (x1 < fromX || x1 <= x0 || isFree(st, run))
            continue;
        const StateBlock &first = st.blocks[run.firstBlock];
        const QRect box(x0, bar.top(), x1 - x0, bar.height());
        const QColor color = PlotPalette::category(first.category);
        if (first.kind == StateBlockKind::PendingFree) {
            p.fillRect(box, pendingTint(color));
            p.fillRect(box, QBrush(color, Qt::BDiagPattern));
        } else {
            p.fillRect(box, color);
        }
        // Where two allocations of one category meet, a darker line when both are at least a
        // few pixels wide: which tensors fill the run, without hatching a run of tiny blocks.
        p.setPen(color.darker(170));
        for (quint32 b = run.firstBlock + 1; b < run.firstBlock + run.blockCount; ++b) {
            const double edge = l.blockStart(b);
            if (edge - l.blockStart(b - 1) < MinSeparatedWidth
                || l.blockEnd(b) - edge < MinSeparatedWidth)
                continue;
            const int x = SegmentLayout::snap(edge);
            if (x >= fromX && x <= toX)
                p.drawLine(x, box.top(), x, box.bottom());
        }
    }
}

void paintCoverage(QPainter &p, const AllocatorState &st, const SegmentLayout &l, const QRect &bar,
                   int fromX, int toX, const QColor &base)
{
    int first = 0; // the first run that may reach into the current column
    const int last = std::min(bar.right(), toX);
    for (int x = std::max(bar.left(), fromX); x <= last; ++x) {
        while (first < l.runCount() && l.runEnd(first) <= x)
            ++first;
        double used = 0, bestCover = 0;
        int best = -1;
        for (int i = first; i < l.runCount() && l.run(i).x < x + 1; ++i) {
            if (isFree(st, l.run(i)))
                continue;
            const double cover
                = std::min(double(x + 1), l.runEnd(i)) - std::max(double(x), l.run(i).x);
            used += cover;
            if (cover > bestCover) {
                bestCover = cover;
                best = i;
            }
        }
        if (best < 0)
            continue;
        const StateBlock &b = st.blocks[l.run(best).firstBlock];
        QColor color = PlotPalette::category(b.category);
        if (b.kind == StateBlockKind::PendingFree)
            color = mix(base, color, pendingTint(color).alphaF());
        // A column with any free bytes is visibly paler than a full one, and a column with
        // any used bytes visibly darker than an empty one.
        if (used < 0.999)
            color = mix(base, color, 0.3 + 0.5 * used);
        p.fillRect(QRect(x, bar.top(), 1, bar.height()), color);
    }
}

} // namespace

void paint(QPainter &p, const AllocatorState &state, const SegmentLayout &layout, const QRect &bar,
           int fromX, int toX, const QColor &base)
{
    // Runs get at least a pixel unless the layout had to go below one (see SegmentLayout).
    if (layout.minRunWidth() >= 1)
        paintRuns(p, state, layout, bar, fromX, toX);
    else
        paintCoverage(p, state, layout, bar, fromX, toX, base);
}

} // namespace VramScope::SegmentBarPainter
