// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// SnapshotComparison on the A/B pair written by tests/tools/make_rank_fixtures.py. Every number
// below follows from that script's constants (4 layers, 4 MiB of parameters per layer, Adam state
// twice that, a 4 MiB batch, an 8 MiB scratch tensor per layer, a 512-byte loss; A keeps 128 MiB of
// activations per layer and runs out of memory on the last layer's activation in the forward of
// step 2 on a 560 MiB card; B keeps 32 MiB per layer and peaks at the same place: the last layer's
// activation allocated while its scratch is still alive). A scratch tensor still alive when the
// trace ends counts as an activation (docs/diagnosis.md: forward allocations not freed by a
// backward are kept alive), which is what A's OOM moment holds.
#include "compare/comparisonjson.h"
#include "compare/locationbytes.h"
#include "compare/snapshotcomparison.h"
#include "compare/timealignment.h"
#include "snapshotloader.h"
#include "summaryjson.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace VramScope;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Layers = 4, Param = 4 * MiB, Input = 4 * MiB, Scratch = 8 * MiB;
constexpr qint64 ActA = 128 * MiB, ActB = 32 * MiB;
const QString ModelForward = QStringLiteral("/home/ml/ddp/model.py:30:forward");
const QString ModelScratch = QStringLiteral("/home/ml/ddp/model.py:33:forward");
const QString LossSite = QStringLiteral("/home/ml/ddp/train.py:42:train_step");

qint64 band(const std::array<qint64, CategoryCount> &bands, Category c)
{
    return bands[size_t(c)];
}
} // namespace

