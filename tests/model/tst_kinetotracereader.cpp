// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// KinetoTraceReader (model/profiler/kinetotracereader): a Chrome trace's [memory] and
// [OutOfMemory] events replay to Total Allocated / Total Reserved per CUDA device, with the
// memory allocated before the trace, annotations and OOMs; its errors and the 1 PiB size bound.
#include "profilerreadertest.h"
#include "testutils.h"

#include <QTest>

using namespace VramScope;
using namespace VramScope::ProfilerReaderTest;

namespace {

QByteArray kinetoEvent(const QByteArray &name, const QByteArray &ts, const QByteArray &args)
{
    return "{\"ph\": \"i\", \"cat\": \"cpu_instant_event\", \"s\": \"t\", \"name\": \"" + name
           + "\", \"pid\": 7, \"tid\": 7, \"ts\": " + ts + ", \"args\": {" + args + "}}";
}

QByteArray memArgs(qint64 addr, qint64 bytes, qint64 allocated, qint64 reserved, int device)
{
    return QStringLiteral("\"Total Reserved\": %1, \"Total Allocated\": %2, \"Bytes\": %3, "
                          "\"Addr\": %4, \"Device Id\": %5, \"Device Type\": 1")
        .arg(reserved).arg(allocated).arg(bytes).arg(addr).arg(device).toUtf8();
}

} // namespace

