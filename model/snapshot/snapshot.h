// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/stringtable.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace VramScope {

using FrameId = quint32;
using StackId = quint32; // 0 is the empty stack
constexpr StackId EmptyStack = 0;

struct Frame
{
    StringId filename = 0;
    StringId name = 0;
    qint32 line = 0;
};

enum class TraceAction : quint8 {
    Alloc,
    FreeRequested,
    FreeCompleted,
    SegmentAlloc,
    SegmentFree,
    SegmentMap,
    SegmentUnmap,
    Snapshot,
    Oom,
    Unknown, // kept, counted under its own name (see TraceExtra::actionName)
};
constexpr int TraceActionCount = 10;
QString traceActionName(TraceAction action);
TraceAction traceActionFromName(QStringView name);

constexpr quint32 NoExtra = 0xffffffffu;
constexpr qint64 NoTime = INT64_MIN;
// Event indices in AllocationInterval are 32-bit (it stays at 40 bytes per allocation), so one
// device trace holds at most this many entries (docs/limits.md); the rest of qint32 is headroom.
constexpr qint64 MaxTraceEntries = qint64(INT32_MAX) - 2;

// One allocator action. Kept at 32 bytes: the trace is the largest structure alive after an open
// and issue 6 budgets a whole load at 1.5x the pickle. Rare fields (oom's device_free, category,
// metadata, pool) are not stored here but in Snapshot::extras, found through the HasExtra flag
// and the per-device side table Snapshot::deviceExtraRefs (see Snapshot::extraOf).
struct TraceEntry
{
    enum Flag : quint8 { HasExtra = 1 };
    quint64 addr = 0;
    quint64 size = 0;
    qint64 timeUs = NoTime; // microseconds since the Unix epoch; NoTime when the file has none
    StackId stack = EmptyStack;
    quint16 stream = 0; // index into Snapshot::streams
    TraceAction action = TraceAction::Unknown;
    quint8 flags = 0; // Flag bits
};
static_assert(sizeof(TraceEntry) == 32, "TraceEntry grew: every trace entry of a load pays it");

// Links one trace entry (by its index in its device's trace) to its TraceExtra.
struct TraceExtraRef
{
    quint64 entry = 0;       // index into Snapshot::deviceTraces[device]
    quint32 extra = NoExtra; // index into Snapshot::extras
};
using TraceExtraRefs = std::vector<TraceExtraRef>; // sorted by entry

struct TraceExtra
{
    quint64 deviceFree = 0;
    bool hasDeviceFree = false;
    StringId category = 0; // 0 = none (profiler-derived snapshots carry one)
    StringId compileContext = 0;
    StringId userMetadata = 0;
    StringId actionName = 0; // for TraceAction::Unknown
    quint32 poolIndex = 0;   // index into Snapshot::pools, 0 = unknown/default
};

struct PoolId
{
    qint64 first = 0;
    qint64 second = 0;
    bool operator==(const PoolId &) const = default;
    bool isDefault() const { return first == 0 && second == 0; }
};

enum class BlockState : quint8 { ActiveAllocated, ActivePendingFree, Inactive };

struct Block
{
    quint64 addr = 0;
    quint64 size = 0;
    quint64 requestedSize = 0;
    StackId stack = EmptyStack;
    BlockState state = BlockState::Inactive;
};

struct Segment
{
    quint64 addr = 0;
    quint64 totalSize = 0;
    quint64 allocatedSize = 0;
    quint64 activeSize = 0;
    quint64 requestedSize = 0;
    StackId stack = EmptyStack;
    quint32 firstBlock = 0; // range into Snapshot::blocks
    quint32 blockCount = 0;
    qint32 device = 0;
    quint16 stream = 0; // index into Snapshot::streams
    PoolId pool;
    bool isExpandable = false;
    bool isLargePool = true;
};

struct Annotation
{
    qint64 timeUs = NoTime;
    qint32 device = 0;
    StringId name = 0;
    bool isStart = true;
};

enum class Layout : quint8 {
    BareSegmentList, // 1.13 / torch.cuda.memory_snapshot(): a list of segments
    History20,       // 2.0: blocks carry `history`
    Frames21,        // 2.1+: blocks carry `frames` / `requested_size`
    ProfilerTimeline, // export_memory_timeline JSON
    KinetoTrace,      // Chrome trace JSON with [memory] events
};
QString layoutName(Layout layout);

enum class Compression : quint8 { None, Gzip, Zstd };
QString compressionName(Compression c);

enum class Container : quint8 { Pickle, HtmlEmbed, Json };

struct SnapshotFormat
{
    Compression compression = Compression::None;
    Container container = Container::Pickle;
    int pickleProtocol = -1; // -1: not a pickle
    Layout layout = Layout::Frames21;
};

// The typed, immutable contents of one snapshot file. Strings, frames and stacks are stored once
// and referenced by id, as the pickle's memo shares them.
struct Snapshot
{
    SnapshotFormat format;
    StringTable strings;
    std::vector<Frame> frames;
    // stacks[i] = frame ids of stack i, innermost first; stored flat.
    std::vector<FrameId> stackFrames;
    std::vector<quint32> stackOffsets{0, 0}; // stack 0 is empty
    std::vector<quint64> streams{0};         // stream index -> raw cudaStream_t, index 0 is stream 0
    std::vector<PoolId> pools{PoolId{}};     // pool index -> id, index 0 is (0,0)

    std::vector<Segment> segments; // all devices, in file order
    std::vector<Block> blocks;
    std::vector<std::vector<TraceEntry>> deviceTraces; // index = device ordinal
    std::vector<TraceExtra> extras;                    // shared: several entries may point at one
    // index = device ordinal, like deviceTraces; every entry with HasExtra has exactly one ref.
    std::vector<TraceExtraRefs> deviceExtraRefs;
    std::vector<Annotation> annotations;
    QVariantMap allocatorSettings;
    bool hasTraceKey = false; // device_traces present at all
    QStringList warnings;     // non-fatal: unknown keys and actions (each named once)

    int stackCount() const { return int(stackOffsets.size()) - 1; }
    std::pair<const FrameId *, const FrameId *> stack(StackId id) const
    {
        const FrameId *base = stackFrames.data();
        return {base + stackOffsets[id], base + stackOffsets[id + 1]};
    }
    int stackSize(StackId id) const { return int(stackOffsets[id + 1] - stackOffsets[id]); }
    // `e` must be an element of deviceTraces (not a copy): its index is found from its address,
    // so callers keep passing entries as they did when the index lived in the entry.
    const TraceExtra *extraOf(const TraceEntry &e) const;
    const TraceExtra *extraAt(size_t device, quint64 entry) const;
    // Appends e to deviceTraces[device], recording `extra` (NoExtra = none) in the side table.
    void appendEntry(size_t device, TraceEntry e, quint32 extra);
    QString frameText(FrameId id) const; // "file:line:name"
};

} // namespace VramScope
