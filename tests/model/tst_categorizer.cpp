// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/categoryrules.h"
#include "syntheticanalysis.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace VramScope;
using namespace VramScope::Test;

namespace {

// Every traced allocation with a known truth must get it; returns the mismatches as text.
QStringList mismatches(const SyntheticTrace &t, const Analysed &a)
{
    QStringList out;
    for (const SyntheticTrace::Truth &truth : t.truth()) {
        const qint64 i = intervalAt(a.timeline, truth.allocIndex);
        if (i < 0) {
            out << QStringLiteral("event %1: no interval").arg(truth.allocIndex);
            continue;
        }
        const AllocationInterval &iv = a.timeline.intervals[size_t(i)];
        if (Category(iv.category) != truth.category) {
            out << QStringLiteral("event %1: %2, expected %3 (%4)")
                       .arg(truth.allocIndex)
                       .arg(categoryId(Category(iv.category)), categoryId(truth.category),
                            describeEvidence(a.snap, iv, a.d.evidence[size_t(i)], a.d.phases));
        }
    }
    return out;
}

} // namespace

class tst_Categorizer : public QObject
{
    Q_OBJECT

private slots:
    void trainingLoop_data();
    void trainingLoop();
    void phasesAndSteps();
    void annotationsWithoutFrames();
    void profilerCategories();
    void userRules();
    void rulesFileErrors_data();
    void rulesFileErrors();
    void unknownSaysWhy();
    void preexistingBlocks();
    void categorySeriesMatchesIntervals();
    void evidenceText();
    void largeTraceIsLinear();
};

void tst_Categorizer::trainingLoop_data()
{
    QTest::addColumn<bool>("cppBackward");
    QTest::addColumn<bool>("freeTime");
    QTest::addColumn<bool>("userInput");
    QTest::addColumn<bool>("attention");
    QTest::newRow("stacks=all context=all") << true << true << false << false;
    QTest::newRow("stacks=all context=alloc") << true << false << false << true;
    QTest::newRow("python stacks context=all") << false << true << false << false;
    QTest::newRow("python stacks context=alloc") << false << false << false << true;
    QTest::newRow("user-only input frames") << true << true << true << true;
}

void tst_Categorizer::trainingLoop()
{
    QFETCH(bool, cppBackward);
    QFETCH(bool, freeTime);
    QFETCH(bool, userInput);
    QFETCH(bool, attention);
    SyntheticTrace t;
    TrainingConfig c;
    c.cppBackwardStacks = cppBackward;
    c.freeTimeStacks = freeTime;
    c.userInputFrames = userInput;
    c.attentionBytes = attention ? 24 * SyntheticTrace::MiB : 0;
    TrainingSim sim(t, c);
    t.segment(4 * SyntheticTrace::GiB);
    sim.setup();
    for (int k = 0; k < 3; ++k)
        sim.trainStep(k);
    const auto a = analyse(t);
    const QStringList bad = mismatches(t, *a);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    QCOMPARE(a->d.freeStacksAreFreeTime, freeTime);
    for (size_t i = 0; i < a->timeline.intervals.size(); ++i) {
        if (Category(a->timeline.intervals[i].category) != Category::Unknown)
            QVERIFY(a->d.evidence[i].confidence > 0);
    }
}

void tst_Categorizer::phasesAndSteps()
{
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.segment(4 * SyntheticTrace::GiB);
    sim.setup();
    for (int k = 0; k < 3; ++k)
        sim.trainStep(k);
    const auto a = analyse(t);
    const PhaseMap &m = a->d.phases;
    QCOMPARE(m.stepCount(), 3);
    QVERIFY(!m.stepsFromAnnotations);
    int forward = 0, backward = 0, optimizer = 0;
    for (int r = 0; r < m.runCount(); ++r) {
        forward += m.runPhase(r) == Phase::Forward;
        backward += m.runPhase(r) == Phase::Backward;
        optimizer += m.runPhase(r) == Phase::Optimizer;
    }
    QCOMPARE(forward, 3);
    QCOMPARE(backward, 3);
    QCOMPARE(optimizer, 3);
    QCOMPARE(m.phaseAt(0), Phase::Unknown); // the segment_alloc before anything
}

