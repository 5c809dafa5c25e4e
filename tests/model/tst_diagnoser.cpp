// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The diagnosis of the fixtures made by tests/tools/make_fixtures.py (see tests/data/README.md
// for the story of each file), read through the real loader.
#include "analysis/diagnosis.h"
#include "snapshotloader.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace VramScope;

namespace {

QStringList ids(const std::vector<StepHint> &v)
{
    QStringList out;
    for (const StepHint &h : v)
        out << h.id;
    return out;
}

QStringList ids(const std::vector<HealthNote> &v)
{
    QStringList out;
    for (const HealthNote &h : v)
        out << h.id;
    return out;
}

DocumentPtr load(const QString &path)
{
    const LoadResult r = loadSnapshot(path);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message()));
    return r.ok() ? r.document : nullptr;
}

qint64 band(const Diagnosis &d, Category c)
{
    return d.bands[size_t(c)];
}

} // namespace

class tst_Diagnoser : public QObject
{
    Q_OBJECT

private slots:
    void bandsSumToAllocated_data();
    void bandsSumToAllocated();
    void oomAfterFirstOptimizerStep();
    void bundledExampleIsFragmentation();
    void batchSizeFinder();
    void bareList();
    void ringBuffer();
    void generateUnderNoGrad();
    void profilerTimelineKeepsItsCategories();
};

void tst_Diagnoser::bandsSumToAllocated_data()
{
    QTest::addColumn<QString>("path");
    for (const char *f : {"oom_expandable.pickle", "layout20_history.pickle", "bare_list.pickle",
                          "private_pool.pickle", "ring_buffer.pickle", "multi_device.pickle", "protocol5.pickle",
                          "torchscript_p2.pickle"})
        QTest::newRow(f) << testDataPath(QString::fromLatin1(f));
}

void tst_Diagnoser::bandsSumToAllocated()
{
    QFETCH(QString, path);
    const DocumentPtr doc = load(path);
    QVERIFY(doc);
    QCOMPARE(doc->diagnoses.size(), doc->devices.size());
    for (size_t i = 0; i < doc->devices.size(); ++i) {
        const Diagnosis &d = doc->diagnoses[i];
        qint64 sum = 0;
        for (int c = 0; c < CategoryCount; ++c) {
            sum += d.bands[size_t(c)];
            if (doc->devices[i].eventCount > 0)
                QCOMPARE(doc->categories[i].bytes[size_t(c)].valueAt(d.momentIndex), d.bands[size_t(c)]);
        }
        QCOMPARE(sum, d.allocatedBytes);
        QCOMPARE(d.evidence.size(), doc->devices[i].intervals.size());
    }
}

void tst_Diagnoser::oomAfterFirstOptimizerStep()
{
    // 8 GB card, GPT with 456M parameters, fused AdamW in fp32: the state made at the first step
    // leaves no room for the tied-embedding gradient at the end of the second backward.
    const DocumentPtr doc = load(testDataPath(QStringLiteral("oom_expandable.pickle")));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Oom);
    QCOMPARE(d.momentIndex, 3109);
    QCOMPARE(d.requestedBytes, 412090368);
    QCOMPARE(d.deviceFreeBytes, 315097088);
    QCOMPARE(d.phaseAtMoment, Phase::Backward);
    QCOMPARE(d.stepAtMoment, 1);
    QCOMPARE(d.verdict, Verdict::Capacity);
    QCOMPARE(d.shortfallBytes, 412090368 - 315097088);
    QCOMPARE(d.tallest, Category::OptimizerState);
    QCOMPARE(band(d, Category::OptimizerState), 3648471392);  // 8 bytes per parameter
    QCOMPARE(band(d, Category::Parameter), 1826070528);       // 4 bytes per parameter
    QCOMPARE(band(d, Category::Gradient), 1824235520);        // all but the missing embedding grad
    QVERIFY(band(d, Category::Unknown) < 64 * 1024);
    QCOMPARE(d.requestCategory, Category::Gradient);
    QCOMPARE(ids(d.hints), QStringList{QStringLiteral("first_optimizer_step")});
    QVERIFY(d.recommendedRung());
    QCOMPARE(d.recommendedRung()->rung, Rung::Optimizer8bit);
    QVERIFY(d.health.empty());
}

