// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "syntheticdocument.h"
#include "testutils.h"

#include "allocationfilterproxy.h"
#include "allocationrows.h"
#include "allocationspanel.h"
#include "allocationstablemodel.h"
#include "framefilter.h"
#include "stackpanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace VramScope;

class tst_AllocationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topUserFrameSkipsTorchAndStdlib()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 100});
        const FrameId top = FrameFilter::topUserFrame(*doc->snapshot, 1);
        QCOMPARE(FrameFilter::shortText(*doc->snapshot, top), QStringLiteral("model.py:42 forward"));
        QCOMPARE(FrameFilter::topUserFrame(*doc->snapshot, EmptyStack), FrameFilter::NoFrame);
    }

    void rowsAreTheLiveSet()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 2000});
        const qint64 event = 1234;
        const std::vector<AllocationRow> rows = AllocationRows::build(*doc, 0, event);
        const std::vector<quint32> live = doc->devices[0].liveAt(event);
        QCOMPARE(rows.size(), live.size());
        qint64 total = 0;
        for (const AllocationRow &row : rows)
            total += row.size;
        QCOMPARE(total, doc->devices[0].allocated.valueAt(event));
        QVERIFY(std::is_sorted(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.size > b.size;
        }));
        QCOMPARE(rows.front().topFrame, QString()); // the parameters: no stack
        QCOMPARE(rows.back().topFrame, QStringLiteral("model.py:42 forward"));
    }

    void modelIsConsistent()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 2000});
        AllocationsTableModel model;
        AllocationFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(doc, 0, AllocationRows::build(*doc, 0, 1520));
        QVERIFY(model.rowCount() > 10);
        proxy.sort(AllocationsTableModel::Size, Qt::AscendingOrder);
        QVERIFY(proxy.index(0, 0).data(AllocationsTableModel::SortRole).toLongLong()
                <= proxy.index(1, 0).data(AllocationsTableModel::SortRole).toLongLong());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterSearchesSizesAndFrames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parametersShown");
        QTest::addColumn<bool>("activationsShown");
        QTest::newRow("frame file") << QStringLiteral("model.py") << false << true;
        QTest::newRow("frame function") << QStringLiteral("_RUN_code") << false << true;
        QTest::newRow("size text") << QStringLiteral("2.00 GiB") << true << false;
        QTest::newRow("size bytes") << QStringLiteral("2147483648") << true << false;
        QTest::newRow("category") << QStringLiteral("param") << true << false;
        QTest::newRow("nothing") << QStringLiteral("no-such-thing") << false << false;
    }

    void filterSearchesSizesAndFrames()
    {
        QFETCH(QString, text);
        QFETCH(bool, parametersShown);
        QFETCH(bool, activationsShown);
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 2000});
        AllocationsTableModel model;
        AllocationFilterProxy proxy(&model);
        model.setRows(doc, 0, AllocationRows::build(*doc, 0, 300));
        proxy.setFilterText(text);
        bool parameters = false, activations = false;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const qint64 size = proxy.index(r, 0).data(AllocationsTableModel::SortRole).toLongLong();
            (size == (qint64(2) << 30) ? parameters : activations) = true;
        }
        QCOMPARE(parameters, parametersShown);
        QCOMPARE(activations, activationsShown);
    }

    void panelSelectsLargestAndSyncs()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 2000});
        AllocationsPanel panel;
        panel.show();
        QSignalSpy ready(&panel, &AllocationsPanel::rowsReady);
        QSignalSpy selected(&panel, &AllocationsPanel::intervalSelected);
        panel.selectLargestWhenReady();
        panel.setMoment(doc, 0, 500, QStringLiteral("test"));
        QVERIFY(ready.wait(5000));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), qint64(0)); // the parameters
        // Selecting from outside (the plot) does not echo back.
        panel.selectInterval(qint64(panel.model()->rows().back().interval));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(panel.view()->currentIndex().data(AllocationsTableModel::IntervalRole).toLongLong(),
                 qint64(panel.model()->rows().back().interval));
    }

    void stackPanelFoldsNativeFrames()
    {
        const DocumentPtr doc = Testing::makeSyntheticDocument({.events = 200});
        StackPanel panel;
        const qint64 activation = 1; // the first activation
        panel.setAllocation(doc, 0, activation);
        QTreeWidget *tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *allocated = tree->topLevelItem(0);
        // 4 Python frames, then one folded group holding the native frame.
        QCOMPARE(allocated->childCount(), 5);
        QCOMPARE(allocated->child(0)->text(0), QStringLiteral("forward"));
        QTreeWidgetItem *native = allocated->child(4);
        QCOMPARE(native->childCount(), 1);
        QVERIFY(!native->isExpanded());
        QVERIFY(panel.stackText().startsWith(QStringLiteral("c10/cuda/CUDACachingAllocator.cpp:1234")));
        QVERIFY(panel.stackText().contains(QStringLiteral("/home/u/model.py:42 forward")));

        panel.setAllocation(doc, 0, 0); // parameters: a block from before recording
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(panel.noteText().contains(QStringLiteral("before history recording")));
    }
};

QTEST_MAIN(tst_AllocationsPanel)
#include "tst_allocationspanel.moc"
