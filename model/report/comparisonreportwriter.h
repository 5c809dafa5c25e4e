// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "report/htmlreportwriter.h"
#include "report/reporttemplate.h"

#include <QByteArray>
#include <QDateTime>

namespace VramScope {

class SnapshotComparison;

// The images of the comparison form: the annotated category timeline of each side and one plot
// of both allocated curves on the axis TimeAlignment chose (PNG bytes, empty when missing).
struct ComparisonPlots
{
    ReportPlot a;
    ReportPlot b;
    QByteArray aligned;
};

// Fills compare.html (resources/report/) with a SnapshotComparison: header for A and B, the
// verdict, the aligned plot and both timelines, the per-category bands with the delta table, the
// per-location deltas and the allocator settings that differ. Same rules as HtmlReportWriter:
// one offline file, file data escaped, no URL anywhere.
class ComparisonReportWriter
{
public:
    explicit ComparisonReportWriter(ReportTemplate comparisonTemplate);

    // UTF-8 HTML; empty when the template is invalid.
    QByteArray write(const SnapshotComparison &comparison, const ComparisonPlots &plots,
                     const QDateTime &generated = QDateTime::currentDateTimeUtc()) const;

private:
    ReportTemplate m_template;
};

} // namespace VramScope
