// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/comparisonreportwriter.h"

#include "compare/snapshotcomparison.h"
#include "modeltr.h"
#include "report/comparisonsections.h"
#include "report/reportsections.h"

#include <QHash>

namespace VramScope {

ComparisonReportWriter::ComparisonReportWriter(ReportTemplate comparisonTemplate)
    : m_template(std::move(comparisonTemplate))
{}

QByteArray ComparisonReportWriter::write(const SnapshotComparison &c, const ComparisonPlots &plots,
                                         const QDateTime &generated) const
{
    if (!m_template.isValid())
        return {};
    using RS = ReportSections;
    using CS = ComparisonSections;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("LANG"), RS::language());
    v.insert(QStringLiteral("TITLE"), RS::escape(CS::title(c)));
    v.insert(QStringLiteral("STYLE"), m_template.css);
    v.insert(QStringLiteral("SCRIPT"), m_template.js);
    v.insert(QStringLiteral("HEADER"), CS::header(c));
    v.insert(QStringLiteral("VERDICT"), CS::verdict(c));
    v.insert(QStringLiteral("ALIGNED_HEADING"), Tr::tr("A and B on one axis"));
    v.insert(QStringLiteral("ALIGNED_TEXT"), CS::alignment(c));
    v.insert(QStringLiteral("ALIGNED_PNG"), RS::pngDataUri(plots.aligned));
    v.insert(QStringLiteral("ALIGNED_ALT"),
             Tr::tr("Allocated bytes of A and B on the aligned axis, with both moments"));
    v.insert(QStringLiteral("TIMELINES_HEADING"), Tr::tr("Memory timelines by category"));
    v.insert(QStringLiteral("TIMELINE_A_CAPTION"),
             RS::escape(Tr::tr("A (before): %1").arg(c.a.file)));
    v.insert(QStringLiteral("TIMELINE_A_PNG"), RS::pngDataUri(plots.a.png));
    v.insert(QStringLiteral("TIMELINE_A_ALT"), Tr::tr("Memory timeline of A by category"));
    v.insert(QStringLiteral("TIMELINE_B_CAPTION"),
             RS::escape(Tr::tr("B (after): %1").arg(c.b.file)));
    v.insert(QStringLiteral("TIMELINE_B_PNG"), RS::pngDataUri(plots.b.png));
    v.insert(QStringLiteral("TIMELINE_B_ALT"), Tr::tr("Memory timeline of B by category"));
    v.insert(QStringLiteral("BANDS"), CS::bands(c));
    v.insert(QStringLiteral("LOCATIONS"), CS::locations(c));
    v.insert(QStringLiteral("SETTINGS"), CS::settings(c));
    v.insert(QStringLiteral("FOOTER"), RS::footer(generated));
    return HtmlReportWriter::fill(m_template.html, v).toUtf8();
}

} // namespace VramScope
