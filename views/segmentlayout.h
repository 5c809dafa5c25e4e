// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/allocatorstate.h"

#include <vector>

namespace VramScope {

// Where one segment's bytes land on its bar. Blocks are grouped into runs of neighbours that look
// alike (free; or allocated, or pending free, of one category), because a change of look is what
// shows fragmentation: a 1.5 KiB free gap between two allocations of a 2 MiB segment would be a
// third of a pixel wide and vanish. So every run gets at least a minimum width and the rest of the
// bar is shared among the runs in proportion to their bytes. The minimums never take more than
// half the bar, so bytes still decide most of the picture even in a row of hundreds of runs.
// Inside a run, blocks split the run's span in proportion to their bytes.
//
// Pixel convention: an edge at x is drawn at snap(x) = floor(x + 0.5), and a pixel p belongs to
// whatever spans its centre p + 0.5; blockAt() and the drawing therefore agree pixel for pixel.
class SegmentLayout
{
public:
    struct Run
    {
        quint64 offset = 0;     // bytes from the segment start where the run begins
        double x = 0;           // where that offset is drawn
        quint32 firstBlock = 0; // index into AllocatorState::blocks
        quint32 blockCount = 0;
    };

    SegmentLayout() = default;
    // `state` and `segment` must outlive the layout (the view keeps both while it caches layouts).
    SegmentLayout(const AllocatorState &state, const StateSegment &segment, double left,
                  double width, double minRunWidth);

    double left() const { return m_left; }
    double right() const { return m_left + m_width; }
    // The width no run goes below: the asked minimum, or less in a row of very many runs.
    double minRunWidth() const { return m_minWidth; }
    int runCount() const { return int(m_runs.size()) - 1; }
    const Run &run(int i) const { return m_runs[size_t(i)]; }
    double runEnd(int i) const { return m_runs[size_t(i) + 1].x; }
    // The run whose span holds x (a pixel centre), or -1 outside the bar.
    int runAt(double x) const;
    // A block of this segment: its span in unsnapped x.
    double blockStart(quint32 block) const;
    double blockEnd(quint32 block) const;
    // The block drawn at x (a pixel centre), index into AllocatorState::blocks, or -1.
    int blockAt(double x) const;

    static int snap(double x);
    // Whether two neighbouring blocks are drawn alike, i.e. belong to one run.
    static bool looksAlike(const StateBlock &a, const StateBlock &b);

private:
    int runOfBlock(quint32 block) const;
    double xInRun(int run, quint64 offset) const;

    const AllocatorState *m_state = nullptr;
    const StateSegment *m_segment = nullptr;
    double m_left = 0;
    double m_width = 0;
    double m_minWidth = 0;
    std::vector<Run> m_runs; // the runs, then a closing entry at (segment size, right())
};

} // namespace VramScope
