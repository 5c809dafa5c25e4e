// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/categoryrules.h"
#include "analysis/evidence.h"
#include "analysis/phasedetector.h"
#include "timeline/devicetimeline.h"

#include <unordered_set>
#include <vector>

namespace VramScope {

class LoadMonitor;

// Gives every allocation interval of one device a Category with evidence and a confidence,
// from stacks AND lifetimes AND phases together (issue 4, docs/diagnosis.md), in this order:
//  1. a `category` key on the alloc entry (profiler-derived snapshots);
//  2. the user's rules (frame pattern -> category);
//  3. what the frames say, weighed by the lifetime: optimizer state init, AccumulateGrad,
//     backward long-lived -> gradient, module construction/.to() kept to the end -> parameter,
//     forward freed in backward -> activation, created and freed in one phase -> temporary...;
//  4. without telling frames: the phase of the surrounding events (frames of neighbours,
//     external_annotations) plus the lifetime, at lower confidence;
//  5. otherwise unknown, with the reason (no frames, allocated before recording, no rule).
class Categorizer
{
public:
    Categorizer(const Snapshot &snapshot, DeviceTimeline &timeline, FrameClassifier &frames,
                const PhaseDetection &phases, const CategoryRules *rules);

    // Writes AllocationInterval::category; returns the evidence, parallel to the intervals.
    // monitor (optional): progress and cancel; a cancelled run returns nothing.
    std::vector<CategoryEvidence> run(LoadMonitor *monitor = nullptr);

    // The category a request made at `event` with `stack` would have had, had it succeeded
    // (the failing OOM request): frames first, then the phase at the event.
    CategoryEvidence classifyRequest(StackId stack, qint64 event, quint64 size, Category *category);

private:
    struct Life
    {
        qint64 alloc = BeforeWindow;
        qint64 free = NotFreed;
        bool aliveToEnd = true;
        bool beforeWindow = false;
        Phase allocPhase = Phase::Unknown; // from the event map
        Phase freePhase = Phase::Unknown;
        quint32 freeFlags = 0; // frame flags of a free-time stack
        bool sameRun = false;  // alloc and free inside one phase run
        bool crossesStep = false;
        bool inFinalRun = false; // alive at the end and made in the trace's last known phase run
        quint64 size = 0;
        bool longLived() const { return aliveToEnd || crossesStep; }
    };

    Life lifeOf(const AllocationInterval &a);
    Category decide(const AllocationInterval &a, const Life &life, CategoryEvidence &e);
    Category fromFrames(quint32 flags, StackId stack, const Life &life, CategoryEvidence &e);
    Category fromLifetime(const Life &life, bool hasFrames, CategoryEvidence &e);
    bool traceCategory(const AllocationInterval &a, Category *out) const;
    bool inFinalRun(qint64 event) const; // no run of a known phase starts after event's run
    bool matchesParameter(quint64 size) const { return m_parameterSizes.count(size) != 0; }

    const Snapshot &m_snapshot;
    DeviceTimeline &m_timeline;
    FrameClassifier &m_frames;
    const PhaseDetection &m_phases;
    CategoryRuleMatcher m_rules;
    const CategoryRules *m_ruleSet;
    const std::vector<TraceEntry> *m_trace = nullptr;
    std::unordered_set<quint64> m_parameterSizes; // sizes of the parameters seen so far
};

} // namespace VramScope
