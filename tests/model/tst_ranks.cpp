// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// RanksOverview and RankLoader on the 8-rank set written by tests/tools/make_rank_fixtures.py:
// 4 layers of 4 MiB parameters, Adam state twice that, a 4 MiB batch, 64 MiB of activations per
// layer (rank 6: 96 MiB, an uneven stage), an 8 MiB scratch per layer, on 512 MiB cards. Rank r
// uses cuda:r. Rank 5 gets a long batch in step 3: its 64 MiB scratch fits, its 512 MiB activation
// does not; a scratch still alive when the trace ends counts as an activation (in flight).
#include "compare/rankloader.h"
#include "compare/ranksoverview.h"
#include "testutils.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QTest>

using namespace VramScope;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Layers = 4, Param = 4 * MiB, Input = 4 * MiB, Scratch = 8 * MiB;

// Peak: the last layer's activation in the forward of step 2, while its scratch is alive
// (parameters, state, batch, every activation, one scratch).
constexpr qint64 peakFor(qint64 activation)
{
    return 3 * Layers * Param + Input + Layers * activation + Scratch;
}

class RecordingMonitor : public LoadMonitor
{
public:
    void report(int permille, const QString &) override
    {
        QMutexLocker lock(&m_mutex);
        maxPermille = std::max(maxPermille, permille);
        ++reports;
    }
    QMutex m_mutex;
    int maxPermille = 0;
    int reports = 0;
};

RankSummary summary(const char *file, qint64 peak, qint64 oomTime = -2)
{
    RankSummary r;
    r.file = QString::fromLatin1(file);
    r.peakAllocatedBytes = peak;
    if (oomTime != -2) {
        r.oom = true;
        r.oomTimeUs = oomTime;
    }
    return r;
}
} // namespace

class tst_Ranks : public QObject
{
    Q_OBJECT

private slots:
    void folderListing()
    {
        const QStringList files = RankLoader::filesInFolder(testDataPath(QStringLiteral("ranks")));
        QCOMPARE(files.size(), 8);
        for (int r = 0; r < 8; ++r)
            QCOMPARE(QFileInfo(files[r]).fileName(), QStringLiteral("rank%1.pickle").arg(r));
    }

