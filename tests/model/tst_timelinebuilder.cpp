// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Synthetic streams pin the replay rules of format.md b.5.
#include "timeline/timelinebuilder.h"

#include <QtTest>

#include <limits>

using namespace VramScope;

namespace {
struct Script
{
    Snapshot snap;
    void ev(TraceAction a, quint64 addr, quint64 size, int device = 0, quint16 stream = 0)
    {
        if (snap.deviceTraces.size() <= size_t(device))
            snap.deviceTraces.resize(size_t(device) + 1);
        TraceEntry e;
        e.action = a;
        e.addr = addr;
        e.size = size;
        e.stream = stream;
        e.timeUs = qint64(snap.deviceTraces[size_t(device)].size()) * 10;
        snap.deviceTraces[size_t(device)].push_back(e);
    }
    void alloc(quint64 a, quint64 s, int d = 0) { ev(TraceAction::Alloc, a, s, d); }
    void free(quint64 a, quint64 s, int d = 0)
    {
        ev(TraceAction::FreeRequested, a, s, d);
        ev(TraceAction::FreeCompleted, a, s, d);
    }
    // A dump-time segment holding the given live blocks (requested sizes), the rest inactive.
    void segment(quint64 addr, quint64 total, std::vector<std::pair<quint64, quint64>> live, int d = 0,
                 BlockState state = BlockState::ActiveAllocated)
    {
        Segment s;
        s.addr = addr;
        s.totalSize = total;
        s.device = d;
        s.firstBlock = quint32(snap.blocks.size());
        for (auto [a, req] : live) {
            Block b;
            b.addr = a;
            b.size = (req + 511) / 512 * 512;
            b.requestedSize = req;
            b.state = state;
            snap.blocks.push_back(b);
        }
        s.blockCount = quint32(live.size());
        snap.segments.push_back(s);
    }
    DeviceTimeline build(int device = 0)
    {
        DeviceTimeline t;
        if (!buildDeviceTimeline(snap, device, &t))
            qFatal("cancelled");
        return t;
    }
};
constexpr quint64 MiB = 1 << 20;
} // namespace

class tst_TimelineBuilder : public QObject
{
    Q_OBJECT

private slots:
    // Memory counts until free_completed; a delayed completion (record_stream) keeps it held.
    void pendingFree()
    {
        Script s;
        s.ev(TraceAction::SegmentAlloc, 0x1000000, 2 * MiB);
        s.alloc(0x1000000, 1000);
        s.alloc(0x1000400, 3000);
        s.ev(TraceAction::FreeRequested, 0x1000000, 1000); // 3: pending
        s.alloc(0x1001000, 500);                           // 4
        s.ev(TraceAction::FreeCompleted, 0x1000000, 1000); // 5: released here
        s.segment(0x1000000, 2 * MiB, {{0x1000400, 3000}, {0x1001000, 500}});
        const DeviceTimeline t = s.build();
        QCOMPARE(t.baselineAllocated, 0);
        QCOMPARE(t.allocated.valueAt(3), 4000);
        QCOMPARE(t.allocated.valueAt(4), 4500);
        QCOMPARE(t.allocated.valueAt(5), 3500);
        QCOMPARE(t.peakAllocated, 4500);
        QCOMPARE(t.peakAllocatedIndex, 4);
        QCOMPARE(t.endAllocated, 3500);
        QCOMPARE(int(t.intervals.size()), 3);
        QCOMPARE(t.intervals[0].freeRequestedIndex, 3);
        QCOMPARE(t.intervals[0].freeCompletedIndex, 5);
        QVERIFY(t.intervals[0].liveAfter(4));
        QVERIFY(!t.intervals[0].liveAfter(5));
        QCOMPARE(t.liveAt(4).size(), size_t(3));
        QCOMPARE(t.liveAt(5).size(), size_t(2));
        QVERIFY(t.warnings.isEmpty());
    }

    // Ring buffer: the window starts mid-run. Frees of unseen allocations and live blocks with no
    // alloc are pre-existing; the baselines make the series end at the dump's state.
    void truncatedRingBuffer()
    {
        Script s;
        s.free(0x2000000, 4000);          // 0,1: allocated before the window
        s.alloc(0x2001000, 1000);         // 2
        s.ev(TraceAction::SegmentFree, 0x3000000, 20 * MiB); // 3: a segment created before the window
        s.segment(0x2000000, 2 * MiB, {{0x2001000, 1000}, {0x2002000, 7000}});
        const DeviceTimeline t = s.build();
        // live requested (8000) - allocs (1000) + completed frees (4000)
        QCOMPARE(t.baselineAllocated, 11000);
        QCOMPARE(t.allocated.valueAt(1), 7000);
        QCOMPARE(t.endAllocated, 8000);
        QCOMPARE(t.peakAllocated, 11000);
        QCOMPARE(t.peakAllocatedIndex, -1);
        QCOMPARE(t.baselineReserved, qint64(22 * MiB));
        QCOMPARE(t.endReserved, qint64(2 * MiB));
        QCOMPARE(int(t.intervals.size()), 3);
        int unmatched = 0, fromBlocks = 0;
        for (const AllocationInterval &a : t.intervals) {
            unmatched += a.origin == IntervalOrigin::UnmatchedFree;
            fromBlocks += a.origin == IntervalOrigin::SnapshotBlock;
        }
        QCOMPARE(unmatched, 1);
        QCOMPARE(fromBlocks, 1);
        QCOMPARE(t.intervals.front().allocIndex, BeforeWindow);
    }

