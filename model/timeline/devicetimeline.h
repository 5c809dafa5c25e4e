// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/snapshot.h"
#include "timeline/stepseries.h"

#include <QStringList>

#include <vector>

namespace VramScope {

constexpr qint64 NotFreed = -1;
constexpr qint64 BeforeWindow = -1;

// Where an allocation interval came from (format.md b.4/b.5).
enum class IntervalOrigin : quint8 {
    Traced,        // alloc seen in the trace
    UnmatchedFree, // freed in the trace, allocated before the window (ring buffer / recording start)
    SnapshotBlock, // live block in `segments` without an open alloc: alive for the whole window
};

// One allocation's life: memory counts from alloc until free_completed. 40 bytes: there is one
// per allocation and they stay alive with the document. An event index is the index of its
// entry in the device trace, so a traced interval's alloc entry is trace[allocIndex].
struct AllocationInterval
{
    quint64 addr = 0;
    quint64 size = 0;                         // requested bytes
    qint32 allocIndex = qint32(BeforeWindow); // event index of the alloc
    qint32 freeRequestedIndex = qint32(NotFreed);
    qint32 freeCompletedIndex = qint32(NotFreed); // memory released after this event
    StackId allocStack = EmptyStack;
    StackId freeStack = EmptyStack;
    quint16 stream = 0;
    IntervalOrigin origin = IntervalOrigin::Traced;
    quint8 category = 0; // Category (analysis/category.h), filled by the categorizer

    bool liveAfter(qint64 event) const
    {
        return allocIndex <= event && (freeCompletedIndex == NotFreed || freeCompletedIndex > event);
    }
};
static_assert(sizeof(AllocationInterval) == 40, "one per allocation: keep it small");

struct OomEvent
{
    qint64 index = 0;
    quint64 requestedBytes = 0;
    quint64 deviceFreeBytes = 0;
    bool hasDeviceFree = false;
    qint64 timeUs = NoTime;
    quint16 stream = 0;
    StackId stack = EmptyStack;
};

// The replayed history of one device: allocated and reserved bytes after every event, the
// allocation intervals, and the markers. Built once off the UI thread, then read-only.
struct DeviceTimeline
{
    int device = 0;
    qint64 eventCount = 0;
    StepSeries allocated; // requested bytes of live allocations after each event
    StepSeries reserved;  // bytes of segments (mapped ranges) after each event
    qint64 baselineAllocated = 0;
    qint64 baselineReserved = 0;
    qint64 endAllocated = 0;
    qint64 endReserved = 0;
    qint64 peakAllocated = 0;
    qint64 peakAllocatedIndex = -1; // first event after which the peak holds; -1 = at window start
    qint64 peakReserved = 0;
    qint64 peakReservedIndex = -1;
    std::vector<AllocationInterval> intervals; // sorted by allocIndex (pre-existing first)
    std::vector<OomEvent> ooms;
    std::vector<qint64> snapshotMarkers; // event indices
    std::vector<int> actionCounts = std::vector<int>(TraceActionCount, 0);
    int segmentCount = 0; // segments of this device in the dump
    int blockCount = 0;
    QStringList warnings;

    // Intervals live after event i (i = -1: at window start), in interval order.
    std::vector<quint32> liveAt(qint64 event) const;
};

} // namespace VramScope
