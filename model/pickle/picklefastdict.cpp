// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// PickleMachine's fast path for the dicts that make up most of a snapshot (trace entries): decoded
// straight from the buffered bytes into key/value pairs, without the VM's stack, containers or
// per-opcode dispatch. Anything unusual (a new frames list, nested containers, odd opcodes)
// returns 0 with nothing consumed, and the general VM runs the dict instead.
#include "pickle/picklemachine.h"

#include "io/bytesource.h"

#include <cstring>

namespace VramScope {

namespace {
constexpr size_t FastWindow = 16384; // a trace entry is < 200 bytes; larger dicts take the VM
constexpr size_t MaxPairs = 32;
constexpr size_t MaxPuts = 40;

quint64 le(const char *p, int n)
{
    quint64 v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}
} // namespace

// Where a dict created now will go: [list, MARK, items...] or [list] (APPEND).
const PContainer *PickleMachine::likelyParentList() const
{
    const size_t sz = m_stack.size();
    if (!m_marks.empty()) {
        const size_t mark = m_marks.back();
        if (mark >= 1 && mark <= sz) {
            const PContainer *c = m_stack[mark - 1].containerPtr();
            return c && c->type == PContainer::Type::List ? c : nullptr;
        }
        return nullptr;
    }
    const PContainer *c = sz ? m_stack.back().containerPtr() : nullptr;
    return c && c->type == PContainer::Type::List ? c : nullptr;
}

// The shape of nearly every trace entry after the first few thousand: each key a memo reference
// to a string, each value a small integer, None, a bool or a memo reference to a scalar (an
// interned string, a converted stack), no memo stores, no FRAME inside. One pass over the bytes
// with one bounds check per pair: ~5x fewer instructions than the general loop (callgrind).
// Returns the position after SETITEMS, or nullptr (nothing committed) for anything else.
const char *PickleMachine::tightDictBody(const char *p, const char *end, PValue *items,
                                         size_t *count) const
{
    const PValue *memo = m_memo.data();
    const size_t memoSize = m_memo.size();
    size_t n = 0;
    for (;;) {
        // The longest pair here is j (5) + LONG1 of 8 (10) bytes; then the next opcode.
        if (end - p < 16)
            return nullptr;
        quint8 op = quint8(*p);
        if (op == 'u') {
            *count = n;
            return p + 1;
        }
        if (n == MaxPairs * 2)
            return nullptr;
        quint64 idx;
        if (op == 'h') {
            idx = quint8(p[1]);
            p += 2;
        } else if (op == 'j') {
            idx = le(p + 1, 4);
            p += 5;
        } else {
            return nullptr;
        }
        if (idx >= memoSize || !memo[idx].isString())
            return nullptr;
        items[n] = memo[idx];
        PValue &v = items[n + 1];
        op = quint8(*p);
        switch (op) {
        case 'h':
        case 'j': {
            idx = op == 'h' ? quint8(p[1]) : le(p + 1, 4);
            p += op == 'h' ? 2 : 5;
            if (idx >= memoSize)
                return nullptr;
            const PValue &m = memo[idx];
            if (m.kind() == PValue::Kind::Container || m.kind() == PValue::Kind::Global
                || m.kind() == PValue::Kind::None)
                return nullptr; // containers need the VM; a None slot may never have been stored
            v = m;
            break;
        }
        case 'K':
            v = PValue::integer(quint8(p[1]));
            p += 2;
            break;
        case 'M':
            v = PValue::integer(qint64(le(p + 1, 2)));
            p += 3;
            break;
        case 'J':
            v = PValue::integer(qint32(quint32(le(p + 1, 4))));
            p += 5;
            break;
        case 0x8a: {
            const size_t len = quint8(p[1]);
            if (len == 0 || len > 8)
                return nullptr;
            quint64 x = le(p + 2, int(len));
            if ((quint8(p[1 + len]) & 0x80) && len < 8)
                x |= ~quint64(0) << (8 * len);
            v = PValue::integer(qint64(x));
            p += 2 + len;
            break;
        }
        case 'N':
            v = PValue::none();
            ++p;
            break;
        case 0x88:
            v = PValue::boolean(true);
            ++p;
            break;
        case 0x89:
            v = PValue::boolean(false);
            ++p;
            break;
        default:
            return nullptr;
        }
        n += 2; // an int followed by an int (a pool-id tuple) fails at the next key: general loop
    }
}

int PickleMachine::tryFastDict()
{
    const PContainer *parent = likelyParentList();
    if (!parent)
        return 0;
    const int target = m_sink.fastDictTarget(*parent);
    if (target < 0)
        return 0;
    while (m_end - m_pos < FastWindow && !m_eof) { // top the buffer up without failing at EOF
        if (!refill(std::min(FastWindow, m_end - m_pos + 4096)))
            break;
    }
    m_errorOffset = -1; // a refill that hit EOF is not an error here: the VM will see it
    m_errorReason.clear();
    const char *p = m_buf.data() + m_pos;
    const char *const end = m_buf.data() + m_end;

    // Reused across calls: constructing 100 PValues per entry showed up in the profile.
    std::vector<PValue> &items = m_fastItems;
    std::vector<FastPut> &puts = m_fastPuts;
    items.resize(MaxPairs * 2);
    puts.resize(MaxPuts);
    size_t count = 0;
    size_t putCount = 0;
    quint64 nextMemo = m_memo.size();
    qint64 dictSlot = -1;

    auto lookup = [&](quint64 idx) -> const PValue * {
        for (size_t i = putCount; i-- > 0;)
            if (puts[i].index == idx)
                return &puts[i].value;
        return idx < m_memo.size() ? &m_memo[size_t(idx)] : nullptr;
    };
    auto skipFrames = [&]() {
        while (end - p >= 9 && quint8(*p) == 0x95)
            p += 9;
    };
    // MEMOIZE / BINPUT / LONG_BINPUT after a value: remembered, applied only on success.
    auto memoAfter = [&](const PValue &v, qint64 *slot) -> bool {
        skipFrames();
        if (p >= end)
            return false;
        quint64 idx;
        if (quint8(*p) == 0x94) { idx = nextMemo++; p += 1; }
        else if (*p == 'q' && end - p >= 2) { idx = quint8(p[1]); p += 2; }
        else if (*p == 'r' && end - p >= 5) { idx = le(p + 1, 4); p += 5; }
        else return true;
        if (idx >= quint64(m_limits.maxMemoIndex) || putCount == MaxPuts)
            return false;
        if (slot)
            *slot = qint64(idx);
        else
            puts[putCount++] = {idx, v};
        if (idx >= nextMemo)
            nextMemo = idx + 1;
        return true;
    };
    auto readInt = [&](PValue *out) -> bool {
        const quint8 op = quint8(*p);
        if (op == 'K' && end - p >= 2) { *out = PValue::integer(quint8(p[1])); p += 2; return true; }
        if (op == 'M' && end - p >= 3) { *out = PValue::integer(qint64(le(p + 1, 2))); p += 3; return true; }
        if (op == 'J' && end - p >= 5) { *out = PValue::integer(qint32(quint32(le(p + 1, 4)))); p += 5; return true; }
        if (op == 0x8a && end - p >= 2) {
            const size_t n = quint8(p[1]);
            if (n == 0 || n > 8 || size_t(end - p) < 2 + n)
                return false; // 9-byte and empty LONG1s take the VM
            quint64 v = le(p + 2, int(n));
            if ((quint8(p[1 + n]) & 0x80) && n < 8)
                v |= ~quint64(0) << (8 * n);
            *out = PValue::integer(qint64(v));
            p += 2 + n;
            return true;
        }
        return false;
    };
    auto readValue = [&](PValue *out) -> bool {
        skipFrames();
        if (p >= end)
            return false;
        const quint8 op = quint8(*p);
        switch (op) {
        case 0x8c: case 'X': {
            const int lenBytes = op == 0x8c ? 1 : 4;
            if (end - p < 1 + lenBytes)
                return false;
            const quint64 n = le(p + 1, lenBytes);
            if (n > quint64(end - p - 1 - lenBytes))
                return false;
            *out = PValue::string(m_strings.intern(std::string_view(p + 1 + lenBytes, size_t(n))));
            p += 1 + lenBytes + n;
            return memoAfter(*out, nullptr);
        }
        case 'h': case 'j': {
            const int n = op == 'h' ? 1 : 4;
            if (end - p < 1 + n)
                return false;
            const PValue *v = lookup(le(p + 1, n));
            if (!v || v->kind() == PValue::Kind::Container || v->kind() == PValue::Kind::Global)
                return false; // an unconverted container: let the VM handle it
            *out = *v;
            p += 1 + n;
            return true;
        }
        case 'N': *out = PValue::none(); ++p; return true;
        case 0x88: *out = PValue::boolean(true); ++p; return true;
        case 0x89: *out = PValue::boolean(false); ++p; return true;
        default: break;
        }
        if (!readInt(out))
            return false;
        skipFrames();
        if (p < end && (quint8(*p) == 'K' || quint8(*p) == 'M' || quint8(*p) == 'J' || quint8(*p) == 0x8a)) {
            // Two ints in a row: a pool id, written as TUPLE2.
            PValue second;
            if (!readInt(&second) || p >= end || quint8(*p) != 0x86)
                return false;
            ++p;
            PContainer *t = PContainer::create();
            t->type = PContainer::Type::Tuple;
            t->items.push_back(*out);
            t->items.push_back(second);
            *out = PValue::container(t);
            return memoAfter(*out, nullptr);
        }
        return true;
    };

    skipFrames();
    if (!memoAfter(PValue(), &dictSlot))
        return 0;
    skipFrames();
    if (p >= end || *p != '(')
        return 0;
    ++p;
    const char *tightEnd = tightDictBody(p, end, items.data(), &count);
    if (tightEnd) {
        p = tightEnd; // the common shape, decoded by the tight loop
    } else {
        for (;;) {
            skipFrames();
            if (p >= end)
                return 0;
            if (*p == 'u') {
                ++p;
                break;
            }
            if (count == MaxPairs * 2 || !readValue(&items[count]) || !items[count].isString()
                || !readValue(&items[count + 1]))
                return 0;
            count += 2;
        }
    }

    // Success: commit the memo, hand the pairs over, leave a marker for APPENDS to count.
    for (size_t i = 0; i < putCount; ++i)
        memoStore(puts[i].index, puts[i].value);
    if (dictSlot >= 0)
        memoStore(quint64(dictSlot), PValue::handle(PValue::Kind::Consumed, 0));
    m_pos = size_t(p - m_buf.data());
    quint64 token = 0;
    const bool consumed = m_sink.consumeFastDict(target, items.data(), count, &token);
    for (size_t i = 0; !tightEnd && i < count; ++i)
        items[i] = PValue(); // drop references (pool-id tuples) now, not at the next entry
    if (!consumed) {
        fail(m_sink.error);
        return -1;
    }
    return push(PValue::handle(PValue::Kind::Consumed, token + 1)) ? 1 : -1;
}

} // namespace VramScope
