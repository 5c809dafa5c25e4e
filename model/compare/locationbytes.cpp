// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/locationbytes.h"

#include "analysis/frameclassifier.h"
#include "document.h"

namespace VramScope {

namespace {
bool contains(std::string_view s, std::string_view needle)
{
    return s.find(needle) != std::string_view::npos;
}

// The frame that names where an allocation comes from: the classifier's evidence frame when it
// lies outside torch/; else (C++-only stacks of backward) the autograd node; else the innermost
// frame that is not the allocator's or the traceback collector's own bookkeeping.
FrameId locationFrame(const Snapshot &snapshot, FrameClassifier &classifier, StackId id)
{
    const FrameId evidence = classifier.stack(id).evidence;
    if (evidence != NoFrame && !(classifier.frameFlags(evidence) & FrameClassifier::TorchInternal))
        return evidence;
    const auto [begin, end] = snapshot.stack(id);
    for (const FrameId *f = begin; f != end; ++f) {
        const std::string_view name = snapshot.strings.view(snapshot.frames[*f].name);
        if (contains(name, "Backward") || contains(name, "AccumulateGrad"))
            return *f;
    }
    for (const FrameId *f = begin; f != end; ++f) {
        const std::string_view file = snapshot.strings.view(snapshot.frames[*f].filename);
        if (!contains(file, "profiler/unwind") && !contains(file, "combined_traceback")
            && !contains(file, "memory_snapshot.cpp") && !contains(file, "CUDACachingAllocator")
            && !contains(file, "c10/core/"))
            return *f;
    }
    return evidence;
}
} // namespace

QHash<QString, qint64> bytesByLocation(const Document &doc, int deviceOrdinal, qint64 event)
{
    QHash<QString, qint64> out;
    const DeviceTimeline *timeline = doc.device(deviceOrdinal);
    if (!timeline || !doc.snapshot)
        return out;
    FrameClassifier classifier(*doc.snapshot);
    QHash<StackId, QString> names; // stacks are shared by many allocations
    for (quint32 i : timeline->liveAt(event)) {
        const AllocationInterval &a = timeline->intervals[i];
        auto it = names.constFind(a.allocStack);
        if (it == names.constEnd()) {
            const FrameId frame = a.allocStack == EmptyStack ? NoFrame : locationFrame(*doc.snapshot, classifier, a.allocStack);
            it = names.insert(a.allocStack, frame == NoFrame ? QString() : doc.snapshot->frameText(frame));
        }
        out[*it] += qint64(a.size);
    }
    return out;
}

} // namespace VramScope
