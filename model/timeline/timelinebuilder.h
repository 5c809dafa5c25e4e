// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/devicetimeline.h"

namespace VramScope {

class LoadMonitor;

// Replays one device's trace against the dump's segments (format.md b.5): allocation intervals
// keyed by address, memory held until free_completed, pre-existing allocations from unmatched
// frees and from live blocks, baseline allocated/reserved at window start, OOM and snapshot
// markers. Returns false only when cancelled.
bool buildDeviceTimeline(const Snapshot &snapshot, int device, DeviceTimeline *out,
                         LoadMonitor *monitor = nullptr);

// Ordinals of devices with trace entries or segments, ascending.
std::vector<int> devicesWithData(const Snapshot &snapshot);

} // namespace VramScope
