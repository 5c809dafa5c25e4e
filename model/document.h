// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "analysis/diagnosis.h"
#include "snapshot/snapshot.h"
#include "timeline/devicetimeline.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace VramScope {

// Bytes per category over events, for the stacked plot: one sparse step series per category.
struct CategorySeries
{
    std::array<StepSeries, CategoryCount> bytes;
};

// Everything known about one opened file. Built by the loader off the UI thread, then immutable
// and shared (std::shared_ptr<const Document>) with views, reports and the CLI.
struct Document
{
    QString path;
    qint64 fileSize = 0;
    std::shared_ptr<const Snapshot> snapshot;
    std::vector<DeviceTimeline> devices; // only devices with trace entries or segments
    std::vector<CategorySeries> categories; // parallel to devices
    std::vector<Diagnosis> diagnoses;       // parallel to devices
    QStringList warnings;

    const DeviceTimeline *device(int ordinal) const;
    // The device users most likely want: the one with an OOM, else the longest trace.
    int defaultDevice() const;
};

using DocumentPtr = std::shared_ptr<const Document>;

} // namespace VramScope