class tst_Comparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const LoadResult a = loadSnapshot(testDataPath(QStringLiteral("ab/before.pickle")));
        const LoadResult b = loadSnapshot(testDataPath(QStringLiteral("ab/after.pickle")));
        QVERIFY2(a.ok(), qPrintable(a.error.message()));
        QVERIFY2(b.ok(), qPrintable(b.error.message()));
        m_a = a.document;
        m_b = b.document;
    }

    void moments()
    {
        const SnapshotComparison c = SnapshotComparison::compare(*m_a, *m_b);
        QCOMPARE(c.a.file, QStringLiteral("before.pickle"));
        QCOMPARE(c.a.momentKind, Diagnosis::MomentKind::Oom);
        QVERIFY(c.a.oom);
        QCOMPARE(c.a.momentStep, 1); // the second step: the first one created the Adam state
        QCOMPARE(c.b.momentKind, Diagnosis::MomentKind::Peak);
        QVERIFY(!c.b.oom);
        QCOMPARE(c.b.momentStep, 1); // steps 2 and 3 reach the same peak; the first counts
        // A at its OOM: three layers' activations and the fourth layer's scratch.
        QCOMPARE(c.a.allocatedBytes, 3 * Param * Layers + Input + 3 * ActA + Scratch);
        // B at its peak: every layer's activations and the last layer's scratch.
        QCOMPARE(c.b.allocatedBytes, 3 * Param * Layers + Input + Layers * ActB + Scratch);
        QCOMPARE(c.a.peakAllocatedBytes, Param * Layers + Input + Layers * ActA + Scratch); // step 1
        QCOMPARE(c.b.peakAllocatedBytes, c.b.allocatedBytes);
    }

    void bands()
    {
        const SnapshotComparison c = SnapshotComparison::compare(*m_a, *m_b);
        QCOMPARE(band(c.a.bands, Category::Parameter), Layers * Param);
        QCOMPARE(band(c.a.bands, Category::OptimizerState), 2 * Layers * Param);
        QCOMPARE(band(c.a.bands, Category::Input), Input);
        QCOMPARE(band(c.a.bands, Category::Activation), 3 * ActA + Scratch); // scratch in flight
        QCOMPARE(band(c.a.bands, Category::Temporary), 0);
        QCOMPARE(band(c.b.bands, Category::Activation), Layers * ActB);
        QCOMPARE(band(c.b.bands, Category::Temporary), Scratch); // freed later: scratch
        QCOMPARE(band(c.deltaBands, Category::Activation), Layers * ActB - 3 * ActA - Scratch);
        QCOMPARE(band(c.deltaBands, Category::Temporary), Scratch);
        QCOMPARE(band(c.deltaBands, Category::Parameter), 0);
        QCOMPARE(band(c.deltaBands, Category::OptimizerState), 0);
        QCOMPARE(band(c.deltaBands, Category::Gradient), 0);
        QCOMPARE(c.largestChange, Category::Activation);
        qint64 sum = 0;
        for (qint64 d : c.deltaBands)
            sum += d;
        QCOMPARE(sum, c.totalDelta());
    }

    void locations()
    {
        const SnapshotComparison c = SnapshotComparison::compare(*m_a, *m_b);
        // Parameters, state, the batch and the scratch (one 8 MiB tensor in both) did not change.
        QCOMPARE(c.byLocation.size(), size_t(1));
        QCOMPARE(c.byLocation[0].location, ModelForward);
        QCOMPARE(c.byLocation[0].aBytes, 3 * ActA);
        QCOMPARE(c.byLocation[0].bBytes, Layers * ActB);
        const QHash<QString, qint64> a = bytesByLocation(*m_a, 0, c.a.momentIndex);
        QCOMPARE(a.value(ModelScratch), Scratch);
        QCOMPARE(a.value(QStringLiteral("/home/ml/ddp/train.py:20:main")), Layers * Param); // model.to()
        QVERIFY(!a.contains(LossSite)); // the loss does not exist yet
        // Grouping covers every live byte.
        qint64 total = 0;
        for (qint64 v : bytesByLocation(*m_b, 0, c.b.momentIndex))
            total += v;
        QCOMPARE(total, c.b.allocatedBytes);
    }

    void settingsAndVerdict()
    {
        const SnapshotComparison c = SnapshotComparison::compare(*m_a, *m_b);
        QCOMPARE(c.settingsDiff.size(), size_t(2));
        QCOMPARE(c.settingsDiff[0].key, QStringLiteral("PYTORCH_CUDA_ALLOC_CONF"));
        QCOMPARE(c.settingsDiff[0].b.toString(), QStringLiteral("max_split_size_mb:128"));
        QCOMPARE(c.settingsDiff[1].key, QStringLiteral("max_split_size"));
        QCOMPARE(c.settingsDiff[1].a.toLongLong(), -1);
        QCOMPARE(c.settingsDiff[1].b.toLongLong(), 128 * MiB);
        QVERIFY(c.verdict.contains(categoryLabel(Category::Activation)));
        QVERIFY(c.verdict.contains(formatBytes(Layers * ActB - 3 * ActA - Scratch)));
        QVERIFY(c.verdict.contains(QStringLiteral("max_split_size")));
    }

    void settingsDiffKeys()
    {
        const QVariantMap a{{QStringLiteral("max_split_size"), -1},
                            {QStringLiteral("roundup_power2_divisions"), QVariantMap{{QStringLiteral("1"), 0}}},
                            {QStringLiteral("same"), 1}};
        const QVariantMap b{{QStringLiteral("expandable_segments"), true},
                            {QStringLiteral("roundup_power2_divisions"), QVariantMap{{QStringLiteral("1"), 4}}},
                            {QStringLiteral("same"), 1}};
        const std::vector<SettingDifference> d = diffAllocatorSettings(a, b);
        QCOMPARE(d.size(), size_t(3)); // sorted by key; "same" is left out
        QCOMPARE(d[0].key, QStringLiteral("expandable_segments"));
        QVERIFY(!d[0].a.isValid());
        QCOMPARE(d[1].key, QStringLiteral("max_split_size"));
        QVERIFY(!d[1].b.isValid());
        QCOMPARE(d[2].key, QStringLiteral("roundup_power2_divisions"));
        QCOMPARE(settingValueText(d[2].b), QStringLiteral("{\"1\":4}"));
        QCOMPARE(settingValueText(d[0].b), QStringLiteral("true"));
    }

    void swappedIsNegated()
    {
        const SnapshotComparison ab = SnapshotComparison::compare(*m_a, *m_b);
        const SnapshotComparison ba = SnapshotComparison::compare(*m_b, *m_a);
        for (int i = 0; i < CategoryCount; ++i)
            QCOMPARE(ba.deltaBands[size_t(i)], -ab.deltaBands[size_t(i)]);
        QCOMPARE(ba.byLocation.size(), ab.byLocation.size());
    }

    void selfComparisonIsEmpty()
    {
        const SnapshotComparison c = SnapshotComparison::compare(*m_a, *m_a);
        for (qint64 d : c.deltaBands)
            QCOMPARE(d, 0);
        QVERIFY(c.byLocation.empty());
        QVERIFY(c.settingsDiff.empty());
    }

    // Pairs of real snapshots from ../shared/corpus, when it is beside the clone: a file against
    // itself shows no change, and swapping a pair negates every delta.
    void corpusPairs()
    {
        const QString corpus = sharedCorpusPath();
        if (corpus.isEmpty())
            QSKIP("../shared/corpus is absent: no pairs of real snapshots were compared");
        std::vector<DocumentPtr> docs;
        const QDir dir(corpus + QStringLiteral("/snapshots"));
        for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (f.size() > (64 << 20) || docs.size() == 6)
                continue; // each load also runs under ASan: a handful of small files is enough
            const LoadResult r = loadSnapshot(f.filePath());
            if (r.ok() && !r.document->devices.empty())
                docs.push_back(r.document);
        }
        if (docs.size() < 2)
            QSKIP("fewer than two small corpus snapshots with a timeline");
        for (size_t i = 0; i < docs.size(); ++i) {
            const SnapshotComparison self = SnapshotComparison::compare(*docs[i], *docs[i]);
            for (qint64 d : self.deltaBands)
                QCOMPARE(d, 0);
            QVERIFY(self.byLocation.empty());
            QVERIFY(self.settingsDiff.empty());
            const DocumentPtr &next = docs[(i + 1) % docs.size()];
            const SnapshotComparison ab = SnapshotComparison::compare(*docs[i], *next);
            const SnapshotComparison ba = SnapshotComparison::compare(*next, *docs[i]);
            for (int c = 0; c < CategoryCount; ++c)
                QCOMPARE(ba.deltaBands[size_t(c)], -ab.deltaBands[size_t(c)]);
            QCOMPARE(ba.byLocation.size(), ab.byLocation.size());
        }
        qInfo("compared %zu corpus snapshots in pairs", docs.size());
    }

    void alignmentBySteps()
    {
        QCOMPARE(TimeAlignment::commonMode(*m_a, -1, *m_b, -1), TimeAlignment::Mode::Step);
        const TimeAlignment t = TimeAlignment::build(*m_b, 0, TimeAlignment::Mode::Step);
        const std::vector<qint64> &starts = m_b->diagnoses[0].phases.stepStarts();
        QCOMPARE(starts.size(), size_t(3));
        QCOMPARE(t.xAt(starts[0]), 0.0);
        QCOMPARE(t.xAt(starts[1]), 1.0);
        QCOMPARE(t.xAt(starts[2]), 2.0);
        QVERIFY(t.xAt(starts[1] + 1) > 1.0 && t.xAt(starts[1] + 1) < 2.0);
        QVERIFY(t.xAt(-1) < 0.0);
        // Relative time: entries are 10 us apart in the generator.
        const TimeAlignment rel = TimeAlignment::build(*m_b, 0, TimeAlignment::Mode::RelativeTime);
        QCOMPARE(rel.mode(), TimeAlignment::Mode::RelativeTime);
        QCOMPARE(rel.xAt(0), 0.0);
        QCOMPARE(rel.xAt(100), 100 * 10 / 1e6);
    }

    void json()
    {
        const QJsonObject o = comparisonToJson(SnapshotComparison::compare(*m_a, *m_b));
        QCOMPARE(o[QStringLiteral("a")][QStringLiteral("moment")][QStringLiteral("kind")].toString(), QStringLiteral("oom"));
        QCOMPARE(o[QStringLiteral("b")][QStringLiteral("bands")][QStringLiteral("activation")].toInteger(), Layers * ActB);
        QCOMPARE(o[QStringLiteral("delta_bands")][QStringLiteral("activation")].toInteger(), Layers * ActB - 3 * ActA - Scratch);
        QCOMPARE(o[QStringLiteral("delta_by_location")].toArray().size(), 1);
        QCOMPARE(o[QStringLiteral("settings_diff")][QStringLiteral("max_split_size")][QStringLiteral("b")].toInteger(), 128 * MiB);
        QCOMPARE(o[QStringLiteral("alignment")].toString(), QStringLiteral("step"));
        QVERIFY(!o[QStringLiteral("verdict")].toString().isEmpty());
    }

private:
    DocumentPtr m_a, m_b;
};

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
