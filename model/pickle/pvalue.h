// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/stringtable.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace VramScope {

struct PContainer;

// One value on the pickle VM's stack: 16 bytes. Strings are interned ids, containers are
// reference counted (the memo, the stack and parents share them, as Python's objects are shared).
// Handles stand for objects the snapshot builder already turned into typed records.
class PValue
{
public:
    enum class Kind : quint8 {
        None, Bool, Int, UInt, BigInt, Float, Str, Bytes, Container, Global,
        FrameHandle, StackHandle, BlockRangeHandle, Consumed,
    };

    PValue() = default;
    PValue(const PValue &o) : m_kind(o.m_kind), m_aux(o.m_aux), m_u(o.m_u) { retain(); }
    PValue(PValue &&o) noexcept : m_kind(o.m_kind), m_aux(o.m_aux), m_u(o.m_u) { o.m_kind = Kind::None; }
    PValue &operator=(PValue o) noexcept
    {
        std::swap(m_kind, o.m_kind);
        std::swap(m_aux, o.m_aux);
        std::swap(m_u, o.m_u);
        return *this;
    }
    ~PValue() { release(); }

    static PValue none() { return PValue(); }
    static PValue boolean(bool b) { PValue v(Kind::Bool); v.m_u.i = b; return v; }
    static PValue integer(qint64 i) { PValue v(Kind::Int); v.m_u.i = i; return v; }
    static PValue unsignedInteger(quint64 u) { PValue v(Kind::UInt); v.m_u.u = u; return v; }
    static PValue bigInteger() { return PValue(Kind::BigInt); } // > 64 bits: value not kept
    static PValue real(double d) { PValue v(Kind::Float); v.m_u.f = d; return v; }
    static PValue string(StringId id) { PValue v(Kind::Str); v.m_u.u = id; return v; }
    static PValue bytes(quint64 length) { PValue v(Kind::Bytes); v.m_u.u = length; return v; }
    static PValue global(StringId qualifiedName) { PValue v(Kind::Global); v.m_u.u = qualifiedName; return v; }
    static PValue handle(Kind kind, quint64 payload, quint32 aux = 0)
    {
        PValue v(kind);
        v.m_u.u = payload;
        v.m_aux = aux;
        return v;
    }
    static PValue container(PContainer *c); // takes a new reference

    Kind kind() const { return m_kind; }
    bool isContainer() const { return m_kind == Kind::Container; }
    bool isString() const { return m_kind == Kind::Str; }
    bool isInteger() const { return m_kind == Kind::Int || m_kind == Kind::UInt; }
    qint64 toInt() const { return m_u.i; }
    quint64 toUInt() const { return m_u.u; }
    double toDouble() const { return m_u.f; }
    StringId stringId() const { return StringId(m_u.u); }
    quint64 payload() const { return m_u.u; }
    quint32 aux() const { return m_aux; }
    PContainer *containerPtr() const { return m_kind == Kind::Container ? m_u.c : nullptr; }

private:
    explicit PValue(Kind k) : m_kind(k) {}
    void retain();
    void release();

    Kind m_kind = Kind::None;
    quint32 m_aux = 0;
    union {
        qint64 i;
        quint64 u;
        double f;
        PContainer *c;
    } m_u{0};
};

// What a container stands for in the snapshot schema; decided when it is created, from its
// parent and key (see SnapshotBuilder), so finished children can be converted as they attach.
enum class Role : quint8 {
    Other, Root, Segments, Segment, Blocks, Block, FrameList, Frame, History, HistoryEntry,
    DeviceTraces, DeviceTrace, TraceEntry, Annotations, Annotation, Settings,
};

struct PContainer
{
    enum class Type : quint8 { List, Dict, Tuple, Set, Object };
    Type type = Type::List;
    Role role = Role::Other;
    qint32 refs = 0;
    quint16 depth = 1; // nesting depth below and including this container (bounded by the reader)
    qint64 memoSlot = -1; // where the memo holds it, so a converted object can be swapped there
    quint64 aux = 0;      // role data: device ordinal, first block index, ...
    quint64 consumed = 0; // children converted into typed records and not kept here
    std::vector<PValue> items; // dicts: key, value, key, value...

    // Containers come and go by the million (one per trace entry): recycle them, and their item
    // buffers, instead of asking malloc each time. Per thread, so loads in parallel don't share.
    static PContainer *create();
    static void destroy(PContainer *c);
};

inline PValue PValue::container(PContainer *c)
{
    PValue v(Kind::Container);
    v.m_u.c = c;
    ++c->refs;
    return v;
}

inline void PValue::retain()
{
    if (m_kind == Kind::Container)
        ++m_u.c->refs;
}

inline void PValue::release()
{
    if (m_kind == Kind::Container && --m_u.c->refs == 0)
        PContainer::destroy(m_u.c); // children release recursively; nesting depth is bounded
}

} // namespace VramScope
