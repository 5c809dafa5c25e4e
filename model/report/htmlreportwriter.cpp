// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/htmlreportwriter.h"

#include "modeltr.h"
#include "report/reportsections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VramScope {

namespace {
QJsonArray maxima(const std::vector<EnvelopePoint> &points)
{
    QJsonArray a;
    for (const EnvelopePoint &p : points)
        a.append(double(p.max));
    return a;
}

// The data of the hover readout: per bucket of events the first index, the maximum of allocated,
// reserved and every non-empty category, and the labels in the user's language. About 1000
// buckets keep it near 100 KB for any trace length.
QString envelopeJson(const Document &document, int deviceIndex, const ReportPlot &plot)
{
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    const qint64 last = dev.eventCount - 1;
    const int buckets = HtmlReportWriter::EnvelopePoints;
    const std::vector<EnvelopePoint> allocated = dev.allocated.envelope(-1, last, buckets);
    QJsonObject o;
    QJsonArray index;
    for (const EnvelopePoint &p : allocated)
        index.append(double(p.index));
    o.insert(QStringLiteral("i"), index);
    o.insert(QStringLiteral("a"), maxima(allocated));
    o.insert(QStringLiteral("r"), maxima(dev.reserved.envelope(-1, last, buckets)));
    QJsonArray categories;
    if (size_t(deviceIndex) < document.categories.size()) {
        const CategorySeries &cs = document.categories[size_t(deviceIndex)];
        for (int c = CategoryCount - 1; c >= 0; --c) {
            const StepSeries &s = cs.bytes[size_t(c)];
            if (s.maxValue() <= 0)
                continue;
            categories.append(QJsonObject{{QStringLiteral("id"), categoryId(Category(c))},
                                          {QStringLiteral("label"), categoryLabel(Category(c))},
                                          {QStringLiteral("v"), maxima(s.envelope(-1, last, buckets))}});
        }
    }
    o.insert(QStringLiteral("c"), categories);
    o.insert(QStringLiteral("geom"), QJsonObject{{QStringLiteral("l"), plot.axisLeft},
                                                 {QStringLiteral("r"), plot.axisRight},
                                                 {QStringLiteral("x0"), plot.xLower},
                                                 {QStringLiteral("x1"), plot.xUpper}});
    o.insert(QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("event"), Tr::tr("Events from %1")},
                         {QStringLiteral("allocated"), Tr::tr("Allocated (max)")},
                         {QStringLiteral("reserved"), Tr::tr("Reserved (max)")}});
    QString json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // Inside <script> "</" would end the element; "://" would read as a URL. Both are
    // harmless as JSON escapes.
    return json.replace(QLatin1Char('<'), QLatin1String("\\u003c"))
        .replace(QLatin1String("://"), QLatin1String(":\\/\\/"));
}
} // namespace

HtmlReportWriter::HtmlReportWriter(ReportTemplate reportTemplate)
    : m_template(std::move(reportTemplate))
{
}

QString HtmlReportWriter::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(text).mid(pos);
            break;
        }
        out += QStringView(text).mid(pos, open - pos);
        out += values.value(text.mid(open + 2, close - open - 2).trimmed());
        pos = close + 2;
    }
    return out;
}

QByteArray HtmlReportWriter::write(const Document &document, int deviceIndex,
                                   const ReportPlot &plot, const QDateTime &generated) const
{
    if (deviceIndex < 0 || size_t(deviceIndex) >= document.devices.size()
        || size_t(deviceIndex) >= document.diagnoses.size())
        return {};
    const Diagnosis &d = document.diagnoses[size_t(deviceIndex)];
    QHash<QString, QString> v;
    v.insert(QStringLiteral("LANG"), ReportSections::language());
    v.insert(QStringLiteral("TITLE"), ReportSections::escape(ReportSections::title(document, deviceIndex)));
    v.insert(QStringLiteral("STYLE"), m_template.css);
    v.insert(QStringLiteral("SCRIPT"), m_template.js);
    v.insert(QStringLiteral("HEADER"), ReportSections::header(document, deviceIndex));
    v.insert(QStringLiteral("TIMELINE_HEADING"), Tr::tr("Memory timeline"));
    v.insert(QStringLiteral("TIMELINE_ALT"),
             Tr::tr("Memory timeline by category, with the allocated and reserved lines and the moment"));
    v.insert(QStringLiteral("TIMELINE_HINT"), Tr::tr("Move the mouse over the plot to read the values."));
    v.insert(QStringLiteral("TIMELINE_PNG"), ReportSections::pngDataUri(plot.png));
    v.insert(QStringLiteral("ENVELOPE_JSON"), envelopeJson(document, deviceIndex, plot));
    v.insert(QStringLiteral("VERDICT"), ReportSections::verdict(d));
    v.insert(QStringLiteral("BANDS"), ReportSections::bands(d));
    v.insert(QStringLiteral("LADDER"), ReportSections::ladder(d));
    v.insert(QStringLiteral("TOP_ALLOCATIONS"), ReportSections::topAllocations(document, deviceIndex, TopAllocations));
    v.insert(QStringLiteral("HEALTH"), ReportSections::health(d));
    v.insert(QStringLiteral("FOOTER"), ReportSections::footer(generated));
    return fill(m_template.html, v).toUtf8();
}

} // namespace VramScope
