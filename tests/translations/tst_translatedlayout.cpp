// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Translated strings fit where they are shown: the diagnosis panel's ladder, on a real OOM
// snapshot, shows every column whole (header and cells) in every language, without a
// horizontal scroll bar, at the width the panel has beside the stack dock in a 1400 px window.
#include "apptranslator.h"
#include "diagnosispanel.h"
#include "ladderview.h"
#include "snapshotloader.h"
#include "testutils.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace VramScope;

class tst_TranslatedLayout : public QObject
{
    Q_OBJECT

private:
    DocumentPtr m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        m_doc = r.document;
        const Diagnosis &d = m_doc->diagnoses[size_t(m_doc->defaultDevice())];
        QCOMPARE(d.ladder.rungs.size(), size_t(3)); // optimizer_8bit recommended, fsdp, offload
        QCOMPARE(d.ladder.recommended, 0);
    }

    void cleanup()
    {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>()); // uninstall
    }

    void ladderShowsEveryColumnWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void ladderShowsEveryColumnWhole()
    {
        QFETCH(QString, language);
        if (language != QLatin1String("en"))
            QVERIFY(!AppTranslator::install(qApp, {language}).isEmpty());
        DiagnosisPanel panel;
        panel.resize(840, 320); // the dock's width in `vramscope --screenshot` before the fix
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocument(m_doc, m_doc->defaultDevice());
        QTreeWidget *ladder = panel.ladderView();
        QHeaderView *header = ladder->header();
        if (language != QLatin1String("en")) // the catalog is in use
            QVERIFY(ladder->headerItem()->text(LadderView::ShortfallColumn)
                    != QLatin1String("vs shortfall"));
        int columns = 0;
        for (int col = 0; col < ladder->columnCount(); ++col) {
            const QString title = ladder->headerItem()->text(col);
            QVERIFY2(header->sectionSize(col) >= header->sectionSizeHint(col), qPrintable(title));
            for (int row = 0; row < ladder->topLevelItemCount(); ++row) {
                const QTreeWidgetItem *item = ladder->topLevelItem(row);
                const int text = QFontMetrics(item->font(col)).horizontalAdvance(item->text(col));
                QVERIFY2(header->sectionSize(col) > text, qPrintable(item->text(col)));
            }
            columns += header->sectionSize(col);
        }
        // The view is as wide as its columns: nothing hides behind a scroll bar.
        QTRY_COMPARE(ladder->horizontalScrollBar()->maximum(), 0);
        QVERIFY(ladder->viewport()->width() >= columns);
    }
};

QTEST_MAIN(tst_TranslatedLayout)
#include "tst_translatedlayout.moc"