    // Expandable segments: reserved bytes follow map/unmap.
    void mapUnmap()
    {
        Script s;
        s.ev(TraceAction::SegmentMap, 0x4000000, 20 * MiB);
        s.alloc(0x4000000, 15 * MiB);
        s.ev(TraceAction::SegmentMap, 0x5400000, 20 * MiB);
        s.alloc(0x5400000, 18 * MiB);
        s.free(0x4000000, 15 * MiB);
        s.ev(TraceAction::SegmentUnmap, 0x4000000, 20 * MiB);
        TraceEntry oom;
        s.ev(TraceAction::Oom, 0, 64 * MiB);
        s.segment(0x5400000, 20 * MiB, {{0x5400000, 18 * MiB}});
        s.snap.segments.back().isExpandable = true;
        const DeviceTimeline t = s.build();
        QCOMPARE(t.baselineReserved, 0);
        QCOMPARE(t.peakReserved, qint64(40 * MiB));
        QCOMPARE(t.peakReservedIndex, 2);
        QCOMPARE(t.endReserved, qint64(20 * MiB));
        QCOMPARE(t.peakAllocated, qint64(33 * MiB));
        QCOMPARE(int(t.ooms.size()), 1);
        QCOMPARE(t.ooms[0].index, 7);
        QCOMPARE(t.ooms[0].requestedBytes, quint64(64 * MiB));
        QCOMPARE(t.actionCounts[int(TraceAction::SegmentMap)], 2);
    }

    // Two devices and two streams replay independently; an alloc over an open address is flagged.
    void devicesStreamsAndOverlap()
    {
        Script s;
        s.alloc(0x100, 100, 0);
        s.ev(TraceAction::Alloc, 0x900, 900, 1, 1);
        s.alloc(0x100, 50, 0); // the first was never freed: closed here, warned
        s.segment(0x100, 2 * MiB, {{0x100, 50}}, 0);
        s.segment(0x900, 2 * MiB, {{0x900, 900}}, 1);
        QCOMPARE(devicesWithData(s.snap), (std::vector<int>{0, 1}));
        const DeviceTimeline d0 = s.build(0), d1 = s.build(1);
        QCOMPARE(d0.eventCount, 2);
        QCOMPARE(d1.eventCount, 1);
        QCOMPARE(d1.endAllocated, 900);
        QCOMPARE(d1.intervals[0].stream, quint16(1));
        QCOMPARE(d0.warnings.size(), 2); // the overlap, and the negative baseline it implies
        QVERIFY(d0.warnings.join(QString()).contains(QStringLiteral("still allocated")));
        QVERIFY(d0.warnings.join(QString()).contains(QStringLiteral("negative baseline")));
        QCOMPARE(d0.intervals[0].freeCompletedIndex, 1);
        // Baseline uses the formula: 50 live - 150 allocated = -100, which the file contradicts.
        QCOMPARE(d0.baselineAllocated, -100);
    }

    // skip_actions: a trace without free_completed releases at free_requested.
    void skippedFreeCompleted()
    {
        Script s;
        s.alloc(0x10, 64);
        s.ev(TraceAction::FreeRequested, 0x10, 64);
        const DeviceTimeline t = s.build();
        QCOMPARE(t.endAllocated, 0);
        QCOMPARE(t.intervals[0].freeCompletedIndex, 1);
        QVERIFY(t.warnings.join(QString()).contains(QStringLiteral("free_requested")));
    }

    // Issue 7: byte sums saturate at the qint64 range instead of wrapping negative.
    void sumsSaturate_data()
    {
        QTest::addColumn<quint64>("size");
        QTest::addColumn<qint64>("afterFirst");
        QTest::addColumn<qint64>("afterSecond");
        QTest::addColumn<qint64>("peakIndex");
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        QTest::newRow("2^62 twice") << (quint64(1) << 62) << (qint64(1) << 62) << Max << qint64(1);
        QTest::newRow("beyond 2^63") << ~quint64(0) << Max << Max << qint64(0);
        QTest::newRow("small") << quint64(4096) << qint64(4096) << qint64(8192) << qint64(1);
    }
    void sumsSaturate()
    {
        QFETCH(quint64, size);
        QFETCH(qint64, afterFirst);
        QFETCH(qint64, afterSecond);
        QFETCH(qint64, peakIndex);
        Script s;
        s.alloc(0x1000, size);
        s.alloc(0x2000, size);
        s.ev(TraceAction::SegmentMap, 0x10000, size);
        s.ev(TraceAction::SegmentMap, 0x20000, size);
        // The dump holds what the trace built, so both baselines come out at 0 (saturated sums
        // on both sides of the baseline formula cancel).
        s.segment(0x10000, size, {{0x1000, size}});
        s.segment(0x20000, size, {{0x2000, size}});
        const DeviceTimeline t = s.build();
        QCOMPARE(t.baselineAllocated, 0);
        QCOMPARE(t.baselineReserved, 0);
        QCOMPARE(t.allocated.valueAt(0), afterFirst);
        QCOMPARE(t.allocated.valueAt(1), afterSecond);
        QCOMPARE(t.peakAllocated, afterSecond);
        QCOMPARE(t.peakAllocatedIndex, peakIndex);
        QCOMPARE(t.endAllocated, afterSecond);
        QCOMPARE(t.reserved.valueAt(2), afterFirst);
        QCOMPARE(t.endReserved, afterSecond);
    }

    // Pending-free blocks in the dump still hold memory (MemoryViz drops them; we do not).
    void pendingFreeBlockHoldsMemory()
    {
        Script s;
        s.segment(0x7000, 2 * MiB, {{0x7000, 4096}}, 0, BlockState::ActivePendingFree);
        const DeviceTimeline t = s.build();
        QCOMPARE(t.baselineAllocated, 4096);
        QCOMPARE(int(t.intervals.size()), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TimelineBuilder)
#include "tst_timelinebuilder.moc"
