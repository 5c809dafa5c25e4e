// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/oommessage.h"

#include <QJsonArray>

namespace VramScope {

QString oomBackendId(OomBackend b)
{
    switch (b) {
    case OomBackend::Cuda: return QStringLiteral("cuda");
    case OomBackend::RocmHip: return QStringLiteral("rocm-hip");
    case OomBackend::Xpu: return QStringLiteral("xpu");
    case OomBackend::Mps: return QStringLiteral("mps");
    case OomBackend::Other: return QStringLiteral("other");
    case OomBackend::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {

QJsonValue bytesValue(qint64 v)
{
    return v == UnknownBytes ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QString kindId(OomMessage::Kind k)
{
    switch (k) {
    case OomMessage::Kind::GpuOom: return QStringLiteral("gpu_oom");
    case OomMessage::Kind::HostMemory: return QStringLiteral("host_memory");
    case OomMessage::Kind::NotRecognised: break;
    }
    return QStringLiteral("not_recognised");
}

} // namespace

QJsonObject oomMessageToJson(const OomMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("recognised"), m.kind != OomMessage::Kind::NotRecognised);
    o.insert(QStringLiteral("kind"), kindId(m.kind));
    o.insert(QStringLiteral("requested_bytes"), bytesValue(m.requestedBytes));
    o.insert(QStringLiteral("capacity_bytes"), bytesValue(m.capacityBytes));
    o.insert(QStringLiteral("allocated_bytes"), bytesValue(m.allocatedBytes));
    o.insert(QStringLiteral("reserved_bytes"), bytesValue(m.reservedBytes));
    o.insert(QStringLiteral("reserved_unallocated_bytes"), bytesValue(m.reservedUnallocatedBytes));
    o.insert(QStringLiteral("free_bytes"), bytesValue(m.freeBytes));
    o.insert(QStringLiteral("allowed_bytes"), bytesValue(m.allowedBytes));
    o.insert(QStringLiteral("other_processes_bytes"), bytesValue(m.otherProcessesBytes));
    o.insert(QStringLiteral("outside_pytorch_bytes"), bytesValue(m.outsidePyTorchBytes));
    o.insert(QStringLiteral("shortfall_bytes"), bytesValue(m.shortfallBytes));
    o.insert(QStringLiteral("device"), m.device < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.device));
    o.insert(QStringLiteral("rank"), m.rank < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.rank));
    o.insert(QStringLiteral("backend"), m.isOom() ? oomBackendId(m.backend) : QString());
    o.insert(QStringLiteral("truncated"), m.truncated);
    o.insert(QStringLiteral("verdict"), m.isOom() ? verdictId(m.verdict) : verdictId(Verdict::None));
    o.insert(QStringLiteral("verdict_reason"), m.verdictReason);
    QJsonArray rungs;
    for (const RungEstimate &r : m.ladder.rungs) {
        QJsonObject ro;
        ro.insert(QStringLiteral("id"), rungId(r.rung));
        ro.insert(QStringLiteral("estimated_savings_bytes"), bytesValue(r.estimatedSavingsBytes));
        ro.insert(QStringLiteral("covers_shortfall"), r.coversShortfall);
        ro.insert(QStringLiteral("changes_science"), r.changesScience);
        rungs.append(ro);
    }
    o.insert(QStringLiteral("rungs"), rungs);
    o.insert(QStringLiteral("recommended_rung"),
             m.ladder.recommended < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(rungId(m.ladder.rungs[m.ladder.recommended].rung)));
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m.notes));
    return o;
}

} // namespace VramScope