class TestKinetoTraceReader : public QObject
{
    Q_OBJECT

private slots:
    void kineto()
    {
        const qint64 p = 139637976727552, a1 = p + 4096, a2 = p + 8192, b1 = 139637993504768;
        QList<QByteArray> events = {
            "{\"ph\": \"X\", \"cat\": \"cpu_op\", \"name\": \"aten::empty\", \"pid\": 7, \"tid\": 7,"
            " \"ts\": 99.5, \"dur\": 3, \"args\": {\"External id\": 1, \"Input Dims\": [[2, 3], []]}}",
            kinetoEvent("[memory]", "100.250", memArgs(a1, 512, 1536, 2097152, 0)),
            kinetoEvent("[memory]", "100.700", memArgs(b1, 4096, 4096, 2097152, 1)),
            kinetoEvent("[memory]", "100.900", "\"Bytes\": 64, \"Addr\": 94000, \"Device Id\": -1, "
                                               "\"Device Type\": 0, \"Total Allocated\": 64"),
            kinetoEvent("[memory]", "101.000", memArgs(a2, 1048576, 1050112, 4194304, 0)),
            kinetoEvent("[memory]", "102.000", memArgs(p, -256, 1049856, 4194304, 0)), // unknown addr
            kinetoEvent("[memory]", "103.000", memArgs(a1, -512, 1049344, 4194304, 0)),
            kinetoEvent("[memory]", "104.000", memArgs(a2, -1048576, 768, 2097152, 0)),
            kinetoEvent("[OutOfMemory]", "105.000", "\"Device Type\": 1, \"Device Id\": 0, "
                        "\"Bytes\": 8589934592, \"Total Allocated\": 768, \"Total Reserved\": 2097152"),
            kinetoEvent("[memory]", "106.000", "\"Total Reserved\": \"0\", \"Total Allocated\": \"0\", "
                        "\"Bytes\": \"-4096\", \"Addr\": \"0x7F0001000000\", \"device id\": \"1\", "
                        "\"Device Type\": \"1\""),
            "{\"ph\": \"X\", \"cat\": \"user_annotation\", \"name\": \"ProfilerStep#3\", \"pid\": 7,"
            " \"tid\": 7, \"ts\": 100.000, \"dur\": 5.500, \"args\": {\"External id\": 2}}",
            "{\"name\": \"Iteration Start: PyTorch Profiler\", \"ph\": \"i\", \"s\": \"g\","
            " \"pid\": \"Traces\", \"tid\": \"Trace PyTorch Profiler\", \"ts\": 99.000}"};
        const QByteArray json = "{\n  \"schemaVersion\": 1,\n  \"deviceProperties\": [{\"id\": 0, "
                                "\"name\": \"NVIDIA A100\"}],\n  \"traceEvents\": [\n"
                                + events.join(",\n") + "\n],\n  \"displayTimeUnit\": \"ms\", "
                                "\"baseTimeNanoseconds\": 1700000000000000000}";
        for (const qint64 chunk : {qint64(1 << 20), qint64(5)}) {
            const Read r = readJson(json, chunk);
            QVERIFY2(r.ok, qPrintable(r.error.message()));
            const Snapshot &s = r.s;
            QCOMPARE(s.format.layout, Layout::KinetoTrace);
            QCOMPARE(s.deviceTraces.size(), size_t(2)); // the CPU event made no device
            const qint64 t0 = 1700000000000000;
            // {device, time, Total Allocated, Total Reserved}
            const QList<QList<qint64>> expected = {
                {0, t0 + 99, 0, 0},          {0, t0 + 100, 1536, 2097152},   {0, t0 + 101, 1050112, 4194304},
                {0, t0 + 102, 1049856, 4194304}, {0, t0 + 103, 1049344, 4194304}, {0, t0 + 104, 768, 2097152},
                {0, t0 + 105, 768, 2097152}, {1, t0 + 100, 0, 0},            {1, t0 + 101, 4096, 2097152},
                {1, t0 + 106, 0, 0}};
            for (const QList<qint64> &x : expected) {
                const State st = Replayer(s, int(x[0])).until(x[1]);
                QVERIFY(st.allocated == x[2] && st.reserved == x[3] && st.unmatchedFrees == 0);
            }
            const std::vector<TraceEntry> &d0 = s.deviceTraces[0];
            const auto firstAtP = [&](TraceAction a) {
                return std::find_if(d0.begin(), d0.end(), [&](const TraceEntry &e) {
                           return e.addr == quint64(p) && e.action == a;
                       }) - d0.begin();
            };
            QCOMPARE(std::count_if(d0.begin(), d0.end(), [](const TraceEntry &e) {
                         return e.action == TraceAction::Oom && e.size == 8589934592ull;
                     }), 1);
            QVERIFY(firstAtP(TraceAction::FreeCompleted) < qint64(d0.size())); // unknown free kept,
            QCOMPARE(firstAtP(TraceAction::Alloc), 0); // after a pre-existing alloc at the start
            QCOMPARE(d0.front().timeUs, t0 + 100);
            QCOMPARE(s.annotations.size(), size_t(4)); // start + end on both devices
            for (const Annotation &a : s.annotations) {
                QCOMPARE(s.strings.string(a.name), QStringLiteral("ProfilerStep#3"));
                QCOMPARE(a.timeUs, a.isStart ? t0 + 100 : t0 + 106);
            }
            QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
        }
        // Chrome's bare-array form, old PyTorch without Addr/totals, events out of order.
        const QByteArray args = "\"Device Type\": 1, \"Device Id\": 0, \"Bytes\": ";
        const Read r = readJson("[" + kinetoEvent("[memory]", "1700000000000001", args + "100") + ","
                                + kinetoEvent("[memory]", "1700000000000003", args + "-40") + ","
                                + kinetoEvent("[memory]", "1700000000000002", args + "30") + "]");
        QVERIFY2(r.ok, qPrintable(r.error.message()));
        QCOMPARE(Replayer(r.s, 0).until(1700000000000001).allocated, 100);
        QCOMPARE(Replayer(r.s, 0).until(1700000000000002).allocated, 130);
        QCOMPARE(Replayer(r.s, 0).until(1700000000000003).allocated, 90);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("offset"); // -2: any
        QTest::addColumn<QString>("reason");
        const QByteArray deep = "{\"traceEvents\": [], \"x\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}";
        QTest::newRow("no traceEvents") << QByteArray("{\"schemaVersion\": 1}") << qint64(-2) << QStringLiteral("traceEvents");
        QTest::newRow("no memory") << QByteArray("{\"traceEvents\": [{\"name\": \"aten::add\", \"ph\": \"X\", \"ts\": 1}]}")
                                   << qint64(-1) << QStringLiteral("no memory events");
        QTest::newRow("cpu only") << ("{\"traceEvents\": [" + kinetoEvent("[memory]", "1", "\"Device Type\": 0, \"Device Id\": -1, \"Bytes\": 8") + "]}")
                                  << qint64(-1) << QStringLiteral("none of a CUDA device");
        QTest::newRow("too deep") << deep << qint64(-2) << QStringLiteral("nested deeper than 64");
        // Every size a Kineto event gives is bounded: no device holds 1 PiB (2^50 bytes).
        const auto trace = [](const QByteArray &args) -> QByteArray { return "{\"traceEvents\": [" + kinetoEvent("[memory]", "1", args) + "]}"; };
        const qint64 PiB = qint64(1) << 50;
        QTest::newRow("Bytes over 1 PiB") << trace(memArgs(4096, PiB + 1, 0, 0, 0)) << qint64(-2)
                                          << QStringLiteral("key \"Bytes\": 1125899906842625 bytes is more than 1 PiB");
        QTest::newRow("free over 1 PiB") << trace(memArgs(4096, -PiB - 1, 0, 0, 0)) << qint64(-2)
                                         << QStringLiteral("key \"Bytes\": -1125899906842625 bytes is more than 1 PiB");
        QTest::newRow("Bytes as a huge float") << trace("\"Device Type\": 1, \"Bytes\": 1e30") << qint64(-2)
                                               << QStringLiteral("key \"Bytes\": 9223372036854775807 bytes");
        QTest::newRow("Bytes as a huge string") << trace("\"Bytes\": \"99999999999999999999\", \"Device Type\": 1") << qint64(-2)
                                                << QStringLiteral("key \"Bytes\": 9223372036854775807 bytes");
        QTest::newRow("negative Total Allocated") << trace(memArgs(4096, 8, -1, 0, 0)) << qint64(-2)
                                                  << QStringLiteral("key \"Total Allocated\": negative size -1");
        QTest::newRow("negative Total Reserved") << trace(memArgs(4096, 8, 8, -2097152, 0)) << qint64(-2)
                                                 << QStringLiteral("key \"Total Reserved\": negative size -2097152");
        QTest::newRow("Total Reserved over 1 PiB") << trace(memArgs(4096, 8, 8, PiB + 1, 0)) << qint64(-2)
                                                   << QStringLiteral("key \"Total Reserved\": 1125899906842625 bytes is more than 1 PiB");
        QTest::newRow("Total Allocated hex over 1 PiB") << trace("\"Total Allocated\": \"0x4000000000001\", \"Bytes\": 8") << qint64(-2)
                                                        << QStringLiteral("key \"Total Allocated\": 1125899906842625 bytes is more than 1 PiB");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, offset);
        QFETCH(QString, reason);
        verifyReadError(json, offset, reason);
    }

    void kinetoSizeBoundIsInclusive()
    {
        // Exactly 1 PiB is accepted and replays exactly: the bound rejects only what is above it.
        const qint64 PiB = qint64(1) << 50;
        const Read r = readJson("{\"traceEvents\": [" + kinetoEvent("[memory]", "1", memArgs(4096, PiB, PiB, PiB, 0)) + ","
                                + kinetoEvent("[memory]", "2", memArgs(4096, -PiB, 0, PiB, 0)) + "]}");
        QVERIFY2(r.ok, qPrintable(r.error.message()));
        QCOMPARE(Replayer(r.s, 0).until(1).allocated, PiB);
        QCOMPARE(Replayer(r.s, 0).until(1).reserved, PiB);
        QCOMPARE(Replayer(r.s, 0).until(2).allocated, 0);
    }
};

QTEST_GUILESS_MAIN(TestKinetoTraceReader)
#include "tst_kinetotracereader.moc"
