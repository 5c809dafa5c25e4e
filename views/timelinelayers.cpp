// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timelinelayers.h"

#include "allocationbands.h"
#include "document.h"
#include "plotpalette.h"
#include "qcustomplotinclude.h"
#include "stackedenvelope.h"
#include "stepareaplottable.h"

namespace VramScope {

TimelineLayers::TimelineLayers(QCustomPlot *plot)
    : m_plot(plot)
{
    m_areas = new StepAreaPlottable(m_plot->xAxis, m_plot->yAxis);
    m_areas->removeFromLegend();
    const auto legendOnly = [this](const QString &name, const QColor &color) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setPen(Qt::NoPen);
        graph->setBrush(color);
        return graph;
    };
    for (int c = 0; c < CategoryCount; ++c)
        m_categoryLegend.push_back(legendOnly(categoryLabel(Category(c)), PlotPalette::category(c)));
    m_otherLegend = legendOnly(tr("Other allocations"), PlotPalette::summarizedBand());
    m_reserved = m_plot->addGraph();
    m_reserved->setName(tr("Reserved"));
    m_reserved->setLineStyle(QCPGraph::lsStepLeft);
    // Pens of width 1: wider ones take QPainter's slow stroker on dense min/max lines.
    m_reserved->setPen(QPen(PlotPalette::reservedLine(), 1));
    m_allocated = m_plot->addGraph();
    m_allocated->setName(tr("Allocated"));
    m_allocated->setLineStyle(QCPGraph::lsStepLeft);
    m_allocated->setPen(QPen(PlotPalette::allocatedLine(m_plot->palette()), 1));
    // Step lines are only horizontal and vertical: antialiasing would blur them and, zoomed out
    // over millions of events (a min/max zig-zag per pixel column), doubled the redraw time.
    m_reserved->setAntialiased(false);
    m_allocated->setAntialiased(false);

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
            m_categoryLegend[size_t(c)]->addToLegend();
    }
    if (allocationsMode)
        m_otherLegend->addToLegend();
    m_allocated->addToLegend();
    m_reserved->addToLegend();
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

void TimelineLayers::clear()
{
    m_areas->clearLayers();
    m_allocated->data()->clear();
    m_reserved->data()->clear();
    m_bands = AllocationBands();
    m_lastPointCount = 0;
}

int TimelineLayers::lastAreaPointCount() const
{
    return int(m_areas->keys().size());
}

double TimelineLayers::apply(const Document &document, int deviceIndex, const EventAxis &axis,
                             const QCPRange &range, int buckets, bool allocationsMode,
                             const std::vector<quint32> &top)
{
    StackedEnvelope env = StackedEnvelope::build(document, deviceIndex, axis, range.lower,
                                                 range.upper, buckets);
    m_allocated->setData(env.keys, env.allocated, true);
    m_reserved->setData(env.keys, env.reserved, true);
    m_lastPointCount = int(env.keys.size());
    std::vector<StepAreaPlottable::Layer> layers;
    if (!allocationsMode) {
        m_bands = AllocationBands();
        const QVector<double> zero(env.areaKeys.size(), 0.0);
        for (int c = 0; c < CategoryCount; ++c) {
            layers.push_back({c == 0 ? zero : env.stacked[size_t(c - 1)], env.stacked[size_t(c)],
                              PlotPalette::category(c), 0, -1});
        }
        m_areas->setLayers(std::move(env.areaKeys), std::move(layers), env.maxValue);
        m_areas->setOutlinedLayer(-1);
        return env.maxValue;
    }
    m_bands = AllocationBands::build(document, deviceIndex, top, axis, range.lower, range.upper,
                                     buckets);
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    for (size_t k = 0; k < m_bands.intervals.size(); ++k) {
        if (m_bands.firstPoint[k] < 0)
            continue; // not live anywhere in view
        const Category category = Category(dev.intervals[m_bands.intervals[k]].category);
        layers.push_back({m_bands.lower[k], m_bands.upper[k], PlotPalette::band(category, int(k)),
                          m_bands.firstPoint[k], m_bands.lastPoint[k]});
    }
    layers.push_back({m_bands.restLower, m_bands.restUpper, PlotPalette::summarizedBand(), 0, -1});
    const double maxValue = std::max(env.maxValue, m_bands.maxValue);
    m_areas->setLayers(m_bands.keys, std::move(layers), maxValue);
    m_areas->setOutlinedLayer(-1);
    return maxValue;
}

void TimelineLayers::setSelectedInterval(qint64 interval)
{
    // Layers hold only the bands live in view, in band order: find the one of this interval.
    int layer = -1;
    int index = 0;
    for (size_t k = 0; k < m_bands.intervals.size(); ++k) {
        if (m_bands.firstPoint[k] < 0)
            continue;
        if (qint64(m_bands.intervals[k]) == interval)
            layer = index;
        ++index;
    }
    m_areas->setOutlinedLayer(layer);
}

} // namespace VramScope
