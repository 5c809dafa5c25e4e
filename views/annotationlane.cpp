// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "annotationlane.h"

#include "document.h"
#include "eventaxis.h"
#include "plotpalette.h"

#include <QHash>

#include <algorithm>

namespace VramScope {

AnnotationLane::AnnotationLane(QCustomPlot *plot)
    : m_plot(plot)
{
}

AnnotationLane::~AnnotationLane() = default; // the plot owns and deletes the items

void AnnotationLane::clear()
{
    for (const Span &span : std::as_const(m_spans)) {
        m_plot->removeItem(span.label);
        m_plot->removeItem(span.rect);
    }
    m_spans.clear();
    m_rows = 0;
}

void AnnotationLane::rebuild(const Document &document, int device, const EventAxis &axis)
{
    clear();
    if (!document.snapshot)
        return;
    const Snapshot &snapshot = *document.snapshot;
    // Pair each end with the latest open start of the same name; an unclosed start runs on to
    // the end of the trace.
    struct Interval { double x0, x1; StringId name; };
    std::vector<Interval> intervals;
    QHash<StringId, QList<double>> open;
    for (const Annotation &a : snapshot.annotations) {
        if (a.device != device || a.timeUs == NoTime)
            continue;
        const double x = axis.xAtTimeUs(a.timeUs);
        if (a.isStart)
            open[a.name].append(x);
        else if (!open[a.name].isEmpty())
            intervals.push_back({open[a.name].takeLast(), x, a.name});
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        for (double x0 : it.value())
            intervals.push_back({x0, axis.fullUpper(), it.key()});
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.x0 < b.x0; });
    if (intervals.size() > size_t(MaxSpans))
        intervals.resize(size_t(MaxSpans));

    std::vector<double> rowEnds; // greedy rows: a span takes the first row that is free
    QHash<StringId, int> colorIndex;
    for (const Interval &iv : intervals) {
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > iv.x0)
            ++row;
        if (row == rowEnds.size()) {
            if (int(row) < MaxRows)
                rowEnds.push_back(iv.x1);
            else
                row = size_t(MaxRows - 1); // too deep: share the last row
        }
        rowEnds[row] = std::max(rowEnds[row], iv.x1);
        const double top = 0.005 + double(row) * RowHeight;
        auto *rect = new QCPItemRect(m_plot);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(iv.x0, top);
        rect->bottomRight->setCoords(std::max(iv.x1, iv.x0), top + RowHeight * 0.85);
        const int ci = colorIndex.contains(iv.name) ? colorIndex.value(iv.name)
                                                     : colorIndex.insert(iv.name, int(colorIndex.size())).value();
        QColor fill = PlotPalette::annotation(ci);
        fill.setAlpha(110);
        rect->setBrush(fill);
        rect->setPen(QPen(fill.darker(150), 0));
        rect->setSelectable(false);
        auto *label = new QCPItemText(m_plot);
        label->position->setParentAnchor(rect->topLeft);
        label->position->setCoords(3, 0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(snapshot.strings.string(iv.name));
        label->setPadding(QMargins(1, 0, 1, 0));
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        label->setFont(font);
        label->setColor(m_plot->palette().color(QPalette::WindowText));
        label->setSelectable(false);
        m_spans.append({rect, label});
    }
    m_rows = int(rowEnds.size());
}

void AnnotationLane::updateLabels()
{
    const QCPAxis *x = m_plot->xAxis;
    for (const Span &span : std::as_const(m_spans)) {
        const double width = x->coordToPixel(span.rect->bottomRight->coords().x())
            - x->coordToPixel(span.rect->topLeft->coords().x());
        const QFontMetrics metrics(span.label->font());
        span.label->setVisible(width > metrics.horizontalAdvance(span.label->text()) + 8);
    }
}

} // namespace VramScope
