// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "syntheticanalysis.h"

#include <QJsonArray>
#include <QTest>

using namespace VramScope;
using namespace VramScope::Test;

namespace {

constexpr quint64 MiB = SyntheticTrace::MiB;
constexpr quint64 GiB = SyntheticTrace::GiB;

std::unique_ptr<Analysed> diagnose(SyntheticTrace &t, qint64 capacity = 0, bool withTrace = true)
{
    return analyse(t, capacity, nullptr, withTrace);
}

QStringList rungIds(const Diagnosis &d)
{
    QStringList out;
    for (const RungEstimate &e : d.ladder.rungs)
        out << rungId(e.rung);
    return out;
}

QStringList healthIds(const Diagnosis &d)
{
    QStringList out;
    for (const HealthNote &h : d.health)
        out << h.id;
    return out;
}

QString recommended(const Diagnosis &d)
{
    return d.recommendedRung() ? rungId(d.recommendedRung()->rung) : QStringLiteral("none");
}

} // namespace

class tst_Diagnosis : public QObject
{
    Q_OBJECT

private slots:
    void activationOomAtFirstBackward();
    void optimizerStateOomAtStep2();
    void fragmentationOom();
    void fragmentationReconstructedAfterDump();
    void attentionTemporary();
    void parameterHeavyModel();
    void healthyRun();
    void stateOnlySnapshot();
    void externalMemory();
    void jsonKeys();
    void analyzeDocumentFillsEveryDevice();
};

void tst_Diagnosis::activationOomAtFirstBackward()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingConfig c;
    c.activationBytes = 512 * MiB;
    TrainingSim sim(t, c);
    sim.setup();
    sim.loadBatch();
    sim.forward();
    sim.backward(/*stopAtLayer=*/2);
    t.flushCache();
    t.oom(512 * MiB, 100 * MiB, sim.sGradAct);
    const auto r = diagnose(t, capacityFor(t, 100 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Oom);
    QCOMPARE(d.momentIndex, r->timeline.eventCount - 1);
    QCOMPARE(d.phaseAtMoment, Phase::Backward);
    QCOMPARE(d.tallest, Category::Activation);
    QCOMPARE(d.bands[int(Category::Activation)], qint64(3 * 512 * MiB + 512)); // three layers + the loss
    QCOMPARE(d.bands[int(Category::Parameter)], qint64(4 * 64 * MiB));
    QCOMPARE(d.bands[int(Category::Temporary)], qint64(512 * MiB));            // layer 3's activation grad
    QCOMPARE(d.bands[int(Category::Gradient)], qint64(64 * MiB));
    QCOMPARE(d.bands[int(Category::Input)], qint64(4 * MiB));
    QCOMPARE(d.bands[int(Category::Unknown)], qint64(0));
    QCOMPARE(d.requestedBytes, qint64(512 * MiB));
    QCOMPARE(d.deviceFreeBytes, qint64(100 * MiB));
    QCOMPARE(d.verdict, Verdict::Capacity);
    QCOMPARE(d.shortfallBytes, qint64(412 * MiB));
    QCOMPARE(d.allocatedBytes, r->timeline.allocated.valueAt(d.momentIndex));
    QVERIFY(d.reservedBytes - d.allocatedBytes < qint64(MiB)); // the cache was flushed
    QCOMPARE(rungIds(d), strs({"microbatch_accum", "bf16", "checkpointing", "shorter_seq"}));
    QCOMPARE(recommended(d), QStringLiteral("microbatch_accum"));
    QVERIFY(d.ladder.rungs.back().changesScience);
    QVERIFY(hintIds(d).contains(QStringLiteral("first_backward")));
    QVERIFY(!d.verdictReason.isEmpty());
}

