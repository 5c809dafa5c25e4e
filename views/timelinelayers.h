// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "allocationbands.h"

#include <QCoreApplication>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPRange;

namespace VramScope {

struct Document;
class EventAxis;
class StepAreaPlottable;

// The plottables of the timeline and the legend: the stacked areas (categories, or allocation
// bands in allocations mode) and the allocated and reserved lines. apply() feeds them the
// envelope of one x range.
class TimelineLayers
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::TimelineLayers)
public:
    explicit TimelineLayers(QCustomPlot *plot);

    // Returns the largest value fed to any plottable (for the y range).
    double apply(const Document &document, int deviceIndex, const EventAxis &axis,
                 const QCPRange &range, int buckets, bool allocationsMode,
                 const std::vector<quint32> &top);
    void clear();
    // Legend: only categories with bytes in this document, and the bands in allocations mode.
    void updateLegend(const Document *document, int deviceIndex, bool allocationsMode);
    void setSelectedInterval(qint64 interval); // outlines its band when it has one

    const AllocationBands &bands() const { return m_bands; } // allocations mode geometry
    StepAreaPlottable *areas() const { return m_areas; }
    QCPGraph *allocatedGraph() const { return m_allocated; }
    int lastPointCount() const { return m_lastPointCount; }
    int lastAreaPointCount() const;

private:
    QCustomPlot *m_plot;
    StepAreaPlottable *m_areas = nullptr;
    std::vector<QCPGraph *> m_categoryLegend; // no data: legend entries only
    QCPGraph *m_otherLegend = nullptr;
    QCPGraph *m_allocated = nullptr;
    QCPGraph *m_reserved = nullptr;
    AllocationBands m_bands;
    int m_lastPointCount = 0;
};

} // namespace VramScope
