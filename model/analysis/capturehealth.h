// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/diagnosis.h"
#include "analysis/frameclassifier.h"
#include "timeline/devicetimeline.h"

namespace VramScope {

// What the capture lacked and the exact `torch.cuda.memory._record_memory_history(...)` call that
// records it next time: no trace, state only, no frames, C++-only frames, ring-buffer overflow
// (unmatched frees), a large pre-existing share at the moment, a trace that ends long before the
// last annotation, a dump taken long after the OOM.
class CaptureHealth
{
public:
    static std::vector<HealthNote> check(const Snapshot &snapshot, const DeviceTimeline &timeline,
                                         const Diagnosis &diagnosis, FrameClassifier &frames);
    // torch.cuda.memory._record_memory_history(enabled="all", context="all", stacks=..., max_entries=...)
    static QString recordCall(const QString &stacks, qint64 maxEntries);
};

} // namespace VramScope
