// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "plotexport.h"

#include "displayformat.h"
#include "oomarrow.h"
#include "qcustomplotinclude.h"
#include "timelineplot.h"

#include <QBuffer>
#include <QFileInfo>

namespace VramScope {

QString PlotExport::titleText(const Document &document, int deviceIndex)
{
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    QString text = tr("%1 · cuda:%2 · %3 events")
                       .arg(QFileInfo(document.path).fileName())
                       .arg(dev.device)
                       .arg(DisplayFormat::count(dev.eventCount));
    if (document.snapshot && dev.device < int(document.snapshot->deviceTraces.size())) {
        qint64 first = NoTime, last = NoTime;
        for (const TraceEntry &e : document.snapshot->deviceTraces[size_t(dev.device)]) {
            if (e.timeUs == NoTime)
                continue;
            if (first == NoTime)
                first = e.timeUs;
            last = e.timeUs;
        }
        if (first != NoTime)
            text += tr(" over %1").arg(DisplayFormat::duration(last - first));
    }
    return text;
}

PlotExport::Result PlotExport::render(const DocumentPtr &document, int deviceIndex,
                                      const PlotExportOptions &options)
{
    Result result;
    if (!document || deviceIndex < 0 || size_t(deviceIndex) >= document->devices.size())
        return result;
    const QSize size = options.size.expandedTo(QSize(200, 120));
    TimelinePlot view;
    view.setAttribute(Qt::WA_DontShowOnScreen); // a real display never flashes a window
    view.resize(size);
    view.show();
    QCustomPlot *plot = view.plot();
    if (options.annotate) {
        plot->plotLayout()->insertRow(0);
        auto *title = new QCPTextElement(plot, titleText(*document, deviceIndex),
                                         QFont(plot->font().family(), 11, QFont::Bold));
        plot->plotLayout()->addElement(0, 0, title);
    }
    view.setDocument(document, deviceIndex);
    // Lay out once, let the queued envelope update (it follows the axis width) run, then draw.
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The plot draws the diagnosis arrow itself (OomArrow), as in the app.
    if (view.oomArrow().isVisible())
        result.arrowText = view.oomArrow().labelText();
    result.image = plot->toPixmap(size.width(), size.height(), std::max(options.scale, 0.25)).toImage();
    const QRect area = plot->axisRect()->rect();
    result.axisLeft = double(area.left()) / size.width();
    result.axisRight = double(area.right() + 1) / size.width();
    result.xLower = plot->xAxis->range().lower;
    result.xUpper = plot->xAxis->range().upper;
    view.hide();
    return result;
}

QByteArray PlotExport::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

ReportPlot PlotExport::reportPlot(const Result &result)
{
    ReportPlot p;
    p.png = toPng(result.image);
    p.axisLeft = result.axisLeft;
    p.axisRight = result.axisRight;
    p.xLower = result.xLower;
    p.xUpper = result.xUpper;
    return p;
}

} // namespace VramScope
