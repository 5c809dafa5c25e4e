// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/fakeallocations.h"

#include <algorithm>

namespace VramScope {

TraceEntry makeTraceEntry(TraceAction action, quint64 addr, quint64 size, qint64 timeUs)
{
    TraceEntry e;
    e.action = action;
    e.addr = addr;
    e.size = size;
    e.timeUs = timeUs;
    return e;
}

void FakeLifo::pushEntry(TraceAction action, quint64 addr, quint64 size, qint64 timeUs,
                         std::vector<TraceEntry> &out)
{
    TraceEntry e = makeTraceEntry(action, addr, size, timeUs);
    if (m_extra != NoExtra && m_refs) {
        m_refs->push_back({quint64(out.size()), m_extra});
        e.flags |= TraceEntry::HasExtra;
    }
    out.push_back(e);
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
    pushEntry(m_segments ? TraceAction::SegmentAlloc : TraceAction::Alloc, addr, bytes, timeUs,
              out);
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
            pushEntry(TraceAction::SegmentFree, top.addr, top.size, timeUs, out);
        } else {
            pushEntry(TraceAction::FreeRequested, top.addr, top.size, timeUs, out);
            pushEntry(TraceAction::FreeCompleted, top.addr, top.size, timeUs, out);
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
