// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "comparisonview.h"

#include "plotpalette.h"
#include "qcustomplotinclude.h"
#include "summaryjson.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace VramScope {

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QString signedBytes(qint64 b)
{
    return (b > 0 ? QStringLiteral("+") : QString()) + formatBytes(b);
}

QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString axisLabel(TimeAlignment::Mode mode)
{
    switch (mode) {
    case TimeAlignment::Mode::Step:
        return ComparisonView::tr("training step");
    case TimeAlignment::Mode::RelativeTime:
        return ComparisonView::tr("seconds since the first event");
    case TimeAlignment::Mode::EventIndex:
        break;
    }
    return ComparisonView::tr("event");
}
} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_cursorText(new QLabel(this))
    , m_bands(makeTable({tr("Category"), tr("A"), tr("B"), tr("B - A")}, this))
    , m_locations(makeTable({tr("B - A"), tr("A"), tr("B"), tr("Location (top user frame)")}, this))
    , m_settings(makeTable({tr("Allocator setting"), tr("A"), tr("B")}, this))
{
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_plot->setMinimumHeight(220);
    m_plot->setMouseTracking(true);
    m_plot->legend->setVisible(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->yAxis->setLabel(tr("allocated (GiB)"));
    connect(m_plot, &QCustomPlot::mouseMove, this, &ComparisonView::onMouseMove);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, tables);
    left->addWidget(m_bands);
    left->addWidget(m_settings);
    tables->addWidget(left);
    tables->addWidget(m_locations);
    tables->setSizes({560, 740});
    left->setSizes({300, 120});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(vertical);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_plot, 1);
    topLayout->addWidget(m_cursorText);
    vertical->addWidget(top);
    vertical->addWidget(tables);
    vertical->setSizes({420, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(vertical, 1);
}

void ComparisonView::setComparison(const DocumentPtr &a, const DocumentPtr &b, const SnapshotComparison &comparison)
{
    m_a = a;
    m_b = b;
    m_comparison = comparison;
    m_verdict->setText(comparison.verdict);
    fillPlot();
    fillTables();
}

void ComparisonView::addCurve(const DocumentPtr &doc, int device, const QString &name, const QColor &color)
{
    const DeviceTimeline *t = doc ? doc->device(device) : nullptr;
    if (!t)
        return;
    const TimeAlignment align = TimeAlignment::build(*doc, device, m_comparison.alignment);
    QVector<double> xs, ys;
    const std::vector<EnvelopePoint> env = t->allocated.envelope(0, std::max<qint64>(0, t->eventCount - 1), 2000);
    for (const EnvelopePoint &p : env) {
        xs << align.xAt(p.index) << align.xAt(p.index);
        ys << double(p.min) / GiB << double(p.max) / GiB;
    }
    QCPGraph *g = m_plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 1.6));
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setData(xs, ys, true);
}

void ComparisonView::fillPlot()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    addCurve(m_a, m_comparison.a.device, tr("A: %1").arg(m_comparison.a.file), PlotPalette::category(Category::Parameter));
    addCurve(m_b, m_comparison.b.device, tr("B: %1").arg(m_comparison.b.file), PlotPalette::category(Category::Activation));
    m_plot->xAxis->setLabel(axisLabel(m_comparison.alignment));
    // The two moments as dashed lines in each curve's colour.
    const ComparedSide *sides[] = {&m_comparison.a, &m_comparison.b};
    const DocumentPtr docs[] = {m_a, m_b};
    for (int i = 0; i < 2; ++i) {
        if (!docs[i] || i >= m_plot->graphCount())
            continue;
        const TimeAlignment align = TimeAlignment::build(*docs[i], sides[i]->device, m_comparison.alignment);
        auto *line = new QCPItemStraightLine(m_plot);
        const double x = align.xAt(sides[i]->momentIndex);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        QPen pen(m_plot->graph(i)->pen().color(), 1, Qt::DashLine);
        line->setPen(pen);
    }
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(PlotPalette::cursor(palette()), 1));
    m_cursor->setVisible(false);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.1);
    m_plot->replot();
}

void ComparisonView::fillTables()
{
    const SnapshotComparison &c = m_comparison;
    m_bands->setRowCount(CategoryCount + 1);
    for (int i = 0; i < CategoryCount; ++i) {
        auto *name = item(categoryLabel(Category(i)));
        name->setForeground(PlotPalette::category(i));
        m_bands->setItem(i, 0, name);
        m_bands->setItem(i, 1, item(formatBytes(c.a.bands[size_t(i)]), true));
        m_bands->setItem(i, 2, item(formatBytes(c.b.bands[size_t(i)]), true));
        m_bands->setItem(i, 3, item(signedBytes(c.deltaBands[size_t(i)]), true));
    }
    m_bands->setItem(CategoryCount, 0, item(tr("Allocated at the moment")));
    m_bands->setItem(CategoryCount, 1, item(formatBytes(c.a.allocatedBytes), true));
    m_bands->setItem(CategoryCount, 2, item(formatBytes(c.b.allocatedBytes), true));
    m_bands->setItem(CategoryCount, 3, item(signedBytes(c.totalDelta()), true));
    m_bands->resizeColumnsToContents();

    m_locations->setRowCount(int(c.byLocation.size()));
    for (int r = 0; r < int(c.byLocation.size()); ++r) {
        const LocationDelta &d = c.byLocation[size_t(r)];
        m_locations->setItem(r, 0, item(signedBytes(d.delta()), true));
        m_locations->setItem(r, 1, item(formatBytes(d.aBytes), true));
        m_locations->setItem(r, 2, item(formatBytes(d.bBytes), true));
        m_locations->setItem(r, 3, item(d.location.isEmpty() ? tr("(no frames)") : d.location));
    }
    m_locations->resizeColumnsToContents();

    m_settings->setRowCount(int(c.settingsDiff.size()));
    for (int r = 0; r < int(c.settingsDiff.size()); ++r) {
        const SettingDifference &d = c.settingsDiff[size_t(r)];
        m_settings->setItem(r, 0, item(d.key));
        m_settings->setItem(r, 1, item(settingValueText(d.a)));
        m_settings->setItem(r, 2, item(settingValueText(d.b)));
    }
    m_settings->resizeColumnsToContents();
}

void ComparisonView::onMouseMove(QMouseEvent *event)
{
    if (!m_cursor)
        return;
    const double x = m_plot->xAxis->pixelToCoord(event->position().x());
    m_cursor->point1->setCoords(x, 0);
    m_cursor->point2->setCoords(x, 1);
    m_cursor->setVisible(true);
    QStringList parts;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph *g = m_plot->graph(i);
        const auto it = g->data()->findBegin(x);
        if (it != g->data()->constEnd())
            parts << QStringLiteral("%1: %2").arg(g->name(), formatBytes(qint64(it->value * GiB)));
    }
    m_cursorText->setText(tr("at %1: %2").arg(x, 0, 'f', 2).arg(parts.join(QStringLiteral("   "))));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace VramScope
