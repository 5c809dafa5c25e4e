// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/diagnosis.h"

#include <QJsonArray>

namespace VramScope {

QString momentKindId(Diagnosis::MomentKind kind)
{
    switch (kind) {
    case Diagnosis::MomentKind::Oom: return QStringLiteral("oom");
    case Diagnosis::MomentKind::Peak: return QStringLiteral("peak");
    case Diagnosis::MomentKind::Dump: return QStringLiteral("dump");
    case Diagnosis::MomentKind::None: break;
    }
    return QStringLiteral("none");
}

namespace {

QJsonValue bytes(qint64 v)
{
    return v == UnknownBytes ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QJsonObject diagnosisToJson(const Diagnosis &d)
{
    QJsonObject moment;
    moment.insert(QStringLiteral("kind"), momentKindId(d.momentKind));
    moment.insert(QStringLiteral("index"), d.momentIndex);
    moment.insert(QStringLiteral("time_us"), d.momentTimeUs == NoTime ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(d.momentTimeUs));
    QJsonObject bands;
    for (int c = 0; c < CategoryCount; ++c)
        bands.insert(categoryId(Category(c)), d.bands[size_t(c)]);

    QJsonArray rungs;
    for (const RungEstimate &r : d.ladder.rungs) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), rungId(r.rung));
        o.insert(QStringLiteral("estimated_savings_bytes"), bytes(r.estimatedSavingsBytes));
        o.insert(QStringLiteral("covers_shortfall"), r.coversShortfall);
        o.insert(QStringLiteral("changes_science"), r.changesScience);
        rungs.append(o);
    }
    QJsonArray hints;
    for (const StepHint &h : d.hints)
        hints.append(h.id);
    QJsonArray health;
    for (const HealthNote &h : d.health) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), h.id);
        o.insert(QStringLiteral("message"), h.message);
        o.insert(QStringLiteral("recapture"), h.recapture);
        health.append(o);
    }
    const RungEstimate *rec = d.recommendedRung();

    QJsonObject o;
    o.insert(QStringLiteral("moment"), moment);
    o.insert(QStringLiteral("bands"), bands);
    o.insert(QStringLiteral("tallest"), categoryId(d.tallest));
    o.insert(QStringLiteral("requested_bytes"), bytes(d.requestedBytes));
    o.insert(QStringLiteral("device_free_bytes"), bytes(d.deviceFreeBytes));
    o.insert(QStringLiteral("allocated_bytes"), d.allocatedBytes);
    o.insert(QStringLiteral("reserved_bytes"), d.reservedBytes);
    o.insert(QStringLiteral("largest_free_block_bytes"), bytes(d.largestFreeBlockBytes));
    o.insert(QStringLiteral("verdict"), verdictId(d.verdict));
    o.insert(QStringLiteral("rungs"), rungs);
    o.insert(QStringLiteral("recommended_rung"), rec ? QJsonValue(rungId(rec->rung)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("hints"), hints);
    o.insert(QStringLiteral("health"), health);
    return o;
}

} // namespace VramScope
