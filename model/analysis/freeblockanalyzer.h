// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/allocatorstate.h"

#include <vector>

namespace VramScope {

struct FreeBlockReport
{
    std::vector<PoolStreamFree> pools; // sorted by reserved bytes, largest first
    bool reconstructed = false;        // replayed back from the dump (approximate block sizes)
    bool available = false;            // false when the device has no segments to start from

    qint64 largestFreeBlock() const;
    const PoolStreamFree *find(const PoolId &pool, quint16 stream) const;
};

// The allocator's free blocks per (pool, stream): the per-pool summary of the AllocatorState
// (analysis/allocatorstate.h) at the dump or at an earlier event, where it is replayed back from
// the dump and approximate.
class FreeBlockAnalyzer
{
public:
    static FreeBlockReport atDump(const Snapshot &snapshot, int device);
    // monitor (optional): cancel and progress of the replay back from the dump.
    static FreeBlockReport atEvent(const Snapshot &snapshot, const DeviceTimeline &timeline,
                                   qint64 event, LoadMonitor *monitor = nullptr);
    static FreeBlockReport fromState(const AllocatorState &state);
};

} // namespace VramScope
