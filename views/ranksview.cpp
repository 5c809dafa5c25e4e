// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "ranksview.h"

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

QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
} // namespace

RanksView::RanksView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(0, 7, this))
{
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_table->setHorizontalHeaderLabels({tr("Rank file"), tr("Device"), tr("Peak allocated"), tr("Peak reserved"),
                                        tr("vs median"), tr("Tallest band"), tr("Flags")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit rankActivated(m_table->item(row, 0)->data(Qt::UserRole).toInt());
    });
    m_plot->setMinimumHeight(220);
    m_plot->legend->setVisible(true);
    m_plot->yAxis->setLabel(tr("GiB"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
}

void RanksView::setOverview(const RanksOverview &overview)
{
    m_overview = overview;
    QString headline = tr("%n rank(s), median peak allocated %1.", nullptr, int(overview.ranks.size()))
                           .arg(formatBytes(overview.medianPeakAllocatedBytes));
    if (!overview.oomRanks.empty()) {
        const RankSummary &first = overview.ranks[size_t(overview.oomRanks.front())];
        headline += QLatin1Char(' ')
            + tr("%1 ran out of memory first (device %2, %3 requested).")
                  .arg(first.file).arg(first.device).arg(formatBytes(first.oomRequestedBytes));
    }
    if (!overview.imbalanced.empty()) {
        headline += QLatin1Char(' ')
            + tr("%n rank(s) more than %1% away from the median.", nullptr, int(overview.imbalanced.size()))
                  .arg(qRound(overview.threshold * 100));
    }
    m_headline->setText(headline);
    fillPlot();
    fillTable();
}

void RanksView::fillPlot()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, reserved, allocated;
    for (int i = 0; i < int(m_overview.ranks.size()); ++i) {
        const RankSummary &r = m_overview.ranks[size_t(i)];
        keys << i;
        reserved << double(r.peakReservedBytes) / GiB;
        allocated << double(r.peakAllocatedBytes) / GiB;
        ticker->addTick(i, r.file);
    }
    auto *res = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    res->setName(tr("peak reserved"));
    res->setWidth(0.7);
    res->setPen(Qt::NoPen);
    res->setBrush(QColor(0xcc, 0xcc, 0xcc));
    res->setData(keys, reserved, true);
    auto *alloc = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    alloc->setName(tr("peak allocated"));
    alloc->setWidth(0.45);
    alloc->setPen(Qt::NoPen);
    alloc->setBrush(PlotPalette::category(Category::Parameter));
    alloc->setData(keys, allocated, true);
    // OOM ranks and imbalanced ranks get their own colour on top.
    for (int i : m_overview.imbalanced) {
        auto *b = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        b->setWidth(0.45);
        b->setPen(Qt::NoPen);
        b->setBrush(PlotPalette::reservedLine());
        b->addData(i, allocated[i]);
        b->removeFromLegend();
    }
    for (int i : m_overview.oomRanks) {
        auto *b = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        b->setWidth(0.45);
        b->setPen(Qt::NoPen);
        b->setBrush(PlotPalette::oom());
        b->addData(i, allocated[i]);
        b->removeFromLegend();
    }
    const double median = double(m_overview.medianPeakAllocatedBytes) / GiB;
    const double band = median * m_overview.threshold;
    for (double y : {median, median - band, median + band}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, y == median ? Qt::DashLine : Qt::DotLine));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(m_overview.ranks.size() > 8 ? 45 : 0);
    m_plot->xAxis->setRange(-0.6, double(m_overview.ranks.size()) - 0.4);
    m_plot->yAxis->rescale();
    m_plot->yAxis->setRange(0, std::max(m_plot->yAxis->range().upper, median + band) * 1.15);
    m_plot->replot();
}

void RanksView::fillTable()
{
    // OOM ranks first (first failed first), then the others in rank order.
    std::vector<int> order = m_overview.oomRanks;
    for (int i = 0; i < int(m_overview.ranks.size()); ++i) {
        if (!m_overview.ranks[size_t(i)].oom)
            order.push_back(i);
    }
    m_table->setRowCount(int(order.size()));
    for (int row = 0; row < int(order.size()); ++row) {
        const int i = order[size_t(row)];
        const RankSummary &r = m_overview.ranks[size_t(i)];
        auto *name = item(r.file);
        name->setData(Qt::UserRole, i);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, item(QString::number(r.device), true));
        m_table->setItem(row, 2, item(formatBytes(r.peakAllocatedBytes), true));
        m_table->setItem(row, 3, item(formatBytes(r.peakReservedBytes), true));
        const double rel = m_overview.medianPeakAllocatedBytes
            ? 100.0 * double(r.peakAllocatedBytes - m_overview.medianPeakAllocatedBytes) / double(m_overview.medianPeakAllocatedBytes)
            : 0.0;
        m_table->setItem(row, 4, item(QStringLiteral("%1%2%").arg(rel > 0 ? QStringLiteral("+") : QString()).arg(rel, 0, 'f', 1), true));
        auto *tallest = item(categoryLabel(r.tallest));
        tallest->setForeground(PlotPalette::category(r.tallest));
        m_table->setItem(row, 5, tallest);
        QStringList flags;
        if (r.oom) {
            flags << (row == 0 ? tr("OOM first, at event %1 (%2 requested)") : tr("OOM at event %1 (%2 requested)"))
                         .arg(r.oomIndex).arg(formatBytes(r.oomRequestedBytes));
        }
        if (m_overview.isImbalanced(i))
            flags << tr("imbalanced");
        auto *flagItem = item(flags.join(QStringLiteral("; ")));
        if (r.oom)
            flagItem->setForeground(PlotPalette::oom());
        else if (m_overview.isImbalanced(i))
            flagItem->setForeground(PlotPalette::reservedLine());
        m_table->setItem(row, 6, flagItem);
    }
    m_table->resizeColumnsToContents();
}

} // namespace VramScope
