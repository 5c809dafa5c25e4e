// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/analyzer.h"

#include "analysis/categorizer.h"
#include "analysis/categoryrules.h"
#include "analysis/categoryseriesbuilder.h"
#include "analysis/diagnoser.h"
#include "analysis/phasedetector.h"
#include "document.h"

namespace VramScope {

Diagnosis analyzeDevice(const Snapshot &snapshot, DeviceTimeline &timeline, const CategoryRules *rules,
                        const AnalysisOptions &options, int deviceCount, CategorySeries *series)
{
    FrameClassifier frames(snapshot);
    const PhaseDetection phases = PhaseDetector(snapshot, timeline, frames).run();
    Categorizer categorizer(snapshot, timeline, frames, phases, rules);
    std::vector<CategoryEvidence> evidence = categorizer.run();
    if (series)
        *series = buildCategorySeries(timeline);
    return Diagnoser(snapshot, timeline, frames, categorizer, phases, std::move(evidence))
        .run(options, deviceCount);
}

void analyzeDocument(Document &document, const AnalysisOptions &options)
{
    document.categories.assign(document.devices.size(), CategorySeries{});
    document.diagnoses.assign(document.devices.size(), Diagnosis{});
    if (!document.snapshot)
        return;
    CategoryRules rules;
    if (!options.rulesFile.isEmpty()) {
        QString error;
        if (!rules.loadFile(options.rulesFile, &error))
            document.warnings.append(error);
    }
    for (size_t i = 0; i < document.devices.size(); ++i) {
        document.diagnoses[i] = analyzeDevice(*document.snapshot, document.devices[i], &rules, options,
                                              int(document.devices.size()), &document.categories[i]);
    }
}

} // namespace VramScope
