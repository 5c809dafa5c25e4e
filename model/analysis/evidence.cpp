// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/evidence.h"

#include "modeltr.h"
#include "timeline/devicetimeline.h"

namespace VramScope {

QString evidenceRuleId(EvidenceRule r)
{
    switch (r) {
    case EvidenceRule::None: return QStringLiteral("none");
    case EvidenceRule::TraceCategory: return QStringLiteral("trace_category");
    case EvidenceRule::UserRule: return QStringLiteral("user_rule");
    case EvidenceRule::OptimizerInit: return QStringLiteral("optimizer_init");
    case EvidenceRule::OptimizerLongLived: return QStringLiteral("optimizer_long_lived");
    case EvidenceRule::OptimizerScratch: return QStringLiteral("optimizer_scratch");
    case EvidenceRule::AccumulateGrad: return QStringLiteral("accumulate_grad");
    case EvidenceRule::BackwardLongLived: return QStringLiteral("backward_long_lived");
    case EvidenceRule::BackwardScratch: return QStringLiteral("backward_scratch");
    case EvidenceRule::ModuleInitLongLived: return QStringLiteral("module_init_long_lived");
    case EvidenceRule::SetupScratch: return QStringLiteral("setup_scratch");
    case EvidenceRule::ForwardFreedInBackward: return QStringLiteral("forward_freed_in_backward");
    case EvidenceRule::ForwardScratch: return QStringLiteral("forward_scratch");
    case EvidenceRule::ForwardKeptAlive: return QStringLiteral("forward_kept_alive");
    case EvidenceRule::EvalScratch: return QStringLiteral("eval_scratch");
    case EvidenceRule::EvalKept: return QStringLiteral("eval_kept");
    case EvidenceRule::InputTransfer: return QStringLiteral("input_transfer");
    case EvidenceRule::LifetimeStepInput: return QStringLiteral("lifetime_step_input");
    case EvidenceRule::LifetimeSetup: return QStringLiteral("lifetime_setup");
    case EvidenceRule::LifetimePhase: return QStringLiteral("lifetime_phase");
    case EvidenceRule::UnknownBeforeRecording: return QStringLiteral("unknown_before_recording");
    case EvidenceRule::UnknownNoFrames: return QStringLiteral("unknown_no_frames");
    case EvidenceRule::UnknownNoRule: return QStringLiteral("unknown_no_rule");
    }
    return QStringLiteral("none");
}

QString evidenceRuleText(EvidenceRule r)
{
    switch (r) {
    case EvidenceRule::None: return Tr::tr("not categorized");
    case EvidenceRule::TraceCategory: return Tr::tr("the file names the category (profiler-derived snapshot)");
    case EvidenceRule::UserRule: return Tr::tr("a user rule matched a frame");
    case EvidenceRule::OptimizerInit: return Tr::tr("created by the optimizer's lazy state initialization");
    case EvidenceRule::OptimizerLongLived: return Tr::tr("created in optimizer.step() and kept across steps");
    case EvidenceRule::OptimizerScratch: return Tr::tr("created and freed inside optimizer.step()");
    case EvidenceRule::AccumulateGrad: return Tr::tr("created by AccumulateGrad (a parameter's gradient)");
    case EvidenceRule::BackwardLongLived: return Tr::tr("created in backward and kept until zero_grad or the next step");
    case EvidenceRule::BackwardScratch: return Tr::tr("created and freed inside backward");
    case EvidenceRule::ModuleInitLongLived:
        return Tr::tr("created by model construction, .to()/.cuda() or checkpoint loading and kept to the end");
    case EvidenceRule::SetupScratch: return Tr::tr("created during setup and freed soon after");
    case EvidenceRule::ForwardFreedInBackward: return Tr::tr("created in forward and freed in backward");
    case EvidenceRule::ForwardScratch: return Tr::tr("created and freed inside forward");
    case EvidenceRule::ForwardKeptAlive:
        return Tr::tr("created in forward and not freed by backward (outputs, caches or a leak)");
    case EvidenceRule::EvalScratch: return Tr::tr("created and freed inside evaluation");
    case EvidenceRule::EvalKept: return Tr::tr("created in evaluation and kept (outputs piling up)");
    case EvidenceRule::InputTransfer: return Tr::tr("a batch moved to the device");
    case EvidenceRule::LifetimeStepInput:
        return Tr::tr("no frames: created before the step's forward and freed after it");
    case EvidenceRule::LifetimeSetup: return Tr::tr("no frames: created before training started and alive to the end");
    case EvidenceRule::LifetimePhase: return Tr::tr("no frames: decided by the surrounding phase and the lifetime");
    case EvidenceRule::UnknownBeforeRecording:
        return Tr::tr("allocated before the trace window (recording started late or the ring buffer "
                      "dropped it) and no stack was kept");
    case EvidenceRule::UnknownNoFrames:
        return Tr::tr("no frames were recorded and no phase is known around it");
    case EvidenceRule::UnknownNoRule: return Tr::tr("its frames and lifetime match no rule");
    }
    return {};
}

QString describeEvidence(const Snapshot &snapshot, const AllocationInterval &a, const CategoryEvidence &e,
                         const PhaseMap &phases)
{
    QString text = Tr::tr("%1 (confidence %2%): %3")
                       .arg(categoryLabel(Category(a.category)))
                       .arg(e.confidence)
                       .arg(evidenceRuleText(e.rule));
    if (e.frame != NoFrame && e.frame < snapshot.frames.size())
        text += Tr::tr("; frame %1").arg(snapshot.frameText(e.frame));
    const QString from = a.allocIndex == BeforeWindow ? Tr::tr("before the trace") : QString::number(a.allocIndex);
    const QString to = a.freeCompletedIndex == NotFreed ? Tr::tr("the end") : QString::number(a.freeCompletedIndex);
    text += Tr::tr("; lives from event %1 to %2").arg(from, to);
    if (a.allocIndex >= 0 && phases.stepCount() > 0) {
        const int s0 = phases.stepAt(a.allocIndex);
        const int s1 = a.freeCompletedIndex == NotFreed ? phases.stepCount() - 1 : phases.stepAt(a.freeCompletedIndex);
        text += Tr::tr(" (steps %1-%2)").arg(s0).arg(s1);
    }
    if (e.allocPhase != Phase::Unknown)
        text += Tr::tr(", created in %1").arg(phaseLabel(e.allocPhase));
    return text;
}

} // namespace VramScope
