// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pickle/pvalue.h"

#include <QString>

#include <functional>
#include <unordered_map>
#include <vector>

namespace VramScope {

class ByteSource;
class LoadMonitor;

// Bounds on what a file may make the reader do (docs/limits.md).
struct PickleLimits
{
    qint64 maxStringBytes = qint64(256) << 20;
    qint64 maxStackDepth = 1 << 20;   // values on the VM stack
    qint64 maxMarks = 1 << 16;        // open MARKs
    int maxNesting = 512;             // container nesting
    qint64 maxMemoIndex = qint64(1) << 31;
};

// Receives containers as they are created and attached. The snapshot builder implements it to turn
// finished trace entries, frames and stacks into typed records while the file streams by.
class PickleSink
{
public:
    virtual ~PickleSink() = default;
    // Sets c.role (and c.aux) for a new container, knowing the parent it will most likely join.
    virtual void onCreate(PContainer &c, const PContainer *parent, const PValue *key, quint64 index) = 0;
    // Called when child joins parent (under key for dicts). Return false to drop the child (it was
    // converted and stored elsewhere); the child may also be replaced in place, e.g. by a handle.
    virtual bool onAttach(PContainer &parent, const PValue *key, PValue &child) = 0;
    // Fast path for the bulk of a file: returns a target (>= 0, e.g. the device ordinal) when
    // dicts joining `parent` may be decoded straight from the bytes, -1 otherwise.
    virtual int fastDictTarget(const PContainer &parent) const { Q_UNUSED(parent) return -1; }
    // One such dict as key/value pairs (scalars, strings and handles only), decoded now and kept
    // under *token until it joins its parent (onFastAttached). false: error is set.
    virtual bool consumeFastDict(int target, const PValue *items, size_t count, quint64 *token)
    {
        Q_UNUSED(target) Q_UNUSED(items) Q_UNUSED(count) Q_UNUSED(token) return false;
    }
    virtual void onFastAttached(PContainer &parent, quint64 token) { Q_UNUSED(parent) Q_UNUSED(token) }
    // A problem the sink found: reported as an error at the current opcode's offset.
    QString error;
};

// A data-only pickle VM, protocols 0-5. Nothing is ever executed: GLOBAL and STACK_GLOBAL push an
// inert name, REDUCE / BUILD / NEWOBJ / INST / OBJ build an inert placeholder object.
class PickleMachine
{
public:
    PickleMachine(ByteSource &source, StringTable &strings, PickleSink &sink,
                  const PickleLimits &limits = {});
    // Runs to STOP. On failure returns false; errorOffset()/errorReason() say where and why.
    // progress(inputBytesConsumed) is called once per input chunk; monitor cancellation is polled.
    bool run(LoadMonitor *monitor, const std::function<void(qint64)> &progress);
    const PValue &result() const { return m_result; }
    int protocol() const { return m_protocol; }
    qint64 errorOffset() const { return m_errorOffset; }
    QString errorReason() const { return m_errorReason; }
    bool cancelled() const { return m_cancelled; }
    qint64 bytesRead() const { return m_consumedBefore + qint64(m_pos); }

private:
    // Hot path inline: most opcodes find their bytes already buffered.
    bool fill(size_t need) { return m_end - m_pos >= need || refill(need); }
    bool refill(size_t need);
    bool readBytes(size_t n, const char **out)
    {
        if (!fill(n))
            return false;
        *out = m_buf.data() + m_pos;
        m_pos += n;
        return true;
    }
    bool readString(quint64 n, StringId *out);
    bool skipBytes(quint64 n);
    bool fail(const QString &reason);
    bool step(quint8 op);
    bool push(PValue v)
    {
        if (qint64(m_stack.size()) >= m_limits.maxStackDepth) [[unlikely]]
            return stackOverflow();
        m_stack.push_back(std::move(v));
        return true;
    }
    bool stackOverflow();
    bool pop(PValue *out);
    bool popMark(size_t *markPos);
    bool newContainer(PContainer::Type type, PValue *out);
    bool attach(PContainer &parent, const PValue *key, PValue child);
    bool memoPut(quint64 index);
    bool memoGet(quint64 index);
    bool pushLong(const char *data, size_t n);
    bool buildObject(StringId name, size_t from);
    int tryFastDict(); // 1 handled, 0 not applicable (nothing consumed), -1 error
    const char *tightDictBody(const char *p, const char *end, PValue *items, size_t *count) const;
    const PContainer *likelyParentList() const;
    void memoStore(quint64 index, const PValue &value);
    StringId internLatin1(const char *data, size_t n);

    ByteSource &m_source;
    StringTable &m_strings;
    PickleSink &m_sink;
    PickleLimits m_limits;
    std::vector<char> m_buf;
    size_t m_pos = 0;
    size_t m_end = 0;
    qint64 m_consumedBefore = 0; // bytes dropped from the buffer's front
    bool m_eof = false;
    std::vector<PValue> m_stack;
    std::vector<size_t> m_marks;
    std::vector<PValue> m_memo;
    std::unordered_map<quint64, PValue> m_sparseMemo;
    struct FastPut
    {
        quint64 index = 0;
        PValue value;
    };
    std::vector<PValue> m_fastItems; // scratch of tryFastDict
    std::vector<FastPut> m_fastPuts; // indices far past the end (protocol 0-3)
    PValue m_result;
    int m_protocol = 0;
    qint64 m_opOffset = 0;
    qint64 m_errorOffset = -1;
    QString m_errorReason;
    bool m_cancelled = false;
    bool m_haveRoot = false;
};

} // namespace VramScope
