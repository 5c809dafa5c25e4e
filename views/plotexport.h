// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "report/htmlreportwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace VramScope {

struct PlotExportOptions
{
    QSize size = QSize(1200, 560); // logical pixels
    double scale = 1.0;            // 2.0 for a HiDPI image of twice the pixels
    bool annotate = true;          // a title with the file, device and span
};

// Renders the category timeline of one device into an image without showing a window: category
// bands, the allocated and reserved lines, the OOM and peak markers and the legend, as the app
// draws them (with the diagnosis arrow at the tallest band and the recommended rung), plus a title
// with the file, device and span. Needs a QApplication (any platform, offscreen included).
class PlotExport
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::PlotExport)
public:
    struct Result
    {
        QImage image; // null when the device does not exist
        // Where the x axis lies in the image, for the report's hover readout.
        double axisLeft = 0.0;
        double axisRight = 1.0;
        double xLower = 0.0;
        double xUpper = 0.0;
        QString arrowText; // the label of the diagnosis arrow, empty when it is not shown
        bool isNull() const { return image.isNull(); }
    };

    static Result render(const DocumentPtr &document, int deviceIndex,
                         const PlotExportOptions &options = {});
    static QByteArray toPng(const QImage &image);
    static ReportPlot reportPlot(const Result &result); // the PNG and geometry for the HTML report
    static QString titleText(const Document &document, int deviceIndex);
};

} // namespace VramScope
