// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace VramScope {

// Where in a training step an event happened.
enum class Phase : quint8 {
    Unknown,
    Setup,     // model construction, .to(device), checkpoint loading
    Data,      // moving a batch to the device
    Forward,
    Backward,
    Optimizer, // optimizer.step()
    ZeroGrad,  // optimizer.zero_grad() / module.zero_grad()
    Eval,      // evaluation, validation, no_grad inference
};
constexpr int PhaseCount = 8;
QString phaseId(Phase p); // "unknown", "setup", "data", "forward", "backward", ...
QString phaseLabel(Phase p);

// Phases and steps over event indices, stored as runs (O(runs) memory, O(log runs) lookups).
// A run is a maximal range of events in one phase; steps start at stepStarts.
class PhaseMap
{
public:
    void appendRun(qint64 firstEvent, Phase phase); // firstEvent must increase
    void setStepStarts(std::vector<qint64> starts);  // ascending event indices

    Phase phaseAt(qint64 event) const; // Unknown before the first run and for event < 0
    int runAt(qint64 event) const;     // -1 before the first run
    int runCount() const { return int(m_runStart.size()); }
    qint64 runStart(int run) const { return m_runStart[size_t(run)]; }
    qint64 runEnd(int run, qint64 eventCount) const; // last event of the run
    Phase runPhase(int run) const { return m_runPhase[size_t(run)]; }
    // Ordinal of the run among the runs of its phase: 0 for the first forward, the first backward...
    int runOrdinal(int run) const { return m_runOrdinal[size_t(run)]; }

    int stepAt(qint64 event) const; // 0-based; -1 before the first step start (or none known)
    int stepCount() const { return int(m_stepStart.size()); }
    const std::vector<qint64> &stepStarts() const { return m_stepStart; }
    bool stepsFromAnnotations = false; // ProfilerStep#N marks, else inferred from phases
    bool hasPhases() const { return !m_runStart.empty(); }

private:
    std::vector<qint64> m_runStart;
    std::vector<Phase> m_runPhase;
    std::vector<int> m_runOrdinal;
    std::vector<int> m_phaseRuns = std::vector<int>(PhaseCount, 0);
    std::vector<qint64> m_stepStart;
};

} // namespace VramScope
