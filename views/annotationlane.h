// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "qcustomplotinclude.h"

#include <QList>

namespace VramScope {

struct Document;
class EventAxis;

// record_function annotations (external_annotations) as labelled bars in a lane at the top of
// the plot; nested or overlapping spans take further rows. Labels show only where their bar is
// wide enough on screen.
class AnnotationLane
{
public:
    static constexpr int MaxSpans = 400;
    static constexpr int MaxRows = 3;
    static constexpr double RowHeight = 0.05; // of the axis rect height

    explicit AnnotationLane(QCustomPlot *plot);
    ~AnnotationLane();

    void rebuild(const Document &document, int device, const EventAxis &axis);
    void clear();
    void updateLabels(); // after zoom: hide labels that do not fit their bar
    int spanCount() const { return int(m_spans.size()); }
    int rowCount() const { return m_rows; }

private:
    struct Span
    {
        QCPItemRect *rect;
        QCPItemText *label;
    };
    QCustomPlot *m_plot;
    QList<Span> m_spans;
    int m_rows = 0;
};

} // namespace VramScope
