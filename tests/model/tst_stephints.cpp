// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/stephints.h"
#include "syntheticanalysis.h"

#include <QTest>

using namespace VramScope;
using namespace VramScope::Test;

namespace {
constexpr quint64 MiB = SyntheticTrace::MiB;
constexpr quint64 GiB = SyntheticTrace::GiB;

std::unique_ptr<Analysed> diagnose(SyntheticTrace &t, qint64 capacity = 0)
{
    return analyse(t, capacity);
}
} // namespace

class tst_StepHints : public QObject
{
    Q_OBJECT

private slots:
    void evalOom();
    void longBatchAfterGoodSteps();
    void leak();
    void noLeakAtConstantBatch();
};

void tst_StepHints::evalOom()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    sim.trainStep(0);
    sim.trainStep(1);
    sim.evalForward(16 * MiB);
    t.flushCache();
    t.oom(2 * GiB, 100 * MiB, sim.sEval);
    const auto r = diagnose(t, capacityFor(t, 100 * MiB));
    const Diagnosis &d = r->d;
    QCOMPARE(d.phaseAtMoment, Phase::Eval);
    QVERIFY(hintIds(d).contains(QStringLiteral("evaluation")));
    QCOMPARE(d.verdict, Verdict::Capacity);
}

void tst_StepHints::longBatchAfterGoodSteps()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    for (int k = 0; k < 5; ++k)
        sim.trainStep(k);
    sim.zeroGrad();
    sim.loadBatch();
    sim.forward();
    t.flushCache();
    t.oom(3 * GiB, 100 * MiB, sim.sAct); // the longest sequence of the epoch
    const auto r = diagnose(t, capacityFor(t, 100 * MiB));
    QCOMPARE(r->d.stepAtMoment, 5);
    QCOMPARE(hintIds(r->d), strs({"long_batch"}));
}

void tst_StepHints::leak()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    for (int k = 0; k < 6; ++k) {
        sim.trainStep(k);
        t.alloc(32 * MiB, sim.sLoss, Category::Activation); // losses appended without .item()
    }
    const auto r = diagnose(t);
    QCOMPARE(r->d.momentKind, Diagnosis::MomentKind::Peak);
    QVERIFY(hintIds(r->d).contains(QStringLiteral("leak")));
}

void tst_StepHints::noLeakAtConstantBatch()
{
    SyntheticTrace t;
    t.setTight(true);
    TrainingSim sim(t, TrainingConfig{});
    sim.setup();
    for (int k = 0; k < 6; ++k)
        sim.trainStep(k);
    const auto r = diagnose(t);
    QVERIFY(!StepHints::looksLikeLeak(r->d.phases, r->timeline, r->timeline.eventCount - 1));
    QVERIFY(r->d.hints.empty());
}

QTEST_GUILESS_MAIN(tst_StepHints)
#include "tst_stephints.moc"
