// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "pickle/picklemachine.h"
#include "snapshot/snapshot.h"

#include <QSet>

#include <array>
#include <string>
#include <unordered_map>

namespace VramScope {

// Turns the pickle VM's containers into the typed Snapshot while the file streams by: frames,
// stacks, blocks, segments, trace entries and annotations become records as soon as they join
// their parent, so a 1 GB snapshot never exists as a tree of generic values.
class SnapshotBuilder final : public PickleSink
{
public:
    explicit SnapshotBuilder(Snapshot &snapshot);
    void onCreate(PContainer &c, const PContainer *parent, const PValue *key, quint64 index) override;
    bool onAttach(PContainer &parent, const PValue *key, PValue &child) override;
    int fastDictTarget(const PContainer &parent) const override
    {
        return parent.role == Role::DeviceTrace ? int(parent.aux) : -1;
    }
    bool consumeFastDict(int device, const PValue *items, size_t count, quint64 *token) override;
    void onFastAttached(PContainer &parent, quint64 token) override;
    // Reads the top-level value once the VM reached STOP. On failure fills error (with key).
    bool finish(const PValue &root);
    // Capacity to reserve for each device's trace: growing a 1 GB trace by doubling would briefly
    // hold 1.5x its size; reserved but untouched pages cost no memory.
    void setExpectedEntries(size_t entries) { m_expectedEntries = entries; }
    QString errorKey;

private:
    enum Key : int {
        KSegments, KDeviceTraces, KAllocatorSettings, KExternalAnnotations, KBlocks, KFrames,
        KHistory, KFilename, KLine, KName, KAction, KAddr, KAddress, KSize, KStream, KTimeUs,
        KDeviceFree, KCompileContext, KUserMetadata, KCategory, KPoolId, KDevice, KTotalSize,
        KAllocatedSize, KActiveSize, KRequestedSize, KSegmentType, KSegmentPoolId, KIsExpandable,
        KState, KRealSize, KStage, KForwardFrames, KInternalMetadata, KCppFrames, KHostSegments,
        KHostTraces, KUserMetadataBlock, KCount
    };
    Role childRole(Role parent, const PValue *key) const;
    int keyOf(const PValue &key) const
    {
        // The schema's keys were interned first, so their ids are small: one table look-up.
        if (!key.isString() || key.stringId() >= m_keyOfId.size())
            return -1;
        return m_keyOfId[key.stringId()] - 1;
    }
    bool fail(const QString &key, const QString &reason);
    void warnOnce(const QString &text);

    bool convertFrame(const PContainer &dict, PValue *out);
    bool convertStack(const PContainer &list, PValue *out);
    bool convertTraceEntry(const PContainer &dict, int device);
    bool convertTraceEntry(const PValue *items, size_t count, int device);
    // *extra: the index of the entry's new TraceExtra, or NoExtra.
    bool decodeTraceEntry(const PValue *items, size_t count, int device, TraceEntry *out,
                          quint32 *extra);
    // Entries decoded by the fast path wait here until APPENDS attaches them, so entries reach
    // the trace in file order whichever path decoded them.
    // An entry's extra is only linked once the entry has its final index in its trace.
    struct PendingEntry
    {
        TraceEntry entry;
        quint32 extra;
    };
    std::vector<PendingEntry> m_pending;
    size_t m_expectedEntries = 0;
    size_t m_pendingAttached = 0;
    bool convertBlock(const PContainer &dict);
    bool convertSegment(const PContainer &dict);
    bool convertAnnotation(const PContainer &dict);
    bool stackOf(const PValue &v, StackId *out);
    // Inline for the common case (a plain int); the checks and messages are out of line.
    bool intValue(const PValue &v, const char *key, qint64 *out)
    {
        if (v.kind() == PValue::Kind::Int) [[likely]] {
            *out = v.toInt();
            return true;
        }
        return intValueSlow(v, key, out);
    }
    bool sizeValue(const PValue &v, const char *key, quint64 *out)
    {
        if (v.kind() == PValue::Kind::Int && quint64(v.toInt()) <= (quint64(1) << 50)) [[likely]] {
            *out = quint64(v.toInt());
            return true;
        }
        return sizeValueSlow(v, key, out);
    }
    bool intValueSlow(const PValue &v, const char *key, qint64 *out);
    bool sizeValueSlow(const PValue &v, const char *key, quint64 *out);
    bool poolValue(const PValue &v, const char *key, PoolId *out);
    quint16 streamIndex(quint64 raw);
    quint32 poolIndex(const PoolId &pool);
    QVariant toVariant(const PValue &v, int depth) const;
    bool finishDeviceTraces(const PContainer &list);

    Snapshot &m_snap;
    std::array<StringId, KCount> m_keys{};
    std::unordered_map<quint64, quint16> m_streamIndex;
    struct FrameKeyHash
    {
        size_t operator()(const std::array<quint32, 3> &k) const
        {
            return (size_t(k[0]) * 0x9E3779B97F4A7C15ull) ^ (size_t(k[1]) << 21) ^ size_t(k[2]);
        }
    };
    std::unordered_map<std::array<quint32, 3>, FrameId, FrameKeyHash> m_frameIndex;
    std::unordered_map<std::string, StackId> m_stackIndex;
    QSet<QString> m_warned;
    // What is being converted, for messages; formatted only when something fails.
    enum class Context { None, TraceEntry, Block, Segment };
    Context m_context = Context::None;
    qint64 m_contextIndex = 0;
    int m_contextDevice = 0;
    QString contextText() const;
    std::vector<qint8> m_actionOf; // StringId -> TraceAction + 1 (0 = not looked up yet)
    std::array<qint8, 64> m_keyOfId{}; // StringId (< 64) -> Key + 1
    bool m_sawHistory = false;
    bool m_sawFrames21 = false;
};

} // namespace VramScope