void tst_Categorizer::annotationsWithoutFrames()
{
    // No frames at all (context=None), but ProfilerStep#N and Optimizer.step# annotations.
    SyntheticTrace t;
    t.segment(4 * SyntheticTrace::GiB);
    const quint64 MiB = SyntheticTrace::MiB;
    std::vector<quint64> params;
    for (int l = 0; l < 3; ++l)
        params.push_back(t.alloc(64 * MiB, EmptyStack, Category::Parameter));
    std::vector<qint64> stateEvents, tempEvents;
    for (int k = 0; k < 3; ++k) {
        t.annotate(qPrintable(QStringLiteral("ProfilerStep#%1").arg(k)), true);
        const quint64 act = t.alloc(32 * MiB, EmptyStack);
        t.free(act);
        t.annotate("Optimizer.step#AdamW.step", true);
        if (k == 0) {
            for (int l = 0; l < 6; ++l) {
                stateEvents.push_back(t.eventCount());
                t.alloc(64 * MiB, EmptyStack, Category::OptimizerState);
            }
        }
        tempEvents.push_back(t.eventCount());
        t.free(t.alloc(64 * MiB, EmptyStack, Category::Temporary));
        t.annotate("Optimizer.step#AdamW.step", false);
    }
    const auto a = analyse(t);
    QVERIFY(a->d.phases.stepsFromAnnotations);
    QCOMPARE(a->d.phases.stepCount(), 3);
    for (qint64 e : stateEvents) {
        const auto &iv = a->timeline.intervals[size_t(intervalAt(a->timeline, e))];
        QCOMPARE(Category(iv.category), Category::OptimizerState);
    }
    for (qint64 e : tempEvents) {
        const auto &iv = a->timeline.intervals[size_t(intervalAt(a->timeline, e))];
        QCOMPARE(Category(iv.category), Category::Temporary);
    }
    for (const SyntheticTrace::Truth &truth : t.truth()) {
        const qint64 i = intervalAt(a->timeline, truth.allocIndex);
        const CategoryEvidence &e = a->d.evidence[size_t(i)];
        if (truth.category == Category::Parameter) {
            QCOMPARE(Category(a->timeline.intervals[size_t(i)].category), Category::Parameter);
            QCOMPARE(e.rule, EvidenceRule::LifetimeSetup);
        } else if (truth.category == Category::Unknown) {
            QCOMPARE(Category(a->timeline.intervals[size_t(i)].category), Category::Unknown);
            QCOMPARE(e.rule, EvidenceRule::UnknownNoFrames);
        }
        QVERIFY(e.frame == NoFrame);
    }
}

void tst_Categorizer::profilerCategories()
{
    SyntheticTrace t;
    t.segment(SyntheticTrace::GiB);
    const std::pair<const char *, Category> cases[] = {
        {"parameter", Category::Parameter}, {"optimizer_state", Category::OptimizerState},
        {"gradient", Category::Gradient},   {"activation", Category::Activation},
        {"temporary", Category::Temporary}, {"input", Category::Input},
        {"unknown", Category::Unknown},     {"autograd_detail", Category::Temporary},
    };
    for (const auto &[id, c] : cases)
        t.allocWithCategory(SyntheticTrace::MiB, id, c);
    const auto a = analyse(t);
    QVERIFY2(mismatches(t, *a).isEmpty(), qPrintable(mismatches(t, *a).join(QLatin1Char('\n'))));
    for (const SyntheticTrace::Truth &truth : t.truth()) {
        const CategoryEvidence &e = a->d.evidence[size_t(intervalAt(a->timeline, truth.allocIndex))];
        QCOMPARE(e.rule, EvidenceRule::TraceCategory);
        QCOMPARE(int(e.confidence), 100);
    }
}

