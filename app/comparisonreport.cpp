// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "comparisonreport.h"

#include "clireport.h"
#include "comparisonview.h"
#include "qcustomplotinclude.h"
#include "report/comparisonreportwriter.h"

#include <QCoreApplication>

namespace VramScope {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int deviceIndexOf(const Document &document, int ordinal)
{
    for (size_t i = 0; i < document.devices.size(); ++i) {
        if (document.devices[i].device == ordinal)
            return i < document.diagnoses.size() ? int(i) : -1;
    }
    return -1;
}

QByteArray renderAlignedPlot(const DocumentPtr &a, const DocumentPtr &b,
                             const SnapshotComparison &comparison, const PlotExportOptions &options)
{
    // The comparison window's own plot, never shown: the page then draws exactly what the app does.
    ComparisonView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setComparison(a, b, comparison);
    const QSize size = options.size.expandedTo(QSize(200, 120));
    return PlotExport::toPng(
        view.plot()
            ->toPixmap(size.width(), size.height(), std::max(options.scale, 0.25))
            .toImage());
}

QByteArray buildComparisonReport(const DocumentPtr &a, const DocumentPtr &b,
                                 const SnapshotComparison &comparison,
                                 const PlotExportOptions &options, QString *error)
{
    const int indexA = deviceIndexOf(*a, comparison.a.device);
    const int indexB = deviceIndexOf(*b, comparison.b.device);
    if (indexA < 0 || indexB < 0) {
        if (error) {
            *error = indexA < 0 ? Cli::tr("%1: device %2 has no trace entries or segments")
                                      .arg(a->path)
                                      .arg(comparison.a.device)
                                : Cli::tr("%1: device %2 has no trace entries or segments")
                                      .arg(b->path)
                                      .arg(comparison.b.device);
        }
        return {};
    }
    const ReportTemplate tpl = ReportTemplate::loadComparison(ReportTemplate::resourceDir(), error);
    if (!tpl.isValid())
        return {};
    // Two timelines and the aligned plot: each a little lower than the single report's one.
    PlotExportOptions timeline = options;
    timeline.size.setHeight(std::max(120, options.size.height() * 3 / 4));
    ComparisonPlots plots;
    plots.a = renderReportPlot(a, indexA, timeline);
    plots.b = renderReportPlot(b, indexB, timeline);
    PlotExportOptions aligned = timeline;
    aligned.scale = std::max(options.scale, 2.0);
    plots.aligned = renderAlignedPlot(a, b, comparison, aligned);
    const QByteArray html = ComparisonReportWriter(tpl).write(comparison, plots);
    if (html.isEmpty() && error)
        *error = Cli::tr("%1, %2: could not render the comparison report").arg(a->path, b->path);
    return html;
}

} // namespace VramScope
