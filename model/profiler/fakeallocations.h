// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/snapshot.h"

#include <vector>

namespace VramScope {

// Hands out fake, unique, 512-byte aligned, non-overlapping addresses (a bump allocator).
// Real CUDA addresses stay below 2^48; fake blocks start at 2^48, fake segments at 2^62.
class FakeAddressSpace
{
public:
    static constexpr quint64 BlockBase = quint64(1) << 48;
    static constexpr quint64 SegmentBase = quint64(1) << 62;
    explicit FakeAddressSpace(quint64 base) : m_next(base) {}
    quint64 take(quint64 size);

private:
    quint64 m_next;
};

// Bytes without addresses (per-category totals, Total Reserved) turned into trace entries: a LIFO
// stack of fake allocations. grow(n) emits one `alloc` (or `segment_alloc`) of n; shrink(n) frees
// the top allocations (free_requested + free_completed, or segment_free) and, when the last one is
// larger than what remains to free, frees it whole and re-allocates the rest. So the replayed sum
// equals total() after every call.
class FakeLifo
{
public:
    // Every entry emitted carries `extra` (an index into Snapshot::extras), linked in *refs:
    // the side table of the trace the entries are appended to.
    FakeLifo(FakeAddressSpace *space, bool segments, quint32 extra = NoExtra,
             TraceExtraRefs *refs = nullptr)
        : m_space(space), m_refs(refs), m_extra(extra), m_segments(segments)
    {
    }
    quint64 total() const { return m_total; }
    void grow(quint64 bytes, qint64 timeUs, std::vector<TraceEntry> &out);
    // Frees min(bytes, total()); returns the bytes freed.
    quint64 shrink(quint64 bytes, qint64 timeUs, std::vector<TraceEntry> &out);
    // grow or shrink to target.
    void setTotal(quint64 target, qint64 timeUs, std::vector<TraceEntry> &out);

private:
    struct Item
    {
        quint64 addr;
        quint64 size;
    };
    void pushEntry(TraceAction action, quint64 addr, quint64 size, qint64 timeUs,
                   std::vector<TraceEntry> &out);
    FakeAddressSpace *m_space;
    TraceExtraRefs *m_refs;
    std::vector<Item> m_items;
    quint64 m_total = 0;
    quint32 m_extra;
    bool m_segments;
};

TraceEntry makeTraceEntry(TraceAction action, quint64 addr, quint64 size, qint64 timeUs);

} // namespace VramScope
