// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/diagnosis.h"
#include "timeline/devicetimeline.h"

namespace VramScope {

// ladder.md step 3: where in the run the OOM hit (first backward, first optimizer step,
// evaluation, a late step after many good ones) and whether allocated bytes rise step after
// step (a leak). Needs Diagnosis::phases, the moment and the bands to be filled.
class StepHints
{
public:
    static std::vector<StepHint> compute(const Diagnosis &diagnosis, const DeviceTimeline &timeline);
    // Allocated bytes at each step boundary rise for the last `steps` steps (>= 3).
    static bool looksLikeLeak(const PhaseMap &phases, const DeviceTimeline &timeline, qint64 uptoEvent);
};

} // namespace VramScope
