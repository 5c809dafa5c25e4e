// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "analysis/frameclassifier.h"

#include <QString>

namespace VramScope {

struct AllocationInterval;
class PhaseMap;

// Which rule decided an allocation's category. Stable ids (evidenceRuleId) for reports and tests.
enum class EvidenceRule : quint8 {
    None,
    TraceCategory,          // the file says it (profiler-derived snapshots)
    UserRule,               // a user rule (docs/rules.md) matched a frame
    OptimizerInit,          // created by the optimizer's lazy state init (_init_group)
    OptimizerLongLived,     // created in optimizer.step and kept across steps
    OptimizerScratch,       // created and freed inside optimizer.step
    AccumulateGrad,         // AccumulateGrad frame
    BackwardLongLived,      // created in backward, kept until zero_grad / the next step
    BackwardScratch,        // created and freed inside backward
    ModuleInitLongLived,    // Module.to/_apply/__init__/init/load_state_dict, kept to the end
    SetupScratch,           // created during setup and freed soon
    ForwardFreedInBackward, // created in forward, freed in backward
    ForwardScratch,         // created and freed inside forward
    ForwardKeptAlive,       // created in forward, never freed in backward (outputs, caches, leaks)
    EvalScratch,            // created and freed inside evaluation
    EvalKept,               // created in evaluation and kept (outputs piling up)
    InputTransfer,          // a batch moved to the device
    LifetimeStepInput,      // no frames: created before a step's forward, freed after it
    LifetimeSetup,          // no frames: created before the first step, alive to the end
    LifetimePhase,          // no frames: phase of the surrounding events plus lifetime
    UnknownBeforeRecording, // unknown: allocated before the trace window, no stack
    UnknownNoFrames,        // unknown: no frames and no phase information
    UnknownNoRule,          // unknown: frames present, no rule matched
};
constexpr int EvidenceRuleCount = 23;

QString evidenceRuleId(EvidenceRule r);   // "optimizer_init", ...
QString evidenceRuleText(EvidenceRule r); // translated one-line explanation (the "why")

// Per allocation interval, parallel to DeviceTimeline::intervals (12 bytes).
struct CategoryEvidence
{
    enum Flag : quint8 {
        AttentionCode = 1 << 0, // attention / softmax frames in the allocation stack
        FreedInBackward = 1 << 1,
        AliveToEnd = 1 << 2,
        CrossesStep = 1 << 3,
    };
    FrameId frame = NoFrame; // the frame that decided it (NoFrame when none)
    quint16 userRule = 0;    // index of the user rule + 1 (0 = none)
    EvidenceRule rule = EvidenceRule::None;
    quint8 confidence = 0; // 0..100
    Phase allocPhase = Phase::Unknown;
    quint8 flags = 0;
    quint8 reserved[2] = {0, 0};
};

// "activation (confidence 90%): created in forward, freed in backward; frame model.py:42:forward;
// lives events 10-220, steps 0-0". Translated, for tooltips and reports.
QString describeEvidence(const Snapshot &snapshot, const AllocationInterval &interval,
                         const CategoryEvidence &evidence, const PhaseMap &phases);

} // namespace VramScope