void tst_Diagnosis::optimizerStateOomAtStep2()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingConfig c;
    c.paramBytes = 512 * MiB;
    c.activationBytes = 64 * MiB;
    TrainingSim sim(t, c);
    sim.setup();
    sim.trainStep(0); // fits: Adam's state does not exist yet
    sim.zeroGrad();
    sim.loadBatch();
    sim.forward();
    sim.backward(/*stopAtLayer=*/1);
    t.flushCache();
    t.oom(512 * MiB, 100 * MiB, sim.sGrad);
    const auto r = diagnose(t, capacityFor(t, 100 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.stepAtMoment, 1);
    QCOMPARE(d.tallest, Category::OptimizerState);
    QCOMPARE(d.bands[int(Category::OptimizerState)], qint64(8 * 512 * MiB));
    QCOMPARE(d.requestCategory, Category::Gradient);
    QCOMPARE(d.verdict, Verdict::Capacity);
    QCOMPARE(rungIds(d), strs({"optimizer_8bit", "zero_fsdp", "offload"}));
    QCOMPARE(recommended(d), QStringLiteral("optimizer_8bit"));
    QCOMPARE(d.ladder.rungs.front().estimatedSavingsBytes, qint64(3 * GiB));
    const QStringList hints = hintIds(d);
    QVERIFY2(hints.contains(QStringLiteral("first_optimizer_step")), qPrintable(hints.join(u',')));
    QVERIFY(!hints.contains(QStringLiteral("first_backward")));
}

