// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "summarypanel.h"

#include "diagnosishtml.h"
#include "displayformat.h"

#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace VramScope {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString containerName(Container c)
{
    switch (c) {
    case Container::Pickle: return QStringLiteral("pickle");
    case Container::HtmlEmbed: return SummaryPanel::tr("HTML (embedded pickle)");
    case Container::Json: return QStringLiteral("JSON");
    }
    return {};
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser);
}

QString SummaryPanel::html() const
{
    return m_browser->toHtml();
}

void SummaryPanel::setDocument(const DocumentPtr &document)
{
    m_browser->setHtml(document ? buildHtml(*document) : QString());
}

QString SummaryPanel::buildHtml(const Document &document)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(
        QFileInfo(document.path).fileName().toHtmlEscaped());
    html += row(tr("Path"), document.path);
    html += row(tr("File size"), DisplayFormat::bytes(document.fileSize, 2));
    if (const Snapshot *s = document.snapshot.get()) {
        html += row(tr("Layout"), layoutName(s->format.layout));
        html += row(tr("Container"), containerName(s->format.container));
        html += row(tr("Compression"), compressionName(s->format.compression));
        if (s->format.pickleProtocol >= 0)
            html += row(tr("Pickle protocol"), QString::number(s->format.pickleProtocol));
        html += row(tr("Segments / blocks"), tr("%1 / %2").arg(DisplayFormat::count(qint64(s->segments.size())),
                                                               DisplayFormat::count(qint64(s->blocks.size()))));
        html += row(tr("Distinct frames / stacks"),
                    tr("%1 / %2").arg(DisplayFormat::count(qint64(s->frames.size())),
                                      DisplayFormat::count(s->stackCount())));
        html += row(tr("Trace recorded"), s->hasTraceKey ? tr("yes") : tr("no (no device_traces)"));
    }
    html += QStringLiteral("</table>");

    for (size_t i = 0; i < document.devices.size(); ++i) {
        const DeviceTimeline &dev = document.devices[i];
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Device cuda:%1").arg(dev.device));
        html += DiagnosisHtml::build(document, int(i));
        html += QStringLiteral("<table>");
        html += row(tr("Trace entries"), DisplayFormat::count(dev.eventCount));
        html += row(tr("Allocations"), DisplayFormat::count(qint64(dev.intervals.size())));
        if (document.snapshot && dev.device < int(document.snapshot->deviceTraces.size())) {
            const auto &trace = document.snapshot->deviceTraces[size_t(dev.device)];
            if (!trace.empty() && trace.front().timeUs != NoTime && trace.back().timeUs != NoTime)
                html += row(tr("Time span"),
                            DisplayFormat::duration(trace.back().timeUs - trace.front().timeUs));
        }
        html += row(tr("Peak allocated"), DisplayFormat::bytes(dev.peakAllocated, 2));
        html += row(tr("Peak reserved"), DisplayFormat::bytes(dev.peakReserved, 2));
        html += row(tr("At window start"), tr("%1 allocated, %2 reserved")
                                               .arg(DisplayFormat::bytes(dev.baselineAllocated, 2),
                                                    DisplayFormat::bytes(dev.baselineReserved, 2)));
        html += row(tr("At the end"), tr("%1 allocated, %2 reserved")
                                          .arg(DisplayFormat::bytes(dev.endAllocated, 2),
                                               DisplayFormat::bytes(dev.endReserved, 2)));
        html += row(tr("Segments / blocks in the dump"),
                    tr("%1 / %2").arg(dev.segmentCount).arg(dev.blockCount));
        html += row(tr("Out-of-memory events"), QString::number(dev.ooms.size()));
        for (const OomEvent &oom : dev.ooms) {
            QString text = tr("event %1: %2 requested").arg(DisplayFormat::count(oom.index),
                                                            DisplayFormat::bytes(qint64(oom.requestedBytes), 2));
            if (oom.hasDeviceFree)
                text += tr(", %1 free on the device").arg(DisplayFormat::bytes(qint64(oom.deviceFreeBytes), 2));
            html += row(QString(), text);
        }
        html += QStringLiteral("</table>");
    }

    QStringList warnings = document.warnings;
    for (const DeviceTimeline &dev : document.devices) {
        for (const QString &w : dev.warnings) {
            if (!warnings.contains(w))
                warnings.append(w);
        }
    }
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Warnings"));
        for (const QString &w : std::as_const(warnings))
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace VramScope
