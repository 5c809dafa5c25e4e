// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Blocks far thinner than a pixel in the segment map, on the bundled example at its OOM: a
// 512-byte allocation and the 512-byte free gap beside it in a 2 MiB segment stay visible,
// separately hittable and drawn in their own colours when the row fits the width; at the shared
// scale a dense stretch of allocations and gaps shows as a paler colour. Clicks and tooltips
// find blocks in both scales.
#include "testutils.h"

#include "examplestate.h"
#include "plotpalette.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace VramScope;
using namespace VramScope::Testing;

class tst_SegmentMapSlivers : public QObject
{
    Q_OBJECT

private:
    Fixture m_f;

private Q_SLOTS:
    void initTestCase()
    {
        m_f = exampleAtOom();
        QVERIFY(m_f.state);
        QVERIFY(m_f.tinyAllocated > 0); // the fixture has the 512 B pair (see its dump)
    }

    void tinyBlocksStayVisible_data()
    {
        QTest::addColumn<SegmentScale>("scale");
        QTest::addColumn<int>("minWidth");
        QTest::newRow("fit") << SegmentScale::FitRow << 2;
        QTest::newRow("shared") << SegmentScale::Shared << 1; // an 80 px bar of 2 MiB: denser
    }

    void tinyBlocksStayVisible()
    {
        QFETCH(SegmentScale, scale);
        QFETCH(int, minWidth);
        SegmentMapView map;
        map.setState(m_f.doc, m_f.state);
        map.setScale(scale);
        map.resize(1000, map.sizeHint().height());
        const QRect used = map.blockRect(m_f.tinyAllocated);
        const QRect gap = map.blockRect(m_f.tinyFree);
        // By bytes alone each would be 512 / 2 MiB of the bar: a quarter of a pixel at most.
        QVERIFY2(used.width() >= minWidth && gap.width() >= minWidth,
                 qPrintable(QStringLiteral("%1 and %2").arg(used.width()).arg(gap.width())));
        const int row = rowOf(map, m_f.tinyAllocated);
        const StateSegment &s = *map.segmentOfRow(row);
        if (scale == SegmentScale::Shared) {
            // 201 blocks in an 80 px bar cannot each own a pixel: the pointer still finds a
            // block of this segment there, and Fit each row is the cure.
            QCOMPARE(map.barRect(row).width(), 80);
            const int hit = map.blockAt(used.center());
            QVERIFY(hit >= int(s.firstBlock) && hit < int(s.firstBlock + s.blockCount));
        } else {
            QCOMPARE(gap.left(), used.left() + used.width()); // side by side, not overlapping
            QCOMPARE(map.blockAt(used.center()), int(m_f.tinyAllocated));
            QCOMPARE(map.blockAt(gap.center()), int(m_f.tinyFree));
            // What is drawn there: the allocation's category colour, then the empty bar.
            const QImage image = map.grab().toImage();
            const StateBlock &b = m_f.state->blocks[m_f.tinyAllocated];
            QCOMPARE(image.pixelColor(used.center()), PlotPalette::category(b.category));
            QCOMPARE(image.pixelColor(gap.center()), map.palette().color(QPalette::Base));
        }
        // Widening the slivers must not take over the row: its largest free block keeps at
        // least half of its proportional width.
        const QRect bar = map.barRect(row);
        int largestFree = 0;
        for (quint32 i = s.firstBlock; i < s.firstBlock + s.blockCount; ++i) {
            const StateBlock &b = m_f.state->blocks[i];
            if (b.kind == StateBlockKind::Free && b.size == s.largestFreeBytes) {
                QVERIFY(map.blockRect(i).width()
                        >= 0.5 * double(bar.width()) * double(b.size) / double(s.size));
                ++largestFree;
            }
        }
        QVERIFY(largestFree > 0);
    }

    // At the shared scale the 2 MiB rows are 80 px: a stretch of 6.5 KiB allocations with 1.5 KiB
    // free gaps between them (a third of a pixel each) is drawn paler than a solid allocation and
    // darker than free space, not as solid colour that would hide the gaps.
    void denseRowsShowTheirFreeShare()
    {
        const auto &blocks = m_f.state->blocks;
        int striped = -1; // an allocation in the middle of 10 allocated/free pairs
        for (quint32 i = 0; striped < 0 && i + 20 < blocks.size(); ++i) {
            bool pattern = true;
            for (quint32 k = 0; k < 20 && pattern; ++k) {
                const StateBlock &b = blocks[i + k];
                pattern = k % 2 == 0 ? b.kind == StateBlockKind::Allocated && b.size == 6656
                                     : b.kind == StateBlockKind::Free && b.size == 1536;
            }
            if (pattern)
                striped = int(i) + 10;
        }
        QVERIFY(striped > 0);
        SegmentMapView map;
        map.setState(m_f.doc, m_f.state);
        map.setScale(SegmentScale::Shared);
        map.resize(1000, map.sizeHint().height());
        const QImage image = map.grab().toImage();
        const QColor base = map.palette().color(QPalette::Base);
        const QColor full = PlotPalette::category(blocks[size_t(striped)].category);
        const QColor drawn = image.pixelColor(map.blockRect(quint32(striped)).center());
        QVERIFY2(drawn != full && drawn != base, qPrintable(drawn.name()));
        // Between the two: 6656 of every 8192 bytes are used there.
        QVERIFY(drawn.greenF() > std::min(full.greenF(), base.greenF())
                && drawn.greenF() < std::max(full.greenF(), base.greenF()));
        // In the fitted row each allocation and each gap has its own pixels in its own colour.
        map.setScale(SegmentScale::FitRow);
        const QImage fitted = map.grab().toImage();
        QCOMPARE(fitted.pixelColor(map.blockRect(quint32(striped)).center()), full);
        QCOMPARE(fitted.pixelColor(map.blockRect(quint32(striped) + 1).center()), base);
    }

    void clickAndTooltipInBothScales_data()
    {
        QTest::addColumn<SegmentScale>("scale");
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<quint64>("segmentBytes");
        // A 6.5 KiB allocation of a 2 MiB segment is two pixels wide only when the row fits.
        QTest::newRow("fit") << SegmentScale::FitRow << quint64(6656) << quint64(2097152);
        QTest::newRow("shared") << SegmentScale::Shared << quint64(40960000) << quint64(104857600);
    }

    void clickAndTooltipInBothScales()
    {
        QFETCH(SegmentScale, scale);
        QFETCH(quint64, bytes);
        QFETCH(quint64, segmentBytes);
        SegmentMapView map;
        map.setState(m_f.doc, m_f.state);
        map.setScale(scale);
        map.resize(1000, map.sizeHint().height());
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const int block = findAllocation(*m_f.state, bytes, segmentBytes);
        QVERIFY(block >= 0);
        const StateBlock &b = m_f.state->blocks[size_t(block)];
        const QRect box = map.blockRect(block);
        QCOMPARE(map.blockAt(box.center()), block);
        QSignalSpy selected(&map, &SegmentMapView::intervalSelected);
        QTest::mouseClick(&map, Qt::LeftButton, {}, box.center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), b.interval);
        QHelpEvent help(QEvent::ToolTip, box.center(), map.mapToGlobal(box.center()));
        QApplication::sendEvent(&map, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Allocated (")),
                 qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Segment at 0x")));
        QToolTip::hideText();
    }
};

QTEST_MAIN(tst_SegmentMapSlivers)
#include "tst_segmentmapslivers.moc"
