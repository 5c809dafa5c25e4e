// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// A training-loop-shaped Document built in code, for view tests that need exact numbers without
// a loader: parameters alive from before the window, per-iteration activations that grow and are
// freed, a spike near the end and an OOM as the last event.

#include "document.h"

#include <algorithm>
#include <memory>

namespace VramScope::Testing {

struct SyntheticSpec
{
    qint64 events = 20000;
    int iterations = 20;
    quint64 paramBytes = quint64(2) << 30;   // 2 GiB, alive before the window
    quint64 activationBytes = quint64(64) << 20; // per allocation
    bool withTime = true;
    bool withOom = true;
};

inline DocumentPtr makeSyntheticDocument(const SyntheticSpec &spec = {})
{
    auto snapshot = std::make_shared<Snapshot>();
    // One stack for every activation, innermost first: a native allocator frame, torch, user code.
    const auto frame = [&](const char *file, const char *name, int line) {
        snapshot->frames.push_back({snapshot->strings.intern(file), snapshot->strings.intern(name), line});
        return FrameId(snapshot->frames.size() - 1);
    };
    snapshot->stackFrames = {frame("c10/cuda/CUDACachingAllocator.cpp", "c10::cuda::malloc", 1234),
                             frame("/usr/lib/python3/dist-packages/torch/nn/modules/linear.py", "forward", 116),
                             frame("/home/u/model.py", "forward", 42),
                             frame("/usr/lib/python3.11/runpy.py", "_run_code", 86),
                             frame("/home/u/train.py", "<module>", 10)};
    snapshot->stackOffsets = {0, 0, quint32(snapshot->stackFrames.size())};
    const StackId activationStack = 1;
    auto doc = std::make_shared<Document>();
    doc->path = QStringLiteral("/tmp/synthetic.pickle");
    DeviceTimeline dev;
    dev.device = 0;
    CategorySeries cats;
    std::vector<TraceEntry> trace;

    // One long-lived parameter block from before the window.
    AllocationInterval params;
    params.addr = 0x10000000;
    params.size = spec.paramBytes;
    params.origin = IntervalOrigin::SnapshotBlock;
    params.category = quint8(Category::Parameter);
    dev.intervals.push_back(params);

    qint64 allocated = qint64(spec.paramBytes);
    std::array<qint64, CategoryCount> perCat{};
    perCat[size_t(Category::Parameter)] = allocated;
    std::array<qint64, CategoryCount> lastCat = perCat;
    const qint64 perIteration = std::max<qint64>(spec.events / spec.iterations, 4);
    std::vector<size_t> open; // intervals of this iteration
    quint64 addr = 0x20000000;
    qint64 peak = allocated, peakIndex = -1;
    const qint64 oomIndex = spec.withOom ? spec.events - 1 : -1;
    for (qint64 i = 0; i < spec.events; ++i) {
        TraceEntry e;
        e.timeUs = spec.withTime ? 1700000000000000 + i * 50 : NoTime;
        const qint64 phase = i % perIteration;
        const bool spike = i == spec.events * 3 / 4 + 7;
        if (i > 0 && i % 5000 == 0) {
            e.action = TraceAction::Snapshot;
            dev.snapshotMarkers.push_back(i);
        } else if (i == oomIndex) {
            e.action = TraceAction::Oom;
            e.size = quint64(8) << 30;
            OomEvent oom;
            oom.index = i;
            oom.requestedBytes = e.size;
            oom.timeUs = e.timeUs;
            dev.ooms.push_back(oom);
        } else if (phase < perIteration / 2 || spike) {
            AllocationInterval iv;
            iv.addr = addr;
            addr += 0x100000;
            iv.size = spike ? quint64(3) << 30 : spec.activationBytes;
            iv.allocIndex = qint32(i);
            iv.category = quint8(spike ? Category::Temporary : Category::Activation);
            iv.allocStack = spike ? EmptyStack : activationStack;
            open.push_back(dev.intervals.size());
            dev.intervals.push_back(iv);
            allocated += qint64(iv.size);
            perCat[iv.category] += qint64(iv.size);
            e.action = TraceAction::Alloc;
            e.size = iv.size;
            e.addr = iv.addr;
        } else if (!open.empty()) {
            AllocationInterval &iv = dev.intervals[open.back()];
            open.pop_back();
            iv.freeRequestedIndex = iv.freeCompletedIndex = qint32(i);
            allocated -= qint64(iv.size);
            perCat[iv.category] -= qint64(iv.size);
            e.action = TraceAction::FreeCompleted;
            e.size = iv.size;
            e.addr = iv.addr;
        } else {
            e.action = TraceAction::Snapshot;
            dev.snapshotMarkers.push_back(i);
        }
        trace.push_back(e);
        dev.allocated.append(i, allocated);
        dev.reserved.append(i, std::max(allocated, peak) + (qint64(512) << 20));
        // Like the real builder: a category series changes only where its bytes change.
        for (int c = 0; c < CategoryCount; ++c) {
            if (perCat[size_t(c)] != lastCat[size_t(c)])
                cats.bytes[size_t(c)].append(i, perCat[size_t(c)]);
        }
        lastCat = perCat;
        if (allocated > peak) {
            peak = allocated;
            peakIndex = i;
        }
    }
    dev.eventCount = spec.events;
    dev.baselineAllocated = qint64(spec.paramBytes);
    dev.baselineReserved = qint64(spec.paramBytes) + (qint64(512) << 20);
    dev.allocated.finish(spec.events, dev.baselineAllocated);
    dev.reserved.finish(spec.events, dev.baselineReserved);
    for (int c = 0; c < CategoryCount; ++c)
        cats.bytes[size_t(c)].finish(spec.events, c == int(Category::Parameter) ? dev.baselineAllocated : 0);
    dev.peakAllocated = peak;
    dev.peakAllocatedIndex = peakIndex;
    dev.endAllocated = allocated;
    snapshot->deviceTraces.push_back(std::move(trace));
    doc->snapshot = snapshot;
    doc->devices.push_back(std::move(dev));
    doc->categories.push_back(std::move(cats));
    doc->diagnoses.resize(1);
    return doc;
}

} // namespace VramScope::Testing
