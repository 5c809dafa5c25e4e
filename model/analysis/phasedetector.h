// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/frameclassifier.h"
#include "analysis/phase.h"
#include "timeline/devicetimeline.h"

namespace VramScope {

struct PhaseDetection
{
    PhaseMap map;
    bool freeStacksAreFreeTime = false; // context="all": free entries carry the freeing stack
    int annotationCount = 0;            // external_annotations used for this device
};

// Finds forward/backward/optimizer/... phases and training steps over one device's events:
// from the frames of each event (alloc, segment, oom; frees only when they carry free-time
// stacks) and from external_annotations (ProfilerStep#N, Optimizer.step#..., user labels), which
// win where they apply. Events without evidence stay Unknown unless both neighbours agree:
// a wrong phase would mislead the categorizer more than a missing one.
class PhaseDetector
{
public:
    PhaseDetector(const Snapshot &snapshot, const DeviceTimeline &timeline, FrameClassifier &frames);
    PhaseDetection run();

private:
    bool detectFreeTimeStacks() const;
    void applyAnnotations(std::vector<quint8> &phase, std::vector<qint64> &profilerSteps, int &used) const;
    qint64 eventAtTime(qint64 timeUs) const; // first event at or after timeUs, -1 when none
    // Python-only stacks leave backward frameless: an unknown stretch after a forward run that
    // frees forward allocations and leads into the optimizer (or the next forward) is backward.
    void inferFramelessBackward(std::vector<quint8> &phase) const;

    const Snapshot &m_snapshot;
    const DeviceTimeline &m_timeline;
    const std::vector<TraceEntry> &m_trace;
    FrameClassifier &m_frames;
};

} // namespace VramScope
