// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// SnapshotBuilder: the top level, read once the VM reached STOP.
#include "snapshot/snapshotbuilder.h"

#include "modeltr.h"

#include <QVariantList>

namespace VramScope {

QVariant SnapshotBuilder::toVariant(const PValue &v, int depth) const
{
    switch (v.kind()) {
    case PValue::Kind::None: return {};
    case PValue::Kind::Bool: return bool(v.toInt());
    case PValue::Kind::Int: return v.toInt();
    case PValue::Kind::UInt: return v.toUInt();
    case PValue::Kind::BigInt: return QStringLiteral("(integer over 64 bits)");
    case PValue::Kind::Float: return v.toDouble();
    case PValue::Kind::Str: return m_snap.strings.string(v.stringId());
    default: break;
    }
    const PContainer *c = v.containerPtr();
    if (!c || depth > 16)
        return {};
    if (c->type == PContainer::Type::Dict) {
        QVariantMap map;
        for (size_t i = 0; i + 1 < c->items.size(); i += 2) {
            const QString key = c->items[i].isString() ? m_snap.strings.string(c->items[i].stringId())
                                                       : toVariant(c->items[i], depth + 1).toString();
            map.insert(key, toVariant(c->items[i + 1], depth + 1));
        }
        return map;
    }
    QVariantList list;
    for (const PValue &item : c->items)
        list.append(toVariant(item, depth + 1));
    return list;
}

bool SnapshotBuilder::finishDeviceTraces(const PContainer &list)
{
    m_snap.hasTraceKey = true;
    const size_t devices = list.items.size() + list.consumed;
    if (devices > 4097)
        return fail(QStringLiteral("device_traces"), Tr::tr("more than 4096 device traces"));
    if (m_snap.deviceTraces.size() < devices)
        m_snap.deviceTraces.resize(devices);
    // Lists the VM could not route while streaming (unusual opcode orders) are converted here.
    for (size_t d = 0; d < list.items.size(); ++d) {
        const PContainer *trace = list.items[d].containerPtr();
        if (!trace || trace->type != PContainer::Type::List)
            return fail(QStringLiteral("device_traces"), Tr::tr("device trace %1 is not a list").arg(d));
        const int device = trace->role == Role::DeviceTrace ? int(trace->aux) : int(d + list.consumed);
        for (const PValue &item : trace->items) {
            const PContainer *entry = item.containerPtr();
            if (!entry || entry->type != PContainer::Type::Dict)
                return fail(QStringLiteral("device_traces"), Tr::tr("trace entry is not a dict"));
            if (!convertTraceEntry(*entry, device))
                return false;
        }
    }
    return true;
}

bool SnapshotBuilder::finish(const PValue &root)
{
    const PContainer *c = root.containerPtr();
    if (!c) {
        if (root.kind() == PValue::Kind::Global)
            return fail(QString(), Tr::tr("the pickle is a reference to '%1', not a memory snapshot (nothing was executed)")
                                       .arg(m_snap.strings.string(root.stringId())));
        return fail(QString(), Tr::tr("the pickle holds a single value, not a memory snapshot"));
    }
    if (c->type == PContainer::Type::Object)
        return fail(QString(), Tr::tr("the pickle calls '%1' instead of holding data; it is not a memory snapshot and nothing was executed")
                                   .arg(c->aux ? m_snap.strings.string(StringId(c->aux)) : QStringLiteral("?")));
    if (c->type == PContainer::Type::List) {
        // 1.13 / memory_snapshot(): the pickle is the list of segments.
        for (const PValue &item : c->items) {
            const PContainer *seg = item.containerPtr();
            if (!seg || seg->type != PContainer::Type::Dict)
                return fail(QStringLiteral("segments"), Tr::tr("top-level list holds a non-dict; not a segment list"));
            if (!convertSegment(*seg))
                return false;
        }
        m_snap.format.layout = Layout::BareSegmentList;
        return true;
    }
    if (c->type != PContainer::Type::Dict)
        return fail(QString(), Tr::tr("the top level is a tuple or set, not a memory snapshot"));
    bool known = false;
    for (size_t i = 0; i + 1 < c->items.size(); i += 2) {
        const PValue &value = c->items[i + 1];
        const PContainer *vc = value.containerPtr();
        switch (keyOf(c->items[i])) {
        case KSegments:
            known = true;
            if (!vc || vc->type != PContainer::Type::List)
                return fail(QStringLiteral("segments"), Tr::tr("key 'segments' is not a list"));
            for (const PValue &item : vc->items) {
                if (!item.containerPtr() || !convertSegment(*item.containerPtr()))
                    return fail(QStringLiteral("segments"), Tr::tr("segment is not a dict"));
            }
            break;
        case KDeviceTraces:
            known = true;
            if (!vc || vc->type != PContainer::Type::List)
                return fail(QStringLiteral("device_traces"), Tr::tr("key 'device_traces' is not a list"));
            if (!finishDeviceTraces(*vc))
                return false;
            break;
        case KAllocatorSettings:
            m_snap.allocatorSettings = toVariant(value, 0).toMap();
            break;
        case KExternalAnnotations:
            if (vc) {
                for (const PValue &item : vc->items) {
                    if (item.containerPtr() && item.containerPtr()->type == PContainer::Type::Dict)
                        convertAnnotation(*item.containerPtr());
                }
            }
            break;
        case KHostSegments: case KHostTraces:
            warnOnce(Tr::tr("pinned host memory data (host_segments/host_traces) is not shown"));
            break;
        default:
            warnOnce(Tr::tr("unknown top-level key '%1' ignored")
                         .arg(c->items[i].isString() ? m_snap.strings.string(c->items[i].stringId()) : QStringLiteral("?")));
        }
    }
    if (!known)
        return fail(QStringLiteral("segments"), Tr::tr("neither 'segments' nor 'device_traces' found: not a memory snapshot"));
    m_snap.format.layout = m_sawHistory ? Layout::History20 : Layout::Frames21;
    return true;
}

} // namespace VramScope
