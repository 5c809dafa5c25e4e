// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocationrows.h"

#include "document.h"
#include "framefilter.h"

#include <QHash>

#include <algorithm>

namespace VramScope {

std::vector<AllocationRow> AllocationRows::build(const Document &document, int deviceIndex,
                                                 qint64 event)
{
    std::vector<AllocationRow> rows;
    if (deviceIndex < 0 || deviceIndex >= int(document.devices.size()))
        return rows;
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    const Snapshot *snapshot = document.snapshot.get();
    const std::vector<TraceEntry> *trace = nullptr;
    if (snapshot && dev.device >= 0 && dev.device < int(snapshot->deviceTraces.size()))
        trace = &snapshot->deviceTraces[size_t(dev.device)];
    const auto timeOf = [&](qint64 index) -> qint64 {
        if (!trace || index < 0 || index >= qint64(trace->size()) || trace->front().timeUs == NoTime)
            return NoTime;
        const qint64 t = (*trace)[size_t(index)].timeUs;
        return t == NoTime ? NoTime : t - trace->front().timeUs;
    };
    QHash<StackId, QString> frameTextCache; // many allocations share a stack

    const std::vector<quint32> live = dev.liveAt(event);
    rows.reserve(live.size());
    for (quint32 i : live) {
        const AllocationInterval &iv = dev.intervals[i];
        AllocationRow row;
        row.interval = i;
        row.size = qint64(iv.size);
        row.category = iv.category;
        row.allocIndex = iv.allocIndex;
        row.allocTimeUs = timeOf(iv.allocIndex);
        if (iv.freeCompletedIndex != NotFreed) {
            row.lifetimeEvents = iv.freeCompletedIndex - std::max<qint64>(iv.allocIndex, 0);
            const qint64 t0 = timeOf(iv.allocIndex);
            const qint64 t1 = timeOf(iv.freeCompletedIndex);
            if (t0 != NoTime && t1 != NoTime)
                row.lifetimeUs = t1 - t0;
        }
        if (snapshot && iv.stream < snapshot->streams.size())
            row.stream = snapshot->streams[iv.stream];
        row.addr = iv.addr;
        row.origin = iv.origin;
        if (snapshot && iv.allocStack != EmptyStack) {
            auto it = frameTextCache.find(iv.allocStack);
            if (it == frameTextCache.end()) {
                const FrameId top = FrameFilter::topUserFrame(*snapshot, iv.allocStack);
                it = frameTextCache.insert(iv.allocStack, FrameFilter::shortText(*snapshot, top));
            }
            row.topFrame = it.value();
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AllocationRow &a, const AllocationRow &b) { return a.size > b.size; });
    return rows;
}

} // namespace VramScope
