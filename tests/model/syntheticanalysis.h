// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// Runs the real replay and analysis on a SyntheticTrace, for the analysis tests.

#include "analysis/analyzer.h"
#include "analysis/diagnosis.h"
#include "document.h"
#include "synthetictraining.h"

#include <QStringList>

#include <memory>

namespace VramScope::Test {

struct Analysed
{
    Snapshot snap;
    DeviceTimeline timeline;
    CategorySeries series;
    Diagnosis d;
};

inline std::unique_ptr<Analysed> analyse(SyntheticTrace &t, qint64 capacity = 0, const CategoryRules *rules = nullptr,
                                         bool withTrace = true)
{
    auto a = std::make_unique<Analysed>();
    a->snap = t.finish(withTrace);
    buildDeviceTimeline(a->snap, 0, &a->timeline);
    AnalysisOptions options;
    options.capacityBytes = capacity;
    a->d = analyzeDevice(a->snap, a->timeline, rules, options, 1, &a->series);
    return a;
}

// What PyTorch holds at the end plus the OOM's free bytes plus a CUDA context.
inline qint64 capacityFor(const SyntheticTrace &t, quint64 deviceFree)
{
    return qint64(t.liveBytes() + deviceFree + 300 * SyntheticTrace::MiB);
}

inline QStringList strs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

inline QStringList hintIds(const Diagnosis &d)
{
    QStringList out;
    for (const StepHint &h : d.hints)
        out << h.id;
    return out;
}

inline qint64 intervalAt(const DeviceTimeline &t, qint64 allocIndex)
{
    for (size_t i = 0; i < t.intervals.size(); ++i) {
        if (t.intervals[i].allocIndex == allocIndex)
            return qint64(i);
    }
    return -1;
}

} // namespace VramScope::Test
