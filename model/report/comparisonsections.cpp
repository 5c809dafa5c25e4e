// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/comparisonsections.h"

#include "compare/snapshotcomparison.h"
#include "modeltr.h"
#include "report/reportsections.h"
#include "summaryjson.h"

#include <QDateTime>

#include <algorithm>
#include <cstdlib>

namespace VramScope {

namespace {
using RS = ReportSections;

// One row of the A/B facts table: label, A, B (values already escaped).
QString sideRow(const QString &label, const QString &a, const QString &b)
{
    return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td></tr>\n")
        .arg(label, a, b);
}

QString momentText(const ComparedSide &s)
{
    QString text;
    switch (s.momentKind) {
    case Diagnosis::MomentKind::Oom:
        text = Tr::tr("the OOM at event %1").arg(s.momentIndex);
        break;
    case Diagnosis::MomentKind::Peak:
        text = Tr::tr("the peak at event %1").arg(s.momentIndex);
        break;
    case Diagnosis::MomentKind::Dump:
        text = Tr::tr("the snapshot dump");
        break;
    case Diagnosis::MomentKind::None:
        return Tr::tr("none");
    }
    if (s.momentStep >= 0)
        text += Tr::tr(", step %1").arg(s.momentStep);
    if (s.momentTimeUs != NoTime)
        text += Tr::tr(", %1").arg(
            QDateTime::fromMSecsSinceEpoch(s.momentTimeUs / 1000, Qt::UTC).toString(Qt::ISODate));
    return text;
}

QString alignmentText(TimeAlignment::Mode mode)
{
    switch (mode) {
    case TimeAlignment::Mode::Step:
        return Tr::tr("by training step (both files have detected steps)");
    case TimeAlignment::Mode::RelativeTime:
        return Tr::tr("by seconds since the first event (at least one file has no detected steps)");
    case TimeAlignment::Mode::EventIndex:
        break;
    }
    return Tr::tr("by event index (the files have neither steps nor times in common)");
}

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

// Its length is |delta| against the largest |delta| of the table, its colour says grew or shrank.
QString deltaBar(qint64 delta, qint64 largest)
{
    if (delta == 0 || largest <= 0)
        return {};
    const double width = 100.0 * double(std::llabs(delta)) / double(largest);
    return QStringLiteral("<span class=\"delta-bar %1\" style=\"width:%2%\"></span>")
        .arg(delta > 0 ? QStringLiteral("grew") : QStringLiteral("shrank"))
        .arg(std::max(width, 1.0), 0, 'f', 1);
}

QString signedCell(qint64 delta)
{
    return QStringLiteral("<td class=\"num delta %1\">%2</td>")
        .arg(delta > 0   ? QStringLiteral("grew")
             : delta < 0 ? QStringLiteral("shrank")
                         : QStringLiteral("same"),
             RS::escape(RS::signedBytes(delta)));
}
} // namespace

QString ComparisonSections::title(const SnapshotComparison &c)
{
    return Tr::tr("VRAMScope comparison: %1 → %2").arg(c.a.file, c.b.file);
}

QString ComparisonSections::header(const SnapshotComparison &c)
{
    QString h
        = QStringLiteral("<h1>%1</h1>\n<table class=\"facts sides\">\n").arg(RS::escape(title(c)));
    h += QStringLiteral("<thead><tr><th></th><th>%1</th><th>%2</th></tr></thead>\n<tbody>\n")
             .arg(Tr::tr("A (before)"), Tr::tr("B (after)"));
    h += sideRow(Tr::tr("File"), QStringLiteral("<code>%1</code>").arg(RS::escape(c.a.file)),
                 QStringLiteral("<code>%1</code>").arg(RS::escape(c.b.file)));
    h += sideRow(Tr::tr("Device"), QStringLiteral("cuda:%1").arg(c.a.device),
                 QStringLiteral("cuda:%1").arg(c.b.device));
    h += sideRow(Tr::tr("Moment"), RS::escape(momentText(c.a)), RS::escape(momentText(c.b)));
    h += sideRow(Tr::tr("Allocated at the moment"), RS::escape(formatBytes(c.a.allocatedBytes)),
                 RS::escape(formatBytes(c.b.allocatedBytes)));
    h += sideRow(Tr::tr("Reserved at the moment"), RS::escape(formatBytes(c.a.reservedBytes)),
                 RS::escape(formatBytes(c.b.reservedBytes)));
    h += sideRow(Tr::tr("Peak allocated / reserved"),
                 RS::escape(Tr::tr("%1 / %2").arg(formatBytes(c.a.peakAllocatedBytes),
                                                  formatBytes(c.a.peakReservedBytes))),
                 RS::escape(Tr::tr("%1 / %2").arg(formatBytes(c.b.peakAllocatedBytes),
                                                  formatBytes(c.b.peakReservedBytes))));
    h += sideRow(Tr::tr("Ran out of memory"), yesNo(c.a.oom), yesNo(c.b.oom));
    return h + QStringLiteral("</tbody></table>\n");
}

QString ComparisonSections::verdict(const SnapshotComparison &c)
{
    const QString kind = c.a.oom && !c.b.oom ? QStringLiteral("fixed")
                         : c.b.oom           ? QStringLiteral("oom")
                                             : QStringLiteral("changed");
    return QStringLiteral("<h2>%1</h2>\n<p class=\"verdict verdict-%2\" "
                          "id=\"comparison-verdict\"><strong>%3</strong></p>\n")
        .arg(Tr::tr("Verdict"), kind, RS::escape(c.verdict));
}

QString ComparisonSections::alignment(const SnapshotComparison &c)
{
    return QStringLiteral("<p data-alignment=\"%1\">%2</p>\n")
        .arg(alignmentModeId(c.alignment),
             RS::escape(Tr::tr("Both allocated curves on one axis, aligned %1. The dashed lines "
                               "are the moments compared below.")
                            .arg(alignmentText(c.alignment))));
}

QString ComparisonSections::bands(const SnapshotComparison &c)
{
    // Both bars share one whole (the larger total), so their lengths compare.
    qint64 totalA = 0, totalB = 0, largest = 0;
    for (int i = 0; i < CategoryCount; ++i) {
        totalA += std::max<qint64>(c.a.bands[size_t(i)], 0);
        totalB += std::max<qint64>(c.b.bands[size_t(i)], 0);
        largest = std::max(largest, std::llabs(c.deltaBands[size_t(i)]));
    }
    const qint64 whole = std::max(totalA, totalB);
    QString h
        = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("What changed at the moment, by category"));
    h += QStringLiteral("<div class=\"bars\"><span class=\"bar-label\">A</span>%1<span "
                        "class=\"bar-label\">B</span>%2</div>\n")
             .arg(RS::bandBar(c.a.bands, Tr::tr("Bands of A at its moment"), whole),
                  RS::bandBar(c.b.bands, Tr::tr("Bands of B at its moment"), whole));
    h += QStringLiteral("<table class=\"bands "
                        "deltas\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th></"
                        "th></tr></thead>\n<tbody>\n")
             .arg(Tr::tr("Category"), Tr::tr("A"), Tr::tr("B"), Tr::tr("B − A"));
    for (int i = 0; i < CategoryCount; ++i) {
        const Category cat = Category(i);
        const qint64 a = c.a.bands[size_t(i)], b = c.b.bands[size_t(i)],
                     d = c.deltaBands[size_t(i)];
        const bool largestChange = cat == c.largestChange && d != 0;
        h += QStringLiteral(
                 "<tr class=\"delta-band%1\" data-category=\"%2\" data-a-bytes=\"%3\" "
                 "data-b-bytes=\"%4\" "
                 "data-delta-bytes=\"%5\"><td><span class=\"swatch cat-%2\"></span>%6</td>"
                 "<td class=\"num\">%7</td><td class=\"num\">%8</td>%9<td "
                 "class=\"delta-cell\">%10</td></tr>\n")
                 .arg(largestChange ? QStringLiteral(" largest") : QString(), categoryId(cat))
                 .arg(a)
                 .arg(b)
                 .arg(d)
                 .arg(RS::escape(categoryLabel(cat)), RS::escape(formatBytes(a)),
                      RS::escape(formatBytes(b)), signedCell(d), deltaBar(d, largest));
    }
    h += QStringLiteral("<tr class=\"delta-total\" data-delta-bytes=\"%1\"><td>%2</td><td "
                        "class=\"num\">%3</td>"
                        "<td class=\"num\">%4</td>%5<td></td></tr>\n")
             .arg(c.totalDelta())
             .arg(Tr::tr("Allocated at the moment"), RS::escape(formatBytes(c.a.allocatedBytes)),
                  RS::escape(formatBytes(c.b.allocatedBytes)), signedCell(c.totalDelta()));
    return h + QStringLiteral("</tbody></table>\n");
}

