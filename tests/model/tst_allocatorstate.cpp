// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The allocator state at an event: a synthetic trace with known segments and blocks, a
// hand-built expandable-segment trace, invariants over every fixture, and the fixtures' true
// allocator states recorded by tests/tools/allocator_state_truth.py from the simulation that made
// them.
#include "allocatorstatechecks.h"

#include "analysis/freeblockanalyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>

using namespace VramScope;
using namespace VramScope::Test;

class tst_AllocatorState : public QObject
{
    Q_OBJECT

private slots:
    void syntheticSegmentLifecycle();
    void expandableMapAndUnmap();
    void adjacentSegmentsStaySeparate();
    void pendingFreeFromRecordStream();
    void invariantsOnFixtures_data();
    void invariantsOnFixtures();
    void matchesSimulatedAllocator();
    void bundledExampleAtTheOom();
    void freeBlockAnalyzerIsItsSummary();
};

void tst_AllocatorState::syntheticSegmentLifecycle()
{
    SyntheticTrace t;
    const quint64 base = t.segment(20 * MiB); // 0
    const quint64 a = t.alloc(4 * MiB, 0);    // 1
    const quint64 b = t.alloc(6 * MiB, 0);    // 2
    const quint64 c = t.alloc(2 * MiB, 0);    // 3
    t.free(b);                                // 4 requested, 5 completed
    const quint64 d = t.alloc(30 * MiB, 0);   // 6 segment_alloc of 64 MiB, 7 alloc
    t.free(d);                                // 8, 9
    t.flushCache();                           // 10: segment_free of the empty 64 MiB one
    QCOMPARE(t.eventCount(), qint64(11));
    QVERIFY(a == base && b == base + 4 * MiB && c == base + 10 * MiB);
    const Replayed r = replay(t.finish());

    // Before the segment_alloc: nothing reserved yet.
    AllocatorState st = r.at(-1);
    QVERIFY(st.available);
    QVERIFY(!st.exact);
    QCOMPARE(st.segments.size(), size_t(0));
    QVERIFY(st.pools.empty());

    st = r.at(0);
    QCOMPARE(st.segments.size(), size_t(1));
    QCOMPARE(st.segments[0].addr, base);
    QCOMPARE(st.segments[0].size, 20 * MiB);
    QCOMPARE(st.blocks.size(), size_t(1));
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(20 * MiB));

    st = r.at(3);
    QCOMPARE(
        describe(st),
        QStringLiteral("[%1 +20971520: A:4194304 A:6291456 A:2097152 F:8388608]").arg(base, 0, 16));
    QCOMPARE(r.timeline.intervals[size_t(st.blocks[1].interval)].addr, b);
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(8 * MiB));

    st = r.at(4); // free requested, not completed: still holds its block
    QCOMPARE(st.blocks[1].kind, StateBlockKind::PendingFree);
    QCOMPARE(st.pools.front().freeBytes, qint64(8 * MiB));

    st = r.at(5); // completed: a 6 MiB hole between a and c
    QCOMPARE(
        describe(st),
        QStringLiteral("[%1 +20971520: A:4194304 F:6291456 A:2097152 F:8388608]").arg(base, 0, 16));
    QCOMPARE(st.pools.front().freeBytes, qint64(14 * MiB));
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(8 * MiB));

    st = r.at(7); // the second segment exists, its first 30 MiB in use
    QCOMPARE(st.segments.size(), size_t(2));
    QCOMPARE(st.segments[1].size, 64 * MiB);
    QCOMPARE(st.pools.size(), size_t(1));
    QCOMPARE(st.pools.front().reservedBytes, qint64(84 * MiB));
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(34 * MiB));
    QCOMPARE(st.pools.front().freeBytes, qint64(48 * MiB));

    st = r.at(9); // everything in it freed, the segment still cached
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(64 * MiB));

    st = r.at(10); // after the segment_free: the dump itself
    QVERIFY(st.exact);
    QCOMPARE(st.segments.size(), size_t(1));
    QCOMPARE(
        describe(st),
        QStringLiteral("[%1 +20971520: A:4194304 F:6291456 A:2097152 F:8388608]").arg(base, 0, 16));
    for (qint64 e = -1; e < r.timeline.eventCount; ++e)
        checkInvariants(r.at(e), r.timeline, e);
}