void tst_Diagnosis::fragmentationOom()
{
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.segment(1600 * MiB);
    std::vector<quint64> blocks;
    for (int i = 0; i < 16; ++i)
        blocks.push_back(t.alloc(100 * MiB, sim.sAct));
    for (int i = 1; i < 16; i += 2)
        t.free(blocks[size_t(i)], sim.sTemp);
    t.oom(256 * MiB, 50 * MiB, sim.sAct);
    const auto r = diagnose(t, qint64(1600 * MiB + 50 * MiB + 400 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.verdict, Verdict::Fragmentation);
    QCOMPARE(d.reservedBytes, qint64(1600 * MiB));
    QCOMPARE(d.allocatedBytes, qint64(800 * MiB));
    QCOMPARE(d.largestFreeBlockBytes, qint64(100 * MiB));
    QVERIFY(!d.freeBlocks.reconstructed); // nothing happened after the OOM: the dump is the state
    QCOMPARE(d.freeBlocks.pools.size(), size_t(1));
    QCOMPARE(d.freeBlocks.pools[0].freeBytes, qint64(800 * MiB));
    QCOMPARE(rungIds(d).first(), QStringLiteral("expandable_segments"));
    QCOMPARE(recommended(d), QStringLiteral("expandable_segments"));
    QCOMPARE(d.ladder.rungs.front().estimatedSavingsBytes, qint64(800 * MiB));
    QCOMPARE(d.outsidePyTorchBytes, qint64(400 * MiB));
}

void tst_Diagnosis::fragmentationReconstructedAfterDump()
{
    // Same failure, but the dump was taken in an exception handler after everything was freed
    // and the cache emptied: the state at the OOM must be replayed back from the dump.
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.segment(1600 * MiB);
    std::vector<quint64> blocks;
    for (int i = 0; i < 16; ++i)
        blocks.push_back(t.alloc(100 * MiB, sim.sAct));
    for (int i = 1; i < 16; i += 2)
        t.free(blocks[size_t(i)], sim.sTemp);
    t.oom(256 * MiB, 50 * MiB, sim.sAct);
    for (int i = 0; i < 16; i += 2)
        t.free(blocks[size_t(i)], sim.sEnd);
    t.flushCache();
    const auto r = diagnose(t);
    const Diagnosis &d = r->d;
    QCOMPARE(d.verdict, Verdict::Fragmentation);
    QVERIFY(d.freeBlocks.reconstructed);
    QCOMPARE(d.largestFreeBlockBytes, qint64(100 * MiB));
    QCOMPARE(d.reservedBytes, qint64(1600 * MiB));
    QVERIFY(healthIds(d).contains(QStringLiteral("dump_after_oom")));
    for (const HealthNote &h : d.health) {
        if (h.id == QLatin1String("dump_after_oom"))
            QVERIFY(h.recapture.contains(QStringLiteral("_cuda_attach_out_of_memory_observer")));
    }
}

void tst_Diagnosis::attentionTemporary()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingConfig c;
    c.layers = 2;
    TrainingSim sim(t, c);
    sim.setup();
    sim.loadBatch();
    const quint64 scores = t.alloc(1536 * MiB, sim.sAttn, Category::Temporary);
    t.flushCache();
    t.oom(1536 * MiB, 200 * MiB, sim.sAttn); // the softmax output
    t.free(scores, sim.sEnd);                // unwinding after the exception
    const auto r = diagnose(t, qint64(128 * MiB + 4 * MiB + 1536 * MiB + 200 * MiB + 300 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.tallest, Category::Temporary);
    QCOMPARE(d.bands[int(Category::Temporary)], qint64(1536 * MiB));
    QVERIFY(d.requestIsAttention);
    QCOMPARE(d.verdict, Verdict::Capacity);
    QCOMPARE(rungIds(d).first(), QStringLiteral("sdpa_flash"));
    QCOMPARE(recommended(d), QStringLiteral("sdpa_flash"));
    QCOMPARE(d.ladder.rungs.front().estimatedSavingsBytes, qint64(2 * 1536 * MiB));
}

void tst_Diagnosis::parameterHeavyModel()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingConfig c;
    c.layers = 8;
    c.paramBytes = GiB;
    c.activationBytes = 64 * MiB;
    TrainingSim sim(t, c);
    sim.setup();
    sim.loadBatch();
    t.alloc(64 * MiB, sim.sAct, Category::Activation);
    t.flushCache();
    t.oom(256 * MiB, 100 * MiB, sim.sAct);
    const auto r = diagnose(t, capacityFor(t, 100 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.tallest, Category::Parameter);
    QCOMPARE(d.bands[int(Category::Parameter)], qint64(8 * GiB));
    QCOMPARE(d.phaseAtMoment, Phase::Forward);
    QCOMPARE(d.requestCategory, Category::Activation);
    QCOMPARE(rungIds(d), strs({"zero_fsdp", "offload", "lora"}));
    QCOMPARE(recommended(d), QStringLiteral("zero_fsdp"));
    QCOMPARE(d.ladder.rungs[0].estimatedSavingsBytes, qint64(4 * GiB)); // ZeRO-3 over 2 GPUs
    QVERIFY(d.ladder.rungs[2].changesScience);                          // LoRA
}

void tst_Diagnosis::healthyRun()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    for (int k = 0; k < 3; ++k)
        sim.trainStep(k);
    const auto r = diagnose(t);
    const Diagnosis &d = r->d;
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Peak);
    QCOMPARE(d.momentIndex, r->timeline.peakAllocatedIndex);
    QCOMPARE(d.verdict, Verdict::None);
    QCOMPARE(d.requestedBytes, UnknownBytes);
    QCOMPARE(recommended(d), QStringLiteral("none"));
    QVERIFY(d.hints.empty());
    QVERIFY(d.health.empty());
    qint64 sum = 0;
    for (qint64 b : d.bands)
        sum += b;
    QCOMPARE(sum, d.allocatedBytes);
    QCOMPARE(d.allocatedBytes, r->timeline.peakAllocated);
    QCOMPARE(d.bands[int(Category::Unknown)], qint64(0));
    const QJsonObject o = diagnosisToJson(d);
    QVERIFY(o.value(QStringLiteral("recommended_rung")).isNull());
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("none"));
    QCOMPARE(o.value(QStringLiteral("moment")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("peak"));
}

