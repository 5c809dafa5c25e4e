// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timelinehovertext.h"

#include "displayformat.h"
#include "document.h"
#include "eventaxis.h"
#include "framefilter.h"
#include "plotpalette.h"

namespace VramScope {

namespace {

QString row(const QString &label, const QString &value, const QColor &swatch = QColor())
{
    const QString mark = swatch.isValid()
        ? QStringLiteral("<span style='color:%1'>&#9632;</span> ").arg(swatch.name())
        : QString();
    return QStringLiteral("<tr><td>%1%2</td><td align='right'>&nbsp;%3</td></tr>")
        .arg(mark, label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString TimelineHoverText::eventLabel(const EventAxis &axis, qint64 event)
{
    if (event < 0)
        return tr("Before the first event");
    const qint64 t = axis.relativeTimeUs(event);
    if (t == NoTime)
        return tr("Event %1").arg(DisplayFormat::count(event));
    return tr("Event %1 · %2").arg(DisplayFormat::count(event), DisplayFormat::duration(t));
}

QString TimelineHoverText::build(const Document &document, int deviceIndex, const EventAxis &axis,
                                 qint64 event, qint64 interval)
{
    if (deviceIndex < 0 || deviceIndex >= int(document.devices.size()))
        return {};
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    QString html = QStringLiteral("<b>%1</b><table>").arg(eventLabel(axis, event).toHtmlEscaped());
    html += row(tr("Allocated"), DisplayFormat::bytes(dev.allocated.valueAt(event), 2));
    html += row(tr("Reserved"), DisplayFormat::bytes(dev.reserved.valueAt(event), 2),
                PlotPalette::reservedLine());
    if (deviceIndex < int(document.categories.size())) {
        const CategorySeries &cats = document.categories[size_t(deviceIndex)];
        // Top of the stack first, as the eye reads the plot.
        for (int c = CategoryCount - 1; c >= 0; --c) {
            const qint64 v = cats.bytes[size_t(c)].valueAt(event);
            if (v != 0)
                html += row(categoryLabel(Category(c)), DisplayFormat::bytes(v, 2),
                            PlotPalette::category(c));
        }
    }
    html += QStringLiteral("</table>");
    if (deviceIndex < int(document.diagnoses.size())) {
        const PhaseMap &phases = document.diagnoses[size_t(deviceIndex)].phases;
        const Phase phase = phases.phaseAt(event);
        const int step = phases.stepAt(event);
        if (phase != Phase::Unknown && step >= 0)
            html += tr("%1, step %2").arg(phaseLabel(phase)).arg(step).toHtmlEscaped() + QStringLiteral("<br>");
        else if (phase != Phase::Unknown)
            html += phaseLabel(phase).toHtmlEscaped() + QStringLiteral("<br>");
    }
    if (event >= 0 && document.snapshot && dev.device < int(document.snapshot->deviceTraces.size())) {
        const auto &trace = document.snapshot->deviceTraces[size_t(dev.device)];
        if (event < qint64(trace.size())) {
            const TraceEntry &e = trace[size_t(event)];
            html += tr("<i>%1 of %2</i>")
                        .arg(traceActionName(e.action).toHtmlEscaped(),
                             DisplayFormat::bytes(qint64(e.size)));
        }
    }
    if (interval >= 0 && interval < qint64(dev.intervals.size()) && document.snapshot) {
        const AllocationInterval &iv = dev.intervals[size_t(interval)];
        const FrameId top = FrameFilter::topUserFrame(*document.snapshot, iv.allocStack);
        html += QStringLiteral("<hr><b>%1</b> %2<br>%3")
                    .arg(tr("Allocation").toHtmlEscaped(),
                         DisplayFormat::bytes(qint64(iv.size), 2).toHtmlEscaped(),
                         FrameFilter::shortText(*document.snapshot, top).toHtmlEscaped());
    }
    return html;
}

} // namespace VramScope