void tst_AllocatorState::expandableMapAndUnmap()
{
    const quint64 x = 0x7f0000000000ull;
    HandTrace h;
    h.s.hasTraceKey = true;
    h.s.deviceTraces.resize(1);
    h.push(TraceAction::SegmentMap, x, 20 * MiB);            // 0
    h.push(TraceAction::Alloc, x, 8 * MiB);                  // 1
    h.push(TraceAction::SegmentMap, x + 20 * MiB, 20 * MiB); // 2: grows the same run
    h.push(TraceAction::Alloc, x + 20 * MiB, 16 * MiB);      // 3
    h.push(TraceAction::FreeRequested, x + 20 * MiB, 16 * MiB);
    h.push(TraceAction::FreeCompleted, x + 20 * MiB, 16 * MiB); // 5
    h.push(TraceAction::SegmentUnmap, x + 20 * MiB, 20 * MiB);  // 6: shrinks it back
    h.dumpSegment(x, {{8 * MiB, BlockState::ActiveAllocated}, {12 * MiB, BlockState::Inactive}},
                  true);
    const Replayed r = replay(std::move(h.s));

    AllocatorState st = r.at(1);
    QCOMPARE(describe(st), QStringLiteral("[%1 +20971520: A:8388608 F:12582912]").arg(x, 0, 16));
    st = r.at(3);
    QCOMPARE(st.segments.size(), size_t(1)); // one contiguous mapped run of 40 MiB
    QVERIFY(st.segments[0].expandable);
    QCOMPARE(
        describe(st),
        QStringLiteral("[%1 +41943040: A:8388608 F:12582912 A:16777216 F:4194304]").arg(x, 0, 16));
    st = r.at(5);
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(32 * MiB));
    st = r.at(6);
    QVERIFY(st.exact);
    QCOMPARE(st.segments[0].size, 20 * MiB);
    for (qint64 e = 0; e < r.timeline.eventCount; ++e)
        checkInvariants(r.at(e), r.timeline, e);
}

void tst_AllocatorState::adjacentSegmentsStaySeparate()
{
    // Two cudaMallocs that happen to touch: a block can never span them, so the largest free
    // block is one segment, not both.
    const quint64 y = 0x7e0000000000ull;
    HandTrace h;
    h.s.hasTraceKey = true;
    h.s.deviceTraces.resize(1);
    h.push(TraceAction::SegmentAlloc, y, 2 * MiB);
    h.push(TraceAction::SegmentAlloc, y + 2 * MiB, 2 * MiB);
    h.push(TraceAction::SegmentFree, y, 2 * MiB);
    h.push(TraceAction::SegmentFree, y + 2 * MiB, 2 * MiB);
    const Replayed r = replay(std::move(h.s));
    const AllocatorState st = r.at(1);
    QCOMPARE(st.segments.size(), size_t(2));
    QCOMPARE(st.pools.front().largestFreeBlockBytes, qint64(2 * MiB));
    QCOMPARE(st.pools.front().freeBytes, qint64(4 * MiB));
    QCOMPARE(r.at(2).segments.size(), size_t(1));
    QCOMPARE(r.at(3).segments.size(), size_t(0));
}

void tst_AllocatorState::pendingFreeFromRecordStream()
{
    // private_pool: record_stream delays free_completed by 6-7 events; 2 blocks are still
    // pending at the dump (tests/data/README.md).
    const DocumentPtr doc = load(testDataPath(QStringLiteral("private_pool.pickle")));
    QVERIFY(doc);
    const DeviceTimeline &t = doc->devices.front();
    const AllocatorState end = AllocatorStateBuilder::atEvent(*doc->snapshot, t, t.eventCount - 1);
    QVERIFY(end.exact);
    int pendingAtDump = 0;
    for (const StateBlock &b : end.blocks)
        pendingAtDump += b.kind == StateBlockKind::PendingFree;
    QCOMPARE(pendingAtDump, 2);

    int delayed = 0;
    for (size_t i = 0; i < t.intervals.size(); ++i) {
        const AllocationInterval &a = t.intervals[i];
        if (a.freeRequestedIndex < 0 || a.freeCompletedIndex < a.freeRequestedIndex + 2)
            continue;
        ++delayed;
        const auto kindAt = [&](qint64 event) {
            const AllocatorState st = AllocatorStateBuilder::atEvent(*doc->snapshot, t, event);
            for (const StateBlock &b : st.blocks) {
                if (b.addr <= a.addr && a.addr < b.addr + b.size)
                    return int(b.interval == qint64(i) ? b.kind : StateBlockKind::Free);
            }
            return -1;
        };
        QCOMPARE(kindAt(a.freeRequestedIndex - 1), int(StateBlockKind::Allocated));
        QCOMPARE(kindAt(a.freeRequestedIndex), int(StateBlockKind::PendingFree));
        QCOMPARE(kindAt(a.freeCompletedIndex - 1), int(StateBlockKind::PendingFree));
        QCOMPARE(kindAt(a.freeCompletedIndex), int(StateBlockKind::Free));
    }
    QVERIFY2(delayed >= 4, qPrintable(QString::number(delayed)));
}

