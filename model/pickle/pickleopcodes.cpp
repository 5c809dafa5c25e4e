// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The opcode table of PickleMachine (protocols 0-5, Python's Lib/pickle.py names).
#include "pickle/picklemachine.h"

#include "modeltr.h"

#include <cstring>
#include <string>

namespace VramScope {

namespace {
quint64 le(const char *p, int n)
{
    quint64 v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

// Protocol 0 'S' strings are Python reprs: 'abc' or "abc" with backslash escapes.
std::string unquote(std::string_view s)
{
    if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
        s = s.substr(1, s.size() - 2);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'x':
            if (i + 2 < s.size()) {
                out += char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
                i += 2;
            }
            break;
        default: out += c;
        }
    }
    return out;
}
} // namespace

bool PickleMachine::step(quint8 op)
{
    const char *d = nullptr;
    auto readLine = [&](std::string_view *line) -> bool {
        for (size_t len = 1;; ++len) {
            if (len > 65536)
                return fail(Tr::tr("text line longer than 64 KiB"));
            if (!fill(len))
                return false;
            if (m_buf[m_pos + len - 1] == '\n') {
                *line = std::string_view(m_buf.data() + m_pos, len - 1);
                m_pos += len;
                return true;
            }
        }
    };
    auto topContainer = [&](PContainer **c) -> bool {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back())
            || !m_stack.back().containerPtr())
            return fail(Tr::tr("opcode 0x%1 needs a container on the stack").arg(op, 2, 16, QLatin1Char('0')));
        *c = m_stack.back().containerPtr();
        return true;
    };
    PValue v, k;
    size_t mark = 0;
    std::string_view line;
    switch (op) {
    case 0x80: // PROTO
        if (!readBytes(1, &d))
            return false;
        m_protocol = quint8(*d);
        if (m_protocol > 5)
            return fail(Tr::tr("unsupported pickle protocol %1").arg(m_protocol));
        return true;
    case 0x95: // FRAME: a length hint only
        return readBytes(8, &d);
    case '(': // MARK
        if (qint64(m_marks.size()) >= m_limits.maxMarks)
            return fail(Tr::tr("more than %1 open MARKs").arg(m_limits.maxMarks));
        m_marks.push_back(m_stack.size());
        return true;
    case '0': return pop(&v);
    case '1': if (!popMark(&mark)) return false; m_stack.resize(mark); return true;
    case '2': if (m_stack.empty()) return fail(Tr::tr("stack underflow")); return push(m_stack.back());
    case 'N': return push(PValue::none());
    case 0x88: return push(PValue::boolean(true));
    case 0x89: return push(PValue::boolean(false));
    case 'K': return readBytes(1, &d) && push(PValue::integer(qint64(quint8(*d))));
    case 'M': return readBytes(2, &d) && push(PValue::integer(qint64(le(d, 2))));
    case 'J': return readBytes(4, &d) && push(PValue::integer(qint64(qint32(quint32(le(d, 4))))));
    case 0x8a: // LONG1
        if (!readBytes(1, &d))
            return false;
        { const size_t n = quint8(*d); return readBytes(n, &d) && pushLong(d, n); }
    case 0x8b: { // LONG4
        if (!readBytes(4, &d))
            return false;
        const quint64 n = le(d, 4);
        if (n > 4096)
            return fail(Tr::tr("integer of %1 bytes is beyond any snapshot value").arg(n));
        return readBytes(size_t(n), &d) && pushLong(d, size_t(n));
    }
    case 'G': { // BINFLOAT, big-endian
        if (!readBytes(8, &d))
            return false;
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i)
            bits = (bits << 8) | quint8(d[i]);
        double f;
        std::memcpy(&f, &bits, 8);
        return push(PValue::real(f));
    }
    case 'I': case 'L': case 'F': { // text numbers (protocol 0)
        if (!readLine(&line))
            return false;
        std::string s(line);
        if (op == 'I' && s == "00") return push(PValue::boolean(false));
        if (op == 'I' && s == "01") return push(PValue::boolean(true));
        if (!s.empty() && s.back() == 'L') s.pop_back();
        bool ok = false;
        const QByteArray bytes = QByteArray::fromStdString(s);
        if (op == 'F') { const double f = bytes.toDouble(&ok); return ok ? push(PValue::real(f)) : fail(Tr::tr("bad float text")); }
        const qlonglong i = bytes.toLongLong(&ok);
        if (ok) return push(PValue::integer(i));
        const qulonglong u = bytes.toULongLong(&ok);
        return ok ? push(PValue::unsignedInteger(u)) : push(PValue::bigInteger());
    }
    case 0x8c: case 'X': case 0x8d: case 'U': case 'T': { // strings (Python 2 STRINGs read as text)
        const int lenBytes = (op == 0x8c || op == 'U') ? 1 : (op == 0x8d ? 8 : 4);
        if (!readBytes(size_t(lenBytes), &d))
            return false;
        StringId id = 0;
        return readString(le(d, lenBytes), &id) && push(PValue::string(id));
    }
    case 'S': case 'V': {
        if (!readLine(&line))
            return false;
        const std::string s = op == 'S' ? unquote(line) : std::string(line);
        return push(PValue::string(m_strings.intern(s)));
    }
    case 'C': case 'B': case 0x8e: case 0x96: { // bytes: kept as length only
        const int lenBytes = op == 'C' ? 1 : (op == 'B' ? 4 : 8);
        if (!readBytes(size_t(lenBytes), &d))
            return false;
        const quint64 n = le(d, lenBytes);
        return skipBytes(n) && push(PValue::bytes(n));
    }
    case 0x97: return fail(Tr::tr("out-of-band buffer (protocol 5 NEXT_BUFFER): not a memory snapshot"));
    case 0x98: return true; // READONLY_BUFFER: no-op on a value
    case '}':
        if (const int fast = tryFastDict(); fast != 0)
            return fast > 0;
        [[fallthrough]];
    case ']': case ')': case 0x8f:
        if (!newContainer(op == '}' ? PContainer::Type::Dict
                          : op == ']' ? PContainer::Type::List
                          : op == ')' ? PContainer::Type::Tuple : PContainer::Type::Set, &v))
            return false;
        return push(std::move(v));
    case 'd': case 'l': case 't': case 0x91: { // DICT, LIST, TUPLE, FROZENSET from MARK
        if (!popMark(&mark))
            return false;
        const auto type = op == 'd' ? PContainer::Type::Dict : op == 'l' ? PContainer::Type::List
                        : op == 't' ? PContainer::Type::Tuple : PContainer::Type::Set;
        if (type == PContainer::Type::Dict && (m_stack.size() - mark) % 2)
            return fail(Tr::tr("DICT with an odd number of items"));
        std::vector<PValue> items(std::make_move_iterator(m_stack.begin() + qsizetype(mark)),
                                  std::make_move_iterator(m_stack.end()));
        m_stack.resize(mark);
        if (!newContainer(type, &v))
            return false;
        PContainer &c = *v.containerPtr();
        for (size_t i = 0; i < items.size(); i += (type == PContainer::Type::Dict ? 2 : 1)) {
            const bool isDict = type == PContainer::Type::Dict;
            if (!attach(c, isDict ? &items[i] : nullptr, isDict ? items[i + 1] : items[i]))
                return false;
        }
        return push(std::move(v));
    }
    case 0x85: case 0x86: case 0x87: { // TUPLE1..3
        const size_t n = op - 0x84;
        if (m_stack.size() < n + (m_marks.empty() ? 0 : m_marks.back()))
            return fail(Tr::tr("stack underflow"));
        std::vector<PValue> items(std::make_move_iterator(m_stack.end() - qsizetype(n)),
                                  std::make_move_iterator(m_stack.end()));
        m_stack.resize(m_stack.size() - n);
        if (!newContainer(PContainer::Type::Tuple, &v))
            return false;
        for (auto &item : items)
            if (!attach(*v.containerPtr(), nullptr, std::move(item)))
                return false;
        return push(std::move(v));
    }
    case 'a': { // APPEND
        PContainer *c = nullptr;
        if (!pop(&v) || !topContainer(&c))
            return false;
        return attach(*c, nullptr, std::move(v));
    }
    case 'e': case 0x90: { // APPENDS, ADDITEMS
        if (!popMark(&mark))
            return false;
        if (mark == 0 || !m_stack[mark - 1].containerPtr())
            return fail(Tr::tr("APPENDS without a list"));
        PContainer *c = m_stack[mark - 1].containerPtr();
        for (size_t i = mark; i < m_stack.size(); ++i)
            if (!attach(*c, nullptr, std::move(m_stack[i])))
                return false;
        m_stack.resize(mark);
        return true;
    }
    case 's': { // SETITEM
        PContainer *c = nullptr;
        if (!pop(&v) || !pop(&k) || !topContainer(&c))
            return false;
        if (c->type != PContainer::Type::Dict && c->type != PContainer::Type::Object)
            return fail(Tr::tr("SETITEM on a non-dict"));
        return attach(*c, &k, std::move(v));
    }
    case 'u': { // SETITEMS
        if (!popMark(&mark))
            return false;
        if (mark == 0 || !m_stack[mark - 1].containerPtr()
            || m_stack[mark - 1].containerPtr()->type == PContainer::Type::List)
            return fail(Tr::tr("SETITEMS without a dict"));
        if ((m_stack.size() - mark) % 2)
            return fail(Tr::tr("SETITEMS with an odd number of items"));
        PContainer *c = m_stack[mark - 1].containerPtr();
        for (size_t i = mark; i < m_stack.size(); i += 2)
            if (!attach(*c, &m_stack[i], std::move(m_stack[i + 1])))
                return false;
        m_stack.resize(mark);
        return true;
    }
    case 0x94: return memoPut(m_memo.size());
    case 'q': return readBytes(1, &d) && memoPut(quint8(*d));
    case 'r': return readBytes(4, &d) && memoPut(le(d, 4));
    case 'h': return readBytes(1, &d) && memoGet(quint8(*d));
    case 'j': return readBytes(4, &d) && memoGet(le(d, 4));
    case 'p': case 'g': {
        if (!readLine(&line))
            return false;
        bool ok = false;
        const quint64 idx = QByteArray::fromStdString(std::string(line)).toULongLong(&ok);
        if (!ok)
            return fail(Tr::tr("bad memo index text"));
        return op == 'p' ? memoPut(idx) : memoGet(idx);
    }
    case 'c': case 'i': { // GLOBAL, INST: module and name lines; never imported
        std::string_view mod, name;
        if (!readLine(&line))
            return false;
        const std::string module(line);
        if (!readLine(&name))
            return false;
        const StringId id = m_strings.intern(module + '.' + std::string(name));
        Q_UNUSED(mod)
        if (op == 'c')
            return push(PValue::global(id));
        if (!popMark(&mark))
            return false;
        return buildObject(id, mark);
    }
    case 0x93: { // STACK_GLOBAL
        PValue name, module;
        if (!pop(&name) || !pop(&module))
            return false;
        if (!name.isString() || !module.isString())
            return fail(Tr::tr("STACK_GLOBAL needs two strings"));
        const std::string q = std::string(m_strings.view(module.stringId())) + '.'
                              + std::string(m_strings.view(name.stringId()));
        return push(PValue::global(m_strings.intern(q)));
    }
    case 'R': case 0x81: { // REDUCE, NEWOBJ: callable/class + args -> inert object
        if (m_stack.size() < 2 + (m_marks.empty() ? 0 : m_marks.back()))
            return fail(Tr::tr("stack underflow"));
        const PValue &callable = m_stack[m_stack.size() - 2];
        const StringId name = callable.kind() == PValue::Kind::Global ? callable.stringId() : 0;
        return buildObject(name, m_stack.size() - 2);
    }
    case 0x92: { // NEWOBJ_EX
        if (m_stack.size() < 3 + (m_marks.empty() ? 0 : m_marks.back()))
            return fail(Tr::tr("stack underflow"));
        const PValue &cls = m_stack[m_stack.size() - 3];
        return buildObject(cls.kind() == PValue::Kind::Global ? cls.stringId() : 0, m_stack.size() - 3);
    }
    case 'o': { // OBJ
        if (!popMark(&mark))
            return false;
        if (mark >= m_stack.size())
            return fail(Tr::tr("OBJ without a class"));
        const PValue &cls = m_stack[mark];
        return buildObject(cls.kind() == PValue::Kind::Global ? cls.stringId() : 0, mark);
    }
    case 'b': { // BUILD: the state is dropped; the object stays inert
        PContainer *c = nullptr;
        return pop(&v) && topContainer(&c);
    }
    case 'P': case 'Q':
        return fail(Tr::tr("persistent id opcode: not a memory snapshot"));
    case 0x82: case 0x83: case 0x84:
        return fail(Tr::tr("extension registry opcode: not a memory snapshot"));
    default:
        return fail(Tr::tr("unknown opcode 0x%1").arg(op, 2, 16, QLatin1Char('0')));
    }
}

} // namespace VramScope
