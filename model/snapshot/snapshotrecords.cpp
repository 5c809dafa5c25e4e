// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// SnapshotBuilder: generic pickle containers -> typed records, with type and range checks.
#include "snapshot/snapshotbuilder.h"

#include "modeltr.h"

namespace VramScope {

namespace {
QString kindName(PValue::Kind k)
{
    switch (k) {
    case PValue::Kind::None: return QStringLiteral("None");
    case PValue::Kind::Bool: return QStringLiteral("bool");
    case PValue::Kind::Int: case PValue::Kind::UInt: return QStringLiteral("int");
    case PValue::Kind::BigInt: return Tr::tr("int over 64 bits");
    case PValue::Kind::Float: return QStringLiteral("float");
    case PValue::Kind::Str: return QStringLiteral("str");
    case PValue::Kind::Bytes: return QStringLiteral("bytes");
    case PValue::Kind::Global: return QStringLiteral("global");
    default: return QStringLiteral("container");
    }
}

template<typename F>
void forEachItem(const PContainer &dict, F &&f)
{
    for (size_t i = 0; i + 1 < dict.items.size(); i += 2)
        f(dict.items[i], dict.items[i + 1]);
}
} // namespace

bool SnapshotBuilder::intValueSlow(const PValue &v, const char *key, qint64 *out)
{
    if (v.kind() == PValue::Kind::Int || v.kind() == PValue::Kind::Bool) {
        *out = v.toInt();
        return true;
    }
    if (v.kind() == PValue::Kind::UInt || v.kind() == PValue::Kind::BigInt)
        return fail(QLatin1String(key), Tr::tr("key '%1': value exceeds 2^63").arg(QLatin1String(key)));
    return fail(QLatin1String(key), Tr::tr("key '%1': expected an int, found %2")
                                        .arg(QLatin1String(key), kindName(v.kind())));
}

bool SnapshotBuilder::sizeValueSlow(const PValue &v, const char *key, quint64 *out)
{
    qint64 i = 0;
    if (!intValue(v, key, &i))
        return false;
    if (i < 0)
        return fail(QLatin1String(key), Tr::tr("key '%1': negative size %2").arg(QLatin1String(key)).arg(i));
    // No device holds 1 PiB; the bound keeps the replay's byte sums far from 2^63 (a trace of
    // 2^62-byte allocations overflowed them: signed overflow, shown by the fuzz_replay build).
    if (i > (qint64(1) << 50))
        return fail(QLatin1String(key), Tr::tr("key '%1': size %2 exceeds 1 PiB").arg(QLatin1String(key)).arg(i));
    *out = quint64(i);
    return true;
}

bool SnapshotBuilder::poolValue(const PValue &v, const char *key, PoolId *out)
{
    const PContainer *c = v.containerPtr();
    if (!c || c->type != PContainer::Type::Tuple || c->items.size() != 2)
        return fail(QLatin1String(key), Tr::tr("key '%1': expected a pair of ints").arg(QLatin1String(key)));
    return intValue(c->items[0], key, &out->first) && intValue(c->items[1], key, &out->second);
}

quint16 SnapshotBuilder::streamIndex(quint64 raw)
{
    auto it = m_streamIndex.find(raw);
    if (it != m_streamIndex.end())
        return it->second;
    if (m_snap.streams.size() >= 0xffff) {
        warnOnce(Tr::tr("more than 65535 streams; the rest are shown as one"));
        return 0xfffe;
    }
    const auto idx = quint16(m_snap.streams.size());
    m_snap.streams.push_back(raw);
    m_streamIndex.emplace(raw, idx);
    return idx;
}

quint32 SnapshotBuilder::poolIndex(const PoolId &pool)
{
    for (size_t i = 0; i < m_snap.pools.size(); ++i) {
        if (m_snap.pools[i] == pool)
            return quint32(i);
    }
    m_snap.pools.push_back(pool);
    return quint32(m_snap.pools.size() - 1);
}

bool SnapshotBuilder::convertFrame(const PContainer &dict, PValue *out)
{
    Frame f;
    bool ok = true;
    forEachItem(dict, [&](const PValue &k, const PValue &v) {
        const int key = keyOf(k);
        if (key == KFilename && v.isString()) f.filename = v.stringId();
        else if (key == KName && v.isString()) f.name = v.stringId();
        else if (key == KLine && v.isInteger()) f.line = qint32(qBound(qint64(INT32_MIN), v.toInt(), qint64(INT32_MAX)));
        else if (key == KFilename || key == KName || key == KLine)
            ok = fail(m_snap.strings.string(k.stringId()), Tr::tr("frame key '%1' has a %2")
                          .arg(m_snap.strings.string(k.stringId()), kindName(v.kind())));
    });
    if (!ok)
        return false;
    const std::array<quint32, 3> fk{f.filename, f.name, quint32(f.line)};
    auto it = m_frameIndex.find(fk);
    FrameId id;
    if (it != m_frameIndex.end()) {
        id = it->second;
    } else {
        id = FrameId(m_snap.frames.size());
        m_snap.frames.push_back(f);
        m_frameIndex.emplace(fk, id);
    }
    *out = PValue::handle(PValue::Kind::FrameHandle, id);
    return true;
}

bool SnapshotBuilder::convertStack(const PContainer &list, PValue *out)
{
    std::string key; // frame ids as bytes: identical stacks become one StackId
    key.reserve(list.items.size() * 4);
    for (const PValue &item : list.items) {
        PValue frame = item;
        if (const PContainer *c = item.containerPtr(); c && c->type == PContainer::Type::Dict) {
            if (!convertFrame(*c, &frame))
                return false;
        }
        if (frame.kind() != PValue::Kind::FrameHandle) {
            if (frame.isString())
                continue; // forward_frames-style text lines carry nothing we replay
            return fail(QStringLiteral("frames"), Tr::tr("a frame is a %1, not a dict").arg(kindName(frame.kind())));
        }
        const auto id = quint32(frame.payload());
        key.append(reinterpret_cast<const char *>(&id), 4);
    }
    if (key.empty()) {
        *out = PValue::handle(PValue::Kind::StackHandle, EmptyStack);
        return true;
    }
    auto it = m_stackIndex.find(key);
    StackId id;
    if (it != m_stackIndex.end()) {
        id = it->second;
    } else {
        id = StackId(m_snap.stackOffsets.size() - 1);
        const auto *ids = reinterpret_cast<const quint32 *>(key.data());
        m_snap.stackFrames.insert(m_snap.stackFrames.end(), ids, ids + key.size() / 4);
        m_snap.stackOffsets.push_back(quint32(m_snap.stackFrames.size()));
        m_stackIndex.emplace(std::move(key), id);
    }
    *out = PValue::handle(PValue::Kind::StackHandle, id);
    return true;
}

bool SnapshotBuilder::stackOf(const PValue &v, StackId *out)
{
    if (v.kind() == PValue::Kind::StackHandle) {
        *out = StackId(v.payload());
        return true;
    }
    if (const PContainer *c = v.containerPtr(); c && c->type == PContainer::Type::List) {
        PValue h;
        if (!convertStack(*c, &h))
            return false;
        *out = StackId(h.payload());
        return true;
    }
    if (v.kind() == PValue::Kind::None) {
        *out = EmptyStack;
        return true;
    }
    return fail(QStringLiteral("frames"), Tr::tr("key 'frames' is a %1, not a list").arg(kindName(v.kind())));
}

} // namespace VramScope
