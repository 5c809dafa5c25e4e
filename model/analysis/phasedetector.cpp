// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/phasedetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace VramScope {

namespace {

const std::vector<TraceEntry> &traceOf(const Snapshot &s, int device)
{
    static const std::vector<TraceEntry> None;
    return device >= 0 && size_t(device) < s.deviceTraces.size() ? s.deviceTraces[size_t(device)] : None;
}

// Phase named by a record_function label, Unknown when it names none.
Phase annotationPhase(const QString &name)
{
    static const QRegularExpression forward(QStringLiteral(R"(\bforward\b|^fwd\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression backward(QStringLiteral(R"(\bbackward\b|^bwd\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eval(QStringLiteral(R"(\beval|\bvalid|\btest\b|\binference\b|\bpredict)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (name.startsWith(QLatin1String("Optimizer.zero_grad")))
        return Phase::ZeroGrad;
    if (name.startsWith(QLatin1String("Optimizer.step")))
        return Phase::Optimizer;
    if (backward.match(name).hasMatch())
        return Phase::Backward;
    if (eval.match(name).hasMatch())
        return Phase::Eval;
    if (forward.match(name).hasMatch())
        return Phase::Forward;
    return Phase::Unknown;
}

} // namespace

PhaseDetector::PhaseDetector(const Snapshot &snapshot, const DeviceTimeline &timeline, FrameClassifier &frames)
    : m_snapshot(snapshot)
    , m_timeline(timeline)
    , m_trace(traceOf(snapshot, timeline.device))
    , m_frames(frames)
{
}

bool PhaseDetector::detectFreeTimeStacks() const
{
    qint64 same = 0, different = 0;
    for (const AllocationInterval &a : m_timeline.intervals) {
        if (a.origin != IntervalOrigin::Traced || a.allocStack == EmptyStack || a.freeStack == EmptyStack)
            continue;
        (a.allocStack == a.freeStack ? same : different) += 1;
    }
    // context="alloc" repeats the allocation stack on every free; "all" records where it happened.
    return different > 0 && different * 10 > (same + different);
}

qint64 PhaseDetector::eventAtTime(qint64 timeUs) const
{
    const auto it = std::lower_bound(m_trace.begin(), m_trace.end(), timeUs,
                                     [](const TraceEntry &e, qint64 t) { return e.timeUs < t; });
    return it == m_trace.end() ? -1 : qint64(it - m_trace.begin());
}

void PhaseDetector::applyAnnotations(std::vector<quint8> &phase, std::vector<qint64> &profilerSteps,
                                     int &used) const
{
    if (m_trace.empty() || m_trace.front().timeUs == NoTime)
        return; // annotations pair with trace time_us only
    struct Open
    {
        StringId name;
        qint64 first;
    };
    std::vector<Open> open;
    for (const Annotation &an : m_snapshot.annotations) {
        if (an.device != m_timeline.device || an.timeUs == NoTime)
            continue;
        const QString name = m_snapshot.strings.string(an.name);
        const bool step = name.startsWith(QLatin1String("ProfilerStep#"));
        const Phase p = step ? Phase::Unknown : annotationPhase(name);
        if (!step && p == Phase::Unknown)
            continue;
        ++used;
        const qint64 at = eventAtTime(an.timeUs);
        if (an.isStart) {
            if (step && at >= 0)
                profilerSteps.push_back(at);
            else if (!step)
                open.push_back({an.name, at});
            continue;
        }
        const auto it = std::find_if(open.rbegin(), open.rend(), [&](const Open &o) { return o.name == an.name; });
        if (it == open.rend())
            continue;
        const qint64 first = it->first;
        const qint64 last = at < 0 ? qint64(phase.size()) : at; // exclusive
        open.erase(std::next(it).base());
        if (first < 0)
            continue;
        for (qint64 i = first; i < last && i < qint64(phase.size()); ++i) {
            // Frames that name a more specific phase (zero_grad inside a step window) win.
            if (phase[size_t(i)] == quint8(Phase::Unknown) || p == Phase::Optimizer || p == Phase::ZeroGrad)
                phase[size_t(i)] = quint8(p);
        }
    }
    std::sort(profilerSteps.begin(), profilerSteps.end());
    profilerSteps.erase(std::unique(profilerSteps.begin(), profilerSteps.end()), profilerSteps.end());
}

void PhaseDetector::inferFramelessBackward(std::vector<quint8> &phase) const
{
    const qint64 n = qint64(phase.size());
    const auto at = [&](qint64 i) { return Phase(phase[size_t(i)]); };
    struct Gap
    {
        qint64 first, end, forwardStart; // [first, end) unknown, after the forward run at forwardStart
        qint64 kept = 0, freed = 0;      // bytes the forward kept / the gap freed of them
        bool afterBackward = false;      // the gap follows a (partly framed) backward run
    };
    std::vector<Gap> gaps;
    qint64 forwardStart = n > 0 && at(0) == Phase::Forward ? 0 : -1; // start of the latest forward run
    for (qint64 i = 1; i < n; ++i) {
        if (at(i - 1) != Phase::Forward && at(i) == Phase::Forward)
            forwardStart = i;
        const Phase before = at(i - 1);
        if (at(i) != Phase::Unknown || (before != Phase::Forward && before != Phase::Backward) || forwardStart < 0)
            continue;
        qint64 e = i;
        while (e < n && at(e) == Phase::Unknown)
            ++e;
        gaps.push_back({i, e, forwardStart, 0, 0, before == Phase::Backward});
        i = e - 1; // the loop steps onto e, which may start the next forward
    }
    if (gaps.empty())
        return;
    for (const AllocationInterval &a : m_timeline.intervals) {
        if (a.allocIndex < 0 || at(a.allocIndex) != Phase::Forward)
            continue;
        const qint64 free = a.freeCompletedIndex == NotFreed ? n : a.freeCompletedIndex;
        // Every gap after the forward run that made it and before its free keeps it; the gap
        // that contains the free frees it.
        auto g = std::upper_bound(gaps.begin(), gaps.end(), a.allocIndex,
                                  [](qint64 v, const Gap &x) { return v < x.first; });
        for (; g != gaps.end() && g->forwardStart <= a.allocIndex && g->first <= free; ++g) {
            g->kept += qint64(a.size);
            if (free < g->end)
                g->freed += qint64(a.size);
        }
    }
    for (const Gap &g : gaps) {
        const Phase next = g.end < n ? at(g.end) : Phase::Unknown;
        const bool intoStep = next == Phase::Optimizer || next == Phase::ZeroGrad;
        if ((g.freed > 0 || (g.afterBackward && intoStep)) && (intoStep || (next == Phase::Forward && g.freed * 2 >= g.kept)))
            std::fill(phase.begin() + g.first, phase.begin() + g.end, quint8(Phase::Backward));
    }
}

PhaseDetection PhaseDetector::run()
{
    PhaseDetection out;
    out.freeStacksAreFreeTime = detectFreeTimeStacks();
    const qint64 n = qint64(m_trace.size());
    std::vector<quint8> phase(static_cast<size_t>(n), quint8(Phase::Unknown));
    for (qint64 i = 0; i < n; ++i) {
        const TraceEntry &e = m_trace[size_t(i)];
        if (e.stack == EmptyStack)
            continue;
        const bool isFree = e.action == TraceAction::FreeRequested || e.action == TraceAction::FreeCompleted;
        if (isFree && !out.freeStacksAreFreeTime)
            continue;
        if (e.action == TraceAction::SegmentFree || e.action == TraceAction::SegmentUnmap)
            continue; // may carry the segment's creation stack
        phase[size_t(i)] = quint8(FrameClassifier::phaseOf(m_frames.stack(e.stack).flags));
    }
    std::vector<qint64> profilerSteps;
    std::vector<quint8> annotated(static_cast<size_t>(n), quint8(Phase::Unknown));
    applyAnnotations(annotated, profilerSteps, out.annotationCount);

    // Fill gaps only between two events that agree, never across a ProfilerStep boundary.
    qint64 lastKnown = -1;
    auto stepIt = profilerSteps.begin();
    for (qint64 i = 0; i < n; ++i) {
        if (phase[size_t(i)] == quint8(Phase::Unknown))
            continue;
        while (stepIt != profilerSteps.end() && *stepIt <= lastKnown)
            ++stepIt;
        const bool crossesStep = stepIt != profilerSteps.end() && *stepIt <= i;
        if (lastKnown >= 0 && i - lastKnown > 1 && !crossesStep && phase[size_t(lastKnown)] == phase[size_t(i)])
            std::fill(phase.begin() + lastKnown + 1, phase.begin() + i, phase[size_t(i)]);
        lastKnown = i;
    }
    inferFramelessBackward(phase);
    // Annotation windows are exact: they fill what the frames left open, and optimizer windows win.
    for (qint64 i = 0; i < n; ++i) {
        const quint8 p = annotated[size_t(i)];
        if (p != quint8(Phase::Unknown)
            && (phase[size_t(i)] == quint8(Phase::Unknown) || p == quint8(Phase::Optimizer) || p == quint8(Phase::ZeroGrad)))
            phase[size_t(i)] = p;
    }
    for (qint64 i = 0; i < n; ++i)
        out.map.appendRun(i, Phase(phase[size_t(i)]));

    std::vector<qint64> steps;
    if (!profilerSteps.empty()) {
        steps = profilerSteps;
        out.map.stepsFromAnnotations = true;
    } else {
        qint64 firstForward = -1;
        bool sawOptimizer = false, sawBackward = false;
        for (int r = 0; r < out.map.runCount(); ++r) {
            const Phase p = out.map.runPhase(r);
            if (p == Phase::Forward && firstForward < 0)
                firstForward = out.map.runStart(r);
            sawOptimizer |= p == Phase::Optimizer;
            sawBackward |= p == Phase::Backward;
        }
        if (firstForward >= 0 && (sawOptimizer || sawBackward)) {
            steps.push_back(firstForward);
            for (int r = 0; r < out.map.runCount(); ++r) {
                const Phase p = out.map.runPhase(r);
                const qint64 start = out.map.runStart(r);
                if (start <= firstForward)
                    continue;
                if (sawOptimizer && p == Phase::Optimizer) {
                    // The next step begins with the next known phase (zero_grad, batch, forward).
                    int k = r + 1;
                    while (k < out.map.runCount() && out.map.runPhase(k) == Phase::Unknown)
                        ++k;
                    if (k < out.map.runCount() && out.map.runStart(k) > steps.back())
                        steps.push_back(out.map.runStart(k));
                } else if (!sawOptimizer && p == Phase::Forward && r > 0
                           && out.map.runPhase(r - 1) != Phase::Forward) {
                    // A forward after a backward starts the next step.
                    bool afterBackward = false;
                    for (int k = r - 1; k >= 0 && out.map.runPhase(k) != Phase::Forward; --k)
                        afterBackward |= out.map.runPhase(k) == Phase::Backward;
                    if (afterBackward && start > steps.back())
                        steps.push_back(start);
                }
            }
        }
    }
    out.map.setStepStarts(std::move(steps));
    return out;
}

} // namespace VramScope
