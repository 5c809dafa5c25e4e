// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "loadmonitor.h"
#include "profiler/jsonsnapshotreader.h"
#include "profiler/kinetotracereader.h"
#include "profiler/profilertimelinereader.h"
#include "testutils.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>
#include <unordered_map>

using namespace VramScope;

namespace {

// A QByteArray-backed source handing out at most `chunk` bytes per read (exercises refills);
// fails with an I/O error after failAt bytes when failAt >= 0.
class ChunkedSource final : public ByteSource
{
public:
    explicit ChunkedSource(QByteArray data, qint64 chunk = 1 << 20, qint64 failAt = -1)
        : m_data(std::move(data)), m_chunk(chunk), m_failAt(failAt) {}
    qint64 read(char *dst, qint64 n) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt)
            return m_error = QStringLiteral("disk on fire"), -1;
        const qint64 count = std::min({n, m_chunk, qint64(m_data.size()) - m_pos});
        memcpy(dst, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 inputBytesConsumed() const override { return m_pos; }
    qint64 inputSize() const override { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_chunk, m_failAt, m_pos = 0;
};

const QStringList CategoryIds =
    QStringLiteral("parameter optimizer_state gradient activation temporary input unknown").split(u' ');

// The replay as the timeline builder does it, from 0 bytes: alloc adds until free_completed at
// the same address; segment_alloc adds to reserved, segment_free subtracts.
struct State
{
    qint64 allocated = 0, reserved = 0, peakAllocated = 0;
    int unmatchedFrees = 0;
    QMap<QString, qint64> bytes; // per category id
};

class Replayer
{
public:
    Replayer(const Snapshot &s, int device) : m_s(s), m_trace(s.deviceTraces[size_t(device)]) {}

    // The state after every entry with timeUs <= timeUs; calls must not go back in time.
    const State &until(qint64 timeUs)
    {
        for (; m_next < m_trace.size() && m_trace[m_next].timeUs <= timeUs; ++m_next) {
            const TraceEntry &e = m_trace[m_next];
            if (m_next > 0 && e.timeUs < m_trace[m_next - 1].timeUs)
                QTest::qFail("trace entries must be in time order", __FILE__, __LINE__);
            const TraceExtra *x = m_s.extraOf(e);
            const QString category = x && x->category ? m_s.strings.string(x->category) : QString();
            switch (e.action) {
            case TraceAction::Alloc:
                m_open[e.addr] = {e.size, category};
                m_st.allocated += qint64(e.size);
                m_st.bytes[category] += qint64(e.size);
                break;
            case TraceAction::FreeCompleted: {
                const auto it = m_open.find(e.addr);
                if (it == m_open.end() && ++m_st.unmatchedFrees)
                    break;
                m_st.allocated -= qint64(it->second.first);
                m_st.bytes[it->second.second] -= qint64(it->second.first);
                m_open.erase(it);
                break;
            }
            case TraceAction::SegmentAlloc: m_st.reserved += qint64(e.size); break;
            case TraceAction::SegmentFree: m_st.reserved -= qint64(e.size); break;
            default: break;
            }
            m_st.peakAllocated = std::max(m_st.peakAllocated, m_st.allocated);
        }
        return m_st;
    }

private:
    const Snapshot &m_s;
    const std::vector<TraceEntry> &m_trace;
    size_t m_next = 0;
    State m_st;
    std::unordered_map<quint64, std::pair<quint64, QString>> m_open;
};

// checkpoint = {timeUs, parameter, optimizer_state, gradient, activation, temporary, input, unknown}
using Checkpoints = QList<QList<qint64>>;

void verifyCheckpoints(const Snapshot &s, const Checkpoints &checkpoints)
{
    Replayer replay(s, 0);
    for (const QList<qint64> &cp : checkpoints) {
        const State &st = replay.until(cp[0]);
        qint64 total = 0;
        for (int c = 0; c < CategoryIds.size(); ++c) {
            QCOMPARE(st.bytes.value(CategoryIds[c]), cp[c + 1]);
            total += cp[c + 1];
        }
        QCOMPARE(st.allocated, total);
        QVERIFY(st.reserved == 0 && st.unmatchedFrees == 0);
    }
}

struct Read { Snapshot s; LoadError error; bool ok = false; };

Read readJson(const QByteArray &json, qint64 chunk = 1 << 20, LoadMonitor *monitor = nullptr,
              const ProfilerReadOptions &options = {})
{
    Read r;
    ChunkedSource source(json, chunk);
    r.ok = readJsonSnapshot(source, QStringLiteral("test.json"), monitor, {}, &r.s, &r.error, options);
    return r;
}

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

class TestProfilerReaders : public QObject
{
    Q_OBJECT

private slots:
    void timeline_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Checkpoints>("checkpoints");
        const qint64 t = 1700000000000000; // µs since the epoch
        // Newer rev: µs, int sizes. Row 2 shrinks activation 2048 -> 1024 (a split) and puts
        // AUTOGRAD_DETAIL (300) under temporary.
        QTest::newRow("coalesced-us-int")
            << QByteArray("[[1700000000000000, 1700000000000100, 1700000000000250, 1700000000000300],"
                          " [[0, 1000, 0, 64, 0, 0, 0, 0, 0], [0, 1000, 0, 64, 512, 2048, 0, 0, 16],"
                          "  [0, 1000, 2000, 64, 0, 1024, 1000, 300, 16], [0, 1000, 2000, 0, 0, 0, 1000, 0, 0]]]")
            << Checkpoints{{t, 1000, 0, 0, 0, 0, 64, 0},        {t + 99, 1000, 0, 0, 0, 0, 64, 0},
                           {t + 100, 1000, 0, 0, 2048, 512, 64, 16}, {t + 200, 1000, 0, 0, 2048, 512, 64, 16},
                           {t + 250, 1000, 2000, 1000, 1024, 300, 64, 16}, {t + 300, 1000, 2000, 1000, 0, 0, 0, 0}};
        // 2023 rev: ns and float sizes.
        QTest::newRow("coalesced-ns-float")
            << QByteArray("[[1700000000000000000, 1700000000000500000, 1700000000001000000],\n"
                          " [[0.0, 4096.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],\n"
                          "  [0.0, 4096.0, 0.0, 0.0, 1536.0, 8192.0, 0.0, 0.0, 0.0],\n"
                          "  [0.0, 4096.0, 8192.0, 0.0, 0.0, 0.0, 4096.0, 0.0, 0.0]]]")
            << Checkpoints{{t, 4096, 0, 0, 0, 0, 0, 0}, {t + 499, 4096, 0, 0, 0, 0, 0, 0},
                           {t + 500, 4096, 0, 0, 8192, 1536, 0, 0}, {t + 1000, 4096, 8192, 4096, 0, 0, 0, 0}};
        // .raw.json.gz: ns; PREEXISTING at -1 moves to the first time; INCREMENT_VERSION pairs.
        QTest::newRow("raw")
            << QByteArray("[[-1, 1, 4096, 0], [1700000000000000000, 2, 1024, 2],"
                          " [1700000000000001000, 2, 512, 3], [1700000000000002000, 3, -512, 3],"
                          " [1700000000000002000, 3, 512, 6], [1700000000000003000, 2, 2048, 4],"
                          " [1700000000000004000, 4, -1024, 4], [1700000000000005000, 4, -1024, 2]]")
            << Checkpoints{{t - 1, 0, 0, 0, 0, 0, 0, 0},          {t, 4096, 0, 0, 0, 0, 1024, 0},
                           {t + 1, 4096, 0, 0, 0, 512, 1024, 0},  {t + 2, 4096, 0, 0, 0, 512, 1024, 0},
                           {t + 3, 4096, 0, 0, 2048, 512, 1024, 0}, {t + 4, 4096, 0, 0, 1024, 512, 1024, 0},
                           {t + 5, 4096, 0, 0, 1024, 512, 0, 0}};
        QTest::newRow("raw-single") << QByteArray("[[-1, 1, 100, 7]]")
                                    << Checkpoints{{0, 0, 0, 0, 0, 0, 0, 100}};
    }

    void timeline()
    {
        QFETCH(QByteArray, json);
        QFETCH(Checkpoints, checkpoints);
        for (const qint64 chunk : {qint64(1 << 20), qint64(3)}) {
            const Read r = readJson(json, chunk);
            QVERIFY2(r.ok, qPrintable(r.error.message()));
            const Snapshot &s = r.s;
            QCOMPARE(s.format.layout, Layout::ProfilerTimeline);
            QCOMPARE(s.format.container, Container::Json);
            QCOMPARE(s.deviceTraces.size(), size_t(1));
            QVERIFY(s.segments.empty());
            verifyCheckpoints(s, checkpoints);
            QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
        }
    }

    // 3000 random rows read 7 bytes at a time: exact at every time, no peak above the rows'.
    void timelineRandomWalk()
    {
        QRandomGenerator rng(42);
        QByteArray times = "[", sizes = "[";
        Checkpoints checkpoints;
        qint64 peak = 0;
        for (int i = 0; i < 3000; ++i) {
            const qint64 t = 1700000000000000 + i * 10;
            QList<qint64> row(8);
            for (qint64 &v : row)
                v = rng.bounded(4) == 0 ? 0 : qint64(rng.bounded(1 << 20)) * 512;
            times += (i ? "," : "") + QByteArray::number(t);
            sizes += QByteArray(i ? ",[0" : "[0");
            for (qint64 v : row)
                sizes += "," + QByteArray::number(v);
            sizes += "]";
            // profiler index -> column: param, optim, input, temp, activ, grad, autograd, unknown
            checkpoints.append({t, row[0], row[1], row[5], row[4], row[3] + row[6], row[2], row[7]});
            peak = std::max(peak, std::accumulate(row.begin(), row.end(), qint64(0)));
        }
        const Read r = readJson("[" + times + "]," + sizes + "]]", 7);
        QVERIFY2(r.ok, qPrintable(r.error.message()));
        const Snapshot &s = r.s;
        verifyCheckpoints(s, checkpoints);
        QCOMPARE(Replayer(s, 0).until(INT64_MAX).peakAllocated, peak);
    }

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
        QTest::newRow("truncated") << QByteArray("[[1, 2], [[0, 1") << qint64(15) << QStringLiteral("invalid JSON");
        QTest::newRow("bad token") << QByteArray("[[1, 2], [[0, 1, x]]]") << qint64(17) << QStringLiteral("invalid JSON");
        QTest::newRow("flat list") << QByteArray("[1, 2]") << qint64(-2) << QStringLiteral("not a memory timeline export");
        QTest::newRow("strings") << QByteArray("[[\"a\"]]") << qint64(-2) << QStringLiteral("not a memory timeline export");
        QTest::newRow("row width") << QByteArray("[[1], [[0, 1, 2]]]") << qint64(-2) << QStringLiteral("expected 9");
        QTest::newRow("rows != times") << QByteArray("[[1, 2], [[0, 0, 0, 0, 0, 0, 0, 0, 0]]]") << qint64(-2)
                                       << QStringLiteral("2 times but 1 rows");
        QTest::newRow("raw of 3") << QByteArray("[[1, 2, 3], [4, 5, 6]]") << qint64(-2) << QStringLiteral("must be 4 numbers");
        QTest::newRow("NaN") << QByteArray("[[1], [[0, NaN, 0, 0, 0, 0, 0, 0, 0]]]") << qint64(-2) << QStringLiteral("not finite");
        QTest::newRow("empty timeline") << QByteArray("[[], []]") << qint64(-2) << QStringLiteral("empty");
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
        QTest::newRow("empty file") << QByteArray(" \n ") << qint64(0) << QStringLiteral("empty");
        QTest::newRow("not json") << QByteArray("hello") << qint64(0) << QStringLiteral("not JSON");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, offset);
        QFETCH(QString, reason);
        const Read r = readJson(json, 4);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, LoadError::Code::BadInput);
        QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.reason));
        if (offset != -2)
            QCOMPARE(r.error.offset, offset);
        QVERIFY(r.error.message().contains(QStringLiteral("test.json")));
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

    void limits()
    {
        ProfilerReadOptions options;
        options.maxTokenBytes = 1000;
        const QByteArray longName = "{\"traceEvents\": [{\"name\": \"" + QByteArray(5000, 'a') + "\"}]}";
        const Read r = readJson(longName, 100, nullptr, options);
        QVERIFY2(!r.ok && r.error.reason.contains(QStringLiteral("longer than 1000 bytes")), qPrintable(r.error.reason));
        QCOMPARE(r.error.offset, qint64(24)); // the last token before the long string

        options = {};
        options.maxEvents = 5;
        const Read r2 = readJson("[[1, 2, 3, 4, 5, 6], [[0,1,0,0,0,0,0,0,0],[0,2,0,0,0,0,0,0,0],[0,3,0,0,0,0,0,0,0],"
                                 "[0,4,0,0,0,0,0,0,0],[0,5,0,0,0,0,0,0,0],[0,6,0,0,0,0,0,0,0]]]", 1 << 20, nullptr, options);
        QVERIFY2(!r2.ok && r2.error.reason.contains(QStringLiteral("more than 5")), qPrintable(r2.error.reason));
    }

    void cancelAndIo()
    {
        QByteArray times = "[", sizes = "[";
        for (int i = 0; i < 20000; ++i) {
            times += (i ? "," : "") + QByteArray::number(1700000000000000 + i);
            sizes += (i ? ",[0," : "[0,") + QByteArray::number(i % 7 * 512) + ",0,0,0,0,0,0,0]";
        }
        const QByteArray json = "[" + times + "]," + sizes + "]]"; // ≈ 0.7 MB
        LoadMonitor before; // cancelled before the start
        before.cancel();
        Read r = readJson(json, 1 << 20, &before);
        QCOMPARE(r.error.code, LoadError::Code::Cancelled);
        LoadMonitor during; // cancelled by the first progress report
        QList<qint64> progress;
        ChunkedSource source(json, 1 << 20);
        const auto onProgress = [&](qint64 consumed) { progress << consumed, during.cancel(); };
        QVERIFY(!readJsonSnapshot(source, QStringLiteral("t.json"), &during, onProgress, &r.s, &r.error));
        QCOMPARE(r.error.code, LoadError::Code::Cancelled);
        QCOMPARE(progress.size(), 1);
        QVERIFY(source.inputBytesConsumed() < json.size());
        progress.clear(); // progress runs to the end, once per chunk
        ChunkedSource whole(json, 1 << 20);
        Snapshot s2, s3;
        QVERIFY(ProfilerTimelineReader().read(whole, QStringLiteral("t.json"), nullptr,
                                              [&](qint64 c) { progress << c; }, &s2, &r.error));
        QVERIFY(progress.size() >= 3);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), json.size());
        ChunkedSource broken(json, 4096, 10000);
        QVERIFY(!KinetoTraceReader().read(broken, QStringLiteral("t.json"), nullptr, {}, &s3, &r.error));
        QCOMPARE(r.error.code, LoadError::Code::IoError);
        QVERIFY2(r.error.reason.contains(QStringLiteral("disk on fire")), qPrintable(r.error.reason));
    }
};

QTEST_GUILESS_MAIN(TestProfilerReaders)
#include "tst_profilerreaders.moc"
