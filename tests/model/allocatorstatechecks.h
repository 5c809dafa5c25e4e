// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// Helpers for tst_allocatorstate: replaying a built snapshot, printing a state compactly, the
// invariants every allocator state must satisfy, and traces built by hand. Test code only.

#include "analysis/allocatorstate.h"
#include "document.h"
#include "snapshotloader.h"
#include "synthetictrace.h"
#include "testutils.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

namespace VramScope::Test {

inline constexpr quint64 MiB = SyntheticTrace::MiB;

struct Replayed
{
    Snapshot snap;
    DeviceTimeline timeline;
    AllocatorState at(qint64 event) const
    {
        return AllocatorStateBuilder::atEvent(snap, timeline, event);
    }
};

inline Replayed replay(Snapshot s)
{
    Replayed r{std::move(s), {}};
    buildDeviceTimeline(r.snap, 0, &r.timeline);
    return r;
}

inline std::vector<StateBlock> blocksOf(const AllocatorState &st, const StateSegment &seg)
{
    return {st.blocks.begin() + seg.firstBlock,
            st.blocks.begin() + seg.firstBlock + seg.blockCount};
}

inline QString describe(const AllocatorState &st)
{
    QStringList out;
    for (const StateSegment &seg : st.segments) {
        QStringList blocks;
        for (const StateBlock &b : blocksOf(st, seg))
            blocks
                << QStringLiteral("%1:%2").arg(QChar::fromLatin1("APF"[int(b.kind)])).arg(b.size);
        out << QStringLiteral("[%1 +%2: %3]")
                   .arg(seg.addr, 0, 16)
                   .arg(seg.size)
                   .arg(blocks.join(u' '));
    }
    return out.join(u' ');
}

inline DocumentPtr load(const QString &path)
{
    const LoadResult r = loadSnapshot(path);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message()));
    return r.ok() ? r.document : nullptr;
}

inline QString fixturePath(const QString &name)
{
    return name == QLatin1String("example_oom.pickle.zst")
               ? QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/example_oom.pickle.zst")
               : testDataPath(name);
}

// Checks what must hold at any event: segments sum to the replayed reserved bytes, blocks tile
// each segment, allocations sum to the replayed allocated bytes, free blocks are merged, and
// each pool's largest free block is the largest of its segments'.
inline void checkInvariants(const AllocatorState &st, const DeviceTimeline &t, qint64 event)
{
    const QByteArray where = QByteArray("event ") + QByteArray::number(event);
    QVERIFY2(st.available, where);
    QCOMPARE(st.unplacedAllocations, 0);
    qint64 reserved = 0, allocated = 0;
    for (const StateSegment &seg : st.segments) {
        reserved += qint64(seg.size);
        quint64 cursor = seg.addr, largest = 0;
        bool previousFree = false;
        for (const StateBlock &b : blocksOf(st, seg)) {
            QVERIFY2(b.addr == cursor && b.size > 0, where);
            cursor += b.size;
            const bool free = b.kind == StateBlockKind::Free;
            QVERIFY2(!(free && previousFree), where);
            previousFree = free;
            if (free) {
                largest = std::max(largest, b.size);
                continue;
            }
            QVERIFY2(b.interval >= 0 && size_t(b.interval) < t.intervals.size(), where);
            const AllocationInterval &a = t.intervals[size_t(b.interval)];
            QVERIFY2(a.addr == b.addr && a.liveAfter(event), where);
            QCOMPARE(b.category, a.category);
            allocated += qint64(a.size);
        }
        QVERIFY2(cursor == seg.addr + seg.size, where);
        QCOMPARE(seg.largestFreeBytes, largest);
    }
    QCOMPARE(reserved, t.reserved.valueAt(event));
    QCOMPARE(allocated, t.allocated.valueAt(event));
    for (const PoolStreamFree &p : st.pools) {
        qint64 largest = 0;
        for (const StateSegment &seg : st.segments) {
            if (seg.pool == p.pool && seg.stream == p.stream)
                largest = std::max(largest, qint64(seg.largestFreeBytes));
        }
        QCOMPARE(p.largestFreeBlockBytes, largest);
    }
}

// A trace by hand, for what SyntheticTrace does not make (expandable segments, adjacent
// cudaMalloc segments).
struct HandTrace
{
    Snapshot s;
    void push(TraceAction action, quint64 addr, quint64 size)
    {
        TraceEntry e;
        e.action = action;
        e.addr = addr;
        e.size = size;
        s.deviceTraces[0].push_back(e);
    }
    void dumpSegment(quint64 addr, std::initializer_list<std::pair<quint64, BlockState>> blocks,
                     bool expandable)
    {
        Segment seg;
        seg.addr = addr;
        seg.isExpandable = expandable;
        seg.firstBlock = quint32(s.blocks.size());
        for (const auto &[size, state] : blocks) {
            s.blocks.push_back({addr + seg.totalSize, size,
                                state == BlockState::Inactive ? 0 : size, EmptyStack, state});
            seg.totalSize += size;
        }
        seg.blockCount = quint32(blocks.size());
        s.segments.push_back(seg);
    }
};

} // namespace VramScope::Test
