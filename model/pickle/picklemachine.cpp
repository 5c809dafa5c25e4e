// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "pickle/picklemachine.h"

#include "io/bytesource.h"
#include "io/hugepages.h"
#include "loadmonitor.h"
#include "modeltr.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace VramScope {

namespace {
constexpr size_t ChunkSize = 1 << 20;
constexpr int CancelPollMask = 0x3fff; // poll every 16 k opcodes

quint64 readLE(const char *p, int n)
{
    quint64 v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}
} // namespace

PickleMachine::PickleMachine(ByteSource &source, StringTable &strings, PickleSink &sink,
                             const PickleLimits &limits)
    : m_source(source), m_strings(strings), m_sink(sink), m_limits(limits)
{
    m_buf.resize(ChunkSize);
}

bool PickleMachine::fail(const QString &reason)
{
    if (m_errorOffset < 0) {
        m_errorOffset = m_opOffset;
        m_errorReason = reason;
    }
    return false;
}

// Makes at least `need` bytes available at m_pos; the buffer grows only with bytes really read,
// never with a length the file merely declares.
bool PickleMachine::refill(size_t need)
{
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_consumedBefore += qint64(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    while (m_end < need) {
        if (m_eof)
            return fail(Tr::tr("unexpected end of data (the file is truncated)"));
        if (m_buf.size() - m_end < ChunkSize / 2)
            m_buf.resize(std::max(m_buf.size() * 2, m_end + ChunkSize));
        const qint64 got = m_source.read(m_buf.data() + m_end, qint64(m_buf.size() - m_end));
        if (got < 0)
            return fail(m_source.errorString());
        if (got == 0)
            m_eof = true;
        m_end += size_t(got);
    }
    return true;
}

bool PickleMachine::readString(quint64 n, StringId *out)
{
    if (qint64(n) < 0 || qint64(n) > m_limits.maxStringBytes)
        return fail(Tr::tr("string of %1 bytes exceeds the limit of %2 bytes")
                        .arg(n).arg(m_limits.maxStringBytes));
    const char *p = nullptr;
    if (!readBytes(size_t(n), &p))
        return false;
    *out = m_strings.intern(std::string_view(p, size_t(n)));
    return true;
}

bool PickleMachine::skipBytes(quint64 n)
{
    while (n > 0) {
        const size_t step = size_t(std::min<quint64>(n, ChunkSize));
        const char *p = nullptr;
        if (!readBytes(step, &p))
            return false;
        n -= step;
    }
    return true;
}

bool PickleMachine::stackOverflow()
{
    return fail(Tr::tr("more than %1 values on the pickle stack").arg(m_limits.maxStackDepth));
}

bool PickleMachine::pop(PValue *out)
{
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        return fail(Tr::tr("stack underflow"));
    *out = std::move(m_stack.back());
    m_stack.pop_back();
    return true;
}

bool PickleMachine::popMark(size_t *markPos)
{
    if (m_marks.empty())
        return fail(Tr::tr("MARK expected but none is open"));
    *markPos = m_marks.back();
    m_marks.pop_back();
    return true;
}

StringId PickleMachine::internLatin1(const char *data, size_t n)
{
    return m_strings.intern(std::string_view(data, n));
}

// Creates an empty container and asks the sink what it stands for. The likely parent is read off
// the stack: [list, new] (APPEND), [dict, key, new] (SETITEM), or [parent, MARK, items.., new].
bool PickleMachine::newContainer(PContainer::Type type, PValue *out)
{
    PContainer *c = PContainer::create();
    c->type = type;
    if (type == PContainer::Type::Dict)
        c->items.reserve(16); // a trace entry's 6-9 keys and values without regrowing
    *out = PValue::container(c);
    const size_t sz = m_stack.size();
    const size_t mark = m_marks.empty() ? 0 : m_marks.back();
    const PContainer *parent = nullptr;
    const PValue *key = nullptr;
    quint64 index = 0;
    auto above = [&](size_t i) { return m_marks.empty() || i >= mark; };
    if (sz >= 1 && above(sz - 1) && m_stack[sz - 1].containerPtr()
        && m_stack[sz - 1].containerPtr()->type == PContainer::Type::List) {
        parent = m_stack[sz - 1].containerPtr();
        index = parent->items.size() + parent->consumed;
    } else if (!m_marks.empty() && mark >= 1 && m_stack[mark - 1].containerPtr()) {
        parent = m_stack[mark - 1].containerPtr();
        const size_t n = sz - mark;
        if (parent->type == PContainer::Type::Dict) {
            if (n % 2 == 1)
                key = &m_stack[sz - 1];
            else
                parent = nullptr; // a container as a dict key: nothing the schema knows
        } else {
            index = parent->items.size() + parent->consumed + n;
        }
    } else if (sz >= 2 && above(sz - 2) && m_stack[sz - 2].containerPtr()
               && m_stack[sz - 2].containerPtr()->type == PContainer::Type::Dict) {
        parent = m_stack[sz - 2].containerPtr();
        key = &m_stack[sz - 1];
    }
    if (!parent && !m_haveRoot && sz == 0 && m_marks.empty()) {
        m_haveRoot = true;
        m_sink.onCreate(*c, nullptr, nullptr, 0);
    } else if (parent) {
        m_sink.onCreate(*c, parent, key, index);
    } // else: no parent in sight; the role stays Other and the builder converts it at the end
    m_haveRoot = true;
    return true;
}

bool PickleMachine::attach(PContainer &parent, const PValue *key, PValue child)
{
    PContainer *cc = child.containerPtr();
    if (cc) {
        if (cc == &parent)
            return fail(Tr::tr("a container that contains itself (snapshots have no cycles)"));
        if (cc->depth + 1 > m_limits.maxNesting)
            return fail(Tr::tr("containers nested deeper than %1 levels").arg(m_limits.maxNesting));
        parent.depth = std::max<quint16>(parent.depth, quint16(cc->depth + 1));
    }
    if (!cc) {
        if (child.kind() == PValue::Kind::Consumed) { // a record decoded by the fast path
            if (child.payload() > 0)
                m_sink.onFastAttached(parent, child.payload() - 1);
            ++parent.consumed;
            return true;
        }
        // Scalars and handles need no conversion: the common case, kept cheap.
        if (key)
            parent.items.push_back(*key);
        parent.items.push_back(std::move(child));
        return true;
    }
    const qint64 slot = cc->memoSlot;
    const bool keep = m_sink.onAttach(parent, key, child);
    if (!m_sink.error.isEmpty())
        return fail(m_sink.error);
    if (slot >= 0 && slot < qint64(m_memo.size()) && m_memo[size_t(slot)].containerPtr() == cc
        && (!keep || child.containerPtr() != cc)) {
        // The object became a typed record: later BINGETs of it get the handle.
        m_memo[size_t(slot)] = keep ? child : PValue::handle(PValue::Kind::Consumed, 0);
    }
    if (!keep) {
        ++parent.consumed;
        return true;
    }
    if (key)
        parent.items.push_back(*key);
    parent.items.push_back(std::move(child));
    return true;
}

bool PickleMachine::memoPut(quint64 index)
{
    if (m_stack.empty())
        return fail(Tr::tr("memo store with an empty stack"));
    if (index >= quint64(m_limits.maxMemoIndex))
        return fail(Tr::tr("memo index %1 out of range").arg(index));
    const PValue &top = m_stack.back();
    if (PContainer *c = top.containerPtr(); c && c->memoSlot < 0)
        c->memoSlot = qint64(index);
    memoStore(index, top);
    return true;
}

void PickleMachine::memoStore(quint64 index, const PValue &value)
{
    if (index < m_memo.size()) {
        m_memo[size_t(index)] = value;
    } else if (index < m_memo.size() + (1u << 20)) {
        if (index >= m_memo.capacity()) {
            // One slot per memoized object: a slot per trace entry, 16 MB on 1 M entries. Grown
            // by hand so the new buffer gets huge pages before the copy touches it.
            std::vector<PValue> grown;
            reserveHuge(grown, std::max<size_t>({size_t(index) + 1, m_memo.capacity() * 2, 4096}));
            std::move(m_memo.begin(), m_memo.end(), std::back_inserter(grown));
            m_memo.swap(grown);
        }
        m_memo.resize(size_t(index) + 1);
        m_memo[size_t(index)] = value;
    } else {
        m_sparseMemo[index] = value;
    }
}

bool PickleMachine::memoGet(quint64 index)
{
    if (index < m_memo.size())
        return push(m_memo[size_t(index)]);
    auto it = m_sparseMemo.find(index);
    if (it == m_sparseMemo.end())
        return fail(Tr::tr("memo index %1 was never stored").arg(index));
    return push(it->second);
}

// Two's-complement little-endian integers (LONG1 / LONG4): addresses, time_us, 2^64-1.
bool PickleMachine::pushLong(const char *d, size_t n)
{
    if (n == 0)
        return push(PValue::integer(0));
    const bool negative = quint8(d[n - 1]) & 0x80;
    if (n <= 8) {
        quint64 v = readLE(d, int(n));
        if (negative && n < 8)
            v |= ~quint64(0) << (8 * n);
        return push(PValue::integer(qint64(v)));
    }
    // 9+ bytes: fits in 64 bits unsigned only when the extra bytes are zero.
    for (size_t i = 8; i < n; ++i) {
        if (d[i] != 0)
            return push(PValue::bigInteger());
    }
    const quint64 v = readLE(d, 8);
    return push(v > quint64(INT64_MAX) ? PValue::unsignedInteger(v) : PValue::integer(qint64(v)));
}

// REDUCE, BUILD, NEWOBJ, INST, OBJ: nothing is called; an inert object records the class name.
bool PickleMachine::buildObject(StringId name, size_t from)
{
    m_stack.resize(from);
    PContainer *c = PContainer::create();
    c->type = PContainer::Type::Object;
    c->aux = name;
    return push(PValue::container(c));
}

bool PickleMachine::run(LoadMonitor *monitor, const std::function<void(qint64)> &progress)
{
    qint64 lastConsumed = -1;
    for (quint64 n = 0;; ++n) {
        if ((n & CancelPollMask) == 0) {
            if (monitor && monitor->isCanceled()) {
                m_cancelled = true;
                return fail(Tr::tr("cancelled"));
            }
            if (progress && m_source.inputBytesConsumed() != lastConsumed) {
                lastConsumed = m_source.inputBytesConsumed();
                progress(lastConsumed);
            }
        }
        m_opOffset = bytesRead();
        if (!fill(1)) {
            m_errorReason = m_opOffset == 0 ? Tr::tr("empty pickle")
                                            : Tr::tr("unexpected end of data before STOP (the file is truncated)");
            return false;
        }
        const quint8 op = quint8(m_buf[m_pos++]);
        if (op == '.') {
            PValue v;
            if (!pop(&v))
                return false;
            m_result = std::move(v);
            return true;
        }
        if (!step(op))
            return false;
    }
}

} // namespace VramScope
