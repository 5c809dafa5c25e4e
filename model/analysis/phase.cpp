// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/phase.h"

#include "modeltr.h"

#include <algorithm>

namespace VramScope {

QString phaseId(Phase p)
{
    switch (p) {
    case Phase::Unknown: return QStringLiteral("unknown");
    case Phase::Setup: return QStringLiteral("setup");
    case Phase::Data: return QStringLiteral("data");
    case Phase::Forward: return QStringLiteral("forward");
    case Phase::Backward: return QStringLiteral("backward");
    case Phase::Optimizer: return QStringLiteral("optimizer");
    case Phase::ZeroGrad: return QStringLiteral("zero_grad");
    case Phase::Eval: return QStringLiteral("evaluation");
    }
    return QStringLiteral("unknown");
}

QString phaseLabel(Phase p)
{
    switch (p) {
    case Phase::Unknown: return Tr::tr("unknown phase");
    case Phase::Setup: return Tr::tr("setup");
    case Phase::Data: return Tr::tr("batch transfer");
    case Phase::Forward: return Tr::tr("forward");
    case Phase::Backward: return Tr::tr("backward");
    case Phase::Optimizer: return Tr::tr("optimizer step");
    case Phase::ZeroGrad: return Tr::tr("zero_grad");
    case Phase::Eval: return Tr::tr("evaluation");
    }
    return {};
}

void PhaseMap::appendRun(qint64 firstEvent, Phase phase)
{
    if (!m_runPhase.empty() && m_runPhase.back() == phase)
        return;
    if (!m_runStart.empty() && m_runStart.back() == firstEvent) {
        // An empty run: replace it (and merge with the previous one if equal).
        --m_phaseRuns[int(m_runPhase.back())];
        m_runStart.pop_back();
        m_runPhase.pop_back();
        m_runOrdinal.pop_back();
        if (!m_runPhase.empty() && m_runPhase.back() == phase)
            return;
    }
    m_runStart.push_back(firstEvent);
    m_runPhase.push_back(phase);
    m_runOrdinal.push_back(m_phaseRuns[int(phase)]++);
}

void PhaseMap::setStepStarts(std::vector<qint64> starts)
{
    m_stepStart = std::move(starts);
}

int PhaseMap::runAt(qint64 event) const
{
    const auto it = std::upper_bound(m_runStart.begin(), m_runStart.end(), event);
    return int(it - m_runStart.begin()) - 1;
}

Phase PhaseMap::phaseAt(qint64 event) const
{
    const int r = runAt(event);
    return r < 0 ? Phase::Unknown : m_runPhase[size_t(r)];
}

qint64 PhaseMap::runEnd(int run, qint64 eventCount) const
{
    return size_t(run) + 1 < m_runStart.size() ? m_runStart[size_t(run) + 1] - 1 : eventCount - 1;
}

int PhaseMap::stepAt(qint64 event) const
{
    const auto it = std::upper_bound(m_stepStart.begin(), m_stepStart.end(), event);
    return int(it - m_stepStart.begin()) - 1;
}

} // namespace VramScope
