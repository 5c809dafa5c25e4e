// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "diagnosispanel.h"
#include "ladderview.h"
#include "displayformat.h"
#include "oomarrow.h"
#include "qcustomplotinclude.h"
#include "snapshotloader.h"
#include "timelineplot.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>
#include <QTreeWidget>

using namespace VramScope;

// The diagnosis dock and the timeline arrow, on a real OOM snapshot: every expected value is read
// from the model's Diagnosis (tests/model covers the numbers themselves), the views must show
// exactly that.
class tst_DiagnosisPanel : public QObject
{
    Q_OBJECT

private:
    DocumentPtr m_doc;
    int m_device = -1;

    const Diagnosis &diag() const { return m_doc->diagnoses[size_t(m_device)]; }

    static QString flat(const QString &text) { return text.simplified(); }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult result = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        m_doc = result.document;
        m_device = m_doc->defaultDevice();
        QVERIFY(m_device >= 0 && m_device < int(m_doc->diagnoses.size()));
        // The fixture dies with an OOM and has a ladder: the panel has something to show.
        QCOMPARE(diag().momentKind, Diagnosis::MomentKind::Oom);
        QVERIFY(diag().ladder.rungs.size() >= 2);
    }

    void ladderInOrderWithRecommendation()
    {
        DiagnosisPanel panel;
        panel.setDocument(m_doc, m_device);
        const Diagnosis &d = diag();
        QTreeWidget *ladder = panel.ladderView();
        QCOMPARE(ladder->topLevelItemCount(), int(d.ladder.rungs.size()));
        QCOMPARE(panel.recommendedRow(), d.ladder.recommended);
        for (int i = 0; i < ladder->topLevelItemCount(); ++i) {
            const RungEstimate &r = d.ladder.rungs[size_t(i)];
            QTreeWidgetItem *item = ladder->topLevelItem(i);
            QCOMPARE(item->data(LadderView::RungColumn, LadderView::RungIdRole).toString(),
                     rungId(r.rung));
            QVERIFY(item->text(LadderView::RungColumn).endsWith(rungLabel(r.rung)));
            const QString savings = r.estimatedSavingsBytes == UnknownBytes
                ? LadderView::tr("not estimated")
                : DisplayFormat::bytes(r.estimatedSavingsBytes, 2);
            QCOMPARE(item->text(LadderView::SavingsColumn), savings);
            const QString note = item->text(LadderView::NoteColumn);
            const bool recommended = i == d.ladder.recommended;
            QCOMPARE(note.contains(LadderView::tr("★ recommended")), recommended);
            QCOMPARE(item->font(LadderView::RungColumn).bold(), recommended);
            QCOMPARE(note.contains(LadderView::tr("⚠ changes the science")), r.changesScience);
            QCOMPARE(item->text(LadderView::ShortfallColumn) == LadderView::tr("covers it"),
                     r.coversShortfall);
        }
        // The recommended rung (or the first) is selected and explained from the start.
        const int initial = std::max(d.ladder.recommended, 0);
        QCOMPARE(ladder->currentItem(), ladder->topLevelItem(initial));
        QVERIFY(flat(panel.explanationText())
                    .contains(flat(rungExplanation(d.ladder.rungs[size_t(initial)].rung))));
    }

    void clickingARungExplainsIt()
    {
        DiagnosisPanel panel;
        panel.resize(1200, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocument(m_doc, m_device);
        const Diagnosis &d = diag();
        QTreeWidget *ladder = panel.ladderView();
        for (int i = 0; i < ladder->topLevelItemCount(); ++i) {
            const QRect rect = ladder->visualItemRect(ladder->topLevelItem(i));
            QVERIFY(rect.isValid());
            QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, rect.center());
            const RungEstimate &r = d.ladder.rungs[size_t(i)];
            const QString text = flat(panel.explanationText());
            QVERIFY2(text.contains(flat(rungExplanation(r.rung))), qPrintable(text));
            QVERIFY(text.contains(rungId(r.rung)));
            if (!r.basis.isEmpty())
                QVERIFY2(text.contains(flat(r.basis)), qPrintable(text));
        }
    }

    void verdictBandsAndHealth()
    {
        DiagnosisPanel panel;
        panel.setDocument(m_doc, m_device);
        const Diagnosis &d = diag();
        const QString verdict = flat(panel.verdictText());
        QVERIFY2(verdict.contains(flat(verdictLabel(d.verdict))), qPrintable(verdict));
        QVERIFY(verdict.contains(DisplayFormat::bytes(d.requestedBytes, 2)));

        // One row per non-empty band, tallest first and marked, bytes and share from the model.
        QTreeWidget *bands = panel.bandsView();
        qint64 total = 0;
        int nonEmpty = 0;
        for (qint64 b : d.bands) {
            total += b;
            nonEmpty += b > 0 ? 1 : 0;
        }
        QCOMPARE(bands->topLevelItemCount(), nonEmpty);
        QTreeWidgetItem *top = bands->topLevelItem(0);
        QCOMPARE(top->data(DiagnosisPanel::CategoryColumn, DiagnosisPanel::CategoryRole).toInt(),
                 int(d.tallest));
        QVERIFY(top->text(DiagnosisPanel::CategoryColumn).contains(categoryLabel(d.tallest)));
        QVERIFY(top->font(DiagnosisPanel::CategoryColumn).bold());
        QCOMPARE(top->text(DiagnosisPanel::BytesColumn),
                 DisplayFormat::bytes(d.bands[size_t(d.tallest)], 2));
        const double share = 100.0 * double(d.bands[size_t(d.tallest)]) / double(total);
        QCOMPARE(top->text(DiagnosisPanel::ShareColumn),
                 QStringLiteral("%1%").arg(share, 0, 'f', 1));
        for (int i = 1; i < bands->topLevelItemCount(); ++i)
            QVERIFY(!bands->topLevelItem(i)->font(DiagnosisPanel::CategoryColumn).bold());

        for (const StepHint &hint : d.hints)
            QVERIFY(panel.hintsText().contains(hint.message));
        const QString health = flat(panel.healthText());
        for (const HealthNote &note : d.health) {
            QVERIFY(health.contains(flat(note.message)));
            if (!note.recapture.isEmpty()) {
                QVERIFY(health.contains(flat(note.recapture)));
                QVERIFY(panel.recaptureCall().contains(note.recapture));
            }
        }
        if (!panel.recaptureCall().isEmpty()) {
            panel.copyRecaptureCall();
            QCOMPARE(QGuiApplication::clipboard()->text(), panel.recaptureCall());
        }
        panel.clear();
        QCOMPARE(panel.ladderView()->topLevelItemCount(), 0);
        QCOMPARE(panel.bandsView()->topLevelItemCount(), 0);
    }

    void arrowAtTheOomPointsAtTheTallestBand()
    {
        TimelinePlot plot;
        plot.resize(1000, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setDocument(m_doc, m_device);
        plot.plot()->replot();
        QCoreApplication::processEvents();
        const Diagnosis &d = diag();
        const DeviceTimeline &dev = m_doc->devices[size_t(m_device)];
        const OomArrow &arrow = plot.oomArrow();
        QVERIFY(arrow.hasArrow());
        QVERIFY(!dev.ooms.empty());
        QCOMPARE(arrow.eventIndex(), dev.ooms.back().index);
        QCOMPARE(arrow.eventIndex(), d.momentIndex);
        QCOMPARE(arrow.headX(), plot.axis().x(d.momentIndex));
        QCOMPARE(arrow.band(), d.tallest);
        // The head lies inside the tallest band as the plot stacks it.
        const CategorySeries &series = m_doc->categories[size_t(m_device)];
        double below = 0;
        for (int c = 0; c < int(d.tallest); ++c)
            below += double(series.bytes[size_t(c)].valueAt(d.momentIndex));
        const double height = double(series.bytes[size_t(d.tallest)].valueAt(d.momentIndex));
        QVERIFY(height > 0);
        QVERIFY(arrow.headY() > below && arrow.headY() < below + height);
        QVERIFY(arrow.line() && arrow.label());
        QCOMPARE(arrow.line()->end->coords(), QPointF(arrow.headX(), arrow.headY()));
        // The label names the band and the recommended rung.
        const QString label = arrow.labelText();
        QVERIFY2(label.contains(categoryLabel(d.tallest)), qPrintable(label));
        if (const RungEstimate *rung = d.recommendedRung())
            QVERIFY2(label.contains(rungLabel(rung->rung)), qPrintable(label));
        QCOMPARE(label, OomArrow::buildLabel(*m_doc, m_device));
        QVERIFY(arrow.isVisible());

        // Only the categories view has bands to point at; zooming away from the moment hides it.
        plot.setMode(TimelinePlot::Mode::Allocations);
        QVERIFY(!arrow.isVisible());
        plot.setMode(TimelinePlot::Mode::Categories);
        QVERIFY(arrow.isVisible());
        plot.plot()->xAxis->setRange(plot.axis().fullLower(), plot.axis().x(d.momentIndex / 2));
        QVERIFY(!arrow.isVisible());
        plot.resetZoom();
        QVERIFY(arrow.isVisible());
        plot.setDocument(nullptr, -1);
        QVERIFY(!arrow.hasArrow());
    }
};

QTEST_MAIN(tst_DiagnosisPanel)
#include "tst_diagnosispanel.moc"