QString ComparisonSections::locations(const SnapshotComparison &c)
{
    QString h
        = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("What grew and what shrank, by location"));
    if (c.byLocation.empty())
        return h
               + QStringLiteral("<p>%1</p>\n")
                     .arg(Tr::tr("No source location holds a different number of bytes at the two "
                                 "moments."));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(Tr::tr("Live bytes at each moment by the top user frame of the allocation stack, "
                         "largest change first."));
    qint64 largest = 0;
    for (const LocationDelta &d : c.byLocation)
        largest = std::max(largest, std::llabs(d.delta()));
    h += QStringLiteral("<table id=\"locations\" "
                        "class=\"deltas\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th></"
                        "th><th>%4</th></tr></thead>\n<tbody>\n")
             .arg(Tr::tr("B − A"), Tr::tr("A"), Tr::tr("B"), Tr::tr("Location (top user frame)"));
    const size_t shown = std::min(c.byLocation.size(), size_t(MaxLocations));
    for (size_t i = 0; i < shown; ++i) {
        const LocationDelta &d = c.byLocation[i];
        const QString where = d.location.isEmpty()
                                  ? RS::escape(Tr::tr("(no frames)"))
                                  : QStringLiteral("<code>%1</code>").arg(RS::escape(d.location));
        h += QStringLiteral("<tr class=\"delta-location\" data-a-bytes=\"%1\" data-b-bytes=\"%2\" "
                            "data-delta-bytes=\"%3\">"
                            "%4<td class=\"num\">%5</td><td class=\"num\">%6</td><td "
                            "class=\"delta-cell\">%7</td><td>%8</td></tr>\n")
                 .arg(d.aBytes)
                 .arg(d.bBytes)
                 .arg(d.delta())
                 .arg(signedCell(d.delta()), RS::escape(formatBytes(d.aBytes)),
                      RS::escape(formatBytes(d.bBytes)), deltaBar(d.delta(), largest), where);
    }
    h += QStringLiteral("</tbody></table>\n");
    if (c.byLocation.size() > shown)
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(Tr::tr("… and %1 more locations with smaller changes (all of them are in "
                             "`vramscope compare --json`).")
                          .arg(c.byLocation.size() - shown));
    return h;
}

QString ComparisonSections::settings(const SnapshotComparison &c)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Allocator settings"));
    if (c.settingsDiff.empty())
        return h
               + QStringLiteral("<p>%1</p>\n")
                     .arg(Tr::tr("A and B recorded the same allocator settings."));
    h += QStringLiteral("<table "
                        "id=\"settings\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></"
                        "thead>\n<tbody>\n")
             .arg(Tr::tr("Setting"), Tr::tr("A"), Tr::tr("B"));
    for (const SettingDifference &d : c.settingsDiff) {
        h += QStringLiteral("<tr class=\"setting\" "
                            "data-key=\"%1\"><td><code>%1</code></td><td><code>%2</code></"
                            "td><td><code>%3</code></td></tr>\n")
                 .arg(RS::escape(d.key), RS::escape(settingValueText(d.a)),
                      RS::escape(settingValueText(d.b)));
    }
    return h + QStringLiteral("</tbody></table>\n");
}

} // namespace VramScope
