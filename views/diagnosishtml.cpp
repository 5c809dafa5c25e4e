// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "diagnosishtml.h"

#include "displayformat.h"
#include "document.h"

namespace VramScope {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString bytesOrUnknown(qint64 bytes)
{
    return bytes == UnknownBytes ? DiagnosisHtml::tr("unknown") : DisplayFormat::bytes(bytes, 2);
}

} // namespace

QString DiagnosisHtml::build(const Document &document, int deviceIndex)
{
    if (deviceIndex < 0 || deviceIndex >= int(document.diagnoses.size()))
        return {};
    const Diagnosis &d = document.diagnoses[size_t(deviceIndex)];
    if (d.momentKind == Diagnosis::MomentKind::None)
        return {};
    QString html = QStringLiteral("<table>");
    QString moment;
    switch (d.momentKind) {
    case Diagnosis::MomentKind::Oom: moment = tr("out of memory at event %1"); break;
    case Diagnosis::MomentKind::Peak: moment = tr("peak at event %1"); break;
    default: moment = tr("snapshot dump (event %1)"); break;
    }
    moment = moment.arg(DisplayFormat::count(d.momentIndex));
    if (d.phaseAtMoment != Phase::Unknown)
        moment += QStringLiteral(", ") + phaseLabel(d.phaseAtMoment);
    if (d.stepAtMoment >= 0)
        moment += QStringLiteral(", ") + tr("step %1").arg(d.stepAtMoment);
    html += row(tr("Moment"), moment);
    if (d.verdict != Verdict::None) {
        html += row(tr("Verdict"), verdictLabel(d.verdict));
        if (!d.verdictReason.isEmpty())
            html += row(QString(), d.verdictReason);
        html += row(tr("Requested / free"), tr("%1 / %2").arg(bytesOrUnknown(d.requestedBytes),
                                                              bytesOrUnknown(d.deviceFreeBytes)));
        if (d.largestFreeBlockBytes != UnknownBytes)
            html += row(tr("Largest free cached block"), bytesOrUnknown(d.largestFreeBlockBytes));
    }
    html += row(tr("Allocated / reserved"), tr("%1 / %2").arg(DisplayFormat::bytes(d.allocatedBytes, 2),
                                                              DisplayFormat::bytes(d.reservedBytes, 2)));
    html += row(tr("Tallest band"), tr("%1 (%2)").arg(categoryLabel(d.tallest),
                                                      DisplayFormat::bytes(d.bands[size_t(d.tallest)], 2)));
    if (const RungEstimate *rung = d.recommendedRung()) {
        QString fix = rungLabel(rung->rung);
        if (rung->estimatedSavingsBytes != UnknownBytes)
            fix += QStringLiteral(" — ") + tr("saves about %1").arg(DisplayFormat::bytes(rung->estimatedSavingsBytes));
        html += row(tr("Recommended fix"), fix);
        html += row(QString(), rungExplanation(rung->rung));
    }
    html += QStringLiteral("</table>");
    if (!d.health.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Capture health").toHtmlEscaped());
        for (const HealthNote &note : d.health) {
            html += QStringLiteral("<li>%1").arg(note.message.toHtmlEscaped());
            if (!note.recapture.isEmpty())
                html += QStringLiteral("<br><code>%1</code>").arg(note.recapture.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace VramScope