void tst_Diagnosis::stateOnlySnapshot()
{
    SyntheticTrace t;
    t.preexisting(300 * MiB);
    t.preexisting(100 * MiB);
    const auto r = diagnose(t, 0, /*withTrace=*/false);
    const Diagnosis &d = r->d;
    QCOMPARE(d.momentKind, Diagnosis::MomentKind::Dump);
    QCOMPARE(d.bands[int(Category::Unknown)], qint64(400 * MiB));
    QCOMPARE(d.tallest, Category::Unknown);
    QCOMPARE(d.verdict, Verdict::None);
    QCOMPARE(healthIds(d), strs({"no_trace"}));
    QVERIFY(d.health.front().recapture.startsWith(QStringLiteral("torch.cuda.memory._record_memory_history(")));
    QCOMPARE(d.largestFreeBlockBytes, qint64(0)); // both segments are full
}

void tst_Diagnosis::externalMemory()
{
    // PyTorch holds little, yet the driver has no room: another process holds the device.
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    t.oom(512 * MiB, 20 * MiB, sim.sAct);
    const auto r = diagnose(t, qint64(24 * GiB));
    QCOMPARE(r->d.verdict, Verdict::External);
    QVERIFY(r->d.ladder.rungs.empty());
    QCOMPARE(r->d.outsidePyTorchBytes, qint64(24 * GiB - 256 * MiB - 20 * MiB));
}

void tst_Diagnosis::jsonKeys()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    sim.loadBatch();
    sim.forward();
    t.oom(GiB, 10 * MiB, sim.sAct);
    const auto r = diagnose(t, capacityFor(t, 10 * MiB));
    const QJsonObject o = diagnosisToJson(r->d);
    QStringList keys = o.keys();
    keys.sort();
    QStringList expected = strs({"moment", "bands", "tallest", "requested_bytes", "device_free_bytes",
                                 "allocated_bytes", "reserved_bytes", "largest_free_block_bytes", "verdict",
                                 "rungs", "recommended_rung", "hints", "health"});
    expected.sort();
    QCOMPARE(keys, expected);
    QStringList momentKeys = o.value(QStringLiteral("moment")).toObject().keys();
    momentKeys.sort();
    QCOMPARE(momentKeys, strs({"index", "kind", "time_us"}));
    QCOMPARE(o.value(QStringLiteral("bands")).toObject().size(), CategoryCount);
    QCOMPARE(o.value(QStringLiteral("requested_bytes")).toInteger(), qint64(GiB));
    QCOMPARE(o.value(QStringLiteral("device_free_bytes")).toInteger(), qint64(10 * MiB));
    QCOMPARE(o.value(QStringLiteral("tallest")).toString(), QStringLiteral("parameter"));
    const QJsonArray rungs = o.value(QStringLiteral("rungs")).toArray();
    QVERIFY(!rungs.isEmpty());
    QStringList rungKeys = rungs.first().toObject().keys();
    rungKeys.sort();
    QCOMPARE(rungKeys, strs({"changes_science", "covers_shortfall", "estimated_savings_bytes", "id"}));
    QVERIFY(o.value(QStringLiteral("moment")).toObject().value(QStringLiteral("time_us")).isDouble());
}

void tst_Diagnosis::analyzeDocumentFillsEveryDevice()
{
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.segment(2 * GiB);
    sim.setup();
    sim.trainStep(0);
    auto snap = std::make_shared<Snapshot>(t.finish());
    Document doc;
    doc.snapshot = snap;
    doc.devices.resize(1);
    buildDeviceTimeline(*snap, 0, &doc.devices[0]);
    AnalysisOptions options;
    options.rulesFile = QStringLiteral("/nonexistent/rules.txt");
    analyzeDocument(doc, options);
    QCOMPARE(doc.categories.size(), size_t(1));
    QCOMPARE(doc.diagnoses.size(), size_t(1));
    QCOMPARE(doc.diagnoses[0].evidence.size(), doc.devices[0].intervals.size());
    QVERIFY(doc.warnings.join(u' ').contains(QStringLiteral("/nonexistent/rules.txt")));
    QCOMPARE(doc.categories[0].bytes[int(Category::Parameter)].valueAt(doc.devices[0].eventCount - 1),
             qint64(4 * 64 * MiB));
}

QTEST_GUILESS_MAIN(tst_Diagnosis)
#include "tst_diagnosis.moc"
