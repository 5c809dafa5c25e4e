// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timelinemarkers.h"

#include "displayformat.h"
#include "document.h"
#include "eventaxis.h"
#include "plotpalette.h"


namespace VramScope {

TimelineMarkers::TimelineMarkers(QCustomPlot *plot)
    : m_plot(plot)
    , m_lane(plot)
{
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(PlotPalette::cursor(m_plot->palette()), 1.5, Qt::DashDotLine));
    m_cursor->setVisible(false);
    const QColor highlight = PlotPalette::selection(m_plot->palette());
    m_selection = new QCPItemRect(m_plot);
    m_selection->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selection->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selection->setBrush(highlight);
    m_selection->setPen(QPen(m_plot->palette().color(QPalette::Base), 1));
    m_selection->setVisible(false);
    m_selectionStart = new QCPItemStraightLine(m_plot);
    m_selectionEnd = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *edge : {m_selectionStart, m_selectionEnd}) {
        edge->setPen(QPen(highlight, 1, Qt::DashLine));
        edge->setVisible(false);
    }
}

QCPItemStraightLine *TimelineMarkers::addVerticalLine(double x, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(pen);
    line->setSelectable(false);
    m_items.append(line);
    return line;
}

QCPItemText *TimelineMarkers::addLabel(double x, double yRatio, const QString &text,
                                       const QColor &color)
{
    auto *label = new QCPItemText(m_plot);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(x, yRatio);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(text);
    label->setColor(color);
    label->setPadding(QMargins(3, 1, 3, 1));
    QColor background = m_plot->palette().color(QPalette::Base);
    background.setAlpha(200);
    label->setBrush(background);
    label->setSelectable(false);
    m_items.append(label);
    return label;
}

void TimelineMarkers::clear()
{
    for (QCPAbstractItem *item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    m_lane.clear();
    m_oomLines.clear();
    m_oomLabels.clear();
    m_peak = nullptr;
    m_peakLabel = nullptr;
    m_snapshotCount = 0;
}

void TimelineMarkers::rebuild(const Document &document, int deviceIndex, const EventAxis &axis)
{
    clear();
    if (deviceIndex < 0 || deviceIndex >= int(document.devices.size()))
        return;
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];

    // Annotations first, so lines and labels are drawn over the spans.
    m_lane.rebuild(document, dev.device, axis);

    constexpr int MaxSnapshotMarkers = 200;
    for (qint64 index : dev.snapshotMarkers) {
        if (m_snapshotCount >= MaxSnapshotMarkers)
            break;
        addVerticalLine(axis.x(index), QPen(PlotPalette::snapshotMarker(), 1, Qt::DotLine));
        ++m_snapshotCount;
    }

    if (dev.peakAllocated > 0) {
        const double x = axis.x(dev.peakAllocatedIndex);
        m_peak = new QCPItemTracer(m_plot);
        m_peak->setGraph(nullptr);
        m_peak->position->setCoords(x, double(dev.peakAllocated));
        m_peak->setStyle(QCPItemTracer::tsCircle);
        m_peak->setSize(9);
        m_peak->setPen(QPen(PlotPalette::peak(m_plot->palette()), 2));
        m_peak->setBrush(m_plot->palette().color(QPalette::Base));
        m_items.append(m_peak);
        auto *label = new QCPItemText(m_plot);
        m_peakLabel = label;
        label->position->setParentAnchor(m_peak->position);
        label->position->setCoords(6, -6);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(tr("Peak %1").arg(DisplayFormat::bytes(dev.peakAllocated)));
        label->setColor(PlotPalette::peak(m_plot->palette()));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_items.append(label);
    }

    int n = 0;
    for (const OomEvent &oom : dev.ooms) {
        const double x = axis.x(oom.index);
        m_oomLines.append(addVerticalLine(x, QPen(PlotPalette::oom(), 2)));
        if (n++ >= MaxLabelledOoms)
            continue;
        QString text = tr("OOM: %1 requested").arg(DisplayFormat::bytes(qint64(oom.requestedBytes)));
        if (oom.hasDeviceFree)
            text += tr(", %1 free").arg(DisplayFormat::bytes(qint64(oom.deviceFreeBytes)));
        // Near the x axis: the top belongs to the peak label and the annotation lane.
        QCPItemText *label = addLabel(x, 0.96 - 0.06 * (n - 1), text, PlotPalette::oom());
        m_oomLabels.append(label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
}

void TimelineMarkers::setCursor(bool visible, double x)
{
    m_cursor->point1->setCoords(x, 0);
    m_cursor->point2->setCoords(x, 1);
    m_cursor->setVisible(visible);
}

void TimelineMarkers::setSelectionSpan(bool visible, double x0, double x1)
{
    m_selection->topLeft->setCoords(x0, 0.975);
    m_selection->bottomRight->setCoords(x1, 1);
    m_selectionStart->point1->setCoords(x0, 0);
    m_selectionStart->point2->setCoords(x0, 1);
    m_selectionEnd->point1->setCoords(x1, 0);
    m_selectionEnd->point2->setCoords(x1, 1);
    for (QCPAbstractItem *item : {static_cast<QCPAbstractItem *>(m_selection),
                                  static_cast<QCPAbstractItem *>(m_selectionStart),
                                  static_cast<QCPAbstractItem *>(m_selectionEnd)})
        item->setVisible(visible);
}

void TimelineMarkers::updateLabelPlacement(const QCPRange &visible)
{
    m_lane.updateLabels();
    // Labels right of the centre grow to the left, so the edge of the view never cuts them.
    for (QCPItemText *label : std::as_const(m_oomLabels)) {
        const bool rightHalf = label->position->coords().x() > visible.center();
        label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    }
    if (!m_peakLabel)
        return;
    const bool rightHalf = peakX() > visible.center();
    m_peakLabel->position->setCoords(rightHalf ? -6 : 6, -6);
    m_peakLabel->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
}

double TimelineMarkers::peakX() const
{
    return m_peak ? m_peak->position->coords().x() : 0;
}

} // namespace VramScope
