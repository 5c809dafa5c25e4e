// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

class SnapshotComparison;

// The HTML fragments of the comparison form of the report (A = before, B = after), one per
// section. The numbers are SnapshotComparison's, unchanged, so the page says what
// `vramscope compare --json` says; rows carry them as data-*-bytes attributes for scripts and
// tests. File data (file names, locations, settings) goes through ReportSections::escape().
class ComparisonSections
{
public:
    static constexpr int MaxLocations = 1000; // rows of the location table; the rest is counted

    static QString title(const SnapshotComparison &comparison);
    static QString header(const SnapshotComparison &comparison);
    static QString verdict(const SnapshotComparison &comparison);
    static QString alignment(const SnapshotComparison &comparison); // how the timelines are aligned
    static QString bands(const SnapshotComparison &comparison);
    static QString locations(const SnapshotComparison &comparison);
    static QString settings(const SnapshotComparison &comparison);
};

} // namespace VramScope
