// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timeline/timelinebuilder.h"

#include "io/hugepages.h"
#include "loadmonitor.h"
#include "modeltr.h"
#include "timeline/addressmap.h"

#include <algorithm>
#include <limits>
#include <set>

namespace VramScope {

std::vector<int> devicesWithData(const Snapshot &snapshot)
{
    std::set<int> devices;
    for (size_t d = 0; d < snapshot.deviceTraces.size(); ++d) {
        if (!snapshot.deviceTraces[d].empty())
            devices.insert(int(d));
    }
    for (const Segment &s : snapshot.segments)
        devices.insert(s.device);
    return {devices.begin(), devices.end()};
}

namespace {
bool holdsMemory(const Block &b)
{
    return b.state == BlockState::ActiveAllocated || b.state == BlockState::ActivePendingFree;
}

// Byte sums saturate instead of overflowing (issue 7): each size is bounded on load, but millions
// of them, or records built elsewhere, could still pass 2^63, and signed overflow is undefined.
constexpr qint64 SatMax = std::numeric_limits<qint64>::max();
constexpr qint64 SatMin = std::numeric_limits<qint64>::min();
qint64 clampSize(quint64 size)
{
    return size > quint64(SatMax) ? SatMax : qint64(size);
}
qint64 satAdd(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? SatMax : SatMin;
    return r;
}
qint64 satSub(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_sub_overflow(a, b, &r))
        return b < 0 ? SatMax : SatMin;
    return r;
}

// Sorts by allocIndex, dump-time blocks first among the pre-existing ones, keeping push order
// otherwise: what a stable sort gives, without its buffer of up to all intervals (23 MB on 1 M
// entries, the replay's peak). Traced intervals were pushed in allocIndex order already; only the
// pre-existing ones (allocIndex -1) move to the front.
void orderIntervals(std::vector<AllocationInterval> &intervals)
{
    std::vector<AllocationInterval> blocks, unmatched;
    size_t traced = 0;
    for (const AllocationInterval &a : intervals) {
        if (a.allocIndex != BeforeWindow)
            ++traced;
        else if (a.origin == IntervalOrigin::SnapshotBlock)
            blocks.push_back(a);
        else
            unmatched.push_back(a);
    }
    if (traced == intervals.size())
        return;
    // Move the traced ones to the back, last first, so none is overwritten before it moved.
    size_t to = intervals.size();
    for (size_t from = intervals.size(); from-- > 0;) {
        if (intervals[from].allocIndex != BeforeWindow)
            intervals[--to] = intervals[from];
    }
    std::copy(blocks.begin(), blocks.end(), intervals.begin());
    std::copy(unmatched.begin(), unmatched.end(), intervals.begin() + qsizetype(blocks.size()));
}
} // namespace