void tst_Diagnoser::bundledExampleIsFragmentation()
{
    // 819M parameters in fp32 with 8 accumulation micro-steps; the first optimizer.step() dies
    // in _multi_tensor_adam after flushing the cache: 442 MB stays cached in blocks too small for
    // the 41 MB request, so by ladder.md this is fragmentation.
    const DocumentPtr doc = load(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/example_oom.pickle.zst"));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentIndex, 28860);
    QCOMPARE(d.requestedBytes, 40960000);
    QCOMPARE(d.deviceFreeBytes, 34734080);
    QCOMPARE(d.phaseAtMoment, Phase::Optimizer);
    QCOMPARE(d.verdict, Verdict::Fragmentation);
    QVERIFY(d.largestFreeBlockBytes < d.requestedBytes);
    QVERIFY(d.reservedBytes - d.allocatedBytes >= d.requestedBytes);
    QCOMPARE(d.tallest, Category::OptimizerState);
    QCOMPARE(band(d, Category::OptimizerState), 6555238400);
    QCOMPARE(band(d, Category::Gradient), 3279628800);
    QCOMPARE(band(d, Category::Temporary), 2458419200); // _foreach_sqrt temporaries in flight
    QCOMPARE(d.requestCategory, Category::Temporary);
    QCOMPARE(d.ladder.rungs.front().rung, Rung::ExpandableSegments);
    QCOMPARE(d.recommendedRung()->rung, Rung::ExpandableSegments);
    QVERIFY(ids(d.hints).contains(QStringLiteral("first_optimizer_step")));
}

void tst_Diagnoser::batchSizeFinder()
{
    // PyTorch 2.0 layout: two caught OOMs (B=24, B=16) while searching a batch size, then B=8
    // trains. The moment is the last OOM; the dump came long after it.
    const DocumentPtr doc = load(testDataPath(QStringLiteral("layout20_history.pickle")));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentIndex, 543);
    QCOMPARE(d.requestedBytes, 2097152000);
    QCOMPARE(d.verdict, Verdict::Capacity);
    QCOMPARE(d.tallest, Category::Activation);
    QCOMPARE(d.phaseAtMoment, Phase::Backward); // frameless backward, inferred
    QVERIFY(d.freeBlocks.reconstructed);
    const QStringList health = ids(d.health);
    QVERIFY(health.contains(QStringLiteral("dump_after_oom")));
    QVERIFY(health.contains(QStringLiteral("partial_frames")));
    QCOMPARE(d.ladder.rungs.front().rung, Rung::MicrobatchAccum);
}

void tst_Diagnoser::bareList()
{
    const DocumentPtr doc = load(testDataPath(QStringLiteral("bare_list.pickle")));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Dump);
    QCOMPARE(band(d, Category::Unknown), 691201024);
    QCOMPARE(ids(d.health), QStringList{QStringLiteral("no_trace")});
    QCOMPARE(d.verdict, Verdict::None);
    QVERIFY(!d.freeBlocks.reconstructed);
}

void tst_Diagnoser::ringBuffer()
{
    const DocumentPtr doc = load(testDataPath(QStringLiteral("ring_buffer.pickle")));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Peak);
    QCOMPARE(band(d, Category::Parameter), 158707712);
    QCOMPARE(band(d, Category::OptimizerState), 309026816);
    QVERIFY(ids(d.health).contains(QStringLiteral("ring_overflow")));
    QVERIFY(d.phases.stepsFromAnnotations);
    for (const HealthNote &h : d.health)
        QVERIFY(h.recapture.startsWith(QStringLiteral("torch.cuda.memory._record_memory_history(")));
}

void tst_Diagnoser::generateUnderNoGrad()
{
    const DocumentPtr doc = load(testDataPath(QStringLiteral("protocol5.pickle")));
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.phaseAtMoment, Phase::Eval);
    QCOMPARE(d.tallest, Category::Parameter);
    QCOMPARE(band(d, Category::Gradient), 0);
    QCOMPARE(band(d, Category::OptimizerState), 0);
    QCOMPARE(d.verdict, Verdict::None);
    QVERIFY(!d.recommendedRung());
}

void tst_Diagnoser::profilerTimelineKeepsItsCategories()
{
    // export_memory_timeline's coalesced JSON: [times, rows of 9 sizes (0, then _CATEGORY_TO_INDEX
    // order: parameter, optimizer_state, input, temporary, activation, gradient, autograd_detail,
    // unknown)].
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[[1700000000000000000, 1700000000000500000, 1700000000001000000],\n"
            " [[0.0, 4096.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],\n"
            "  [0.0, 4096.0, 0.0, 0.0, 1536.0, 8192.0, 0.0, 0.0, 0.0],\n"
            "  [0.0, 4096.0, 8192.0, 0.0, 0.0, 0.0, 4096.0, 0.0, 0.0]]]");
    f.close();
    const DocumentPtr doc = load(path);
    QVERIFY(doc);
    const Diagnosis &d = doc->diagnoses[0];
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Peak);
    QCOMPARE(band(d, Category::Parameter), 4096);
    QCOMPARE(band(d, Category::OptimizerState), 8192);
    QCOMPARE(band(d, Category::Gradient), 4096);
    QCOMPARE(d.tallest, Category::OptimizerState);
    for (size_t i = 0; i < d.evidence.size(); ++i)
        QCOMPARE(d.evidence[i].rule, EvidenceRule::TraceCategory);
    // Activations and temporaries were live in the middle of the timeline.
    const CategorySeries &series = doc->categories[0];
    qint64 maxActivation = 0, maxTemporary = 0;
    for (qint64 e = 0; e < doc->devices[0].eventCount; ++e) {
        maxActivation = std::max(maxActivation, series.bytes[int(Category::Activation)].valueAt(e));
        maxTemporary = std::max(maxTemporary, series.bytes[int(Category::Temporary)].valueAt(e));
    }
    QCOMPARE(maxActivation, 8192);
    QCOMPARE(maxTemporary, 1536);
}

QTEST_GUILESS_MAIN(tst_Diagnoser)
#include "tst_diagnoser.moc"
