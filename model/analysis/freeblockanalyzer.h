// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/devicetimeline.h"

#include <vector>

namespace VramScope {

// Cached free space of one (pool, stream): blocks are never shared across streams or pools, so
// a request can only use the free blocks of its own pair.
struct PoolStreamFree
{
    PoolId pool;
    quint16 stream = 0; // index into Snapshot::streams
    qint64 reservedBytes = 0;
    qint64 freeBytes = 0;
    qint64 largestFreeBlockBytes = 0;
};

struct FreeBlockReport
{
    std::vector<PoolStreamFree> pools; // sorted by reserved bytes, largest first
    bool reconstructed = false; // replayed back from the dump (approximate block sizes)
    bool available = false;     // false when the device has no segments to start from

    qint64 largestFreeBlock() const;
    const PoolStreamFree *find(const PoolId &pool, quint16 stream) const;
};

// The allocator's free blocks per (pool, stream). At the dump they come from the snapshot's
// segments and blocks; at an earlier event the segments are replayed backwards from the dump
// (undoing segment_alloc/map and segment_free/unmap after the event, as MemoryViz does) and
// the live allocations at the event are laid into them with sizes rounded up to 512 bytes, so
// the gaps are approximate (the allocator may have kept larger, unsplit blocks).
class FreeBlockAnalyzer
{
public:
    static FreeBlockReport atDump(const Snapshot &snapshot, int device);
    static FreeBlockReport atEvent(const Snapshot &snapshot, const DeviceTimeline &timeline, qint64 event);
};

} // namespace VramScope
