// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/fakeallocations.h"

#include <algorithm>

namespace VramScope {

TraceEntry makeTraceEntry(TraceAction action, quint64 addr, quint64 size, qint64 timeUs,
                          quint32 extra)
{
    TraceEntry e;
    e.action = action;
    e.addr = addr;
    e.size = size;
    e.timeUs = timeUs;
    e.extra = extra;
    return e;
}

quint64 FakeAddressSpace::take(quint64 size)
{
    const quint64 addr = m_next;
    m_next += std::max<quint64>(512, (size + 511) & ~quint64(511));
    return addr;
}

void FakeLifo::grow(quint64 bytes, qint64 timeUs, std::vector<TraceEntry> &out)
{
    if (bytes == 0)
        return;
    const quint64 addr = m_space->take(bytes);
    m_items.push_back({addr, bytes});
    m_total += bytes;
    out.push_back(makeTraceEntry(m_segments ? TraceAction::SegmentAlloc : TraceAction::Alloc, addr,
                                 bytes, timeUs, m_extra));
}

quint64 FakeLifo::shrink(quint64 bytes, qint64 timeUs, std::vector<TraceEntry> &out)
{
    const quint64 target = std::min(bytes, m_total);
    quint64 remaining = target;
    while (remaining > 0) {
        const Item top = m_items.back();
        m_items.pop_back();
        m_total -= top.size;
        if (m_segments) {
            out.push_back(makeTraceEntry(TraceAction::SegmentFree, top.addr, top.size, timeUs, m_extra));
        } else {
            out.push_back(makeTraceEntry(TraceAction::FreeRequested, top.addr, top.size, timeUs, m_extra));
            out.push_back(makeTraceEntry(TraceAction::FreeCompleted, top.addr, top.size, timeUs, m_extra));
        }
        if (top.size > remaining) {
            grow(top.size - remaining, timeUs, out); // the part that stays allocated
            remaining = 0;
        } else {
            remaining -= top.size;
        }
    }
    return target;
}

void FakeLifo::setTotal(quint64 target, qint64 timeUs, std::vector<TraceEntry> &out)
{
    if (target > m_total)
        grow(target - m_total, timeUs, out);
    else if (target < m_total)
        shrink(m_total - target, timeUs, out);
}

} // namespace VramScope
