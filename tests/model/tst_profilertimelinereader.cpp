// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// ProfilerTimelineReader (model/profiler/profilertimelinereader): export_memory_timeline JSON,
// coalesced and raw, replays to the exact bytes per category at every time; its errors (and
// those of the JSON entry point itself), the size limits, cancellation, progress and I/O errors.
#include "profiler/kinetotracereader.h"
#include "profiler/profilertimelinereader.h"
#include "profilerreadertest.h"
#include "testutils.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace VramScope;
using namespace VramScope::ProfilerReaderTest;

namespace {

const QStringList CategoryIds =
    QStringLiteral("parameter optimizer_state gradient activation temporary input unknown").split(u' ');

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

} // namespace

class TestProfilerTimelineReader : public QObject
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

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("offset"); // -2: any
        QTest::addColumn<QString>("reason");
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
        // Rejected by readJsonSnapshot before it picks a reader.
        QTest::newRow("empty file") << QByteArray(" \n ") << qint64(0) << QStringLiteral("empty");
        QTest::newRow("not json") << QByteArray("hello") << qint64(0) << QStringLiteral("not JSON");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, offset);
        QFETCH(QString, reason);
        verifyReadError(json, offset, reason);
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

QTEST_GUILESS_MAIN(TestProfilerTimelineReader)
#include "tst_profilertimelinereader.moc"