void tst_Categorizer::userRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.txt"));
    QVERIFY(writeTestFile(path, "# my project\n\nactivation  model\\.py:\\d+:attention$\ninput  train\\.py:40:\n"));
    CategoryRules rules;
    QString error;
    QVERIFY2(rules.loadFile(path, &error), qPrintable(error));
    QCOMPARE(rules.count(), 2);
    QCOMPARE(rules.rule(0).origin, QStringLiteral("rules.txt:3"));
    QCOMPARE(rules.toText(), QStringLiteral("activation model\\.py:\\d+:attention$\ninput train\\.py:40:\n"));

    SyntheticTrace t;
    TrainingConfig c;
    c.attentionBytes = 16 * SyntheticTrace::MiB;
    c.userInputFrames = true;
    TrainingSim sim(t, c);
    t.segment(4 * SyntheticTrace::GiB);
    sim.setup();
    sim.trainStep(0);
    const auto a = analyse(t, 0, &rules);
    int attention = 0, inputs = 0;
    for (size_t i = 0; i < a->timeline.intervals.size(); ++i) {
        const AllocationInterval &iv = a->timeline.intervals[i];
        const CategoryEvidence &e = a->d.evidence[i];
        if (iv.allocStack == sim.sAttn) {
            ++attention;
            QCOMPARE(Category(iv.category), Category::Activation); // the rule overrides "temporary"
            QCOMPARE(e.rule, EvidenceRule::UserRule);
            QCOMPARE(int(e.userRule), 1);
            QCOMPARE(a->snap.frameText(e.frame), QStringLiteral("model.py:25:attention"));
        }
        if (iv.allocStack == sim.sInput) {
            ++inputs;
            QCOMPARE(e.rule, EvidenceRule::UserRule);
            QCOMPARE(int(e.userRule), 2);
        }
    }
    QCOMPARE(attention, c.layers);
    QCOMPARE(inputs, 1);
}

void tst_Categorizer::rulesFileErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kept");
    QTest::newRow("bad category") << "parameter a\nweights b\n" << "x.rules:2: unknown category \"weights\"" << 1;
    QTest::newRow("bad regex") << "temporary (unclosed\n" << "x.rules:1: invalid regular expression" << 0;
    QTest::newRow("no pattern") << "\n\ngradient   \n" << "x.rules:3: a rule needs a pattern" << 0;
}

