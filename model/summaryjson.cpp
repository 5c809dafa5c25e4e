// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "summaryjson.h"

#include "modeltr.h"

#include <QJsonArray>

namespace VramScope {

QString formatBytes(qint64 bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes < 0 ? -bytes : bytes);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    const QString sign = bytes < 0 ? QStringLiteral("-") : QString();
    if (u == 0)
        return sign + QString::number(qint64(v)) + QStringLiteral(" B");
    return sign + QString::number(v, 'f', 2) + QLatin1Char(' ') + QLatin1String(units[u]);
}

QJsonObject summaryToJson(const Document &doc)
{
    const Snapshot &s = *doc.snapshot;
    QJsonObject root;
    root.insert(QStringLiteral("file"), doc.path);
    root.insert(QStringLiteral("format"),
                QJsonObject{{QStringLiteral("compression"), compressionName(s.format.compression)},
                            {QStringLiteral("pickle_protocol"), s.format.pickleProtocol},
                            {QStringLiteral("layout"), layoutName(s.format.layout)}});
    QJsonArray devices;
    for (const DeviceTimeline &t : doc.devices) {
        QJsonObject d;
        d.insert(QStringLiteral("device"), t.device);
        d.insert(QStringLiteral("trace_entries"), t.eventCount);
        QJsonObject actions;
        for (int a = 0; a < TraceActionCount; ++a) {
            if (t.actionCounts[size_t(a)] > 0)
                actions.insert(traceActionName(TraceAction(a)), t.actionCounts[size_t(a)]);
        }
        d.insert(QStringLiteral("actions"), actions);
        d.insert(QStringLiteral("segments"), t.segmentCount);
        d.insert(QStringLiteral("blocks"), t.blockCount);
        d.insert(QStringLiteral("baseline_allocated_bytes"), t.baselineAllocated);
        d.insert(QStringLiteral("end_allocated_bytes"), t.endAllocated);
        d.insert(QStringLiteral("peak_allocated_bytes"), t.peakAllocated);
        d.insert(QStringLiteral("peak_allocated_index"), t.peakAllocatedIndex);
        d.insert(QStringLiteral("baseline_reserved_bytes"), t.baselineReserved);
        d.insert(QStringLiteral("end_reserved_bytes"), t.endReserved);
        d.insert(QStringLiteral("peak_reserved_bytes"), t.peakReserved);
        d.insert(QStringLiteral("peak_reserved_index"), t.peakReservedIndex);
        QJsonArray ooms;
        for (const OomEvent &o : t.ooms) {
            QJsonObject jo{{QStringLiteral("index"), o.index},
                           {QStringLiteral("requested_bytes"), qint64(o.requestedBytes)}};
            jo.insert(QStringLiteral("device_free_bytes"),
                      o.hasDeviceFree ? QJsonValue(qint64(o.deviceFreeBytes)) : QJsonValue());
            ooms.append(jo);
        }
        d.insert(QStringLiteral("oom_events"), ooms);
        d.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(t.warnings));
        devices.append(d);
    }
    root.insert(QStringLiteral("devices"), devices);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings));
    return root;
}

QString summaryToText(const Document &doc)
{
    const Snapshot &s = *doc.snapshot;
    QString out;
    out += Tr::tr("File: %1\n").arg(doc.path);
    out += Tr::tr("Format: %1, compression %2, pickle protocol %3\n")
               .arg(layoutName(s.format.layout), compressionName(s.format.compression))
               .arg(s.format.pickleProtocol);
    for (const DeviceTimeline &t : doc.devices) {
        out += Tr::tr("\nDevice %1: %2 trace entries, %3 segments, %4 blocks\n")
                   .arg(t.device).arg(t.eventCount).arg(t.segmentCount).arg(t.blockCount);
        QStringList actions;
        for (int a = 0; a < TraceActionCount; ++a) {
            if (t.actionCounts[size_t(a)] > 0)
                actions << QStringLiteral("%1 %2").arg(traceActionName(TraceAction(a))).arg(t.actionCounts[size_t(a)]);
        }
        if (!actions.isEmpty())
            out += Tr::tr("  actions: %1\n").arg(actions.join(QStringLiteral(", ")));
        out += Tr::tr("  allocated: baseline %1, end %2, peak %3 at event %4\n")
                   .arg(formatBytes(t.baselineAllocated), formatBytes(t.endAllocated),
                        formatBytes(t.peakAllocated)).arg(t.peakAllocatedIndex);
        out += Tr::tr("  reserved:  baseline %1, end %2, peak %3 at event %4\n")
                   .arg(formatBytes(t.baselineReserved), formatBytes(t.endReserved),
                        formatBytes(t.peakReserved)).arg(t.peakReservedIndex);
        for (const OomEvent &o : t.ooms) {
            out += Tr::tr("  OOM at event %1: requested %2, device free %3\n")
                       .arg(o.index).arg(formatBytes(qint64(o.requestedBytes)),
                                         o.hasDeviceFree ? formatBytes(qint64(o.deviceFreeBytes)) : Tr::tr("unknown"));
        }
        for (const QString &w : t.warnings)
            out += Tr::tr("  warning: %1\n").arg(w);
    }
    for (const QString &w : doc.snapshot->warnings)
        out += Tr::tr("warning: %1\n").arg(w);
    return out;
}

} // namespace VramScope
