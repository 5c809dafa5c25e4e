// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/categorizer.h"

#include "loadmonitor.h"

#include <algorithm>

namespace VramScope {

namespace {

using F = FrameClassifier;

const CategoryRules &emptyRules()
{
    static const CategoryRules none;
    return none;
}

quint8 confidence(int base, bool beforeWindow)
{
    return quint8(std::clamp(beforeWindow ? base - 15 : base, 5, 100));
}

} // namespace

Categorizer::Categorizer(const Snapshot &snapshot, DeviceTimeline &timeline, FrameClassifier &frames,
                         const PhaseDetection &phases, const CategoryRules *rules)
    : m_snapshot(snapshot)
    , m_timeline(timeline)
    , m_frames(frames)
    , m_phases(phases)
    , m_rules(rules ? *rules : emptyRules(), snapshot)
    , m_ruleSet(rules)
{
    if (timeline.device >= 0 && size_t(timeline.device) < snapshot.deviceTraces.size())
        m_trace = &snapshot.deviceTraces[size_t(timeline.device)];
}

bool Categorizer::inFinalRun(qint64 event) const
{
    const PhaseMap &map = m_phases.map;
    const int r = map.runAt(event);
    if (r < 0 || map.runPhase(r) == Phase::Unknown)
        return false;
    for (int k = r + 1; k < map.runCount(); ++k) {
        if (map.runPhase(k) != Phase::Unknown)
            return false;
    }
    return true;
}

bool Categorizer::traceCategory(const AllocationInterval &a, Category *out) const
{
    if (!m_trace)
        return false;
    // The alloc entry; for allocations from before the window, their free entry.
    qint64 index = a.origin == IntervalOrigin::Traced ? qint64(a.allocIndex)
                   : a.freeRequestedIndex != NotFreed ? qint64(a.freeRequestedIndex)
                                                      : qint64(a.freeCompletedIndex);
    if (index < 0 || size_t(index) >= m_trace->size())
        return false;
    const TraceExtra *x = m_snapshot.extraOf((*m_trace)[size_t(index)]);
    if (!x || x->category == 0)
        return false;
    const QString id = m_snapshot.strings.string(x->category).toLower();
    if (id == QLatin1String("autograd_detail")) { // backward intermediates: transient
        *out = Category::Temporary;
        return true;
    }
    return categoryFromId(id, out);
}

Categorizer::Life Categorizer::lifeOf(const AllocationInterval &a)
{
    Life l;
    const PhaseMap &map = m_phases.map;
    l.size = a.size;
    l.alloc = a.allocIndex;
    l.beforeWindow = a.allocIndex == BeforeWindow;
    l.free = a.freeCompletedIndex != NotFreed ? a.freeCompletedIndex : a.freeRequestedIndex;
    l.aliveToEnd = l.free == NotFreed;
    if (!l.beforeWindow)
        l.allocPhase = map.phaseAt(l.alloc);
    if (!l.aliveToEnd) {
        l.freePhase = map.phaseAt(l.free);
        if (m_phases.freeStacksAreFreeTime && a.freeStack != EmptyStack)
            l.freeFlags = m_frames.stack(a.freeStack).flags;
    }
    if (!l.beforeWindow && !l.aliveToEnd) {
        // Freed before the next run of another known phase: frees trailing a phase often have
        // no telling stack (context="alloc", Python-only backward) and form an unknown run.
        const int r = map.runAt(l.alloc);
        const int rf = map.runAt(l.free);
        l.sameRun = r >= 0 && (r == rf || map.runPhase(r) != Phase::Unknown);
        for (int k = r + 1; l.sameRun && k <= rf; ++k)
            l.sameRun = map.runPhase(k) == Phase::Unknown;
    }
    l.inFinalRun = l.aliveToEnd && !l.beforeWindow && inFinalRun(l.alloc);
    if (map.stepCount() > 0) {
        const int s0 = l.beforeWindow ? -1 : map.stepAt(l.alloc);
        const int s1 = l.aliveToEnd ? map.stepCount() : map.stepAt(l.free);
        l.crossesStep = s1 > s0;
    }
    return l;
}

Category Categorizer::fromFrames(quint32 f, StackId stack, const Life &l, CategoryEvidence &e)
{
    const bool bw = l.beforeWindow;
    const bool freedInBackward = l.freePhase == Phase::Backward || (l.freeFlags & F::Backward);
    const bool freedByZeroGrad = l.freePhase == Phase::ZeroGrad || (l.freeFlags & F::ZeroGrad);
    const auto pick = [&](Category c, EvidenceRule rule, int conf, F::Flag flag) {
        e.rule = rule;
        e.confidence = confidence(conf, bw);
        const FrameId fr = m_frames.frameFor(stack, flag);
        e.frame = fr != NoFrame ? fr : m_frames.stack(stack).evidence;
        return c;
    };
    if (f & F::OptimizerInit)
        return pick(Category::OptimizerState, EvidenceRule::OptimizerInit, 95, F::OptimizerInit);
    if ((f & F::Optimizer) && !(f & F::ZeroGrad)) {
        // Alive at the end of a trace that ends inside this step (an OOM): still scratch.
        if (l.inFinalRun)
            return pick(Category::Temporary, EvidenceRule::OptimizerScratch, 60, F::Optimizer);
        if (l.aliveToEnd || !l.sameRun)
            return pick(Category::OptimizerState, EvidenceRule::OptimizerLongLived, 75, F::Optimizer);
        return pick(Category::Temporary, EvidenceRule::OptimizerScratch, 85, F::Optimizer);
    }
    if (f & F::AccumulateGrad)
        return pick(Category::Gradient, EvidenceRule::AccumulateGrad, 95, F::AccumulateGrad);
    if (f & F::Backward) {
        if (freedByZeroGrad)
            return pick(Category::Gradient, EvidenceRule::BackwardLongLived, 90, F::Backward);
        if (l.sameRun)
            return pick(Category::Temporary, EvidenceRule::BackwardScratch, 80, F::Backward);
        // Cut short by the end of the trace (an OOM in backward): a buffer the size of a
        // parameter is that parameter's gradient (AccumulateGrad steals it), else scratch.
        if (l.inFinalRun) {
            if (matchesParameter(l.size))
                return pick(Category::Gradient, EvidenceRule::BackwardLongLived, 65, F::Backward);
            return pick(Category::Temporary, EvidenceRule::BackwardScratch, 60, F::Backward);
        }
        return pick(Category::Gradient, EvidenceRule::BackwardLongLived, 75, F::Backward);
    }
    if ((f & (F::Eval | F::NoGrad)) && !(f & F::ZeroGrad)) {
        const F::Flag flag = (f & F::Eval) ? F::Eval : F::NoGrad;
        if (l.sameRun || (!l.aliveToEnd && !l.crossesStep && l.freePhase == Phase::Eval))
            return pick(Category::Temporary, EvidenceRule::EvalScratch, 70, flag);
        return pick(Category::Activation, EvidenceRule::EvalKept, 60, flag);
    }
    if (f & (F::ModuleApply | F::ParamInit | F::StateLoad)) {
        const F::Flag flag = (f & F::ModuleApply) ? F::ModuleApply : (f & F::StateLoad) ? F::StateLoad : F::ParamInit;
        const bool inForward = (f & (F::ModuleCall | F::Forward)) && !(f & (F::ModuleApply | F::StateLoad));
        if (!inForward) {
            if (l.longLived())
                return pick(Category::Parameter, EvidenceRule::ModuleInitLongLived, 90, flag);
            return pick(Category::Temporary, EvidenceRule::SetupScratch, 70, flag);
        }
    }
    if (f & (F::ModuleCall | F::Forward)) {
        const F::Flag flag = (f & F::Forward) ? F::Forward : F::ModuleCall;
        if (f & F::Attention)
            e.flags |= CategoryEvidence::AttentionCode;
        if (freedInBackward)
            return pick(Category::Activation, EvidenceRule::ForwardFreedInBackward, 90, flag);
        if (l.sameRun || (!l.aliveToEnd && l.freePhase == Phase::Forward && !l.crossesStep))
            return pick(Category::Temporary, EvidenceRule::ForwardScratch, 80, (f & F::Attention) ? F::Attention : flag);
        return pick(Category::Activation, EvidenceRule::ForwardKeptAlive, 60, flag);
    }
    if (f & F::InputTransfer)
        return pick(Category::Input, EvidenceRule::InputTransfer, 80, F::InputTransfer);
    if (f & F::ZeroGrad)
        return pick(Category::Temporary, EvidenceRule::BackwardScratch, 40, F::ZeroGrad);
    return Category::Unknown;
}

Category Categorizer::fromLifetime(const Life &l, bool hasFrames, CategoryEvidence &e)
{
    const PhaseMap &map = m_phases.map;
    const auto pick = [&](Category c, int conf) {
        e.rule = EvidenceRule::LifetimePhase;
        e.confidence = confidence(conf, l.beforeWindow);
        return c;
    };
    const bool freedInBackward = l.freePhase == Phase::Backward || (l.freeFlags & F::Backward);
    switch (l.allocPhase) {
    case Phase::Optimizer:
        return l.longLived() ? pick(Category::OptimizerState, 60) : pick(Category::Temporary, 50);
    case Phase::Backward:
        if (l.sameRun)
            return pick(Category::Temporary, 50);
        if (l.inFinalRun) // cut short by the end of the trace: see fromFrames
            return matchesParameter(l.size) ? pick(Category::Gradient, 45) : pick(Category::Temporary, 45);
        return pick(Category::Gradient, 55);
    case Phase::Forward:
        if (freedInBackward)
            return pick(Category::Activation, 60);
        return l.sameRun ? pick(Category::Temporary, 50) : pick(Category::Activation, 45);
    case Phase::Eval:
        return l.sameRun ? pick(Category::Temporary, 50) : pick(Category::Activation, 45);
    case Phase::Setup:
        return l.longLived() ? pick(Category::Parameter, 55) : pick(Category::Temporary, 45);
    case Phase::ZeroGrad:
        return pick(Category::Temporary, 40);
    case Phase::Data:
        return pick(Category::Input, 50);
    case Phase::Unknown:
        break;
    }
    if (l.beforeWindow && freedInBackward)
        return pick(Category::Activation, 45); // made before the window, released by backward
    if (!l.beforeWindow && map.stepCount() > 0) {
        const int step = map.stepAt(l.alloc);
        if (step < 0 && l.aliveToEnd) {
            e.rule = EvidenceRule::LifetimeSetup;
            e.confidence = 50;
            return Category::Parameter;
        }
    }
    // Created just before a forward (nothing but batch transfer, zero_grad or setup in between)
    // and freed once that forward ran: the batch.
    if (!l.beforeWindow && !l.aliveToEnd && map.hasPhases()) {
        for (int r = std::max(0, map.runAt(l.alloc) + 1); r < map.runCount() && map.runStart(r) < l.free; ++r) {
            const Phase p = map.runPhase(r);
            if (p == Phase::Forward) {
                if (l.free > map.runEnd(r, m_timeline.eventCount)) {
                    e.rule = EvidenceRule::LifetimeStepInput;
                    e.confidence = 50;
                    return Category::Input;
                }
                break;
            }
            if (p != Phase::Unknown && p != Phase::Data && p != Phase::ZeroGrad && p != Phase::Setup)
                break;
        }
    }
    e.rule = l.beforeWindow ? EvidenceRule::UnknownBeforeRecording
                            : hasFrames ? EvidenceRule::UnknownNoRule : EvidenceRule::UnknownNoFrames;
    e.confidence = 0;
    return Category::Unknown;
}

Category Categorizer::decide(const AllocationInterval &a, const Life &l, CategoryEvidence &e)
{
    Category c = Category::Unknown;
    if (traceCategory(a, &c)) {
        e.rule = EvidenceRule::TraceCategory;
        e.confidence = 100;
        return c;
    }
    // Without free-time stacks (context="alloc") a free entry repeats the allocation stack.
    StackId stack = a.allocStack;
    if (stack == EmptyStack && a.origin == IntervalOrigin::UnmatchedFree && !m_phases.freeStacksAreFreeTime)
        stack = a.freeStack;
    FrameId frame = NoFrame;
    const int rule = m_rules.match(stack, &frame);
    if (rule >= 0) {
        e.rule = EvidenceRule::UserRule;
        e.userRule = quint16(rule + 1);
        e.confidence = 90;
        e.frame = frame;
        return m_ruleSet->rule(rule).category;
    }
    const quint32 flags = m_frames.stack(stack).flags;
    if (flags & F::Attention)
        e.flags |= CategoryEvidence::AttentionCode;
    if (stack != EmptyStack) {
        e.allocPhase = FrameClassifier::phaseOf(flags);
        c = fromFrames(flags, stack, l, e);
        if (c != Category::Unknown)
            return c;
        e.frame = m_frames.stack(stack).evidence;
    }
    if (l.beforeWindow && a.origin == IntervalOrigin::UnmatchedFree && (l.freeFlags & F::ZeroGrad)) {
        e.rule = EvidenceRule::BackwardLongLived; // freed by zero_grad: a gradient from before the window
        e.confidence = 55;
        return Category::Gradient;
    }
    if (e.allocPhase == Phase::Unknown)
        e.allocPhase = l.allocPhase;
    return fromLifetime(l, stack != EmptyStack, e);
}

std::vector<CategoryEvidence> Categorizer::run(LoadMonitor *monitor)
{
    std::vector<CategoryEvidence> evidence(m_timeline.intervals.size());
    for (size_t i = 0; i < m_timeline.intervals.size(); ++i) {
        if (pollCanceled(monitor, i, m_timeline.intervals.size()))
            return {};
        AllocationInterval &a = m_timeline.intervals[i];
        const Life l = lifeOf(a);
        CategoryEvidence &e = evidence[i];
        const Category c = decide(a, l, e);
        if (c == Category::Parameter)
            m_parameterSizes.insert(a.size);
        if (l.aliveToEnd)
            e.flags |= CategoryEvidence::AliveToEnd;
        if (l.crossesStep)
            e.flags |= CategoryEvidence::CrossesStep;
        if (l.freePhase == Phase::Backward || (l.freeFlags & F::Backward))
            e.flags |= CategoryEvidence::FreedInBackward;
        a.category = quint8(c);
    }
    return evidence;
}

CategoryEvidence Categorizer::classifyRequest(StackId stack, qint64 event, quint64 size, Category *category)
{
    // A request that never got memory: judge it as if it lived to the end of its phase run.
    AllocationInterval a;
    a.allocIndex = qint32(event); // event < eventCount <= MaxTraceEntries
    a.allocStack = stack;
    a.origin = IntervalOrigin::UnmatchedFree; // never consult the trace's category extras
    Life l;
    l.size = size;
    l.alloc = event;
    l.aliveToEnd = false;
    l.free = event;
    l.sameRun = true;
    l.allocPhase = m_phases.map.phaseAt(event);
    l.freePhase = l.allocPhase;
    CategoryEvidence e;
    StackId s = stack;
    FrameId frame = NoFrame;
    const int rule = m_rules.match(s, &frame);
    Category c = Category::Unknown;
    if (rule >= 0) {
        e.rule = EvidenceRule::UserRule;
        e.userRule = quint16(rule + 1);
        e.confidence = 90;
        e.frame = frame;
        c = m_ruleSet->rule(rule).category;
    } else {
        const quint32 flags = m_frames.stack(s).flags;
        if (flags & F::Attention)
            e.flags |= CategoryEvidence::AttentionCode;
        // Forward requests are mostly kept for backward; optimizer ones are state on the first step.
        const bool framed = s != EmptyStack;
        const bool forwardish = framed ? (flags & (F::ModuleCall | F::Forward))
                                             && !(flags & (F::Backward | F::Optimizer | F::Eval | F::NoGrad))
                                       : l.allocPhase == Phase::Forward;
        const bool optimizerish = framed ? (flags & F::Optimizer) && !(flags & F::ZeroGrad)
                                         : l.allocPhase == Phase::Optimizer;
        const bool backwardish = framed ? (flags & F::Backward) != 0 : l.allocPhase == Phase::Backward;
        if (forwardish)
            l.freePhase = Phase::Backward;
        if (optimizerish && !framed)
            l.aliveToEnd = true; // frameless: state creation cannot be told from scratch
        if (backwardish) { // judged like a buffer cut short by the OOM
            l.sameRun = false;
            l.aliveToEnd = l.inFinalRun = true;
        }
        e.allocPhase = s != EmptyStack ? FrameClassifier::phaseOf(flags) : l.allocPhase;
        c = s != EmptyStack ? fromFrames(flags, s, l, e) : Category::Unknown;
        if (c == Category::Unknown)
            c = fromLifetime(l, s != EmptyStack, e);
    }
    *category = c;
    return e;
}

} // namespace VramScope
