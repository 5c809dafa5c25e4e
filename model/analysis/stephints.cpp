// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/stephints.h"

#include "modeltr.h"

namespace VramScope {

bool StepHints::looksLikeLeak(const PhaseMap &phases, const DeviceTimeline &t, qint64 uptoEvent)
{
    std::vector<qint64> atBoundary; // allocated just before each step starts
    for (qint64 start : phases.stepStarts()) {
        if (start > 0 && start <= uptoEvent + 1)
            atBoundary.push_back(t.allocated.valueAt(start - 1));
    }
    if (atBoundary.size() < 4)
        return false;
    const size_t n = atBoundary.size();
    for (size_t k = n - 3; k < n; ++k) {
        if (atBoundary[k] <= atBoundary[k - 1])
            return false;
    }
    const qint64 growth = atBoundary[n - 1] - atBoundary[n - 4];
    return growth >= std::max<qint64>(16 << 20, atBoundary[n - 4] / 50);
}

std::vector<StepHint> StepHints::compute(const Diagnosis &d, const DeviceTimeline &t)
{
    std::vector<StepHint> hints;
    const PhaseMap &map = d.phases;
    const bool oom = d.momentKind == Diagnosis::MomentKind::Oom;
    const qint64 m = d.momentIndex;
    const int run = map.runAt(m);
    int optimizerRunsBefore = 0;
    for (int r = 0; r < map.runCount() && map.runStart(r) <= m; ++r) {
        if (map.runPhase(r) == Phase::Optimizer && map.runEnd(r, t.eventCount) < m)
            ++optimizerRunsBefore;
    }
    const bool leak = looksLikeLeak(map, t, m);
    bool placed = false;
    if (oom && d.phaseAtMoment == Phase::Backward && run >= 0 && map.runOrdinal(run) == 0) {
        hints.push_back({QStringLiteral("first_backward"),
                         Tr::tr("The OOM hit the first backward pass of the run: activations and the new "
                                "gradient buffers peak together. Activation checkpointing is the targeted "
                                "fix.")});
        placed = true;
    }
    const bool inFirstStep = d.phaseAtMoment == Phase::Optimizer && run >= 0 && map.runOrdinal(run) == 0;
    const bool stepAfterFirst = optimizerRunsBefore == 1 && d.bands[int(Category::OptimizerState)] > 0
                                && d.phaseAtMoment != Phase::Optimizer && d.phaseAtMoment != Phase::Eval;
    if (oom && (inFirstStep || stepAfterFirst)) {
        hints.push_back({QStringLiteral("first_optimizer_step"),
                         Tr::tr("The OOM hit at the first optimizer step: Adam-style optimizers create their "
                                "state lazily at the first step(), so step 1 fits and step 2 does not. Budget "
                                "for the post-step peak; an 8-bit optimizer or ZeRO sharding shrinks it.")});
        placed = true;
    }
    if (oom && (d.phaseAtMoment == Phase::Eval || d.requestEvidence.allocPhase == Phase::Eval)) {
        hints.push_back({QStringLiteral("evaluation"),
                         Tr::tr("The OOM hit inside evaluation / no_grad code: the eval batch may be larger "
                                "than the train batch, or predictions pile up on the GPU. Set the eval batch "
                                "size explicitly and move outputs to the CPU as they come.")});
        placed = true;
    }
    if (oom && !placed && !leak && d.stepAtMoment >= 3) {
        hints.push_back({QStringLiteral("long_batch"),
                         Tr::tr("The OOM hit at step %1 after many good steps: most likely the longest batch "
                                "of variable-length data. Cap or bucket the length; expandable segments help "
                                "because variable shapes fragment the cache.")
                             .arg(d.stepAtMoment)});
    }
    if (leak) {
        hints.push_back({QStringLiteral("leak"),
                         Tr::tr("Allocated bytes rise step after step: a leak (a tensor kept alive, e.g. a "
                                "loss appended without .item()). empty_cache() is not a fix.")});
    }
    return hints;
}

} // namespace VramScope
