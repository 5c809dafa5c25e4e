// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/freeblockanalyzer.h"

#include <algorithm>

namespace VramScope {

qint64 FreeBlockReport::largestFreeBlock() const
{
    qint64 best = 0;
    for (const PoolStreamFree &p : pools)
        best = std::max(best, p.largestFreeBlockBytes);
    return best;
}

const PoolStreamFree *FreeBlockReport::find(const PoolId &pool, quint16 stream) const
{
    for (const PoolStreamFree &p : pools) {
        if (p.pool == pool && p.stream == stream)
            return &p;
    }
    return nullptr;
}

FreeBlockReport FreeBlockAnalyzer::fromState(const AllocatorState &state)
{
    FreeBlockReport r;
    r.pools = state.pools;
    r.reconstructed = !state.exact;
    r.available = state.available;
    return r;
}

FreeBlockReport FreeBlockAnalyzer::atDump(const Snapshot &snapshot, int device)
{
    // Only the dump's blocks are read: a timeline without intervals is enough.
    DeviceTimeline bare;
    bare.device = device;
    return fromState(
        AllocatorStateBuilder::atDump(snapshot, bare, AllocatorStateBuilder::Detail::SegmentsOnly));
}

FreeBlockReport FreeBlockAnalyzer::atEvent(const Snapshot &snapshot, const DeviceTimeline &t,
                                           qint64 event, LoadMonitor *monitor)
{
    return fromState(
        AllocatorStateBuilder::atEvent(snapshot, t, event, AllocatorStateBuilder::Detail::SegmentsOnly,
                                       monitor));
}

} // namespace VramScope
