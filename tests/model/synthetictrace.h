// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// Builds Snapshots for the analysis tests in code, with known truth: a device trace (alloc,
// free_requested + free_completed, segment and oom entries with frames and time_us), annotations
// and a dump (segments with active/inactive blocks) consistent with the trace, so the real
// buildDeviceTimeline replays it. Header-only, test code only.

#include "analysis/category.h"
#include "snapshot/snapshot.h"
#include "timeline/timelinebuilder.h"

#include <QString>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <vector>

namespace VramScope::Test {

struct FrameSpec
{
    const char *file;
    int line;
    const char *name;
};

class SyntheticTrace
{
public:
    static constexpr quint64 MiB = quint64(1) << 20;
    static constexpr quint64 GiB = quint64(1) << 30;

    SyntheticTrace() { m_snap.hasTraceKey = true; }

    StackId stack(std::initializer_list<FrameSpec> frames) // innermost first
    {
        for (const FrameSpec &f : frames) {
            Frame fr;
            fr.filename = m_snap.strings.intern(f.file);
            fr.name = m_snap.strings.intern(f.name);
            fr.line = f.line;
            m_snap.stackFrames.push_back(FrameId(m_snap.frames.size()));
            m_snap.frames.push_back(fr);
        }
        m_snap.stackOffsets.push_back(quint32(m_snap.stackFrames.size()));
        return StackId(m_snap.stackCount() - 1);
    }

    // A new segment (segment_alloc entry); allocations are placed in it from its base upward.
    quint64 segment(quint64 size, quint16 stream = 0)
    {
        const quint64 base = m_nextSegment;
        m_nextSegment += size + 64 * MiB;
        m_segments.push_back({base, size, stream, false});
        m_cursor = base;
        m_segmentEnd = base + size;
        push(TraceAction::SegmentAlloc, base, size, EmptyStack, stream);
        return base;
    }

    // Tight mode: every allocation gets its own segment (as large blocks do), so reserved tracks
    // allocated; flushCache() then releases the empty ones, as the allocator does before an OOM.
    void setTight(bool tight) { m_tight = tight; }
    void flushCache()
    {
        for (Seg &seg : m_segments) {
            if (seg.freed)
                continue;
            const auto it = m_live.lower_bound(seg.base);
            if (it != m_live.end() && it->first < seg.base + seg.size)
                continue;
            seg.freed = true;
            push(TraceAction::SegmentFree, seg.base, seg.size, EmptyStack, seg.stream);
        }
    }

    // Allocates at the bump cursor of the current segment (512-byte rounding). Returns the address.
    quint64 alloc(quint64 size, StackId st, Category truth = Category::Unknown, quint16 stream = 0)
    {
        const quint64 rounded = (size + 511) / 512 * 512;
        if (m_tight)
            segment(rounded, stream);
        if (m_cursor + rounded > m_segmentEnd)
            segment(std::max<quint64>(rounded, 64 * MiB), stream);
        const quint64 addr = m_cursor;
        m_cursor += rounded;
        allocAt(addr, size, st, truth, stream);
        return addr;
    }

    void allocAt(quint64 addr, quint64 size, StackId st, Category truth = Category::Unknown, quint16 stream = 0)
    {
        m_live[addr] = {size, st, stream};
        m_truth.push_back({addr, qint64(m_trace.size()), truth});
        push(TraceAction::Alloc, addr, size, st, stream);
    }

    void free(quint64 addr, StackId st = EmptyStack)
    {
        const auto it = m_live.find(addr);
        if (it == m_live.end())
            return;
        const Live l = it->second;
        m_live.erase(it);
        push(TraceAction::FreeRequested, addr, l.size, st, l.stream);
        push(TraceAction::FreeCompleted, addr, l.size, st, l.stream);
    }

    void oom(quint64 size, quint64 deviceFree, StackId st, quint16 stream = 0)
    {
        TraceExtra x;
        x.deviceFree = deviceFree;
        x.hasDeviceFree = true;
        m_snap.extras.push_back(x);
        push(TraceAction::Oom, 0, size, st, stream, quint32(m_snap.extras.size() - 1));
    }