void tst_AllocatorState::invariantsOnFixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"example_oom.pickle.zst", "oom_expandable.pickle", "ring_buffer.pickle",
                          "private_pool.pickle", "layout20_history.pickle", "multi_device.pickle"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void tst_AllocatorState::invariantsOnFixtures()
{
    QFETCH(QString, file);
    const DocumentPtr doc = load(fixturePath(file));
    QVERIFY(doc);
    for (const DeviceTimeline &t : doc->devices) {
        std::vector<qint64> events{-1, t.eventCount - 1};
        for (qint64 e = 0; e < t.eventCount; e += std::max<qint64>(1, t.eventCount / 40))
            events.push_back(e);
        for (const OomEvent &o : t.ooms)
            events.push_back(o.index);
        for (qint64 e : events) {
            const AllocatorState full = AllocatorStateBuilder::atEvent(*doc->snapshot, t, e);
            checkInvariants(full, t, e);
            if (QTest::currentTestFailed())
                return;
            // The diagnosis' lean form: the same segments and free figures, no blocks.
            const AllocatorState lean = AllocatorStateBuilder::atEvent(
                *doc->snapshot, t, e, AllocatorStateBuilder::Detail::SegmentsOnly);
            QVERIFY(lean.blocks.empty());
            QCOMPARE(lean.segments.size(), full.segments.size());
            for (size_t i = 0; i < full.segments.size(); ++i) {
                QCOMPARE(lean.segments[i].addr, full.segments[i].addr);
                QCOMPARE(lean.segments[i].freeBytes, full.segments[i].freeBytes);
                QCOMPARE(lean.segments[i].largestFreeBytes, full.segments[i].largestFreeBytes);
                QCOMPARE(lean.segments[i].blockCount, 0u);
            }
            QCOMPARE(lean.pools.size(), full.pools.size());
            for (size_t i = 0; i < full.pools.size(); ++i) {
                QCOMPARE(lean.pools[i].freeBytes, full.pools[i].freeBytes);
                QCOMPARE(lean.pools[i].largestFreeBlockBytes, full.pools[i].largestFreeBlockBytes);
            }
            QCOMPARE(lean.unplacedAllocations, full.unplacedAllocations);
        }
    }
}

