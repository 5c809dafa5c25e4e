// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/ladder.h"

#include <QTest>

using namespace VramScope;

namespace {

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;

QStringList strs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QStringList ids(const LadderResult &r)
{
    QStringList out;
    for (const RungEstimate &e : r.rungs)
        out << rungId(e.rung);
    return out;
}

LadderInput bands(std::initializer_list<std::pair<Category, qint64>> values, Verdict v, qint64 shortfall)
{
    LadderInput in;
    in.bandsKnown = true;
    in.verdict = v;
    in.shortfallBytes = shortfall;
    for (const auto &[c, b] : values)
        in.bands[size_t(c)] = b;
    return in;
}

} // namespace

class tst_Ladder : public QObject
{
    Q_OBJECT

private slots:
    void ids();
    void rungsPerBand_data();
    void rungsPerBand();
    void fragmentationLeads();
    void estimatesFromBands();
    void recommendationIsFirstCovering();
    void fallsThroughToNextBand();
    void noOomNoRecommendation();
    void externalHasNoRungs();
    void messageOnlyLadder();
};

void tst_Ladder::ids()
{
    const char *expected[] = {"microbatch_accum", "bf16", "checkpointing", "expandable_segments", "sdpa_flash",
                              "shorter_seq", "optimizer_8bit", "zero_fsdp", "offload", "lora"};
    for (int i = 0; i < RungCount; ++i) {
        QCOMPARE(rungId(Rung(i)), QLatin1String(expected[i]));
        Rung back;
        QVERIFY(rungFromId(rungId(Rung(i)), &back));
        QCOMPARE(back, Rung(i));
        QVERIFY(!rungLabel(Rung(i)).isEmpty());
        QVERIFY(!rungExplanation(Rung(i)).isEmpty());
        QCOMPARE(rungChangesScience(Rung(i)), Rung(i) == Rung::ShorterSeq || Rung(i) == Rung::Lora);
    }
    QCOMPARE(verdictId(Verdict::Fragmentation), QStringLiteral("fragmentation"));
}

void tst_Ladder::rungsPerBand_data()
{
    QTest::addColumn<int>("band");
    QTest::addColumn<bool>("attention");
    QTest::addColumn<int>("fp32");
    QTest::addColumn<QStringList>("rungs");
    QTest::newRow("activation fp32") << int(Category::Activation) << false << 1
                                     << strs({"microbatch_accum", "bf16", "checkpointing", "shorter_seq"});
    QTest::newRow("activation autocast") << int(Category::Activation) << false << -1
                                         << strs({"microbatch_accum", "checkpointing", "shorter_seq"});
    QTest::newRow("temporary attention") << int(Category::Temporary) << true << 0 << strs({"sdpa_flash"});
    QTest::newRow("temporary other") << int(Category::Temporary) << false << 0 << strs({"microbatch_accum"});
    QTest::newRow("optimizer state") << int(Category::OptimizerState) << false << 0
                                     << strs({"optimizer_8bit", "zero_fsdp", "offload"});
    QTest::newRow("gradient") << int(Category::Gradient) << false << 0 << strs({"zero_fsdp"});
    QTest::newRow("parameter") << int(Category::Parameter) << false << 0 << strs({"zero_fsdp", "offload", "lora"});
    QTest::newRow("input") << int(Category::Input) << false << 0 << strs({"microbatch_accum"});
    QTest::newRow("unknown") << int(Category::Unknown) << false << 0 << strs({});
}

void tst_Ladder::rungsPerBand()
{
    QFETCH(int, band);
    QFETCH(bool, attention);
    QFETCH(int, fp32);
    QFETCH(QStringList, rungs);
    QStringList got;
    for (Rung r : rungsForBand(Category(band), attention, fp32))
        got << rungId(r);
    QCOMPARE(got, rungs);
}

void tst_Ladder::fragmentationLeads()
{
    LadderInput in = bands({{Category::Parameter, 4 * GiB}}, Verdict::Fragmentation, 300 * MiB);
    in.reservedUnallocatedBytes = 800 * MiB;
    const LadderResult r = climbLadder(in);
    QCOMPARE(::ids(r).first(), QStringLiteral("expandable_segments"));
    QCOMPARE(r.rungs.front().estimatedSavingsBytes, 800 * MiB);
    QVERIFY(r.rungs.front().coversShortfall);
    QCOMPARE(r.recommended, 0);
}

