// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "bucketgrid.h"
#include "displayformat.h"
#include "eventaxis.h"
#include "plotaxes.h"

#include <QTest>

using namespace VramScope;

namespace {
// Exposes the protected ticker hooks.
struct ByteTicker : ByteAxisTicker
{
    using ByteAxisTicker::getTickLabel;
    using ByteAxisTicker::getTickStep;
};
} // namespace

class tst_PlotAxes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void bytes_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(512) << QStringLiteral("512 B");
        QTest::newRow("KiB") << qint64(1536) << QStringLiteral("1.5 KiB");
        QTest::newRow("MiB") << (qint64(393) << 20) << QStringLiteral("393.0 MiB");
        QTest::newRow("GiB") << qint64(7603562852) << QStringLiteral("7.1 GiB");
        QTest::newRow("negative") << -(qint64(3) << 30) << QStringLiteral("-3.0 GiB");
    }

    void bytes()
    {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(DisplayFormat::bytes(value), text);
    }

    void tickerUsesRoundBinaryUnits()
    {
        ByteTicker ticker;
        const double step = ticker.getTickStep(QCPRange(0, 8.5 * (1 << 30)));
        // Steps are a round number of GiB, and labels say so.
        QCOMPARE(std::fmod(step, double(1 << 30)), 0.0);
        QCOMPARE(ticker.getTickLabel(2.0 * (1 << 30), QLocale::c(), QLatin1Char('g'), 6),
                 QStringLiteral("2 GiB"));
        QCOMPARE(ticker.getTickLabel(0, QLocale::c(), QLatin1Char('g'), 6), QStringLiteral("0"));
        // A 2.5 GiB step needs one decimal, or 7.5 GiB would read "8 GiB".
        const double quarter = ticker.getTickStep(QCPRange(0, 19.0 * (1 << 30)));
        QCOMPARE(quarter, 2.5 * (1 << 30));
        QCOMPARE(ticker.getTickLabel(7.5 * (1 << 30), QLocale::c(), QLatin1Char('g'), 6),
                     QStringLiteral("7.5 GiB"));
        const double small = ticker.getTickStep(QCPRange(0, 1.2 * (1 << 30)));
        QVERIFY(small < double(1 << 30));
        QCOMPARE(ticker.getTickLabel(0.2 * (1 << 30), QLocale::c(), QLatin1Char('g'), 6),
                 QStringLiteral("0.2 GiB"));
    }

    void eventAxisMapsBothWays()
    {
        std::vector<TraceEntry> trace(5);
        for (size_t i = 0; i < trace.size(); ++i)
            trace[i].timeUs = 1000000 + qint64(i) * 250000; // every 250 ms
        const EventAxis index(&trace, 5, EventAxis::Mode::EventIndex);
        QCOMPARE(index.x(3), 3.0);
        QCOMPARE(index.indexAt(3.7), qint64(3));
        QCOMPARE(index.indexAt(-0.5), qint64(-1));
        const EventAxis time(&trace, 5, EventAxis::Mode::Time);
        QCOMPARE(time.mode(), EventAxis::Mode::Time);
        QCOMPARE(time.x(2), 0.5);
        QCOMPARE(time.indexAt(0.6), qint64(2));
        QCOMPARE(time.indexAt(-0.1), qint64(-1));
        QCOMPARE(time.xAtTimeUs(1750000), 0.75);
        QCOMPARE(index.xAtTimeUs(1750000), 3.0);
        trace[0].timeUs = NoTime;
        QCOMPARE(EventAxis(&trace, 5, EventAxis::Mode::Time).mode(), EventAxis::Mode::EventIndex);
    }

    void bucketGridKeepsExtremes()
    {
        StepSeries series;
        for (qint64 i = 0; i < 10000; ++i)
            series.append(i, (i * 7919) % 10007);
        series.finish(10000, 0);
        const BucketGrid grid(0, 9999, 300);
        QCOMPARE(grid.count(), 300);
        const BucketGrid::Buckets b = grid.resample(series);
        for (int k = 0; k < grid.count(); ++k) {
            qint64 lo = LLONG_MAX, hi = LLONG_MIN;
            for (qint64 i = grid.start(k); i <= grid.end(k); ++i) {
                lo = std::min(lo, series.valueAt(i));
                hi = std::max(hi, series.valueAt(i));
            }
            QCOMPARE(b.min[size_t(k)], lo);
            QCOMPARE(b.max[size_t(k)], hi);
            QCOMPARE(b.end[size_t(k)], series.valueAt(grid.end(k)));
            QCOMPARE(grid.bucketOf(grid.start(k)), k);
            QCOMPARE(grid.bucketOf(grid.end(k)), k);
        }
    }
};

QTEST_MAIN(tst_PlotAxes)
#include "tst_plotaxes.moc"
