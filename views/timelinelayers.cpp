// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timelinelayers.h"

#include "allocationbands.h"
#include "bandsplottable.h"
#include "document.h"
#include "plotpalette.h"
#include "qcustomplotinclude.h"
#include "stackedenvelope.h"

namespace VramScope {

TimelineLayers::TimelineLayers(QCustomPlot *plot)
    : m_plot(plot)
{
    for (int c = 0; c < CategoryCount; ++c) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(categoryLabel(Category(c)));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(Qt::NoPen);
        graph->setBrush(PlotPalette::category(c));
        if (c > 0)
            graph->setChannelFillGraph(m_categories.back());
        m_categories.push_back(graph);
    }
    m_bands = new BandsPlottable(m_plot->xAxis, m_plot->yAxis);
    m_bands->setName(tr("Other allocations"));
    m_reserved = m_plot->addGraph();
    m_reserved->setName(tr("Reserved"));
    m_reserved->setLineStyle(QCPGraph::lsStepLeft);
    m_reserved->setPen(QPen(PlotPalette::reservedLine(), 1.5));
    m_allocated = m_plot->addGraph();
    m_allocated->setName(tr("Allocated"));
    m_allocated->setLineStyle(QCPGraph::lsStepLeft);
    m_allocated->setPen(QPen(PlotPalette::allocatedLine(m_plot->palette()), 1.2));

    // Legend in its own row under the plot, so it never hides data.
    QCPLegend *legend = m_plot->legend;
    legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(legend);
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    legend->setBorderPen(Qt::NoPen);
    legend->setWrap(6);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    updateLegend(nullptr, -1, false);
}

void TimelineLayers::updateLegend(const Document *document, int deviceIndex, bool allocationsMode)
{
    const CategorySeries *cats = document && deviceIndex >= 0
            && deviceIndex < int(document->categories.size())
        ? &document->categories[size_t(deviceIndex)]
        : nullptr;
    std::array<bool, CategoryCount> used{};
    bool any = false;
    for (int c = 0; cats && c < CategoryCount; ++c) {
        const StepSeries &s = cats->bytes[size_t(c)];
        used[size_t(c)] = s.maxValue() > 0 || s.initialValue() > 0;
        any = any || used[size_t(c)];
    }
    if (!any)
        used[size_t(Category::Unknown)] = true; // StackedEnvelope draws everything as unknown
    m_plot->legend->clearItems();
    for (int c = CategoryCount - 1; c >= 0; --c) {
        if (used[size_t(c)])
            m_categories[size_t(c)]->addToLegend();
    }
    if (allocationsMode)
        m_bands->addToLegend();
    m_allocated->addToLegend();
    m_reserved->addToLegend();
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

void TimelineLayers::clear()
{
    for (QCPGraph *graph : m_categories)
        graph->data()->clear();
    m_allocated->data()->clear();
    m_reserved->data()->clear();
    m_bands->clearBands();
    m_lastPointCount = 0;
}

double TimelineLayers::apply(const Document &document, int deviceIndex, const EventAxis &axis,
                             const QCPRange &range, int buckets, bool allocationsMode,
                             const std::vector<quint32> &top)
{
    const StackedEnvelope env = StackedEnvelope::build(document, deviceIndex, axis, range.lower,
                                                       range.upper, buckets);
    m_allocated->setData(env.keys, env.allocated, true);
    m_reserved->setData(env.keys, env.reserved, true);
    m_lastPointCount = int(env.keys.size());
    double maxValue = env.maxValue;
    m_bands->setVisible(allocationsMode);
    if (!allocationsMode) {
        m_bands->clearBands();
        for (int c = 0; c < CategoryCount; ++c)
            m_categories[size_t(c)]->setData(env.keys, env.stacked[size_t(c)], true);
        return maxValue;
    }
    for (QCPGraph *graph : m_categories)
        graph->data()->clear();
    AllocationBands bands = AllocationBands::build(document, deviceIndex, top, axis, range.lower,
                                                   range.upper, buckets);
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    std::vector<QColor> colors;
    colors.reserve(bands.intervals.size());
    for (size_t k = 0; k < bands.intervals.size(); ++k)
        colors.push_back(
            PlotPalette::band(Category(dev.intervals[bands.intervals[k]].category), int(k)));
    maxValue = std::max(maxValue, bands.maxValue);
    m_bands->setBands(std::move(bands), std::move(colors));
    return maxValue;
}

void TimelineLayers::setSelectedInterval(qint64 interval)
{
    const auto &intervals = m_bands->bands().intervals;
    const auto it = std::find(intervals.begin(), intervals.end(), quint32(interval));
    m_bands->setSelectedBand(interval >= 0 && it != intervals.end() ? int(it - intervals.begin())
                                                                    : -1);
}

} // namespace VramScope
