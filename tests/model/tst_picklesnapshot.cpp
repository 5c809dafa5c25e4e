// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/memorysource.h"
#include "snapshot/picklesnapshotreader.h"
#include "testutils.h"
#include "timeline/timelinebuilder.h"

#include <QFile>
#include <QtTest>

using namespace VramScope;

class tst_PickleSnapshot : public QObject
{
    Q_OBJECT

private:
    static bool read(const QByteArray &bytes, Snapshot *snap, LoadError *err)
    {
        MemorySource src(bytes);
        return readPickleSnapshot(src, QStringLiteral("mem.pickle"), nullptr, {}, snap, err);
    }

private slots:
    void everyProtocol_data()
    {
        QTest::addColumn<int>("protocol");
        for (int p = 0; p <= 5; ++p)
            QTest::addRow("protocol %d", p) << p;
    }

    // The same snapshot written by Python in protocols 0-5 reads to the same records.
    void everyProtocol()
    {
        QFETCH(int, protocol);
        QFile f(testDataPath(QStringLiteral("small_p%1.pickle").arg(protocol)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Snapshot snap;
        LoadError err;
        QVERIFY2(read(f.readAll(), &snap, &err), qPrintable(err.message()));
        QCOMPARE(snap.format.pickleProtocol, protocol < 2 ? 0 : protocol);
        QCOMPARE(snap.format.layout, Layout::Frames21);
        QCOMPARE(int(snap.segments.size()), 1);
        QCOMPARE(int(snap.blocks.size()), 2);
        QCOMPARE(snap.segments[0].totalSize, quint64(2097152));
        QCOMPARE(snap.segments[0].blockCount, 2u);
        QCOMPARE(snap.blocks[0].requestedSize, quint64(500));
        QCOMPARE(snap.blocks[0].state, BlockState::ActiveAllocated);
        QCOMPARE(snap.blocks[1].addr, quint64((1 << 20) + 512));
        QCOMPARE(int(snap.deviceTraces.size()), 1);
        const auto &trace = snap.deviceTraces[0];
        QCOMPARE(int(trace.size()), 2);
        QCOMPARE(trace[0].action, TraceAction::SegmentAlloc);
        QCOMPARE(trace[1].action, TraceAction::Alloc);
        QCOMPARE(trace[1].size, quint64(500));
        QCOMPARE(trace[1].timeUs, qint64(1700000000000001));
        // One shared traceback: one frame, one stack, referenced by every record that used it.
        QCOMPARE(int(snap.frames.size()), 1);
        QCOMPARE(snap.stackCount(), 2); // the empty stack and the one traceback
        QCOMPARE(trace[0].stack, trace[1].stack);
        QCOMPARE(snap.blocks[0].stack, trace[1].stack);
        QCOMPARE(snap.blocks[1].stack, EmptyStack);
        QCOMPARE(snap.frameText(snap.stack(trace[1].stack).first[0]), QStringLiteral("train.py:10:step"));
        QCOMPARE(snap.allocatorSettings.value(QStringLiteral("max_split_size")).toLongLong(), -1);
        QCOMPARE(snap.allocatorSettings.value(QStringLiteral("garbage_collection_threshold")).toDouble(), 0.5);

        DeviceTimeline t;
        QVERIFY(buildDeviceTimeline(snap, 0, &t));
        QCOMPARE(t.baselineAllocated, 0);
        QCOMPARE(t.endAllocated, 500);
        QCOMPARE(t.peakAllocatedIndex, 1);
        QCOMPARE(t.baselineReserved, 0);
        QCOMPARE(t.endReserved, 2097152);
        QCOMPARE(t.peakReservedIndex, 0);
    }

    // TorchScript's pickler: protocol 2, BINUNICODE everywhere, 8-byte LONG1, BINPUT/BINGET,
    // MARK..TUPLE, and a 9-byte LONG1 for 2^64-1 (older builds' "unlimited" max_split_size).
    void torchScriptStyle()
    {
        QByteArray b("\x80\x02}q\x00(", 6);
        auto str = [&](const char *s) {
            const quint32 n = quint32(strlen(s));
            b += 'X';
            b += QByteArray(reinterpret_cast<const char *>(&n), 4);
            b += s;
        };
        auto long8 = [&](quint64 v) {
            b += QByteArray("\x8a\x08", 2);
            b += QByteArray(reinterpret_cast<const char *>(&v), 8);
        };
        str("segments"); b += "]q\x01";
        str("device_traces"); b += "]q\x02]q\x03(}q\x04(";
        str("action"); b += "q\x05"; str("alloc"); b += "q\x06";
        str("addr"); b += "q\x07"; long8(0x7f0000000000ull);
        str("size"); b += "q\x08"; long8(4096);
        str("stream"); b += "q\x09"; long8(0);
        str("frames"); b += "q\x0a]q\x0b(}q\x0c(";
        str("filename"); b += "q\x0d"; str("model.py"); b += "q\x0e";
        str("line"); b += "q\x0f"; long8(7);
        str("name"); b += "q\x10"; str("forward"); b += "q\x11ueu";
        // Second entry: the same frames list by reference (BINGET 11).
        b += "}q\x12(h\x05h\x06h\x07"; long8(0x7f0000001000ull); b += "h\x08"; long8(8192);
        b += "h\x09"; long8(0); b += "h\x0ah\x0b";
        str("pool_id"); b += "q\x13("; long8(0); long8(0); b += "tq\x14uea";
        str("allocator_settings"); b += "q\x15}q\x16(";
        str("max_split_size"); b += QByteArray("\x8a\x09\xff\xff\xff\xff\xff\xff\xff\xff\x00", 11);
        b += "uu.";
        Snapshot snap;
        LoadError err;
        QVERIFY2(read(b, &snap, &err), qPrintable(err.message()));
        QCOMPARE(snap.format.pickleProtocol, 2);
        QCOMPARE(int(snap.deviceTraces.size()), 1);
        QCOMPARE(int(snap.deviceTraces[0].size()), 2);
        QCOMPARE(snap.deviceTraces[0][1].addr, quint64(0x7f0000001000ull));
        QCOMPARE(snap.deviceTraces[0][0].stack, snap.deviceTraces[0][1].stack);
        QVERIFY(snap.deviceTraces[0][0].stack != EmptyStack);
        QCOMPARE(snap.allocatorSettings.value(QStringLiteral("max_split_size")).toULongLong(),
                 std::numeric_limits<quint64>::max());
    }

    void bareSegmentList()
    {
        // 1.13: the pickle is the list of segments (protocol 2, no memo).
        // pickle.dumps of [{device: 1, address: 1 MiB, total_size: 2 MiB, blocks: [...]}]
        static const char raw[] =
            "\x80\x02\x5d\x28\x7d\x28\x58\x06\x00\x00\x00\x64\x65\x76\x69\x63\x65\x4b\x01\x58\x07\x00\x00\x00"
            "\x61\x64\x64\x72\x65\x73\x73\x4a\x00\x00\x10\x00\x58\x0a\x00\x00\x00\x74\x6f\x74\x61\x6c\x5f\x73"
            "\x69\x7a\x65\x4a\x00\x00\x20\x00\x58\x06\x00\x00\x00\x62\x6c\x6f\x63\x6b\x73\x5d\x28\x7d\x28\x58"
            "\x04\x00\x00\x00\x73\x69\x7a\x65\x4d\x00\x04\x58\x05\x00\x00\x00\x73\x74\x61\x74\x65\x58\x10\x00"
            "\x00\x00\x61\x63\x74\x69\x76\x65\x5f\x61\x6c\x6c\x6f\x63\x61\x74\x65\x64\x75\x7d\x28\x58\x04\x00"
            "\x00\x00\x73\x69\x7a\x65\x4a\x00\xfc\x1f\x00\x58\x05\x00\x00\x00\x73\x74\x61\x74\x65\x58\x08\x00"
            "\x00\x00\x69\x6e\x61\x63\x74\x69\x76\x65\x75\x65\x75\x65\x2e";
        const QByteArray b(raw, sizeof(raw) - 1);
        Snapshot snap;
        LoadError err;
        QVERIFY2(read(b, &snap, &err), qPrintable(err.message()));
        QCOMPARE(snap.format.layout, Layout::BareSegmentList);
        QCOMPARE(int(snap.segments.size()), 1);
        QCOMPARE(snap.segments[0].device, 1);
        // Addresses computed from the segment start, requested size from the block size.
        QCOMPARE(snap.blocks[1].addr, quint64((1 << 20) + 1024));
        QCOMPARE(snap.blocks[0].requestedSize, quint64(1024));
        QCOMPARE(devicesWithData(snap), std::vector<int>{1});
        DeviceTimeline t;
        QVERIFY(buildDeviceTimeline(snap, 1, &t));
        QCOMPARE(t.baselineAllocated, 1024);
        QCOMPARE(t.peakAllocatedIndex, -1);
        QCOMPARE(int(t.intervals.size()), 1);
        QCOMPARE(t.intervals[0].origin, IntervalOrigin::SnapshotBlock);
    }
};

QTEST_GUILESS_MAIN(tst_PickleSnapshot)
#include "tst_picklesnapshot.moc"
