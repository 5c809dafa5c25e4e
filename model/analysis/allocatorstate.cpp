// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/allocatorstate.h"

#include "analysis/segmentranges.h"
#include "loadmonitor.h"

#include <algorithm>
#include <unordered_map>

namespace VramScope {

namespace {

const std::vector<TraceEntry> &traceOf(const Snapshot &snapshot, int device)
{
    static const std::vector<TraceEntry> NoTrace;
    return device >= 0 && size_t(device) < snapshot.deviceTraces.size()
               ? snapshot.deviceTraces[size_t(device)]
               : NoTrace;
}

bool changesState(TraceAction a)
{
    return a != TraceAction::Oom && a != TraceAction::Snapshot && a != TraceAction::Unknown;
}

// Without dump segments, a trace that reserves memory still tells the state from its start.
bool hasSegmentEvents(const std::vector<TraceEntry> &trace)
{
    return std::any_of(trace.begin(), trace.end(), [](const TraceEntry &e) {
        return e.action >= TraceAction::SegmentAlloc && e.action <= TraceAction::SegmentUnmap;
    });
}

bool holdsMemory(BlockState s)
{
    return s == BlockState::ActiveAllocated || s == BlockState::ActivePendingFree;
}

// Blocks of the device's dump segments that hold memory, by address.
std::unordered_map<quint64, const Block *> dumpBlocks(const Snapshot &snapshot, int device)
{
    std::unordered_map<quint64, const Block *> out;
    for (const Segment &s : snapshot.segments) {
        if (s.device != device)
            continue;
        for (quint32 i = 0; i < s.blockCount && size_t(s.firstBlock) + i < snapshot.blocks.size();
             ++i) {
            const Block &b = snapshot.blocks[s.firstBlock + i];
            if (holdsMemory(b.state))
                out.emplace(b.addr, &b);
        }
    }
    return out;
}

using Detail = AllocatorStateBuilder::Detail;

// Collects the blocks, or with Detail::SegmentsOnly only counts them.
struct BlockSink
{
    AllocatorState &st;
    Detail detail;
    quint32 count = 0;
    void add(const StateBlock &b)
    {
        ++count;
        if (detail == Detail::Blocks)
            st.blocks.push_back(b);
    }
};

void addFree(BlockSink &sink, StateSegment &seg, quint64 addr, quint64 size)
{
    if (size == 0)
        return;
    StateBlock b;
    b.addr = addr;
    b.size = size;
    sink.add(b);
    seg.freeBytes += size;
    seg.largestFreeBytes = std::max(seg.largestFreeBytes, size);
}

void summarisePools(AllocatorState &st)
{
    for (const StateSegment &seg : st.segments) {
        auto it = std::find_if(st.pools.begin(), st.pools.end(), [&](const PoolStreamFree &p) {
            return p.pool == seg.pool && p.stream == seg.stream;
        });
        if (it == st.pools.end())
            it = st.pools.insert(st.pools.end(), PoolStreamFree{seg.pool, seg.stream, 0, 0, 0});
        it->reservedBytes += qint64(seg.size);
        it->freeBytes += qint64(seg.freeBytes);
        it->largestFreeBlockBytes
            = std::max(it->largestFreeBlockBytes, qint64(seg.largestFreeBytes));
    }
    std::stable_sort(st.pools.begin(), st.pools.end(),
                     [](const PoolStreamFree &a, const PoolStreamFree &b) {
                         return a.reservedBytes > b.reservedBytes;
                     });
}

// The blocks as the dump holds them, tied to the allocations live at the event.
AllocatorState fromDump(const Snapshot &snapshot, const DeviceTimeline &t, qint64 event,
                        Detail detail)
{
    AllocatorState st;
    BlockSink sink{st, detail};
    st.event = event;
    st.exact = true;
    std::unordered_map<quint64, qint64> liveByAddr;
    for (size_t i = 0; i < t.intervals.size() && t.intervals[i].allocIndex <= event; ++i) {
        if (t.intervals[i].liveAfter(event))
            liveByAddr[t.intervals[i].addr] = qint64(i);
    }
    std::vector<const Segment *> segments;
    for (const Segment &s : snapshot.segments) {
        if (s.device == t.device)
            segments.push_back(&s);
    }
    std::stable_sort(segments.begin(), segments.end(),
                     [](const Segment *a, const Segment *b) { return a->addr < b->addr; });
    size_t placed = 0;
    for (const Segment *s : segments) {
        StateSegment seg{s->addr,
                         s->totalSize,
                         s->pool,
                         s->stream,
                         s->isExpandable,
                         sink.count,
                         0,
                         0,
                         0};
        for (quint32 i = 0; i < s->blockCount && size_t(s->firstBlock) + i < snapshot.blocks.size();
             ++i) {
            const Block &b = snapshot.blocks[s->firstBlock + i];
            if (!holdsMemory(b.state)) {
                addFree(sink, seg, b.addr, b.size);
                continue;
            }
            StateBlock out;
            out.addr = b.addr;
            out.size = b.size;
            out.requestedBytes = b.requestedSize;
            out.kind = b.state == BlockState::ActivePendingFree ? StateBlockKind::PendingFree
                                                                : StateBlockKind::Allocated;
            if (const auto it = liveByAddr.find(b.addr); it != liveByAddr.end()) {
                out.interval = it->second;
                out.category = t.intervals[size_t(it->second)].category;
                ++placed;
            }
            sink.add(out);
        }
        seg.blockCount = sink.count - seg.firstBlock;
        st.segments.push_back(seg);
    }
    st.unplacedAllocations = int(liveByAddr.size() - std::min(placed, liveByAddr.size()));
    st.available = !segments.empty() || hasSegmentEvents(traceOf(snapshot, t.device));
    summarisePools(st);
    return st;
}

struct LiveBlock
{
    quint64 addr;
    quint64 size;
    qint32 interval; // intervals are counted in qint32 like the trace (snapshot.h MaxTraceEntries)
    StateBlockKind kind;
};
static_assert(sizeof(LiveBlock) == 24, "one per live allocation at the event");

// The allocations live after `event`, by address, with their best-known block size.
std::vector<LiveBlock> liveBlocks(const Snapshot &snapshot, const DeviceTimeline &t, qint64 event,
                                  LoadMonitor *monitor)
{
    const auto dump = dumpBlocks(snapshot, t.device);
    size_t count = 0; // a first pass sizes the vector exactly: no doubling slack at the peak
    for (size_t i = 0; i < t.intervals.size() && t.intervals[i].allocIndex <= event; ++i) {
        if (canceledEvery64k(monitor, i)) // the second pass reports the progress of both
            return {};
        count += t.intervals[i].liveAfter(event);
    }
    std::vector<LiveBlock> live;
    live.reserve(count);
    for (size_t i = 0; i < t.intervals.size() && t.intervals[i].allocIndex <= event; ++i) {
        if (pollCanceled(monitor, i, t.intervals.size()))
            return {};
        const AllocationInterval &a = t.intervals[i];
        if (!a.liveAfter(event))
            continue;
        // An allocation alive at the dump kept its block all along: its size there is exact.
        const auto d = a.freeCompletedIndex == NotFreed ? dump.find(a.addr) : dump.end();
        const quint64 size = d != dump.end() ? d->second->size
                                             : std::max<quint64>(512, (a.size + 511) / 512 * 512);
        const bool pending = (a.freeRequestedIndex != NotFreed && a.freeRequestedIndex <= event)
                             || (a.origin == IntervalOrigin::SnapshotBlock && d != dump.end()
                                 && d->second->state == BlockState::ActivePendingFree);
        live.push_back({a.addr, size, qint32(i),
                        pending ? StateBlockKind::PendingFree : StateBlockKind::Allocated});
    }
    std::stable_sort(live.begin(), live.end(),
                     [](const LiveBlock &x, const LiveBlock &y) { return x.addr < y.addr; });
    return live;
}

// Segments replayed back from the dump, with the live allocations laid into them.
AllocatorState replayed(const Snapshot &snapshot, const DeviceTimeline &t, qint64 event,
                        Detail detail, LoadMonitor *monitor)
{
    const auto &trace = traceOf(snapshot, t.device);
    AllocatorState st;
    BlockSink sink{st, detail};
    st.event = event;
    SegmentRanges ranges = SegmentRanges::fromDump(snapshot, t.device);
    st.available = !ranges.ranges().empty() || hasSegmentEvents(trace);
    // Two loops, each reporting 0..1000 of its own: they share the range so that progress
    // only moves forward (undoing segments walks the trace back, the live blocks its intervals).
    SubMonitor undoPart(monitor, 0, 500, QString()), livePart(monitor, 500, 1000, QString());
    ranges.undoAfter(snapshot, trace, event, monitor ? &undoPart : nullptr);
    const std::vector<LiveBlock> live
        = liveBlocks(snapshot, t, event, monitor ? &livePart : nullptr);
    size_t k = 0;
    for (const auto &[start, range] : ranges.ranges()) {
        StateSegment seg{start,
                         range.end - start,
                         range.pool,
                         range.stream,
                         range.expandable,
                         sink.count,
                         0,
                         0,
                         0};
        for (; k < live.size() && live[k].addr < start; ++k)
            ++st.unplacedAllocations;
        quint64 cursor = start;
        for (; k < live.size() && live[k].addr < range.end; ++k) {
            const LiveBlock &l = live[k];
            if (l.addr < cursor) { // same address twice, or inside the one before
                ++st.unplacedAllocations;
                continue;
            }
            addFree(sink, seg, cursor, l.addr - cursor);
            // A rounded size may reach past the next allocation or the segment: it cannot.
            quint64 end = std::min(SegmentRanges::endOf(l.addr, l.size), range.end);
            if (k + 1 < live.size() && live[k + 1].addr > l.addr)
                end = std::min(end, live[k + 1].addr);
            const AllocationInterval &a = t.intervals[size_t(l.interval)];
            StateBlock b;
            b.addr = l.addr;
            b.size = end - l.addr;
            b.requestedBytes = a.size;
            b.interval = l.interval;
            b.kind = l.kind;
            b.category = a.category;
            sink.add(b);
            cursor = end;
        }
        addFree(sink, seg, cursor, range.end - cursor);
        seg.blockCount = sink.count - seg.firstBlock;
        st.segments.push_back(seg);
    }
    st.unplacedAllocations += int(live.size() - k);
    summarisePools(st);
    return st;
}

// Without blocks, no segment may point into the (empty) block list.
AllocatorState finished(AllocatorState st, Detail detail)
{
    if (detail == Detail::SegmentsOnly) {
        for (StateSegment &seg : st.segments)
            seg.firstBlock = seg.blockCount = 0;
    }
    return st;
}

} // namespace

const StateSegment *AllocatorState::segmentAt(quint64 addr) const
{
    auto it = std::upper_bound(segments.begin(), segments.end(), addr,
                               [](quint64 a, const StateSegment &s) { return a < s.addr; });
    if (it == segments.begin())
        return nullptr;
    --it;
    return addr - it->addr < it->size ? &*it : nullptr;
}

AllocatorState AllocatorStateBuilder::atDump(const Snapshot &snapshot,
                                             const DeviceTimeline &timeline, Detail detail)
{
    return finished(
        fromDump(snapshot, timeline, std::max<qint64>(-1, timeline.eventCount - 1), detail), detail);
}

AllocatorState AllocatorStateBuilder::atEvent(const Snapshot &snapshot,
                                              const DeviceTimeline &timeline, qint64 event,
                                              Detail detail, LoadMonitor *monitor)
{
    const auto &trace = traceOf(snapshot, timeline.device);
    event = std::clamp<qint64>(event, -1, qint64(trace.size()) - 1);
    for (qint64 i = qint64(trace.size()) - 1; i > event; --i) {
        if (changesState(trace[size_t(i)].action))
            return finished(replayed(snapshot, timeline, event, detail, monitor), detail);
    }
    // Nothing changed between the event and the dump.
    return finished(fromDump(snapshot, timeline, event, detail), detail);
}

} // namespace VramScope
