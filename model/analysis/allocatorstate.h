// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/devicetimeline.h"

#include <vector>

namespace VramScope {

class LoadMonitor;

enum class StateBlockKind : quint8 {
    Allocated,   // handed to the caller
    PendingFree, // freed by the caller, not yet returned to the pool (record_stream)
    Free,        // cached: reusable by a request of the same (pool, stream)
};

struct StateBlock
{
    quint64 addr = 0;
    quint64 size = 0;           // block bytes (see AllocatorState::exact for how sure)
    quint64 requestedBytes = 0; // 0 for free blocks
    qint64 interval = -1;       // index into DeviceTimeline::intervals; -1 for free blocks
    StateBlockKind kind = StateBlockKind::Free;
    quint8 category = 0; // Category of the allocation (analysis/category.h)
};

// One segment (cudaMalloc) or one contiguous mapped run of an expandable segment.
struct StateSegment
{
    quint64 addr = 0;
    quint64 size = 0;
    PoolId pool;
    quint16 stream = 0; // index into Snapshot::streams
    bool expandable = false;
    quint32 firstBlock = 0; // range into AllocatorState::blocks, address order, contiguous
    quint32 blockCount = 0;
    quint64 freeBytes = 0;
    quint64 largestFreeBytes = 0;
};

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

// The caching allocator's segments and blocks of one device after one event.
struct AllocatorState
{
    qint64 event = -1;      // the state after this event (-1: at window start)
    bool available = false; // false: no segments in the dump nor segment events to start from
    // True when nothing changed between the event and the dump: the blocks are the dump's. Else
    // segments are replayed back from the dump and the live allocations are laid into them with
    // their dump block size when they survive to the dump, else rounded up to 512 bytes; the
    // free gaps are then approximate (the allocator may have kept larger, unsplit blocks).
    bool exact = false;
    std::vector<StateSegment> segments; // address order
    std::vector<StateBlock> blocks;     // empty when built with Detail::SegmentsOnly
    std::vector<PoolStreamFree> pools; // sorted by reserved bytes, largest first
    int unplacedAllocations = 0;       // live at the event but inside no segment: inconsistent file

    const StateSegment *segmentAt(quint64 addr) const;
};

// Rebuilds the allocator state at any event of a device's timeline. O(trace after the event +
// intervals up to the event): callers on the UI thread run it on a worker (QtConcurrent).
class AllocatorStateBuilder
{
public:
    // Segments only: the per-segment and per-(pool, stream) free figures without the block list.
    // The diagnosis needs nothing more, and at the end of a load every byte counts (issue 6).
    enum class Detail { Blocks, SegmentsOnly };

    static AllocatorState atDump(const Snapshot &snapshot, const DeviceTimeline &timeline,
                                 Detail detail = Detail::Blocks);
    // monitor (optional): polled for cancel in the long loops; a cancelled state is partial.
    static AllocatorState atEvent(const Snapshot &snapshot, const DeviceTimeline &timeline,
                                  qint64 event, Detail detail = Detail::Blocks,
                                  LoadMonitor *monitor = nullptr);
};

} // namespace VramScope
