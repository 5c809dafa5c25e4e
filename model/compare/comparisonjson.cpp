// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/comparisonjson.h"

#include "compare/snapshotcomparison.h"
#include "modeltr.h"
#include "summaryjson.h"

#include <QJsonArray>

namespace VramScope {

namespace {
QJsonObject bandsJson(const std::array<qint64, CategoryCount> &bands)
{
    QJsonObject o;
    for (int i = 0; i < CategoryCount; ++i)
        o.insert(categoryId(Category(i)), double(bands[size_t(i)]));
    return o;
}

QJsonObject sideJson(const ComparedSide &s)
{
    QJsonObject moment{{QStringLiteral("kind"), momentKindId(s.momentKind)},
                       {QStringLiteral("index"), double(s.momentIndex)},
                       {QStringLiteral("time_us"), s.momentTimeUs == NoTime ? QJsonValue() : QJsonValue(double(s.momentTimeUs))},
                       {QStringLiteral("step"), s.momentStep}};
    return QJsonObject{{QStringLiteral("file"), s.file},
                       {QStringLiteral("device"), s.device},
                       {QStringLiteral("moment"), moment},
                       {QStringLiteral("bands"), bandsJson(s.bands)},
                       {QStringLiteral("allocated_bytes"), double(s.allocatedBytes)},
                       {QStringLiteral("reserved_bytes"), double(s.reservedBytes)},
                       {QStringLiteral("peak_allocated_bytes"), double(s.peakAllocatedBytes)},
                       {QStringLiteral("peak_reserved_bytes"), double(s.peakReservedBytes)},
                       {QStringLiteral("oom"), s.oom},
                       {QStringLiteral("tallest"), categoryId(s.tallest)}};
}

QString signedBytes(qint64 b)
{
    return (b > 0 ? QStringLiteral("+") : QString()) + formatBytes(b);
}

} // namespace

QJsonObject comparisonToJson(const SnapshotComparison &c)
{
    QJsonArray locations;
    for (const LocationDelta &d : c.byLocation) {
        locations.append(QJsonObject{{QStringLiteral("location"), d.location},
                                     {QStringLiteral("a_bytes"), double(d.aBytes)},
                                     {QStringLiteral("b_bytes"), double(d.bBytes)},
                                     {QStringLiteral("delta_bytes"), double(d.delta())}});
    }
    QJsonObject settings;
    for (const SettingDifference &d : c.settingsDiff) {
        settings.insert(d.key, QJsonObject{{QStringLiteral("a"), QJsonValue::fromVariant(d.a)},
                                           {QStringLiteral("b"), QJsonValue::fromVariant(d.b)}});
    }
    return QJsonObject{{QStringLiteral("a"), sideJson(c.a)},
                       {QStringLiteral("b"), sideJson(c.b)},
                       {QStringLiteral("alignment"), alignmentModeId(c.alignment)},
                       {QStringLiteral("delta_bands"), bandsJson(c.deltaBands)},
                       {QStringLiteral("delta_by_location"), locations},
                       {QStringLiteral("settings_diff"), settings},
                       {QStringLiteral("verdict"), c.verdict}};
}

QString comparisonToText(const SnapshotComparison &c)
{
    QString out;
    out += Tr::tr("A: %1 (device %2), %3 at event %4, allocated %5\n")
               .arg(c.a.file).arg(c.a.device).arg(momentKindId(c.a.momentKind)).arg(c.a.momentIndex)
               .arg(formatBytes(c.a.allocatedBytes));
    out += Tr::tr("B: %1 (device %2), %3 at event %4, allocated %5\n")
               .arg(c.b.file).arg(c.b.device).arg(momentKindId(c.b.momentKind)).arg(c.b.momentIndex)
               .arg(formatBytes(c.b.allocatedBytes));
    out += Tr::tr("%1 %2 %3 %4\n")
               .arg(Tr::tr("category"), -18).arg(QStringLiteral("A"), 12).arg(QStringLiteral("B"), 12)
               .arg(Tr::tr("B - A"), 12);
    for (int i = 0; i < CategoryCount; ++i) {
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(categoryLabel(Category(i)), -18)
                   .arg(formatBytes(c.a.bands[size_t(i)]), 12)
                   .arg(formatBytes(c.b.bands[size_t(i)]), 12)
                   .arg(signedBytes(c.deltaBands[size_t(i)]), 12);
    }
    if (!c.byLocation.empty())
        out += Tr::tr("By location (top user frame):\n");
    const size_t shown = std::min<size_t>(c.byLocation.size(), 10);
    for (size_t i = 0; i < shown; ++i) {
        const LocationDelta &d = c.byLocation[i];
        out += QStringLiteral("  %1  %2\n")
                   .arg(signedBytes(d.delta()), 12)
                   .arg(d.location.isEmpty() ? Tr::tr("(no frames)") : d.location);
    }
    if (!c.settingsDiff.empty())
        out += Tr::tr("Allocator settings that differ:\n");
    for (const SettingDifference &d : c.settingsDiff)
        out += QStringLiteral("  %1: %2 -> %3\n").arg(d.key, settingValueText(d.a), settingValueText(d.b));
    out += Tr::tr("Verdict: %1\n").arg(c.verdict);
    return out;
}

} // namespace VramScope
