// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/analyzer.h"

#include "analysis/categorizer.h"
#include "analysis/categoryrules.h"
#include "analysis/categoryseriesbuilder.h"
#include "analysis/diagnoser.h"
#include "analysis/phasedetector.h"
#include "document.h"
#include "loadmonitor.h"

namespace VramScope {

Diagnosis analyzeDevice(const Snapshot &snapshot, DeviceTimeline &timeline, const CategoryRules *rules,
                        const AnalysisOptions &options, int deviceCount, CategorySeries *series,
                        LoadMonitor *monitor)
{
    // Progress shares by the time each step took (vramscope_bench phases, 5 M entries); a
    // cancelled step returns early and the caller drops the half-made results.
    SubMonitor phasesPart(monitor, 0, 100, QString()), categoriesPart(monitor, 100, 400, QString()),
        seriesPart(monitor, 400, 700, QString()), diagnosisPart(monitor, 700, 1000, QString());
    FrameClassifier frames(snapshot);
    phasesPart.report(0, QString());
    const PhaseDetection phases = PhaseDetector(snapshot, timeline, frames).run();
    if (phasesPart.isCanceled())
        return {};
    Categorizer categorizer(snapshot, timeline, frames, phases, rules);
    std::vector<CategoryEvidence> evidence = categorizer.run(&categoriesPart);
    if (categoriesPart.isCanceled())
        return {};
    if (series)
        *series = buildCategorySeries(timeline, &seriesPart);
    if (seriesPart.isCanceled())
        return {};
    return Diagnoser(snapshot, timeline, frames, categorizer, phases, std::move(evidence))
        .run(options, deviceCount, &diagnosisPart);
}

bool analyzeDocument(Document &document, const AnalysisOptions &options, LoadMonitor *monitor)
{
    document.categories.assign(document.devices.size(), CategorySeries{});
    document.diagnoses.assign(document.devices.size(), Diagnosis{});
    if (!document.snapshot)
        return true;
    CategoryRules rules;
    if (!options.rulesFile.isEmpty()) {
        QString error;
        if (!rules.loadFile(options.rulesFile, &error))
            document.warnings.append(error);
    }
    const size_t n = document.devices.size();
    for (size_t i = 0; i < n; ++i) {
        SubMonitor part(monitor, int(1000 * i / n), int(1000 * (i + 1) / n), QString());
        document.diagnoses[i] = analyzeDevice(*document.snapshot, document.devices[i], &rules, options,
                                              int(n), &document.categories[i], monitor ? &part : nullptr);
        if (monitor && monitor->isCanceled())
            return false;
    }
    return true;
}

} // namespace VramScope
