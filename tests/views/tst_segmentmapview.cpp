// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The segment map's two scales on the bundled example at its OOM (the dump's own blocks: 252
// segments from 2 MiB to 308 MiB). Fit: every bar spans the same width and blocks are placed by
// their bytes within their own segment. Shared: one pixels-per-byte for every row. Thin blocks:
// tst_segmentmapslivers.
#include "testutils.h"

#include "examplestate.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace VramScope;
using namespace VramScope::Testing;

namespace {

// The row's blocks are all wide enough by their bytes alone (no run needs widening), given
// `pixelsPerByte`: there the drawing must be exactly proportional.
bool allBlocksWide(const AllocatorState &st, const StateSegment &s, double pixelsPerByte)
{
    for (quint32 i = s.firstBlock; i < s.firstBlock + s.blockCount; ++i) {
        if (double(st.blocks[i].size) * pixelsPerByte < 3)
            return false;
    }
    return s.blockCount > 0;
}

} // namespace

class tst_SegmentMapView : public QObject
{
    Q_OBJECT

private:
    Fixture m_f;

    // Mapped blocks sit at left + offset * pixelsPerByte, each edge within a pixel of it.
    void checkProportional(const SegmentMapView &map, int row, double pixelsPerByte)
    {
        const StateSegment &s = *map.segmentOfRow(row);
        const int left = map.barRect(row).left();
        for (quint32 i = s.firstBlock; i < s.firstBlock + s.blockCount; ++i) {
            const StateBlock &b = m_f.state->blocks[i];
            const QRect box = map.blockRect(i);
            const double x0 = left + double(b.addr - s.addr) * pixelsPerByte;
            const double x1 = x0 + double(b.size) * pixelsPerByte;
            QVERIFY2(std::abs(box.left() - x0) <= 1 && std::abs(box.left() + box.width() - x1) <= 1,
                     qPrintable(QStringLiteral("row %1 block %2: [%3, %4) vs [%5, %6)")
                                    .arg(row)
                                    .arg(i)
                                    .arg(box.left())
                                    .arg(box.left() + box.width())
                                    .arg(x0)
                                    .arg(x1)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = exampleAtOom();
        QVERIFY(m_f.state);
        QVERIFY(m_f.state->exact);
        QCOMPARE(m_f.state->segments.size(), size_t(252));
    }

    // Each order is a permutation of the segments, grouped by (pool, stream) as the state lists
    // them, sorted by its key within a group; Most free first starts with the example's segment
    // holding the most cached free bytes.
    void rowOrders()
    {
        SegmentMapView map;
        map.resize(1000, 400);
        map.setState(m_f.doc, m_f.state);
        QCOMPARE(map.order(), SegmentOrder::Largest);
        const auto poolOf = [this](const StateSegment &s) {
            for (size_t p = 0; p < m_f.state->pools.size(); ++p) {
                if (m_f.state->pools[p].pool == s.pool && m_f.state->pools[p].stream == s.stream)
                    return p;
            }
            return m_f.state->pools.size();
        };
        quint64 mostFree = 0;
        for (const StateSegment &s : m_f.state->segments)
            mostFree = std::max(mostFree, s.freeBytes);
        QVERIFY(mostFree > 0);
        for (const SegmentOrder order : {SegmentOrder::Largest, SegmentOrder::MostFree, SegmentOrder::Address}) {
            map.setOrder(order);
            QCOMPARE(map.rowCount(), int(m_f.state->segments.size()));
            std::set<const StateSegment *> seen;
            for (int r = 0; r < map.rowCount(); ++r) {
                const StateSegment *s = map.segmentOfRow(r);
                QVERIFY(seen.insert(s).second);
                if (r == 0)
                    continue;
                const StateSegment *prev = map.segmentOfRow(r - 1);
                QVERIFY(poolOf(*prev) <= poolOf(*s));
                if (poolOf(*prev) != poolOf(*s))
                    continue;
                switch (order) {
                case SegmentOrder::Largest: QVERIFY(prev->size >= s->size); break;
                case SegmentOrder::MostFree: QVERIFY(prev->freeBytes >= s->freeBytes); break;
                case SegmentOrder::Address: QVERIFY(prev->addr < s->addr); break;
                }
            }
        }
        map.setOrder(SegmentOrder::MostFree);
        QCOMPARE(map.segmentOfRow(0)->freeBytes, mostFree);
        map.setOrder(SegmentOrder::Largest);
        QCOMPARE(map.segmentOfRow(map.rowCount() - 1)->size, quint64(2) << 20);
    }

    void fitRowsSpanOneWidth()
    {
        SegmentMapView map;
        map.resize(1000, 400);
        map.setState(m_f.doc, m_f.state);
        QCOMPARE(map.scale(), SegmentScale::FitRow); // the default
        const QRect first = map.barRect(0);
        QVERIFY(first.width() > 600);
        int exactRows = 0;
        for (int r = 0; r < map.rowCount(); ++r) {
            const StateSegment &s = *map.segmentOfRow(r);
            const QRect bar = map.barRect(r);
            QCOMPARE(bar.left(), first.left());
            QCOMPARE(bar.width(), first.width());
            // Blocks tile the bar from its left to its right edge.
            QCOMPARE(map.blockRect(s.firstBlock).left(), bar.left());
            const QRect last = map.blockRect(s.firstBlock + s.blockCount - 1);
            QCOMPARE(last.left() + last.width(), bar.left() + bar.width());
            const double pixelsPerByte = double(bar.width()) / double(s.size);
            if (allBlocksWide(*m_f.state, s, pixelsPerByte)) {
                checkProportional(map, r, pixelsPerByte);
                ++exactRows;
            }
        }
        QVERIFY2(exactRows > 200, qPrintable(QString::number(exactRows)));
        // The widest segment fills the same width at the shared scale: fit takes nothing extra.
        map.setScale(SegmentScale::Shared);
        QCOMPARE(map.barRect(0).width(), first.width());
        // A narrower view: every fitted bar follows the new width.
        map.setScale(SegmentScale::FitRow);
        map.resize(700, 400);
        for (int r = 0; r < map.rowCount(); ++r)
            QCOMPARE(map.barRect(r).width(), first.width() - 300);
    }

    void sharedRowsShareOneScale()
    {
        SegmentMapView map;
        map.resize(1000, 400);
        map.setState(m_f.doc, m_f.state);
        map.setScale(SegmentScale::Shared);
        quint64 largest = 0;
        for (const StateSegment &s : m_f.state->segments)
            largest = std::max(largest, s.size);
        const double pixelsPerByte = double(map.barRect(0).width()) / double(largest);
        int exactRows = 0;
        for (int r = 0; r < map.rowCount(); ++r) {
            const StateSegment &s = *map.segmentOfRow(r);
            const double width = double(s.size) * pixelsPerByte;
            QVERIFY(std::abs(map.barRect(r).width() - std::max(80.0, width)) <= 1);
            if (width >= 80 && allBlocksWide(*m_f.state, s, pixelsPerByte)) {
                checkProportional(map, r, pixelsPerByte);
                ++exactRows;
            }
        }
        QVERIFY2(exactRows > 100, qPrintable(QString::number(exactRows)));
        // Two 40,960,000-byte allocations in a 198 MiB and a 100 MiB segment: one width here,
        // widths in the ratio of their segments (about 2:1) when each row fits the width.
        const auto &blocks = m_f.state->blocks;
        int inBig = -1, inSmall = -1;
        for (int r = 0; r < map.rowCount(); ++r) {
            const StateSegment &s = *map.segmentOfRow(r);
            for (quint32 i = s.firstBlock; i < s.firstBlock + s.blockCount; ++i) {
                if (blocks[i].size != 40960000 || blocks[i].kind != StateBlockKind::Allocated)
                    continue;
                if (s.size == 207618048 && inBig < 0)
                    inBig = int(i);
                if (s.size == 104857600 && inSmall < 0)
                    inSmall = int(i);
            }
        }
        QVERIFY(inBig >= 0 && inSmall >= 0);
        QVERIFY(std::abs(map.blockRect(inBig).width() - map.blockRect(inSmall).width()) <= 1);
        map.setScale(SegmentScale::FitRow);
        const double ratio
            = double(map.blockRect(inSmall).width()) / double(map.blockRect(inBig).width());
        QVERIFY2(std::abs(ratio - 207618048.0 / 104857600.0) < 0.03,
                 qPrintable(QString::number(ratio)));
    }
};

QTEST_MAIN(tst_SegmentMapView)
#include "tst_segmentmapview.moc"