void tst_AllocatorState::matchesSimulatedAllocator()
{
    QFile f(testDataPath(QStringLiteral("allocator_state_truth.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray states
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("states")).toArray();
    QVERIFY(states.size() >= 30);
    std::map<QString, DocumentPtr> docs;
    int approximate = 0, compared = 0;
    for (const QJsonValue &v : states) {
        const QJsonObject truth = v.toObject();
        const QString file = truth.value(QStringLiteral("file")).toString();
        if (!docs.count(file))
            docs[file] = load(testDataPath(file));
        const DocumentPtr &doc = docs[file];
        QVERIFY(doc);
        const DeviceTimeline &t = *doc->device(truth.value(QStringLiteral("device")).toInt());
        const qint64 event = truth.value(QStringLiteral("event")).toInteger();
        const QByteArray where = (file + QStringLiteral(" event %1").arg(event)).toUtf8();
        // The truth was taken from the same simulation: the trace entry must be the same.
        const TraceEntry &entry = doc->snapshot->deviceTraces[size_t(t.device)][size_t(event)];
        QVERIFY2(traceActionName(entry.action) == truth.value(QStringLiteral("action")).toString(),
                 where);

        const AllocatorState st = AllocatorStateBuilder::atEvent(*doc->snapshot, t, event);
        QVERIFY2(int(st.segments.size()) == truth.value(QStringLiteral("segments")).toInt(), where);
        const QJsonArray pools = truth.value(QStringLiteral("pools")).toArray();
        QVERIFY2(st.pools.size() == size_t(pools.size()), where);
        for (const QJsonValue &pv : pools) {
            const QJsonObject p = pv.toObject();
            const auto raw = quint64(p.value(QStringLiteral("stream")).toInteger());
            const QJsonArray id = p.value(QStringLiteral("pool")).toArray();
            const PoolId pool{id.at(0).toInteger(), id.at(1).toInteger()};
            const auto &streams = doc->snapshot->streams;
            const auto s = std::find(streams.begin(), streams.end(), raw);
            QVERIFY2(s != streams.end(), where);
            const PoolStreamFree *mine = nullptr;
            for (const PoolStreamFree &q : st.pools) {
                if (q.pool == pool && q.stream == quint16(s - streams.begin()))
                    mine = &q;
            }
            QVERIFY2(mine, where);
            QVERIFY2(mine->reservedBytes == p.value(QStringLiteral("reserved")).toInteger(), where);
            // Live allocations are laid in at their rounded size: a remainder the allocator did
            // not split off shows as free, so the replay can only find more free space, never less.
            const qint64 free = p.value(QStringLiteral("free")).toInteger();
            const qint64 largest = p.value(QStringLiteral("largest")).toInteger();
            QVERIFY2(mine->freeBytes >= free && mine->largestFreeBlockBytes >= largest, where);
            if (st.exact)
                QVERIFY2(mine->freeBytes == free && mine->largestFreeBlockBytes == largest, where);
            approximate += mine->largestFreeBlockBytes != largest;
            ++compared;
        }
    }
    qInfo(
        "%d of %d (pool, stream) states have the simulated allocator's largest free block exactly",
        compared - approximate, compared);
}

void tst_AllocatorState::bundledExampleAtTheOom()
{
    // The bundled example runs out of memory on a 40960000-byte request at its last event,
    // after 11 segment_free: the dump is the state at the OOM, and no free block can take it.
    const DocumentPtr doc = load(fixturePath(QStringLiteral("example_oom.pickle.zst")));
    QVERIFY(doc);
    const DeviceTimeline &t = doc->devices.front();
    QCOMPARE(t.ooms.size(), size_t(1));
    const OomEvent &oom = t.ooms.back();
    QCOMPARE(oom.index, qint64(28860));
    const AllocatorState st = AllocatorStateBuilder::atEvent(*doc->snapshot, t, oom.index);
    QVERIFY(st.exact);
    qint64 segmentsInDump = 0;
    for (const Segment &s : doc->snapshot->segments)
        segmentsInDump += s.device == t.device;
    QCOMPARE(qint64(st.segments.size()), segmentsInDump);
    const auto pools = FreeBlockAnalyzer::fromState(st); // find() points into it: keep it alive
    const PoolStreamFree *pool = pools.find(PoolId{}, oom.stream);
    QVERIFY(pool);
    QVERIFY(pool->largestFreeBlockBytes < qint64(oom.requestedBytes));
    QCOMPARE(pool->largestFreeBlockBytes, doc->diagnoses.front().largestFreeBlockBytes);
    QVERIFY(pool->freeBytes > qint64(oom.requestedBytes)); // enough in total: fragmentation

    // Before the 11 segment_free the cache held more segments.
    qint64 before = oom.index;
    const auto &trace = doc->snapshot->deviceTraces[size_t(t.device)];
    while (before > 0 && trace[size_t(before - 1)].action != TraceAction::SegmentFree)
        --before;
    int freed = 0;
    for (qint64 i = before - 1; i >= 0 && trace[size_t(i)].action == TraceAction::SegmentFree;
         --i, ++freed)
        ;
    const AllocatorState earlier
        = AllocatorStateBuilder::atEvent(*doc->snapshot, t, before - 1 - freed);
    QCOMPARE(earlier.segments.size(), st.segments.size() + size_t(freed));
    checkInvariants(earlier, t, before - 1 - freed);
}

void tst_AllocatorState::freeBlockAnalyzerIsItsSummary()
{
    const DocumentPtr doc = load(testDataPath(QStringLiteral("layout20_history.pickle")));
    QVERIFY(doc);
    const DeviceTimeline &t = doc->devices.front();
    QCOMPARE(t.ooms.size(), size_t(2));
    const qint64 first = t.ooms.front().index; // caught OOM, replayed back from the dump
    const FreeBlockReport r = FreeBlockAnalyzer::atEvent(*doc->snapshot, t, first);
    const AllocatorState st = AllocatorStateBuilder::atEvent(*doc->snapshot, t, first);
    QVERIFY(r.reconstructed && r.available);
    QCOMPARE(r.pools.size(), st.pools.size());
    QCOMPARE(r.largestFreeBlock(), st.pools.front().largestFreeBlockBytes);
    QVERIFY(FreeBlockAnalyzer::atDump(*doc->snapshot, t.device).available);
    QVERIFY(!FreeBlockAnalyzer::atDump(*doc->snapshot, t.device).reconstructed);
}

QTEST_GUILESS_MAIN(tst_AllocatorState)
#include "tst_allocatorstate.moc"
