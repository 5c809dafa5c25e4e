// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

namespace VramScope {

// How the segment map sizes its rows. On its own so that the app's Settings can store the
// choice without including a widget.
enum class SegmentScale {
    // Every bar fills the width: a small segment's blocks are as readable as a big one's.
    FitRow,
    // One bytes-to-pixels scale for all rows: bar lengths compare segment sizes.
    Shared,
};

} // namespace VramScope
