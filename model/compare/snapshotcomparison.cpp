// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/snapshotcomparison.h"

#include "compare/locationbytes.h"
#include "document.h"
#include "modeltr.h"
#include "summaryjson.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace VramScope {

namespace {
ComparedSide sideOf(const Document &doc, int device)
{
    ComparedSide s;
    s.file = QFileInfo(doc.path).fileName();
    s.device = device < 0 ? doc.defaultDevice() : device;
    for (size_t i = 0; i < doc.devices.size(); ++i) {
        const DeviceTimeline &t = doc.devices[i];
        if (t.device != s.device)
            continue;
        s.peakAllocatedBytes = t.peakAllocated;
        s.peakReservedBytes = t.peakReserved;
        s.oom = !t.ooms.empty();
        if (i < doc.diagnoses.size()) {
            const Diagnosis &d = doc.diagnoses[i];
            s.momentKind = d.momentKind;
            s.momentIndex = d.momentIndex;
            s.momentTimeUs = d.momentTimeUs;
            s.momentStep = d.stepAtMoment;
            s.bands = d.bands;
            s.allocatedBytes = d.allocatedBytes;
            s.reservedBytes = d.reservedBytes;
            s.tallest = d.tallest;
        }
    }
    return s;
}

QString signedBytes(qint64 b)
{
    return (b > 0 ? QStringLiteral("+") : QString()) + formatBytes(b);
}

QString momentText(const ComparedSide &s)
{
    switch (s.momentKind) {
    case Diagnosis::MomentKind::Oom:
        return Tr::tr("the OOM");
    case Diagnosis::MomentKind::Peak:
        return Tr::tr("the peak");
    case Diagnosis::MomentKind::Dump:
        return Tr::tr("the dump");
    case Diagnosis::MomentKind::None:
        break;
    }
    return Tr::tr("no moment");
}

QString makeVerdict(const SnapshotComparison &c)
{
    QString line;
    if (c.deltaBands[size_t(c.largestChange)] == 0) {
        line = Tr::tr("No category changed at the moment (A at %1, B at %2)")
                   .arg(momentText(c.a), momentText(c.b));
    } else {
        line = Tr::tr("%1 %2 at the moment (A at %3, B at %4), total %5")
                   .arg(categoryLabel(c.largestChange), signedBytes(c.deltaBands[size_t(c.largestChange)]),
                        momentText(c.a), momentText(c.b), signedBytes(c.totalDelta()));
    }
    if (c.a.oom && !c.b.oom)
        line += Tr::tr(": the fix took effect, B no longer runs out of memory");
    else if (!c.a.oom && c.b.oom)
        line += Tr::tr(": B runs out of memory, A did not");
    else if (c.a.oom && c.b.oom)
        line += Tr::tr(": both still run out of memory");
    else if (c.b.peakAllocatedBytes < c.a.peakAllocatedBytes)
        line += Tr::tr(": peak allocated %1").arg(signedBytes(c.b.peakAllocatedBytes - c.a.peakAllocatedBytes));
    if (!c.settingsDiff.empty()) {
        QStringList keys;
        for (const SettingDifference &d : c.settingsDiff)
            keys << d.key;
        line += Tr::tr("; allocator settings differ (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    return line;
}
} // namespace

SnapshotComparison SnapshotComparison::compare(const Document &a, const Document &b, int deviceA, int deviceB)
{
    SnapshotComparison c;
    c.a = sideOf(a, deviceA);
    c.b = sideOf(b, deviceB);
    qint64 largest = -1;
    for (int i = 0; i < CategoryCount; ++i) {
        c.deltaBands[size_t(i)] = c.b.bands[size_t(i)] - c.a.bands[size_t(i)];
        if (std::llabs(c.deltaBands[size_t(i)]) > largest) {
            largest = std::llabs(c.deltaBands[size_t(i)]);
            c.largestChange = Category(i);
        }
    }
    const QHash<QString, qint64> la = bytesByLocation(a, c.a.device, c.a.momentIndex);
    const QHash<QString, qint64> lb = bytesByLocation(b, c.b.device, c.b.momentIndex);
    for (auto it = la.begin(); it != la.end(); ++it)
        c.byLocation.push_back({it.key(), it.value(), lb.value(it.key())});
    for (auto it = lb.begin(); it != lb.end(); ++it) {
        if (!la.contains(it.key()))
            c.byLocation.push_back({it.key(), 0, it.value()});
    }
    std::erase_if(c.byLocation, [](const LocationDelta &d) { return d.delta() == 0; });
    std::sort(c.byLocation.begin(), c.byLocation.end(), [](const LocationDelta &x, const LocationDelta &y) {
        const qint64 dx = std::llabs(x.delta()), dy = std::llabs(y.delta());
        return dx != dy ? dx > dy : x.location < y.location;
    });
    if (a.snapshot && b.snapshot)
        c.settingsDiff = diffAllocatorSettings(a.snapshot->allocatorSettings, b.snapshot->allocatorSettings);
    c.alignment = TimeAlignment::commonMode(a, c.a.device, b, c.b.device);
    c.verdict = makeVerdict(c);
    return c;
}

} // namespace VramScope
