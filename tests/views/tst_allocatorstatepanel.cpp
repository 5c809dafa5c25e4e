// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The Allocator State panel follows the cursor: rows are the segments at that moment (counts
// from tests/data/allocator_state_truth.json, the simulated allocator's own state), rapid moves
// are coalesced, clicking a block selects its allocation, and the row scale is chosen in the
// panel and reported to whoever stores it.
#include "testutils.h"

#include "allocatorstatepanel.h"
#include "displayformat.h"
#include "segmentmapview.h"
#include "snapshotloader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QHeaderView>
#include <QTreeWidget>

using namespace VramScope;

namespace {

DocumentPtr loadLayout20()
{
    const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("layout20_history.pickle")));
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message()));
    return r.ok() ? r.document : nullptr;
}

bool waitForMoment(AllocatorStatePanel &panel, qint64 event)
{
    return QTest::qWaitFor(
        [&] { return panel.state() && panel.state()->event == event && !panel.isComputing(); },
        20000);
}

} // namespace

class tst_AllocatorStatePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheCursor()
    {
        const DocumentPtr doc = loadLayout20();
        QVERIFY(doc);
        AllocatorStatePanel panel;
        // The first caught OOM (B=24): 24 segments in the simulated allocator.
        panel.setMoment(doc, 0, 219, QStringLiteral("OOM"));
        QVERIFY(waitForMoment(panel, 219));
        QCOMPARE(panel.segmentMap()->rowCount(), 24);
        QVERIFY2(panel.title().contains(QStringLiteral("after event 219 (OOM)")),
                 qPrintable(panel.title()));
        QVERIFY(panel.title().contains(QStringLiteral("approximate")));
        // After the unwinding frees and empty_cache(): 13 segments.
        panel.setMoment(doc, 0, 712);
        QVERIFY(waitForMoment(panel, 712));
        QCOMPARE(panel.segmentMap()->rowCount(), 13);
        QCOMPARE(panel.pools()->topLevelItemCount(), 1);
        const qint64 largest = panel.state()->pools.front().largestFreeBlockBytes;
        QCOMPARE(largest, qint64(2097152)); // the simulated allocator's largest free block there
        QCOMPARE(panel.pools()->topLevelItem(0)->text(4), DisplayFormat::bytes(largest, 2));
        // At the dump the blocks are the dump's own.
        const qint64 last = doc->devices.front().eventCount - 1;
        panel.setMoment(doc, 0, last);
        QVERIFY(waitForMoment(panel, last));
        QVERIFY(panel.title().contains(QStringLiteral("exact")));
        int dumpSegments = 0;
        for (const Segment &s : doc->snapshot->segments)
            dumpSegments += s.device == 0;
        QCOMPARE(panel.segmentMap()->rowCount(), dumpSegments);
    }

    void rapidMovesAreCoalesced()
    {
        const DocumentPtr doc = loadLayout20();
        QVERIFY(doc);
        AllocatorStatePanel panel;
        QSignalSpy ready(&panel, &AllocatorStatePanel::stateReady);
        for (qint64 e = 100; e <= 300; ++e)
            panel.setMoment(doc, 0, e); // a drag across the plot
        QVERIFY(waitForMoment(panel, 300));
        QVERIFY2(ready.count() <= 3, qPrintable(QString::number(ready.count())));
        QCOMPARE(panel.state()->event, qint64(300));
    }

    void clickingABlockSelectsItsAllocation()
    {
        const DocumentPtr doc = loadLayout20();
        QVERIFY(doc);
        AllocatorStatePanel panel;
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMoment(doc, 0, 219);
        QVERIFY(waitForMoment(panel, 219));
        const AllocatorState &st = *panel.state();
        quint32 biggest = 0;
        for (quint32 i = 0; i < st.blocks.size(); ++i) {
            if (st.blocks[i].kind == StateBlockKind::Allocated
                && st.blocks[i].size > st.blocks[biggest].size)
                biggest = i;
        }
        QVERIFY(st.blocks[biggest].interval >= 0);
        SegmentMapView *map = panel.segmentMap();
        const QRect box = map->blockRect(biggest);
        QVERIFY(!box.isEmpty());
        QCOMPARE(map->blockAt(box.center()), int(biggest));
        QSignalSpy selected(&panel, &AllocatorStatePanel::intervalSelected);
        QTest::mouseClick(map, Qt::LeftButton, {}, box.center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), st.blocks[biggest].interval);
        QCOMPARE(map->selectedInterval(), st.blocks[biggest].interval);
    }

    void bundledExampleAtItsOom()
    {
        const LoadResult r = loadSnapshot(
            QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/example_oom.pickle.zst"));
        QVERIFY(r.ok());
        const DocumentPtr doc = r.document;
        const OomEvent oom = doc->devices.front().ooms.back();
        AllocatorStatePanel panel;
        panel.resize(1000, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMoment(doc, 0, oom.index, QStringLiteral("OOM"));
        QVERIFY(waitForMoment(panel, oom.index));
        int dumpSegments = 0;
        for (const Segment &s : doc->snapshot->segments)
            dumpSegments += s.device == 0;
        QCOMPARE(panel.segmentMap()->rowCount(), dumpSegments); // the OOM is the last event
        const qint64 largest = doc->diagnoses.front().largestFreeBlockBytes;
        QVERIFY(largest < qint64(oom.requestedBytes)); // fragmentation: no block takes the request
        QVERIFY2(panel.title().contains(QStringLiteral("largest free block ")
                                        + DisplayFormat::bytes(largest, 2)),
                 qPrintable(panel.title()));
        QVERIFY(panel.title().contains(QStringLiteral("28,860"))
                || panel.title().contains(QStringLiteral("28860")));
        // docs/allocator-state.png comes from tst_segmentmapview (VRAMSCOPE_PANEL_PICTURES).
    }

    // One (pool, stream) and seven segments: the table is its header and one row, the map gets
    // the rest (a tree view's own minimum would take several empty rows).
    void poolsTableFitsItsRows()
    {
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle")));
        QVERIFY(r.ok());
        const qint64 oom = r.document->devices.front().ooms.back().index;
        AllocatorStatePanel panel;
        panel.resize(1000, 330);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMoment(r.document, 0, oom, QStringLiteral("OOM"));
        QVERIFY(waitForMoment(panel, oom));
        QTest::qWait(50); // the splitter lays out on a posted event
        QTreeWidget *pools = panel.pools();
        QCOMPARE(pools->topLevelItemCount(), 1);
        QVERIFY2(pools->height() <= pools->header()->height() + pools->sizeHintForRow(0)
                                        + pools->horizontalScrollBar()->sizeHint().height() + 12,
                 qPrintable(QString::number(pools->height())));
        QVERIFY(pools->height() >= pools->header()->height() + pools->sizeHintForRow(0));
    }

    void panelOffersTheScale()
    {
        AllocatorStatePanel panel;
        QSignalSpy changed(&panel, &AllocatorStatePanel::scaleChanged);
        QCOMPARE(panel.scale(), SegmentScale::FitRow);
        panel.setScale(SegmentScale::Shared); // restoring a stored choice: no signal
        QCOMPARE(panel.segmentMap()->scale(), SegmentScale::Shared);
        QCOMPARE(changed.count(), 0);
        QComboBox *chooser = panel.scaleChooser();
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Up); // the user picks the other entry
        QCOMPARE(panel.scale(), SegmentScale::FitRow);
        QCOMPARE(panel.segmentMap()->scale(), SegmentScale::FitRow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<SegmentScale>(), SegmentScale::FitRow);
    }

    // VRAMSCOPE_PANEL_PICTURES=DIR saves the panel for two fixtures in both scales, the top of
    // the list and its end (where the smallest segments are), and docs/allocator-state.png as
    // allocator-state.png.
    void pictures()
    {
        const QString dir = qEnvironmentVariable("VRAMSCOPE_PANEL_PICTURES");
        if (dir.isEmpty())
            QSKIP("VRAMSCOPE_PANEL_PICTURES not set");
        const QString example
            = QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/example_oom.pickle.zst");
        const QString expandable = testDataPath(QStringLiteral("oom_expandable.pickle"));
        for (const QString &file : {example, expandable}) {
            for (const SegmentScale scale : {SegmentScale::FitRow, SegmentScale::Shared}) {
                const QString name = dir + QLatin1Char('/') + QFileInfo(file).baseName()
                                     + (scale == SegmentScale::FitRow ? QStringLiteral("_fit")
                                                                      : QStringLiteral("_shared"));
                savePanel(file, scale, QSize(1000, 760), name);
            }
        }
        // Seven segments from 6 MiB to 3.6 GiB in one view: the case the fit scale is for.
        savePanel(expandable, SegmentScale::FitRow, QSize(1000, 330),
                  dir + QStringLiteral("/allocator-state"));
    }

private:
    void savePanel(const QString &file, SegmentScale scale, QSize size, const QString &name)
    {
        const LoadResult r = loadSnapshot(file);
        QVERIFY(r.ok());
        const qint64 oom = r.document->devices.front().ooms.back().index;
        AllocatorStatePanel panel;
        panel.setScale(scale);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMoment(r.document, 0, oom, QStringLiteral("OOM"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.state() && !panel.isComputing(), 20000);
        QTest::qWait(50);
        QVERIFY(panel.grab().save(name + QStringLiteral(".png")));
        QScrollBar *bar = panel.findChild<QScrollArea *>()->verticalScrollBar();
        if (bar->maximum() > 0) {
            bar->setValue(bar->maximum());
            QTest::qWait(50);
            QVERIFY(panel.grab().save(name + QStringLiteral("_end.png")));
        }
    }
};

QTEST_MAIN(tst_AllocatorStatePanel)
#include "tst_allocatorstatepanel.moc"