    // A profiler-style category on the next alloc entries.
    void allocWithCategory(quint64 size, const char *category, Category truth)
    {
        TraceExtra x;
        x.category = m_snap.strings.intern(category);
        m_snap.extras.push_back(x);
        const quint64 addr = alloc(size, EmptyStack, truth);
        m_trace.back().flags |= TraceEntry::HasExtra;
        m_refs.push_back({quint64(m_trace.size() - 1), quint32(m_snap.extras.size() - 1)});
        Q_UNUSED(addr)
    }

    void annotate(const char *name, bool start)
    {
        Annotation a;
        a.timeUs = m_time;
        a.device = 0;
        a.name = m_snap.strings.intern(name);
        a.isStart = start;
        m_snap.annotations.push_back(a);
        m_time += 5;
    }

    // A block live at the dump that the trace never allocated (recorded before the window).
    void preexisting(quint64 size, StackId st = EmptyStack)
    {
        const quint64 base = m_nextSegment;
        m_nextSegment += size + 64 * MiB;
        m_segments.push_back({base, size, 0, false});
        m_pre[base] = {size, st, 0};
    }

    qint64 eventCount() const { return qint64(m_trace.size()); }
    quint64 liveBytes() const
    {
        quint64 sum = 0;
        for (const auto &[a, l] : m_live)
            sum += l.size;
        for (const auto &[a, l] : m_pre)
            sum += l.size;
        return sum;
    }

    struct Truth
    {
        quint64 addr;
        qint64 allocIndex;
        Category category;
    };
    const std::vector<Truth> &truth() const { return m_truth; }

    // The snapshot with the dump: one Segment per segment() call, blocks for live allocations and
    // inactive gaps between them. Call once: the builder hands its snapshot over.
    Snapshot finish(bool withTrace = true)
    {
        Snapshot s = std::move(m_snap);
        if (withTrace) {
            s.deviceTraces = {m_trace};
            s.deviceExtraRefs = {m_refs};
        } else {
            s.hasTraceKey = false;
        }
        std::map<quint64, Live> live = m_live;
        live.insert(m_pre.begin(), m_pre.end());
        for (const Seg &seg : m_segments) {
            if (seg.freed)
                continue;
            Segment out;
            out.addr = seg.base;
            out.totalSize = seg.size;
            out.stream = seg.stream;
            out.firstBlock = quint32(s.blocks.size());
            quint64 cursor = seg.base;
            for (auto it = live.lower_bound(seg.base); it != live.end() && it->first < seg.base + seg.size; ++it) {
                if (it->first > cursor)
                    s.blocks.push_back({cursor, it->first - cursor, 0, EmptyStack, BlockState::Inactive});
                const quint64 rounded = (it->second.size + 511) / 512 * 512;
                s.blocks.push_back({it->first, rounded, it->second.size, it->second.stack, BlockState::ActiveAllocated});
                out.allocatedSize += rounded;
                out.requestedSize += it->second.size;
                cursor = it->first + rounded;
            }
            if (cursor < seg.base + seg.size)
                s.blocks.push_back({cursor, seg.base + seg.size - cursor, 0, EmptyStack, BlockState::Inactive});
            out.blockCount = quint32(s.blocks.size()) - out.firstBlock;
            out.activeSize = out.allocatedSize;
            s.segments.push_back(out);
        }
        return s;
    }

private:
    struct Live
    {
        quint64 size;
        StackId stack;
        quint16 stream;
    };
    struct Seg
    {
        quint64 base, size;
        quint16 stream;
        bool freed;
    };

    void push(TraceAction action, quint64 addr, quint64 size, StackId st, quint16 stream, quint32 extra = NoExtra)
    {
        TraceEntry e;
        e.action = action;
        e.addr = addr;
        e.size = size;
        e.stack = st;
        e.stream = stream;
        if (extra != NoExtra) {
            e.flags |= TraceEntry::HasExtra;
            m_refs.push_back({quint64(m_trace.size()), extra});
        }
        e.timeUs = m_time;
        m_time += 10;
        m_trace.push_back(e);
    }

    Snapshot m_snap;
    std::vector<TraceEntry> m_trace;
    TraceExtraRefs m_refs;
    std::map<quint64, Live> m_live;
    std::map<quint64, Live> m_pre;
    std::vector<Seg> m_segments;
    std::vector<Truth> m_truth;
    quint64 m_nextSegment = 0x7f0000000000ull;
    quint64 m_cursor = 0;
    quint64 m_segmentEnd = 0;
    bool m_tight = false;
    qint64 m_time = 1'700'000'000'000'000;
};

} // namespace VramScope::Test
