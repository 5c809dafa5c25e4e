// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "snapshot/snapshot.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace VramScope {

struct Document;

// What one rank's snapshot says, on its default device (the OOM device, else the longest trace).
struct RankSummary
{
    QString file; // file name as given (the CLI and the view show it)
    int device = -1;
    qint64 peakAllocatedBytes = 0;
    qint64 peakReservedBytes = 0;
    bool oom = false;
    qint64 oomIndex = -1;         // first oom entry of the device
    qint64 oomTimeUs = NoTime;    // its time_us
    qint64 oomRequestedBytes = 0; // its size
    Category tallest = Category::Unknown; // tallest band at the diagnosis moment

    static RankSummary fromDocument(const Document &doc, const QString &file);
};

// Many ranks of one job: which ran out of memory first, which are imbalanced. See docs/compare.md.
class RanksOverview
{
public:
    static constexpr double DefaultThreshold = 0.10;

    // ranks are ordered by file name, numbers compared by value (rank2 before rank10).
    static RanksOverview build(std::vector<RankSummary> ranks, double threshold = DefaultThreshold);

    std::vector<RankSummary> ranks;
    std::vector<int> oomRanks;   // indices into ranks, the first to fail first (by OOM time_us)
    std::vector<int> imbalanced; // |peak allocated - median| > threshold * median
    qint64 medianPeakAllocatedBytes = 0;
    double threshold = DefaultThreshold;

    bool isImbalanced(int rank) const;
};

// Natural order of file names: digit runs compare by value.
bool naturalLess(const QString &a, const QString &b);

// The JSON of `vramscope ranks --json`: ranks[]{file,device,peak_allocated_bytes,
// peak_reserved_bytes,oom,tallest}, oom_ranks[] (files), imbalanced[] (files),
// median_peak_allocated_bytes, threshold. oom is null or {index,time_us,requested_bytes}.
QJsonObject ranksToJson(const RanksOverview &overview);
QString ranksToText(const RanksOverview &overview);

} // namespace VramScope