    void eightRanks()
    {
        const QStringList files = RankLoader::filesInFolder(testDataPath(QStringLiteral("ranks")));
        RecordingMonitor monitor;
        const std::vector<LoadResult> results = RankLoader::load(files, {}, &monitor);
        QCOMPARE(results.size(), size_t(8));
        QCOMPARE(monitor.maxPermille, 1000);
        std::vector<RankSummary> ranks;
        for (size_t i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].ok(), qPrintable(results[i].error.message()));
            ranks.push_back(RankSummary::fromDocument(*results[i].document, QFileInfo(files[qsizetype(i)]).fileName()));
        }
        const RanksOverview o = RanksOverview::build(ranks);
        for (int r = 0; r < 8; ++r) {
            const RankSummary &s = o.ranks[size_t(r)];
            QCOMPARE(s.device, r);
            QCOMPARE(s.peakAllocatedBytes, peakFor(r == 6 ? 96 * MiB : 64 * MiB));
            QCOMPARE(s.oom, r == 5);
        }
        // Segments are reused by exact size and nothing is released below 512 MiB: parameters,
        // batch, one scratch, activations, loss (2 MiB), two output gradients, gradients, state
        // and one optimizer scratch segment.
        QCOMPARE(o.ranks[0].peakReservedBytes,
                 Layers * Param + Input + 8 * MiB + Layers * 64 * MiB + 2 * MiB + 2 * 16 * MiB + Layers * Param
                     + 2 * Layers * Param + Param);
        QCOMPARE(o.ranks[5].oomRequestedBytes, 512 * MiB);
        QCOMPARE(o.ranks[5].tallest, Category::Activation); // the long batch's 64 MiB scratch, in flight
        QCOMPARE(o.ranks[0].tallest, Category::Activation);
        QCOMPARE(o.medianPeakAllocatedBytes, peakFor(64 * MiB));
        QCOMPARE(o.oomRanks, std::vector<int>{5});
        QCOMPARE(o.imbalanced, std::vector<int>{6});

        const QJsonObject json = ranksToJson(o);
        QCOMPARE(json[QStringLiteral("oom_ranks")].toArray(), QJsonArray{QStringLiteral("rank5.pickle")});
        QCOMPARE(json[QStringLiteral("imbalanced")].toArray(), QJsonArray{QStringLiteral("rank6.pickle")});
        const QJsonObject r5 = json[QStringLiteral("ranks")].toArray()[5].toObject();
        QCOMPARE(r5[QStringLiteral("device")].toInt(), 5);
        QCOMPARE(r5[QStringLiteral("oom")][QStringLiteral("requested_bytes")].toInteger(), 512 * MiB);
        QVERIFY(json[QStringLiteral("ranks")].toArray()[0].toObject()[QStringLiteral("oom")].isNull());
    }

    void firstFailedFirst()
    {
        // Ranks that hang after a peer's OOM may OOM later themselves; the earliest is the cause.
        const RanksOverview o = RanksOverview::build({summary("rank10.pickle", 100, 5000), summary("rank2.pickle", 100),
                                                      summary("rank1.pickle", 100, 7000), summary("rank3.pickle", 100, NoTime),
                                                      summary("rank0.pickle", 100, 3000)});
        QCOMPARE(o.ranks[0].file, QStringLiteral("rank0.pickle"));
        QCOMPARE(o.ranks[4].file, QStringLiteral("rank10.pickle")); // natural order
        QStringList order;
        for (int i : o.oomRanks)
            order << o.ranks[size_t(i)].file;
        QCOMPARE(order, (QStringList{QStringLiteral("rank0.pickle"), QStringLiteral("rank10.pickle"),
                                     QStringLiteral("rank1.pickle"), QStringLiteral("rank3.pickle")}));
    }

    void imbalanceThreshold()
    {
        // Median of four is the mean of the middle two: (100 + 120) / 2 = 110; 10% of it is 11.
        const RanksOverview o = RanksOverview::build({summary("r0", 100), summary("r1", 120), summary("r2", 98),
                                                      summary("r3", 122)});
        QCOMPARE(o.medianPeakAllocatedBytes, 110);
        QCOMPARE(o.imbalanced, (std::vector<int>{2, 3})); // 98 and 122 are 12 away; 100 and 120 are 10
        const RanksOverview strict = RanksOverview::build(o.ranks, 0.05);
        QCOMPARE(strict.imbalanced.size(), size_t(4));
        QVERIFY(RanksOverview::build({}).imbalanced.empty());
    }

    void naturalOrder()
    {
        QVERIFY(naturalLess(QStringLiteral("rank2"), QStringLiteral("rank10")));
        QVERIFY(!naturalLess(QStringLiteral("rank10"), QStringLiteral("rank2")));
        QVERIFY(naturalLess(QStringLiteral("a"), QStringLiteral("ab")));
        QVERIFY(!naturalLess(QStringLiteral("rank007"), QStringLiteral("rank7")));
        QVERIFY(naturalLess(QStringLiteral("node0_rank3"), QStringLiteral("node1_rank0")));
    }

    void cancelStopsEveryLoad()
    {
        const QStringList files = RankLoader::filesInFolder(testDataPath(QStringLiteral("ranks")));
        LoadMonitor monitor;
        monitor.cancel();
        const std::vector<LoadResult> results = RankLoader::load(files, {}, &monitor);
        QCOMPARE(results.size(), size_t(8));
        for (const LoadResult &r : results) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error.code, LoadError::Code::Cancelled);
        }
    }

    void asyncLoad()
    {
        const QStringList files = RankLoader::filesInFolder(testDataPath(QStringLiteral("ranks")));
        QFuture<std::vector<LoadResult>> f = RankLoader::loadAsync(files);
        f.waitForFinished();
        QCOMPARE(f.result().size(), size_t(8));
        QCOMPARE(f.progressValue(), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_Ranks)
#include "tst_ranks.moc"
