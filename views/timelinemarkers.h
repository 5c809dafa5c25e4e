// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "annotationlane.h"
#include "qcustomplotinclude.h"

#include <QCoreApplication>
#include <QList>

namespace VramScope {

struct Document;
class EventAxis;

// The items drawn over the timeline: peak of allocated bytes, every OOM, snapshot markers,
// record_function annotations as labelled spans, the cursor and the selected allocation's life.
// Items live in plot coordinates, so zoom and pan move them without a rebuild.
class TimelineMarkers
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::TimelineMarkers)
public:
    static constexpr int MaxLabelledOoms = 8;

    explicit TimelineMarkers(QCustomPlot *plot);

    void rebuild(const Document &document, int deviceIndex, const EventAxis &axis);
    void clear();
    void setCursor(bool visible, double x = 0);
    // Keeps labels inside the view: the peak label flips to the other side near an edge.
    void updateLabelPlacement(const QCPRange &visible);
    void setSelectionSpan(bool visible, double x0 = 0, double x1 = 0);

    int oomMarkerCount() const { return int(m_oomLines.size()); }
    bool hasPeakMarker() const { return m_peak != nullptr; }
    double peakX() const;
    int snapshotMarkerCount() const { return m_snapshotCount; }
    int annotationSpanCount() const { return m_lane.spanCount(); }
    // Height of the annotation lane at the top, as a share of the axis rect (for headroom).
    double topLaneShare() const { return m_lane.rowCount() * AnnotationLane::RowHeight; }

private:
    QCPItemStraightLine *addVerticalLine(double x, const QPen &pen);
    QCPItemText *addLabel(double x, double yRatio, const QString &text, const QColor &color);

    QCustomPlot *m_plot;
    QList<QCPAbstractItem *> m_items; // everything rebuild() made
    QList<QCPItemStraightLine *> m_oomLines;
    QList<QCPItemText *> m_oomLabels;
    AnnotationLane m_lane;
    QCPItemTracer *m_peak = nullptr;
    QCPItemText *m_peakLabel = nullptr;
    int m_snapshotCount = 0;
    QCPItemStraightLine *m_cursor = nullptr;
    QCPItemRect *m_selection = nullptr; // a strip along the x axis over the allocation's life
    QCPItemStraightLine *m_selectionStart = nullptr;
    QCPItemStraightLine *m_selectionEnd = nullptr;
};

} // namespace VramScope
