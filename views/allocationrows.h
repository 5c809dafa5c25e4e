// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/devicetimeline.h"

#include <QString>

#include <vector>

namespace VramScope {

struct Document;

// One live allocation as the Allocations panel shows it; computed off the UI thread.
struct AllocationRow
{
    quint32 interval = 0; // index into DeviceTimeline::intervals
    qint64 size = 0;
    quint8 category = 0;
    QString topFrame;     // "model.py:42 forward", empty when the stack has no frames
    qint64 allocIndex = BeforeWindow;
    qint64 allocTimeUs = NoTime; // since the first event
    qint64 lifetimeEvents = -1;  // -1: still alive at the end of the trace
    qint64 lifetimeUs = NoTime;
    quint64 stream = 0; // raw cudaStream_t
    quint64 addr = 0;
    IntervalOrigin origin = IntervalOrigin::Traced;
};

class AllocationRows
{
public:
    // Everything live after `event` on the device, largest first. O(intervals): call it on a
    // worker thread (the panel does).
    static std::vector<AllocationRow> build(const Document &document, int deviceIndex,
                                            qint64 event);
};

} // namespace VramScope
