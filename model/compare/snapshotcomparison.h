// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "analysis/diagnosis.h"
#include "compare/settingsdiff.h"
#include "compare/timealignment.h"

#include <QString>

#include <array>
#include <vector>

namespace VramScope {

struct Document;

// One side of a comparison: the diagnosis moment (OOM, else peak, else dump) of one device.
struct ComparedSide
{
    QString file;
    int device = -1;
    Diagnosis::MomentKind momentKind = Diagnosis::MomentKind::None;
    qint64 momentIndex = -1;
    qint64 momentTimeUs = NoTime;
    int momentStep = -1; // training step at the moment, -1 unknown
    std::array<qint64, CategoryCount> bands{};
    qint64 allocatedBytes = 0;
    qint64 reservedBytes = 0;
    qint64 peakAllocatedBytes = 0;
    qint64 peakReservedBytes = 0;
    bool oom = false;
    Category tallest = Category::Unknown;
};

// Bytes at the moment attributed to one top user frame, in A and B.
struct LocationDelta
{
    QString location; // "file:line:name"; empty: allocations without frames
    qint64 aBytes = 0;
    qint64 bBytes = 0;
    qint64 delta() const { return bBytes - aBytes; }
};

// "Did my fix work, and by how much?": A (before) against B (after). See docs/compare.md.
class SnapshotComparison
{
public:
    // devices: ordinals, -1 = each document's default device (the OOM device, else the longest).
    static SnapshotComparison compare(const Document &a, const Document &b, int deviceA = -1,
                                      int deviceB = -1);

    ComparedSide a;
    ComparedSide b;
    std::array<qint64, CategoryCount> deltaBands{}; // b - a per category
    std::vector<LocationDelta> byLocation; // changed locations, largest |delta| first
    std::vector<SettingDifference> settingsDiff;
    TimeAlignment::Mode alignment = TimeAlignment::Mode::EventIndex;
    Category largestChange = Category::Unknown; // category with the largest |delta|
    QString verdict;                            // one translated line

    qint64 totalDelta() const { return b.allocatedBytes - a.allocatedBytes; }
};

} // namespace VramScope