void tst_Categorizer::rulesFileErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, kept);
    CategoryRules rules;
    QString error;
    QVERIFY(!rules.parse(text, QStringLiteral("x.rules"), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(rules.count(), kept);
    QVERIFY(!rules.loadFile(QStringLiteral("/nonexistent/rules.txt"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/rules.txt")));
}

void tst_Categorizer::unknownSaysWhy()
{
    SyntheticTrace t;
    t.segment(SyntheticTrace::GiB);
    const StackId user = t.stack({{"train.py", 12, "main"}});
    const qint64 frameless = t.eventCount();
    t.alloc(SyntheticTrace::MiB, EmptyStack);
    const qint64 userOnly = t.eventCount();
    t.alloc(SyntheticTrace::MiB, user);
    const auto a = analyse(t);
    const CategoryEvidence &e1 = a->d.evidence[size_t(intervalAt(a->timeline, frameless))];
    const CategoryEvidence &e2 = a->d.evidence[size_t(intervalAt(a->timeline, userOnly))];
    QCOMPARE(e1.rule, EvidenceRule::UnknownNoFrames);
    QCOMPARE(e2.rule, EvidenceRule::UnknownNoRule);
    QCOMPARE(a->snap.frameText(e2.frame), QStringLiteral("train.py:12:main"));
    QVERIFY(!evidenceRuleText(e1.rule).isEmpty());
    QCOMPARE(int(e1.confidence), 0);
}

void tst_Categorizer::preexistingBlocks()
{
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.preexisting(100 * SyntheticTrace::MiB);          // no stack
    t.preexisting(50 * SyntheticTrace::MiB, sim.sParam); // state-context stack: Module.to
    t.segment(SyntheticTrace::GiB);
    t.alloc(SyntheticTrace::MiB, EmptyStack);
    const auto a = analyse(t);
    int checked = 0;
    for (size_t i = 0; i < a->timeline.intervals.size(); ++i) {
        const AllocationInterval &iv = a->timeline.intervals[i];
        if (iv.origin != IntervalOrigin::SnapshotBlock)
            continue;
        const CategoryEvidence &e = a->d.evidence[i];
        if (iv.size == 100 * SyntheticTrace::MiB) {
            QCOMPARE(Category(iv.category), Category::Unknown);
            QCOMPARE(e.rule, EvidenceRule::UnknownBeforeRecording);
        } else {
            QCOMPARE(Category(iv.category), Category::Parameter);
            QCOMPARE(e.rule, EvidenceRule::ModuleInitLongLived);
            QCOMPARE(int(e.confidence), 75); // lowered: allocated before the window
        }
        ++checked;
    }
    QCOMPARE(checked, 2);
}

void tst_Categorizer::categorySeriesMatchesIntervals()
{
    SyntheticTrace t;
    TrainingConfig c;
    c.attentionBytes = 8 * SyntheticTrace::MiB;
    TrainingSim sim(t, c);
    t.preexisting(10 * SyntheticTrace::MiB);
    t.segment(4 * SyntheticTrace::GiB);
    sim.setup();
    sim.trainStep(0);
    sim.trainStep(1);
    const auto a = analyse(t);
    for (qint64 ev = -1; ev < a->timeline.eventCount; ++ev) {
        std::array<qint64, CategoryCount> sum{};
        for (const AllocationInterval &iv : a->timeline.intervals) {
            if (iv.liveAfter(ev))
                sum[iv.category] += qint64(iv.size);
        }
        qint64 total = 0;
        for (int cat = 0; cat < CategoryCount; ++cat) {
            QCOMPARE(a->series.bytes[size_t(cat)].valueAt(ev), sum[size_t(cat)]);
            total += sum[size_t(cat)];
        }
        QCOMPARE(total, a->timeline.allocated.valueAt(ev));
    }
    // Sparse: a category's series changes only where that category changes.
    QVERIFY(a->series.bytes[int(Category::Parameter)].changeCount() == c.layers);
}

void tst_Categorizer::evidenceText()
{
    SyntheticTrace t;
    TrainingSim sim(t, TrainingConfig{});
    t.segment(4 * SyntheticTrace::GiB);
    sim.setup();
    sim.trainStep(0);
    sim.trainStep(1);
    const auto a = analyse(t);
    const qint64 i = intervalAt(a->timeline, t.truth()[0].allocIndex); // the first parameter
    const QString text = describeEvidence(a->snap, a->timeline.intervals[size_t(i)],
                                          a->d.evidence[size_t(i)], a->d.phases);
    QVERIFY2(text.contains(QStringLiteral("torch/nn/modules/module.py:1143:convert")), qPrintable(text));
    QVERIFY2(text.contains(evidenceRuleText(EvidenceRule::ModuleInitLongLived)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("90%")), qPrintable(text));
}

void tst_Categorizer::largeTraceIsLinear()
{
    // About a million events: categorizing, the series and the diagnosis stay well below a second
    // per million events in release builds (this bound is loose for debug and sanitizer builds).
    SyntheticTrace t;
    TrainingConfig c;
    c.layers = 8;
    c.attentionBytes = SyntheticTrace::MiB;
    TrainingSim sim(t, c);
    t.segment(64 * SyntheticTrace::GiB);
    sim.setup();
    for (int k = 0; k < 10000; ++k)
        sim.trainStep(k);
    QElapsedTimer timer;
    timer.start();
    const auto a = analyse(t);
    const qint64 ms = timer.elapsed();
    qInfo("analysis of %lld events: %lld ms", a->timeline.eventCount, ms);
    QVERIFY(a->timeline.eventCount > 1'000'000);
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    QCOMPARE(a->d.phases.stepCount(), 10000);
}

QTEST_GUILESS_MAIN(tst_Categorizer)
#include "tst_categorizer.moc"
