// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "syntheticdocument.h"
#include "testutils.h"

#include "allocationbands.h"
#include "stepareaplottable.h"
#include "timelinelayers.h"
#include "qcustomplotinclude.h"
#include "timelinemarkers.h"
#include "timelineplot.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace VramScope;

class tst_TimelinePlot : public QObject
{
    Q_OBJECT

private:
    static double maxOf(const QCPGraph *graph)
    {
        double m = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            m = std::max(m, it->value);
        return m;
    }
    static QCPGraph *allocatedGraph(TimelinePlot &plot)
    {
        for (int i = 0; i < plot.plot()->graphCount(); ++i) {
            if (plot.plot()->graph(i)->name() == TimelinePlot::tr("Allocated"))
                return plot.plot()->graph(i);
        }
        return nullptr;
    }
    void showPlot(TimelinePlot &plot, DocumentPtr doc)
    {
        plot.resize(900, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setDocument(std::move(doc), 0);
        plot.plot()->replot(); // lays out the axis rect, so bucketCount() follows the width
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void graphsAndLegend()
    {
        TimelinePlot plot;
        showPlot(plot, Testing::makeSyntheticDocument());
        // The allocated and reserved lines, legend entries for the categories and for "other
        // allocations", and one plottable drawing the stacked areas.
        QCOMPARE(plot.plot()->graphCount(), CategoryCount + 3);
        QCOMPARE(plot.plot()->plottableCount(), CategoryCount + 4);
        QCOMPARE(int(plot.layers().areas()->layers().size()), CategoryCount);
        QVERIFY(allocatedGraph(plot));
        // The legend names only categories this document has: parameters, activations and
        // the temporary spike, plus the two lines.
        QCOMPARE(plot.plot()->legend->itemCount(), 3 + 2);
    }

    void envelopeSizeBound()
    {
        TimelinePlot plot;
        showPlot(plot, Testing::makeSyntheticDocument({.events = 50000}));
        const int width = plot.plot()->axisRect()->width();
        QVERIFY(width > 100);
        QVERIFY(plot.bucketCount() <= width);
        for (int i = 0; i < plot.plot()->graphCount(); ++i)
            QVERIFY2(plot.plot()->graph(i)->dataCount() <= 4 * width,
                     qPrintable(QString::number(plot.plot()->graph(i)->dataCount())));
        QVERIFY(plot.layers().lastAreaPointCount() <= width + 2);
        QVERIFY(plot.lastPointCount() > width); // min/max per pixel, not a sparse sample
    }

    void peakAtFullZoomOut()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument();
        TimelinePlot plot;
        showPlot(plot, doc);
        const DeviceTimeline &dev = doc->devices[0];
        QCOMPARE(qint64(maxOf(allocatedGraph(plot))), dev.allocated.maxValue());
        QCOMPARE(qint64(maxOf(allocatedGraph(plot))), dev.peakAllocated);
        // The stack of categories reaches the same top.
        const auto &top = plot.layers().areas()->layers().back().upper;
        QCOMPARE(qint64(*std::max_element(top.begin(), top.end())), dev.peakAllocated);
    }

    void noPeakLostAtAnyZoom()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 30000});
        TimelinePlot plot;
        showPlot(plot, doc);
        const DeviceTimeline &dev = doc->devices[0];
        const QList<QPair<qint64, qint64>> ranges = {{0, 29999}, {100, 20000}, {22000, 23001},
                                                     {12345, 12400}, {5000, 29000}};
        for (const auto &[lo, hi] : ranges) {
            plot.plot()->xAxis->setRange(double(lo), double(hi) + 1);
            qint64 expected = 0;
            // The view [lo, hi + 1] shows the values after events lo .. hi + 1.
            for (qint64 i = lo; i <= hi + 1; ++i)
                expected = std::max(expected, dev.allocated.valueAt(i));
            QCOMPARE(qint64(maxOf(allocatedGraph(plot))), expected);
        }
    }

    void markers()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument();
        TimelinePlot plot;
        showPlot(plot, doc);
        QCOMPARE(plot.markers().oomMarkerCount(), 1);
        QVERIFY(plot.markers().hasPeakMarker());
        QCOMPARE(plot.markers().peakX(), double(doc->devices[0].peakAllocatedIndex));
        QVERIFY(plot.markers().snapshotMarkerCount() > 0);
    }

    void timeAxis()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 10000});
        TimelinePlot plot;
        showPlot(plot, doc);
        QVERIFY(plot.hasTimeAxis());
        plot.setAxisMode(EventAxis::Mode::Time);
        QCOMPARE(plot.axisMode(), EventAxis::Mode::Time);
        // 10000 events 50 us apart: the axis spans about half a second.
        QVERIFY(plot.plot()->xAxis->range().upper > 0.49);
        QVERIFY(plot.plot()->xAxis->range().upper < 0.6);
        QCOMPARE(plot.markers().peakX(), doc->devices[0].peakAllocatedIndex * 50e-6);
        QCOMPARE(qint64(maxOf(allocatedGraph(plot))), doc->devices[0].peakAllocated);

        const DocumentPtr noTime = Testing::makeSyntheticDocument({.events = 100, .withTime = false});
        plot.setDocument(noTime, 0);
        QVERIFY(!plot.hasTimeAxis());
        QCOMPARE(plot.axisMode(), EventAxis::Mode::EventIndex);
    }

    void hoverShowsValues()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 2000});
        TimelinePlot plot;
        showPlot(plot, doc);
        const QRect area = plot.plot()->axisRect()->rect();
        QTest::mouseMove(plot.plot(), area.center());
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Allocated")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Reserved")));
        QVERIFY(text.contains(categoryLabel(Category::Parameter)));
        QVERIFY(text.contains(QStringLiteral("GiB")));
    }

    void allocationsMode()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 4000});
        TimelinePlot plot;
        showPlot(plot, doc);
        QSignalSpy ready(&plot, &TimelinePlot::bandsReady);
        plot.setTopCount(10);
        plot.setMode(TimelinePlot::Mode::Allocations);
        QVERIFY(ready.wait(5000));
        const AllocationBands &geometry = plot.layers().bands();
        QCOMPARE(int(geometry.intervals.size()), 10);
        QVERIFY(geometry.pointCount() <= 4 * plot.plot()->axisRect()->width());
        // The parameters (the largest, alive from the start) are band 0; click into it.
        const qsizetype p = geometry.keys.size() / 2;
        const double key = geometry.keys[p];
        const double value = (geometry.lower[0][p] + geometry.upper[0][p]) / 2;
        QCOMPARE(geometry.bandAt(key, value), 0);
        QSignalSpy clicked(&plot, &TimelinePlot::intervalClicked);
        const QPoint pixel(int(plot.plot()->xAxis->coordToPixel(key)) + 1,
                           int(plot.plot()->yAxis->coordToPixel(value)));
        QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, pixel);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), qint64(geometry.intervals[0]));
        QCOMPARE(plot.selectedInterval(), qint64(geometry.intervals[0]));
        QCOMPARE(plot.layers().areas()->outlinedLayer(), 0);
    }

    // Set VRAMSCOPE_SCREENSHOT_DIR to look at the plot in both modes.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("VRAMSCOPE_SCREENSHOT_DIR not set");
        TimelinePlot plot;
        showPlot(plot, Testing::makeSyntheticDocument({.events = 20000}));
        plot.setCursorEvent(12000);
        plot.setSelectedInterval(3);
        plot.plot()->replot();
        QVERIFY(plot.grab().save(dir + QStringLiteral("/timeline_categories.png")));
        QSignalSpy ready(&plot, &TimelinePlot::bandsReady);
        plot.setMode(TimelinePlot::Mode::Allocations);
        QVERIFY(ready.wait(5000));
        plot.plot()->replot();
        QVERIFY(plot.grab().save(dir + QStringLiteral("/timeline_allocations.png")));
        plot.plot()->xAxis->setRange(14000, 15500);
        plot.plot()->replot();
        QVERIFY(plot.grab().save(dir + QStringLiteral("/timeline_allocations_zoom.png")));
    }

    // The work of a redraw grows with pixels, not events: 1 M events on screen become at most a
    // few points per pixel column. (Its speed is measured by bench/run.sh, not here.)
    void largeTracePointsFollowPixels()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 1000000, .iterations = 500});
        TimelinePlot plot;
        showPlot(plot, doc);
        for (int i = 0; i < 20; ++i) {
            plot.plot()->xAxis->setRange(1000.0 * i, 1000.0 * i + 700000);
            QVERIFY(plot.lastPointCount() > 0);
            QVERIFY2(plot.lastPointCount() <= 4 * plot.bucketCount(),
                     qPrintable(QStringLiteral("%1 points for %2 columns")
                                    .arg(plot.lastPointCount()).arg(plot.bucketCount())));
        }
    }
};

QTEST_MAIN(tst_TimelinePlot)
#include "tst_timelineplot.moc"
