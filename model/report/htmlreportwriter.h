// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "report/reporttemplate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace VramScope {

// The rendered timeline for the report and where its x axis lies inside the image, so the page's
// script can map the mouse to an event without knowing anything about the plot.
struct ReportPlot
{
    QByteArray png;
    double axisLeft = 0.0;  // left edge of the axis rect, as a fraction of the image width
    double axisRight = 1.0; // right edge, same unit
    double xLower = 0.0;    // event index at axisLeft
    double xUpper = 0.0;    // event index at axisRight
};

// Fills the report template (resources/report/) with one device of a Document: header, the
// embedded timeline PNG and a ~1000-point envelope for the hover readout, verdict, bands, ladder,
// top allocations with their stacks, capture health, version and time. Every piece of file data
// is HTML-escaped, and "://" in it is written as an entity so the page never holds a URL: the
// report must open offline and never look like it fetches anything.
class HtmlReportWriter
{
public:
    static constexpr int EnvelopePoints = 1000;
    static constexpr int TopAllocations = 10;

    explicit HtmlReportWriter(ReportTemplate reportTemplate);

    // UTF-8 HTML. deviceIndex indexes Document::devices. generated is shown in the footer.
    QByteArray write(const Document &document, int deviceIndex, const ReportPlot &plot,
                     const QDateTime &generated = QDateTime::currentDateTimeUtc()) const;

    // Replaces every {{NAME}} of text in one pass; inserted values are never scanned again, so
    // data that happens to contain "{{...}}" stays as it is. Unknown names become empty.
    static QString fill(const QString &text, const QHash<QString, QString> &values);

private:
    ReportTemplate m_template;
};

} // namespace VramScope
