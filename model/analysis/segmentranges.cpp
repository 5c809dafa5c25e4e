// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/segmentranges.h"

#include "loadmonitor.h"

namespace VramScope {

SegmentRanges SegmentRanges::fromDump(const Snapshot &snapshot, int device)
{
    SegmentRanges r;
    for (const Segment &s : snapshot.segments) {
        if (s.device == device && s.totalSize > 0)
            r.add(s.addr, endOf(s.addr, s.totalSize), Range{0, s.pool, s.stream, s.isExpandable});
    }
    return r;
}

void SegmentRanges::undoAfter(const Snapshot &snapshot, const std::vector<TraceEntry> &trace,
                              qint64 event, LoadMonitor *monitor)
{
    const qint64 last = qint64(trace.size()) - 1;
    for (qint64 i = last; i > event && i >= 0; --i) {
        if (pollCanceled(monitor, size_t(last - i), size_t(last - event)))
            return;
        const TraceEntry &e = trace[size_t(i)];
        if (e.size == 0)
            continue;
        const quint64 end = endOf(e.addr, e.size);
        switch (e.action) {
        case TraceAction::SegmentAlloc:
        case TraceAction::SegmentMap:
            remove(e.addr, end);
            break;
        case TraceAction::SegmentFree:
        case TraceAction::SegmentUnmap: {
            const TraceExtra *x = snapshot.extraOf(e);
            const PoolId pool = x && x->poolIndex < snapshot.pools.size()
                                    ? snapshot.pools[x->poolIndex]
                                    : PoolId{};
            add(e.addr, end, Range{0, pool, e.stream, e.action == TraceAction::SegmentUnmap});
            break;
        }
        default:
            break;
        }
    }
}

void SegmentRanges::remove(quint64 start, quint64 end)
{
    auto it = m_ranges.upper_bound(start);
    if (it != m_ranges.begin())
        --it;
    while (it != m_ranges.end() && it->first < end) {
        const quint64 s = it->first;
        const Range r = it->second;
        if (r.end <= start) {
            ++it;
            continue;
        }
        it = m_ranges.erase(it);
        if (s < start) {
            Range head = r;
            head.end = start;
            m_ranges.emplace(s, head);
        }
        if (r.end > end)
            it = m_ranges.emplace(end, r).first;
    }
}

void SegmentRanges::add(quint64 start, quint64 end, const Range &range)
{
    if (end <= start)
        return;
    remove(start, end); // an inconsistent file may overlap: the newer range wins
    Range placed = range;
    placed.end = end;
    auto it = m_ranges.emplace(start, placed).first;
    if (!range.expandable)
        return;
    const auto joins = [](const Range &a, const Range &b) {
        return a.expandable && b.expandable && a.pool == b.pool && a.stream == b.stream;
    };
    if (it != m_ranges.begin()) {
        auto prev = std::prev(it);
        if (prev->second.end == start && joins(prev->second, placed)) {
            prev->second.end = end;
            m_ranges.erase(it);
            it = prev;
        }
    }
    auto next = std::next(it);
    if (next != m_ranges.end() && next->first == it->second.end
        && joins(it->second, next->second)) {
        it->second.end = next->second.end;
        m_ranges.erase(next);
    }
}

} // namespace VramScope
