// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/snapshot.h"

#include <map>

namespace VramScope {

class LoadMonitor;

// The address ranges a device has reserved, as an interval set (format.md b.5 "Segment/reserved
// view"): cudaMalloc segments stay separate even when adjacent in the address space (a block
// never spans two of them), mapped ranges of expandable segments merge with their neighbours of
// the same (pool, stream), as the dump reports one segment per contiguous mapped run.
class SegmentRanges
{
public:
    struct Range
    {
        quint64 end = 0;
        PoolId pool;
        quint16 stream = 0;
        bool expandable = false;
    };
    using Map = std::map<quint64, Range>; // start -> range

    // The device's segments in the dump.
    static SegmentRanges fromDump(const Snapshot &snapshot, int device);

    // Undoes trace entries from the last back to after `event` (MemoryViz's simulate_memory):
    // segment_alloc/map ranges disappear, segment_free/unmap ranges come back.
    // monitor (optional): polled for cancel; a cancelled undo stops part way.
    void undoAfter(const Snapshot &snapshot, const std::vector<TraceEntry> &trace, qint64 event,
                   LoadMonitor *monitor = nullptr);

    void add(quint64 start, quint64 end, const Range &range);
    void remove(quint64 start, quint64 end);
    const Map &ranges() const { return m_ranges; }

    // addr + size, clamped so a hostile size cannot wrap around the address space.
    static quint64 endOf(quint64 addr, quint64 size)
    {
        return size > ~quint64(0) - addr ? ~quint64(0) : addr + size;
    }

private:
    Map m_ranges;
};

} // namespace VramScope
