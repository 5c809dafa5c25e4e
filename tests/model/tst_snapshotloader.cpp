// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The whole open as the app's progress bar and Cancel button see it (issue 6): progress only
// moves forward, every stage reports, and a cancel in any stage ends the load as cancelled
// without running the later stages.
#include "loadmonitor.h"
#include "snapshotloader.h"
#include "testutils.h"

#include <QTest>

using namespace VramScope;

namespace {

struct Report
{
    int permille;
    QString stage;
};

// Records every report; cancels at the first report whose stage starts with cancelAt.
class RecordingMonitor : public LoadMonitor
{
public:
    explicit RecordingMonitor(QString cancelAt = QString()) : m_cancelAt(std::move(cancelAt)) {}
    void report(int permille, const QString &stage) override
    {
        reports.append({permille, stage});
        if (!m_cancelAt.isEmpty() && stage.startsWith(m_cancelAt) && !isCanceled()) {
            cancel();
            cancelledAt = reports.size() - 1;
        }
    }
    QList<Report> reports;
    qsizetype cancelledAt = -1;

private:
    QString m_cancelAt;
};

int stageRank(const QString &stage)
{
    if (stage.startsWith(u"Replaying"))
        return 1;
    if (stage.startsWith(u"Analysing") || stage == u"Done")
        return 2;
    return 0; // opening, reading, decompressing
}

} // namespace

class tst_SnapshotLoader : public QObject
{
    Q_OBJECT
private slots:
    void progressMovesForwardThroughEveryStage()
    {
        RecordingMonitor monitor;
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle.zst")),
                                          LoadOptions{}, &monitor);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(monitor.reports.size() >= 6);
        QCOMPARE(monitor.reports.first().permille, 0);
        QCOMPARE(monitor.reports.last().permille, 1000);
        QSet<int> analysisValues;
        for (qsizetype i = 1; i < monitor.reports.size(); ++i) {
            const Report &prev = monitor.reports[i - 1], &cur = monitor.reports[i];
            QVERIFY2(cur.permille >= prev.permille,
                     qPrintable(QStringLiteral("%1 (%2) after %3 (%4)")
                                    .arg(cur.permille).arg(cur.stage).arg(prev.permille).arg(prev.stage)));
            QVERIFY2(stageRank(cur.stage) >= stageRank(prev.stage), qPrintable(cur.stage));
            QVERIFY(!cur.stage.isEmpty());
            if (cur.stage == u"Analysing")
                analysisValues.insert(cur.permille);
        }
        // The analysis reports inside its steps, not one value for all of it.
        QVERIFY2(analysisValues.size() >= 4, qPrintable(QString::number(analysisValues.size())));
        QVERIFY(std::any_of(monitor.reports.begin(), monitor.reports.end(),
                            [](const Report &x) { return x.stage.startsWith(u"Decompressing"); }));
        QVERIFY(std::any_of(monitor.reports.begin(), monitor.reports.end(),
                            [](const Report &x) { return x.stage == u"Replaying device 0"; }));
    }

    void cancelInEachStage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("rank");
        QTest::newRow("reading") << QStringLiteral("Decompressing") << 0;
        QTest::newRow("replay") << QStringLiteral("Replaying") << 1;
        QTest::newRow("analysis") << QStringLiteral("Analysing") << 2;
    }

    void cancelInEachStage()
    {
        QFETCH(QString, stage);
        QFETCH(int, rank);
        RecordingMonitor monitor(stage);
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle.zst")),
                                          LoadOptions{}, &monitor);
        QVERIFY(monitor.cancelledAt >= 0);
        QVERIFY(!r.document);
        QCOMPARE(r.error.code, LoadError::Code::Cancelled);
        QCOMPARE(r.error.exitCode(), 4);
        // Nothing of a later stage ran, and "Done" never showed.
        for (const Report &x : monitor.reports) {
            QVERIFY2(stageRank(x.stage) <= rank, qPrintable(x.stage));
            QVERIFY(x.stage != u"Done");
        }
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotLoader)
#include "tst_snapshotloader.moc"