bool buildDeviceTimeline(const Snapshot &snapshot, int device, DeviceTimeline *out,
                         LoadMonitor *monitor)
{
    static const std::vector<TraceEntry> NoTrace;
    const auto &trace = size_t(device) < snapshot.deviceTraces.size()
                            ? snapshot.deviceTraces[size_t(device)] : NoTrace;
    DeviceTimeline &t = *out;
    t.device = device;
    t.eventCount = qint64(trace.size());
    // Intervals store event indices in 32 bits; the readers reject longer traces, this guards
    // snapshots built in code.
    if (t.eventCount > MaxTraceEntries) {
        t.warnings.append(
            Tr::tr("device %1: more than %2 trace entries").arg(device).arg(MaxTraceEntries));
        return false;
    }

    // Baselines (format.md b.5): they hold for any window that ends at the dump.
    qint64 liveRequested = 0, segmentBytes = 0;
    std::vector<const Block *> liveBlocks; // in dump order, so interval order is deterministic
    for (const Segment &s : snapshot.segments) {
        if (s.device != device)
            continue;
        ++t.segmentCount;
        t.blockCount += int(s.blockCount);
        segmentBytes = satAdd(segmentBytes, clampSize(s.totalSize));
        for (quint32 i = 0; i < s.blockCount; ++i) {
            const Block &b = snapshot.blocks[s.firstBlock + i];
            if (holdsMemory(b)) {
                liveRequested = satAdd(liveRequested, clampSize(b.requestedSize));
                liveBlocks.push_back(&b);
            }
        }
    }
    // The two scans before the replay read the whole trace too: they poll for cancel as it does.
    bool hasCompleted = false, hasRequested = false;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (canceledEvery64k(monitor, i))
            return false;
        const TraceEntry &e = trace[i];
        hasCompleted |= e.action == TraceAction::FreeCompleted;
        hasRequested |= e.action == TraceAction::FreeRequested;
    }
    // With skip_actions a file may lack free_completed: then free_requested releases memory.
    const TraceAction release = hasCompleted || !hasRequested ? TraceAction::FreeCompleted
                                                              : TraceAction::FreeRequested;
    if (release == TraceAction::FreeRequested)
        t.warnings.append(Tr::tr("device %1: no free_completed entries; memory is released at free_requested").arg(device));
    qint64 netAlloc = 0, netReserved = 0;
    size_t allocs = 0, releases = 0, reservedChanges = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (canceledEvery64k(monitor, i))
            return false;
        const TraceEntry &e = trace[i];
        const qint64 size = clampSize(e.size);
        allocs += e.action == TraceAction::Alloc;
        releases += e.action == release;
        reservedChanges += e.action >= TraceAction::SegmentAlloc && e.action <= TraceAction::SegmentUnmap;
        switch (e.action) {
        case TraceAction::Alloc:
            netAlloc = satAdd(netAlloc, size);
            break;
        case TraceAction::SegmentAlloc:
        case TraceAction::SegmentMap:
            netReserved = satAdd(netReserved, size);
            break;
        case TraceAction::SegmentFree:
        case TraceAction::SegmentUnmap:
            netReserved = satSub(netReserved, size);
            break;
        default:
            if (e.action == release)
                netAlloc = satSub(netAlloc, size);
        }
    }
    // Profiler-derived traces start from nothing and hold every byte as an event; they carry no
    // dump-time segments to anchor a baseline.
    const bool synthesized = snapshot.format.layout == Layout::ProfilerTimeline
                             || snapshot.format.layout == Layout::KinetoTrace;
    t.baselineAllocated = synthesized ? 0 : satSub(liveRequested, netAlloc);
    t.baselineReserved = synthesized ? 0 : satSub(segmentBytes, netReserved);
    if (t.baselineAllocated < 0)
        t.warnings.append(Tr::tr("device %1: negative baseline of allocated bytes (%2): the trace and the segments disagree").arg(device).arg(t.baselineAllocated));
    if (t.baselineReserved < 0)
        t.warnings.append(Tr::tr("device %1: negative baseline of reserved bytes (%2): the trace and the segments disagree").arg(device).arg(t.baselineReserved));

    // Exact reservations: vectors that double as they grow would hold up to twice this.
    reserveHuge(t.intervals, allocs + releases / 8 + 16);
    t.allocated.reserve(allocs + releases);
    t.reserved.reserve(reservedChanges);

    // Replay.
    AddressMap open; // addr -> interval
    qint64 allocated = t.baselineAllocated, reserved = t.baselineReserved;
    qint64 lastAllocated = allocated, lastReserved = reserved;
    t.peakAllocated = allocated;
    t.peakReserved = reserved;
    int overlaps = 0;
    for (size_t i = 0; i < trace.size(); ++i) {
        if (pollCanceled(monitor, i, trace.size()))
            return false;
        const TraceEntry &e = trace[i];
        const auto idx = qint64(i);
        ++t.actionCounts[int(e.action)];
        switch (e.action) {
        case TraceAction::Alloc: {
            if (const quint32 *stale = open.find(e.addr)) {
                t.intervals[*stale].freeCompletedIndex = qint32(idx); // close the stale one
                open.erase(e.addr);
                ++overlaps;
            }
            AllocationInterval a;
            a.addr = e.addr;
            a.size = e.size;
            a.allocIndex = qint32(idx);
            a.allocStack = e.stack;
            a.stream = e.stream;
            open.insert(e.addr, quint32(t.intervals.size()));
            t.intervals.push_back(a);
            allocated = satAdd(allocated, clampSize(e.size));
            break;
        }
        case TraceAction::FreeRequested:
        case TraceAction::FreeCompleted: {
            const quint32 *found = open.find(e.addr);
            quint32 k;
            if (!found) {
                // Allocated before the window (ring buffer, recording started late).
                AllocationInterval a;
                a.addr = e.addr;
                a.size = e.size;
                a.origin = IntervalOrigin::UnmatchedFree;
                a.freeStack = e.stack;
                a.stream = e.stream;
                k = quint32(t.intervals.size());
                t.intervals.push_back(a);
                if (e.action == TraceAction::FreeRequested && e.action != release)
                    open.insert(e.addr, k);
            } else {
                k = *found;
                if (e.action == release || e.action == TraceAction::FreeCompleted)
                    open.erase(e.addr);
            }
            AllocationInterval &a = t.intervals[k];
            if (e.action == TraceAction::FreeRequested) {
                a.freeRequestedIndex = qint32(idx);
                if (e.stack != EmptyStack)
                    a.freeStack = e.stack;
            }
            if (e.action == release) {
                a.freeCompletedIndex = qint32(idx);
                allocated = satSub(allocated, clampSize(e.size));
            }
            break;
        }
        case TraceAction::SegmentAlloc:
        case TraceAction::SegmentMap:
            reserved = satAdd(reserved, clampSize(e.size));
            break;
        case TraceAction::SegmentFree:
        case TraceAction::SegmentUnmap:
            reserved = satSub(reserved, clampSize(e.size));
            break;
        case TraceAction::Oom: {
            OomEvent o;
            o.index = idx;
            o.requestedBytes = e.size;
            o.timeUs = e.timeUs;
            o.stream = e.stream;
            o.stack = e.stack;
            if (const TraceExtra *x = snapshot.extraOf(e); x && x->hasDeviceFree) {
                o.deviceFreeBytes = x->deviceFree;
                o.hasDeviceFree = true;
            }
            t.ooms.push_back(o);
            break;
        }
        case TraceAction::Snapshot: t.snapshotMarkers.push_back(idx); break;
        case TraceAction::Unknown: break;
        }
        // Sparse: a change point only where the value moves (most events touch one series).
        if (allocated != lastAllocated)
            t.allocated.append(idx, lastAllocated = allocated);
        if (reserved != lastReserved)
            t.reserved.append(idx, lastReserved = reserved);
        if (allocated > t.peakAllocated) {
            t.peakAllocated = allocated;
            t.peakAllocatedIndex = idx;
        }
        if (reserved > t.peakReserved) {
            t.peakReserved = reserved;
            t.peakReservedIndex = idx;
        }
    }
    if (overlaps)
        t.warnings.append(Tr::tr("device %1: %2 allocations at an address that was still allocated (closed at the new alloc)").arg(device).arg(overlaps));

    // Live blocks in the dump with no open alloc were allocated before the window.
    for (const Block *block : liveBlocks) {
        if (open.contains(block->addr))
            continue;
        AllocationInterval a;
        a.addr = block->addr;
        a.size = block->requestedSize;
        a.allocStack = block->stack;
        a.origin = IntervalOrigin::SnapshotBlock;
        t.intervals.push_back(a);
    }
    orderIntervals(t.intervals);
    t.allocated.finish(t.eventCount, t.baselineAllocated);
    t.reserved.finish(t.eventCount, t.baselineReserved);
    t.endAllocated = allocated;
    t.endReserved = reserved;
    return true;
}

} // namespace VramScope