void tst_Ladder::estimatesFromBands()
{
    LadderInput in = bands({{Category::Activation, 4 * GiB}, {Category::Temporary, 1 * GiB},
                            {Category::Input, 1 * GiB}, {Category::OptimizerState, 2 * GiB},
                            {Category::Gradient, 1 * GiB}, {Category::Parameter, 1 * GiB}},
                           Verdict::Capacity, 100 * GiB);
    in.fp32Evidence = 1;
    in.shardDevices = 4;
    const LadderResult r = climbLadder(in);
    QHash<QString, qint64> est;
    for (const RungEstimate &e : r.rungs)
        est.insert(rungId(e.rung), e.estimatedSavingsBytes);
    QCOMPARE(est.value(QStringLiteral("microbatch_accum")), 3 * GiB);               // half of 4+1+1
    QCOMPARE(est.value(QStringLiteral("bf16")), 2 * GiB);                           // half of activations
    QCOMPARE(est.value(QStringLiteral("checkpointing")), qint64(4 * GiB * 0.7));
    QCOMPARE(est.value(QStringLiteral("optimizer_8bit")), qint64(1.5 * GiB));     // 3/4 of state
    QCOMPARE(est.value(QStringLiteral("zero_fsdp")), qint64(0.75 * 2 * GiB));     // ZeRO-1 over 4
    QCOMPARE(est.value(QStringLiteral("offload")), 2 * GiB);
    QCOMPARE(r.attacked, Category::Activation);
    QCOMPARE(r.recommended, -1); // nothing covers 100 GiB
}

void tst_Ladder::recommendationIsFirstCovering()
{
    const LadderResult r = climbLadder(bands({{Category::Activation, 4 * GiB}}, Verdict::Capacity, 2500 * MiB));
    // microbatch frees 2 GiB (not enough), bf16 2 GiB, checkpointing 2.8 GiB: the first that covers.
    QCOMPARE(::ids(r), (strs({"microbatch_accum", "bf16", "checkpointing", "shorter_seq"})));
    QCOMPARE(rungId(r.rungs[size_t(r.recommended)].rung), QStringLiteral("checkpointing"));
    QVERIFY(r.rungs.back().changesScience);
}

void tst_Ladder::fallsThroughToNextBand()
{
    // Gradients are tallest, ZeRO-2 over 2 GPUs frees 1.5 GiB < 2 GiB: the next band's rungs follow.
    const LadderResult r = climbLadder(bands({{Category::Gradient, 2 * GiB}, {Category::OptimizerState, 1 * GiB},
                                              {Category::Activation, 512 * MiB}},
                                             Verdict::Capacity, 2 * GiB));
    QCOMPARE(r.attacked, Category::Gradient);
    QCOMPARE(::ids(r), (strs({"zero_fsdp", "optimizer_8bit", "offload", "microbatch_accum", "bf16",
                                    "checkpointing", "shorter_seq"})));
    QCOMPARE(r.recommended, -1);
}

void tst_Ladder::noOomNoRecommendation()
{
    const LadderResult r = climbLadder(bands({{Category::Activation, 4 * GiB}}, Verdict::None, UnknownBytes));
    QVERIFY(!r.rungs.empty());
    QCOMPARE(r.recommended, -1);
    for (const RungEstimate &e : r.rungs)
        QVERIFY(!e.coversShortfall);
}

void tst_Ladder::externalHasNoRungs()
{
    const LadderResult r = climbLadder(bands({{Category::Activation, 4 * GiB}}, Verdict::External, 0));
    QVERIFY(r.rungs.empty());
    QCOMPARE(r.recommended, -1);
}

void tst_Ladder::messageOnlyLadder()
{
    LadderInput in;
    in.verdict = Verdict::Capacity;
    in.shortfallBytes = 600 * MiB;
    const LadderResult r = climbLadder(in);
    QCOMPARE(r.rungs.size(), size_t(RungCount - 1)); // every rung but expandable_segments
    QCOMPARE(r.recommended, 0);
    QCOMPARE(r.rungs.front().estimatedSavingsBytes, UnknownBytes);
}

QTEST_GUILESS_MAIN(tst_Ladder)
#include "tst_ladder.moc"
