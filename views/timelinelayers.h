// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPRange;

namespace VramScope {

struct Document;
class BandsPlottable;
class EventAxis;

// The plottables of the timeline and the legend: stacked category areas, the allocated and
// reserved lines, and the allocation bands. apply() feeds them the envelope of one x range.
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
    void setSelectedInterval(qint64 interval); // highlights its band when it has one

    BandsPlottable *bands() const { return m_bands; }
    QCPGraph *allocatedGraph() const { return m_allocated; }
    int lastPointCount() const { return m_lastPointCount; }

private:
    QCustomPlot *m_plot;
    std::vector<QCPGraph *> m_categories;
    QCPGraph *m_allocated = nullptr;
    QCPGraph *m_reserved = nullptr;
    BandsPlottable *m_bands = nullptr;
    int m_lastPointCount = 0;
};

} // namespace VramScope
