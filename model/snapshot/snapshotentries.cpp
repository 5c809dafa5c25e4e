// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// SnapshotBuilder: trace entries, blocks, segments and annotations.
#include "snapshot/snapshotbuilder.h"

#include "io/hugepages.h"
#include "modeltr.h"

namespace VramScope {

namespace {
template<typename F>
void forEachPair(const PValue *items, size_t count, F &&f)
{
    for (size_t i = 0; i + 1 < count; i += 2)
        f(items[i], items[i + 1]);
}

template<typename F>
void forEachItem(const PContainer &dict, F &&f)
{
    forEachPair(dict.items.data(), dict.items.size(), f);
}
} // namespace

bool SnapshotBuilder::convertTraceEntry(const PContainer &dict, int device)
{
    return convertTraceEntry(dict.items.data(), dict.items.size(), device);
}

bool SnapshotBuilder::convertTraceEntry(const PValue *items, size_t count, int device)
{
    TraceEntry e;
    quint32 extra = NoExtra;
    if (!decodeTraceEntry(items, count, device, &e, &extra))
        return false;
    m_snap.appendEntry(size_t(device), e, extra);
    return true;
}

bool SnapshotBuilder::decodeTraceEntry(const PValue *items, size_t count, int device,
                                       TraceEntry *out, quint32 *extra)
{
    if (device < 0 || device > 4096)
        return fail(QStringLiteral("device_traces"), Tr::tr("more than 4096 device traces"));
    if (size_t(device) >= m_snap.deviceTraces.size())
        m_snap.deviceTraces.resize(size_t(device) + 1);
    // Grown here rather than by push_back, so that a regrown trace is on huge pages too.
    if (auto &trace = m_snap.deviceTraces[size_t(device)]; trace.size() == trace.capacity())
        reserveHuge(trace, std::max<size_t>({m_expectedEntries, 64, trace.capacity() * 2}));
    m_context = Context::TraceEntry;
    m_contextIndex = qint64(m_snap.deviceTraces[size_t(device)].size() + m_pending.size());
    if (m_contextIndex >= MaxTraceEntries)
        return fail(QStringLiteral("device_traces"),
                    Tr::tr("more than %1 entries in one device trace").arg(MaxTraceEntries));
    m_contextDevice = device;
    TraceEntry &e = *out;
    TraceExtra x;
    bool hasExtra = false;
    bool ok = true;
    forEachPair(items, count, [&](const PValue &k, const PValue &v) {
        if (!ok)
            return;
        switch (keyOf(k)) {
        case KAction:
            if (!v.isString()) {
                ok = fail(QStringLiteral("action"), Tr::tr("key 'action' is not a string"));
                return;
            }
            // Action strings are interned once; look each one up once.
            if (m_actionOf.size() <= v.stringId())
                m_actionOf.resize(size_t(v.stringId()) + 1, 0);
            if (m_actionOf[v.stringId()] == 0) {
                const std::string_view name = m_snap.strings.view(v.stringId());
                m_actionOf[v.stringId()] = qint8(int(traceActionFromName(
                    QString::fromUtf8(name.data(), qsizetype(name.size())))) + 1);
            }
            e.action = TraceAction(m_actionOf[v.stringId()] - 1);
            if (e.action == TraceAction::Unknown) {
                x.actionName = v.stringId();
                hasExtra = true;
                warnOnce(Tr::tr("unknown trace action '%1' kept and counted")
                             .arg(m_snap.strings.string(v.stringId())));
            }
            break;
        case KAddr: { qint64 a = 0; ok = intValue(v, "addr", &a); e.addr = quint64(a); break; }
        case KSize: ok = sizeValue(v, "size", &e.size); break;
        case KStream: {
            if (v.kind() == PValue::Kind::UInt) { e.stream = streamIndex(v.toUInt()); break; }
            qint64 s = 0;
            ok = intValue(v, "stream", &s);
            e.stream = streamIndex(quint64(s));
            break;
        }
        case KTimeUs: ok = intValue(v, "time_us", &e.timeUs); break;
        case KFrames: ok = stackOf(v, &e.stack); break;
        case KDeviceFree: ok = sizeValue(v, "device_free", &x.deviceFree); x.hasDeviceFree = hasExtra = true; break;
        case KCategory:
            if (v.isString()) { x.category = v.stringId(); hasExtra = true; }
            break;
        case KCompileContext:
            if (v.isString() && m_snap.strings.view(v.stringId()) != "N/A") { x.compileContext = v.stringId(); hasExtra = true; }
            break;
        case KUserMetadata:
            if (v.isString() && v.stringId() != 0) { x.userMetadata = v.stringId(); hasExtra = true; }
            break;
        case KPoolId: {
            PoolId p;
            if (poolValue(v, "pool_id", &p) && !p.isDefault()) { x.poolIndex = poolIndex(p); hasExtra = true; }
            ok = error.isEmpty();
            break;
        }
        case KForwardFrames: case KInternalMetadata: case KCppFrames: break;
        default:
            warnOnce(Tr::tr("unknown trace entry key '%1' ignored").arg(k.isString() ? m_snap.strings.string(k.stringId()) : QStringLiteral("?")));
        }
    });
    if (!ok)
        return false;
    if (hasExtra) {
        *extra = quint32(m_snap.extras.size());
        m_snap.extras.push_back(x);
    }
    m_context = Context::None;
    return true;
}

bool SnapshotBuilder::convertBlock(const PContainer &dict)
{
    m_context = Context::Block;
    m_contextIndex = qint64(m_snap.blocks.size());
    Block b;
    bool hasAddress = false, hasRequested = false, ok = true;
    QString state;
    forEachItem(dict, [&](const PValue &k, const PValue &v) {
        if (!ok)
            return;
        switch (keyOf(k)) {
        case KAddress: { qint64 a = 0; ok = intValue(v, "address", &a); b.addr = quint64(a); hasAddress = true; break; }
        case KSize: ok = sizeValue(v, "size", &b.size); break;
        case KRequestedSize: ok = sizeValue(v, "requested_size", &b.requestedSize); hasRequested = true; m_sawFrames21 = true; break;
        case KState:
            if (!v.isString()) { ok = fail(QStringLiteral("state"), Tr::tr("key 'state' is not a string")); return; }
            state = m_snap.strings.string(v.stringId());
            break;
        case KFrames: ok = stackOf(v, &b.stack); m_sawFrames21 = true; break;
        case KHistory: {
            m_sawHistory = true;
            // 2.0: history[0] describes the allocation (format.md a.4, a.9).
            const PContainer *h = v.containerPtr();
            if (h && !h->items.empty() && h->items[0].containerPtr()) {
                forEachItem(*h->items[0].containerPtr(), [&](const PValue &hk, const PValue &hv) {
                    const int key = keyOf(hk);
                    if (key == KRealSize && ok) { ok = sizeValue(hv, "real_size", &b.requestedSize); hasRequested = true; }
                    else if (key == KFrames && ok) ok = stackOf(hv, &b.stack);
                });
            }
            break;
        }
        default: break;
        }
    });
    if (!ok)
        return false;
    if (state == QLatin1String("active_allocated")) b.state = BlockState::ActiveAllocated;
    else if (state == QLatin1String("active_pending_free") || state == QLatin1String("active_awaiting_free")) b.state = BlockState::ActivePendingFree;
    else if (state == QLatin1String("inactive") || state.isEmpty()) b.state = BlockState::Inactive;
    else return fail(QStringLiteral("state"), Tr::tr("unknown block state '%1'").arg(state));
    if (!hasRequested)
        b.requestedSize = b.state == BlockState::Inactive ? 0 : b.size;
    if (!hasAddress)
        b.addr = ~quint64(0); // computed from the segment (older files)
    m_snap.blocks.push_back(b);
    m_context = Context::None;
    return true;
}

bool SnapshotBuilder::convertSegment(const PContainer &dict)
{
    m_context = Context::Segment;
    m_contextIndex = qint64(m_snap.segments.size());
    Segment s;
    s.firstBlock = quint32(m_snap.blocks.size());
    bool ok = true;
    forEachItem(dict, [&](const PValue &k, const PValue &v) {
        if (!ok)
            return;
        qint64 i = 0;
        switch (keyOf(k)) {
        case KDevice: ok = intValue(v, "device", &i); s.device = qint32(i); if (ok && (i < 0 || i > 4096)) ok = fail(QStringLiteral("device"), Tr::tr("device ordinal %1 out of range").arg(i)); break;
        case KAddress: ok = intValue(v, "address", &i); s.addr = quint64(i); break;
        case KTotalSize: ok = sizeValue(v, "total_size", &s.totalSize); break;
        case KAllocatedSize: ok = sizeValue(v, "allocated_size", &s.allocatedSize); break;
        case KActiveSize: ok = sizeValue(v, "active_size", &s.activeSize); break;
        case KRequestedSize: ok = sizeValue(v, "requested_size", &s.requestedSize); break;
        case KStream:
            if (v.kind() == PValue::Kind::UInt) s.stream = streamIndex(v.toUInt());
            else { ok = intValue(v, "stream", &i); s.stream = streamIndex(quint64(i)); }
            break;
        case KSegmentType: s.isLargePool = !(v.isString() && m_snap.strings.view(v.stringId()) == "small"); break;
        case KSegmentPoolId: ok = poolValue(v, "segment_pool_id", &s.pool); if (ok) poolIndex(s.pool); break;
        case KIsExpandable: s.isExpandable = v.kind() == PValue::Kind::Bool && v.toInt(); break;
        case KFrames: ok = stackOf(v, &s.stack); break;
        case KBlocks:
            if (v.kind() == PValue::Kind::BlockRangeHandle) {
                s.firstBlock = quint32(v.payload());
                s.blockCount = v.aux();
            } else if (const PContainer *c = v.containerPtr()) {
                s.firstBlock = quint32(m_snap.blocks.size());
                for (const PValue &item : c->items) {
                    if (ok && (!item.containerPtr() || !convertBlock(*item.containerPtr())))
                        ok = fail(QStringLiteral("blocks"), Tr::tr("block is not a dict"));
                }
                s.blockCount = quint32(m_snap.blocks.size() - s.firstBlock);
            }
            break;
        default: break;
        }
    });
    if (!ok)
        return false;
    // Blocks of older files carry no address: they tile the segment in order (MemoryViz does this).
    quint64 addr = s.addr;
    for (quint32 i = 0; i < s.blockCount; ++i) {
        Block &b = m_snap.blocks[s.firstBlock + i];
        if (b.addr == ~quint64(0))
            b.addr = addr;
        addr = b.addr + b.size;
    }
    m_snap.segments.push_back(s);
    m_context = Context::None;
    return true;
}

bool SnapshotBuilder::convertAnnotation(const PContainer &dict)
{
    Annotation a;
    forEachItem(dict, [&](const PValue &k, const PValue &v) {
        const int key = keyOf(k);
        if (key == KTimeUs && v.isInteger()) a.timeUs = v.toInt();
        else if (key == KDevice && v.isInteger()) a.device = qint32(qBound(qint64(-1), v.toInt(), qint64(4096)));
        else if (key == KName && v.isString()) a.name = v.stringId();
        else if (key == KStage && v.isString()) a.isStart = m_snap.strings.view(v.stringId()) != "END";
    });
    m_snap.annotations.push_back(a);
    return true;
}

} // namespace VramScope
