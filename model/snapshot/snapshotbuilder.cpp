// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshot/snapshotbuilder.h"

#include "modeltr.h"

namespace VramScope {

namespace {
const char *const KeyNames[] = {
    "segments", "device_traces", "allocator_settings", "external_annotations", "blocks", "frames",
    "history", "filename", "line", "name", "action", "addr", "address", "size", "stream", "time_us",
    "device_free", "compile_context", "user_metadata", "category", "pool_id", "device",
    "total_size", "allocated_size", "active_size", "requested_size", "segment_type",
    "segment_pool_id", "is_expandable", "state", "real_size", "stage", "forward_frames",
    "internal_metadata", "cpp_frames", "host_segments", "host_traces", "user_metadata",
};
static_assert(sizeof(KeyNames) / sizeof(KeyNames[0]) == 38);
} // namespace

SnapshotBuilder::SnapshotBuilder(Snapshot &snapshot) : m_snap(snapshot)
{
    for (int i = 0; i < KCount; ++i) {
        m_keys[size_t(i)] = m_snap.strings.intern(KeyNames[i]);
        Q_ASSERT(m_keys[size_t(i)] < m_keyOfId.size());
        if (m_keyOfId[m_keys[size_t(i)]] == 0)
            m_keyOfId[m_keys[size_t(i)]] = qint8(i + 1);
    }
    m_streamIndex.emplace(0, 0);
}

QString SnapshotBuilder::contextText() const
{
    switch (m_context) {
    case Context::TraceEntry: return Tr::tr("trace entry %1 of device %2").arg(m_contextIndex).arg(m_contextDevice);
    case Context::Block: return Tr::tr("block %1").arg(m_contextIndex);
    case Context::Segment: return Tr::tr("segment %1").arg(m_contextIndex);
    case Context::None: break;
    }
    return QString();
}

bool SnapshotBuilder::fail(const QString &key, const QString &reason)
{
    if (error.isEmpty()) {
        errorKey = key;
        error = m_context == Context::None ? reason : Tr::tr("%1: %2").arg(contextText(), reason);
    }
    return false;
}

void SnapshotBuilder::warnOnce(const QString &text)
{
    if (!m_warned.contains(text)) {
        m_warned.insert(text);
        m_snap.warnings.append(text);
    }
}

// The schema as a tree of roles: (parent role, key) -> child role.
Role SnapshotBuilder::childRole(Role parent, const PValue *key) const
{
    const int k = key ? keyOf(*key) : -1;
    if (k == KFrames)
        return Role::FrameList; // frames under segments, blocks, history and trace entries
    switch (parent) {
    case Role::Root:
        if (!key)
            return Role::Segment; // a bare 1.13 list of segments
        if (k == KSegments) return Role::Segments;
        if (k == KDeviceTraces) return Role::DeviceTraces;
        if (k == KExternalAnnotations) return Role::Annotations;
        if (k == KAllocatorSettings) return Role::Settings;
        return Role::Other;
    case Role::Segments: return key ? Role::Other : Role::Segment;
    case Role::Segment: return k == KBlocks ? Role::Blocks : Role::Other;
    case Role::Blocks: return key ? Role::Other : Role::Block;
    case Role::Block: return k == KHistory ? Role::History : Role::Other;
    case Role::History: return key ? Role::Other : Role::HistoryEntry;
    case Role::FrameList: return key ? Role::Other : Role::Frame;
    case Role::DeviceTraces: return key ? Role::Other : Role::DeviceTrace;
    case Role::DeviceTrace: return key ? Role::Other : Role::TraceEntry;
    case Role::Annotations: return key ? Role::Other : Role::Annotation;
    default: return Role::Other;
    }
}

void SnapshotBuilder::onCreate(PContainer &c, const PContainer *parent, const PValue *key,
                               quint64 index)
{
    if (!parent) { // only the top-level container is created with no parent
        c.role = Role::Root;
        return;
    }
    if (c.type == PContainer::Type::Tuple || c.type == PContainer::Type::Set) {
        c.role = Role::Other;
        return;
    }
    c.role = childRole(parent->role, key);
    if (c.role == Role::DeviceTrace)
        c.aux = index;
    else if (c.role == Role::Blocks)
        c.aux = m_snap.blocks.size();
}

bool SnapshotBuilder::consumeFastDict(int device, const PValue *items, size_t count, quint64 *token)
{
    TraceEntry e;
    quint32 extra = NoExtra;
    if (!decodeTraceEntry(items, count, device, &e, &extra))
        return false;
    *token = m_pending.size();
    m_pending.push_back({e, extra});
    return true;
}

void SnapshotBuilder::onFastAttached(PContainer &parent, quint64 token)
{
    if (token >= m_pending.size())
        return;
    const int device = parent.role == Role::DeviceTrace ? int(parent.aux) : 0;
    m_snap.appendEntry(size_t(device), m_pending[token].entry, m_pending[token].extra);
    if (++m_pendingAttached == m_pending.size()) {
        m_pending.clear();
        m_pendingAttached = 0;
    }
}

bool SnapshotBuilder::onAttach(PContainer &parent, const PValue *key, PValue &child)
{
    const PContainer *c = child.containerPtr();
    const Role role = childRole(parent.role, key);
    const bool isDict = c && c->type == PContainer::Type::Dict;
    switch (role) {
    case Role::Frame:
        return isDict ? convertFrame(*c, &child) : true;
    case Role::FrameList:
        if (c && c->type == PContainer::Type::List)
            return convertStack(*c, &child);
        return true;
    case Role::TraceEntry:
        if (!isDict)
            return fail(QStringLiteral("device_traces"), Tr::tr("trace entry is not a dict"));
        if (!convertTraceEntry(*c, int(parent.aux)))
            return false;
        return false;
    case Role::Block:
        if (!isDict)
            return fail(QStringLiteral("blocks"), Tr::tr("block is not a dict"));
        convertBlock(*c);
        return false;
    case Role::Blocks:
        if (c && c->type == PContainer::Type::List) {
            const quint64 before = m_snap.blocks.size();
            for (const PValue &item : c->items) { // blocks that were not converted on the way
                if (!item.containerPtr() || !convertBlock(*item.containerPtr()))
                    return fail(QStringLiteral("blocks"), Tr::tr("block is not a dict"));
            }
            const quint64 first = c->role == Role::Blocks ? c->aux : before;
            child = PValue::handle(PValue::Kind::BlockRangeHandle, first,
                                   quint32(m_snap.blocks.size() - first));
        }
        return true;
    case Role::Segment:
        if (!isDict)
            return fail(QStringLiteral("segments"), Tr::tr("segment is not a dict"));
        convertSegment(*c);
        return false;
    case Role::Annotation:
        if (isDict)
            convertAnnotation(*c);
        return false;
    default:
        return true;
    }
}

} // namespace VramScope
