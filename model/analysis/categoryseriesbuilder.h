// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

namespace VramScope {

class LoadMonitor;

// Live bytes per category after every event, from the categorized intervals: one sparse
// StepSeries per category that changes only at events that change that category.
// Call after the categorizer has written AllocationInterval::category.
// monitor (optional): progress and cancel; a cancelled build returns an empty series.
CategorySeries buildCategorySeries(const DeviceTimeline &timeline, LoadMonitor *monitor = nullptr);

} // namespace VramScope
