// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/freeblockanalyzer.h"

#include <algorithm>
#include <map>

namespace VramScope {

namespace {

struct Range
{
    quint64 end = 0;
    quint16 stream = 0;
    PoolId pool;
};
using RangeMap = std::map<quint64, Range>; // start -> range

PoolStreamFree &slot(std::vector<PoolStreamFree> &pools, const PoolId &pool, quint16 stream)
{
    for (PoolStreamFree &p : pools) {
        if (p.pool == pool && p.stream == stream)
            return p;
    }
    pools.push_back({pool, stream, 0, 0, 0});
    return pools.back();
}

void sortPools(FreeBlockReport &r)
{
    std::sort(r.pools.begin(), r.pools.end(), [](const PoolStreamFree &a, const PoolStreamFree &b) {
        return a.reservedBytes > b.reservedBytes;
    });
}

void removeRange(RangeMap &ranges, quint64 start, quint64 end)
{
    auto it = ranges.upper_bound(start);
    if (it != ranges.begin())
        --it;
    while (it != ranges.end() && it->first < end) {
        const quint64 s = it->first;
        const Range r = it->second;
        if (r.end <= start) {
            ++it;
            continue;
        }
        it = ranges.erase(it);
        if (s < start)
            ranges.emplace(s, Range{start, r.stream, r.pool});
        if (r.end > end)
            it = ranges.emplace(end, Range{r.end, r.stream, r.pool}).first;
    }
}

void addRange(RangeMap &ranges, quint64 start, quint64 end, quint16 stream, const PoolId &pool)
{
    removeRange(ranges, start, end);
    auto it = ranges.emplace(start, Range{end, stream, pool}).first;
    // Merge with neighbours of the same stream and pool (expandable segments map piecewise).
    if (it != ranges.begin()) {
        auto prev = std::prev(it);
        if (prev->second.end == start && prev->second.stream == stream && prev->second.pool == pool) {
            prev->second.end = end;
            ranges.erase(it);
            it = prev;
        }
    }
    auto next = std::next(it);
    if (next != ranges.end() && next->first == it->second.end && next->second.stream == stream
        && next->second.pool == pool) {
        it->second.end = next->second.end;
        ranges.erase(next);
    }
}

} // namespace

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

FreeBlockReport FreeBlockAnalyzer::atDump(const Snapshot &snapshot, int device)
{
    FreeBlockReport r;
    for (const Segment &s : snapshot.segments) {
        if (s.device != device)
            continue;
        r.available = true;
        PoolStreamFree &p = slot(r.pools, s.pool, s.stream);
        p.reservedBytes += qint64(s.totalSize);
        for (quint32 i = 0; i < s.blockCount && s.firstBlock + i < snapshot.blocks.size(); ++i) {
            const Block &b = snapshot.blocks[s.firstBlock + i];
            if (b.state != BlockState::Inactive)
                continue;
            p.freeBytes += qint64(b.size);
            p.largestFreeBlockBytes = std::max(p.largestFreeBlockBytes, qint64(b.size));
        }
    }
    sortPools(r);
    return r;
}

FreeBlockReport FreeBlockAnalyzer::atEvent(const Snapshot &snapshot, const DeviceTimeline &t, qint64 event)
{
    static const std::vector<TraceEntry> NoTrace;
    const auto &trace = size_t(t.device) < snapshot.deviceTraces.size() ? snapshot.deviceTraces[size_t(t.device)]
                                                                        : NoTrace;
    qint64 lastChange = -1;
    for (qint64 i = qint64(trace.size()) - 1; i > event && lastChange < 0; --i) {
        const TraceAction a = trace[size_t(i)].action;
        if (a != TraceAction::Oom && a != TraceAction::Snapshot && a != TraceAction::Unknown)
            lastChange = i;
    }
    if (lastChange < 0)
        return atDump(snapshot, t.device); // nothing changed between the event and the dump

    RangeMap ranges;
    bool any = false;
    for (const Segment &s : snapshot.segments) {
        if (s.device != t.device)
            continue;
        any = true;
        addRange(ranges, s.addr, s.addr + s.totalSize, s.stream, s.pool);
    }
    for (qint64 i = qint64(trace.size()) - 1; i > event; --i) {
        const TraceEntry &e = trace[size_t(i)];
        const TraceExtra *x = snapshot.extraOf(e);
        const PoolId pool = x && x->poolIndex < snapshot.pools.size() ? snapshot.pools[x->poolIndex] : PoolId{};
        if (e.action == TraceAction::SegmentAlloc || e.action == TraceAction::SegmentMap)
            removeRange(ranges, e.addr, e.addr + e.size);
        else if (e.action == TraceAction::SegmentFree || e.action == TraceAction::SegmentUnmap)
            addRange(ranges, e.addr, e.addr + e.size, e.stream, pool);
        any = any || e.action == TraceAction::SegmentFree || e.action == TraceAction::SegmentUnmap;
    }
    FreeBlockReport r;
    r.available = any;
    r.reconstructed = true;
    struct Used
    {
        quint64 start, end;
    };
    std::vector<Used> used;
    for (const AllocationInterval &a : t.intervals) {
        if (a.liveAfter(event))
            used.push_back({a.addr, a.addr + ((a.size + 511) / 512) * 512});
    }
    std::sort(used.begin(), used.end(), [](const Used &x, const Used &y) { return x.start < y.start; });
    size_t u = 0;
    for (const auto &[start, range] : ranges) {
        PoolStreamFree &p = slot(r.pools, range.pool, range.stream);
        p.reservedBytes += qint64(range.end - start);
        while (u < used.size() && used[u].end <= start)
            ++u;
        quint64 cursor = start;
        for (size_t k = u; k < used.size() && used[k].start < range.end; ++k) {
            if (used[k].start > cursor) {
                const auto gap = qint64(used[k].start - cursor);
                p.freeBytes += gap;
                p.largestFreeBlockBytes = std::max(p.largestFreeBlockBytes, gap);
            }
            cursor = std::max(cursor, std::min(used[k].end, range.end));
        }
        if (range.end > cursor) {
            const auto gap = qint64(range.end - cursor);
            p.freeBytes += gap;
            p.largestFreeBlockBytes = std::max(p.largestFreeBlockBytes, gap);
        }
    }
    sortPools(r);
    return r;
}

} // namespace VramScope
