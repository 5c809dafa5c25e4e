// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

struct Document;
struct Diagnosis;
struct DeviceTimeline;
struct Snapshot;
struct CategorySeries;
class CategoryRules;
class LoadMonitor;

struct AnalysisOptions
{
    QString rulesFile;      // user category rules (docs/rules.md); empty = built-in rules only
    qint64 capacityBytes = 0; // device capacity when known (0 = unknown)
};

// Runs after the replay, on the loader's worker thread: assigns a category to every allocation
// interval, builds Document::categories and Document::diagnoses. Never touches widgets.
// monitor (optional): progress 0..1000 and cancel; false when cancelled (drop the document).
bool analyzeDocument(Document &document, const AnalysisOptions &options,
                     LoadMonitor *monitor = nullptr);

// The same for one device: categorizes timeline's intervals (writes their category), fills
// *series when given and returns the diagnosis. rules may be null. For tests and the app's
// "re-analyse with these rules". monitor (optional): this device's progress and cancel.
Diagnosis analyzeDevice(const Snapshot &snapshot, DeviceTimeline &timeline, const CategoryRules *rules,
                        const AnalysisOptions &options, int deviceCount, CategorySeries *series,
                        LoadMonitor *monitor = nullptr);

} // namespace VramScope
