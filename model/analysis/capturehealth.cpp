// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/capturehealth.h"

#include "modeltr.h"

namespace VramScope {

namespace {

constexpr qint64 DefaultEntries = 100000;

// A round ring-buffer size comfortably above what the trace needed.
qint64 roomyEntries(qint64 events)
{
    qint64 n = DefaultEntries;
    while (n < events * 4 && n < (qint64(1) << 40))
        n *= 10;
    return n;
}

} // namespace

QString CaptureHealth::recordCall(const QString &stacks, qint64 maxEntries)
{
    return QStringLiteral("torch.cuda.memory._record_memory_history(enabled=\"all\", context=\"all\", "
                          "stacks=\"%1\", max_entries=%2)")
        .arg(stacks)
        .arg(maxEntries);
}

std::vector<HealthNote> CaptureHealth::check(const Snapshot &snapshot, const DeviceTimeline &t,
                                             const Diagnosis &d, FrameClassifier &frames)
{
    std::vector<HealthNote> notes;
    static const std::vector<TraceEntry> NoTrace;
    const auto &trace = size_t(t.device) < snapshot.deviceTraces.size() ? snapshot.deviceTraces[size_t(t.device)]
                                                                        : NoTrace;
    const QString standard = recordCall(QStringLiteral("python"), roomyEntries(qint64(trace.size())));
    if (!snapshot.hasTraceKey || trace.empty()) {
        notes.push_back({QStringLiteral("no_trace"),
                         Tr::tr("No allocation history was recorded for this device: only the state at the "
                                "dump is known, so there is no timeline, no OOM entry and no phases. Start "
                                "recording before the model is built."),
                         standard});
        return notes;
    }
    if (trace.size() <= 2 && t.segmentCount > 0) {
        notes.push_back({QStringLiteral("state_only"),
                         Tr::tr("The history holds %n entry(ies): recorded with enabled=\"state\", which keeps "
                                "only the stacks of live blocks.", nullptr, int(trace.size())),
                         standard});
    }
    qint64 allocs = 0, framed = 0, python = 0;
    for (const TraceEntry &e : trace) {
        if (e.action != TraceAction::Alloc)
            continue;
        ++allocs;
        if (e.stack == EmptyStack)
            continue;
        ++framed;
        if (frames.stack(e.stack).flags & FrameClassifier::Python)
            ++python;
    }
    if (allocs > 0 && framed == 0) {
        notes.push_back({QStringLiteral("no_frames"),
                         Tr::tr("No allocation carries a stack: recorded with context=None or \"state\". "
                                "Categories then rest on lifetimes alone."),
                         standard});
    } else if (framed > 0 && python == 0) {
        notes.push_back({QStringLiteral("cpp_only_frames"),
                         Tr::tr("The stacks hold only C++ frames, so the Python code that allocated is "
                                "unknown. Record Python frames too."),
                         recordCall(QStringLiteral("all"), roomyEntries(qint64(trace.size())))});
    } else if (allocs > 0 && framed * 10 < allocs * 9) {
        notes.push_back({QStringLiteral("partial_frames"),
                         Tr::tr("%1% of the allocations have no stack (typically backward allocations "
                                "recorded with Python-only stacks).")
                             .arg(100 - framed * 100 / allocs),
                         recordCall(QStringLiteral("all"), roomyEntries(qint64(trace.size())))});
    }
    qint64 unmatched = 0;
    for (const AllocationInterval &a : t.intervals)
        unmatched += a.origin == IntervalOrigin::UnmatchedFree;
    if (unmatched > 0 || snapshot.allocatorSettings.value(QStringLiteral("trace_alloc_overflowed")).toBool()) {
        notes.push_back({QStringLiteral("ring_overflow"),
                         Tr::tr("%n free(s) of allocations made before the trace window: the ring buffer "
                                "overflowed (or recording started late), so the beginning is missing.",
                                nullptr, int(std::min<qint64>(unmatched, INT_MAX))),
                         recordCall(QStringLiteral("python"), roomyEntries(qint64(trace.size()) * 4))});
    }
    qint64 preexisting = 0;
    for (const AllocationInterval &a : t.intervals) {
        if (a.allocIndex == BeforeWindow && a.liveAfter(d.momentIndex))
            preexisting += qint64(a.size);
    }
    if (d.allocatedBytes > 0 && preexisting * 4 >= d.allocatedBytes) {
        notes.push_back({QStringLiteral("preexisting_share"),
                         Tr::tr("%1% of the memory live at the moment was allocated before recording "
                                "started, so its category and stack are largely unknown. Call "
                                "_record_memory_history before the model is created.")
                             .arg(preexisting * 100 / d.allocatedBytes),
                         standard});
    }
    const qint64 lastTime = trace.back().timeUs;
    if (lastTime != NoTime) {
        qint64 lastAnnotation = NoTime;
        for (const Annotation &an : snapshot.annotations) {
            if (an.device == t.device && an.timeUs != NoTime)
                lastAnnotation = std::max(lastAnnotation, an.timeUs);
        }
        if (lastAnnotation != NoTime && lastAnnotation - lastTime > 5'000'000) {
            notes.push_back({QStringLiteral("trace_ends_early"),
                             Tr::tr("The trace ends %1 s before the last annotation: recording stopped (or "
                                    "was disabled) long before the end of the run, so the OOM may not be in it.")
                                 .arg((lastAnnotation - lastTime) / 1'000'000),
                             standard});
        }
    }
    if (!t.ooms.empty()) {
        qint64 after = 0;
        for (size_t i = size_t(t.ooms.back().index) + 1; i < trace.size(); ++i)
            after += trace[i].action == TraceAction::Alloc || trace[i].action == TraceAction::FreeCompleted;
        if (after > 0) {
            notes.push_back({QStringLiteral("dump_after_oom"),
                             Tr::tr("The snapshot was dumped %n allocator event(s) after the OOM (in an "
                                    "exception handler?): the segments show the dump, not the OOM, so the "
                                    "free blocks at the OOM are reconstructed. Dump from an OOM observer.",
                                    nullptr, int(std::min<qint64>(after, INT_MAX))),
                             standard + QStringLiteral("; torch._C._cuda_attach_out_of_memory_observer("
                                                       "lambda *args: torch.cuda.memory._dump_snapshot("
                                                       "\"oom_snapshot.pickle\"))")});
        }
    }
    return notes;
}

} // namespace VramScope
