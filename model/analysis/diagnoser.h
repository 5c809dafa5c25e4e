// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analyzer.h"
#include "analysis/categorizer.h"
#include "analysis/diagnosis.h"

namespace VramScope {

// Builds the Diagnosis of one categorized device: the moment (last OOM, else the peak of
// allocated bytes, else the dump), the bands there, the failing request and its category,
// free blocks per (pool, stream), the verdict from the numbers (OomJudge, as for a pasted
// message), the ladder with estimates from the bands, step hints and capture health.
class Diagnoser
{
public:
    Diagnoser(const Snapshot &snapshot, const DeviceTimeline &timeline, FrameClassifier &frames,
              Categorizer &categorizer, const PhaseDetection &phases, std::vector<CategoryEvidence> evidence);
    // monitor (optional): progress between the steps; a cancelled run returns early.
    Diagnosis run(const AnalysisOptions &options, int deviceCount, LoadMonitor *monitor = nullptr);

private:
    void chooseMoment(Diagnosis &d) const;
    void measureBands(Diagnosis &d, qint64 *attentionTemporary, bool *largestTemporaryIsAttention) const;
    void judge(Diagnosis &d) const;
    int fp32Evidence() const;

    const Snapshot &m_snapshot;
    const DeviceTimeline &m_timeline;
    FrameClassifier &m_frames;
    Categorizer &m_categorizer;
    const PhaseDetection &m_phases;
    std::vector<CategoryEvidence> m_evidence;
};

} // namespace VramScope
