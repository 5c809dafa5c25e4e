// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

namespace VramScope {

// How the segment map sizes and orders its rows. On its own so that the app's Settings can store the
// choice without including a widget.
enum class SegmentScale {
    // Every bar fills the width: a small segment's blocks are as readable as a big one's.
    FitRow,
    // One bytes-to-pixels scale for all rows: bar lengths compare segment sizes.
    Shared,
};

// The order of the segment map's rows inside each (pool, stream) group.
enum class SegmentOrder {
    Largest,  // biggest segments first
    MostFree, // most cached free bytes first: where fragmentation is, on top
    Address,  // ascending address, as the allocator lays them out
};

} // namespace VramScope
