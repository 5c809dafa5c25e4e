// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "segmentlayout.h"

class QColor;
class QPainter;
class QRect;

namespace VramScope {

// Draws one segment's bar as its layout places it: allocated runs in their category colour,
// pending-free runs as a tint of it under a hatch, free runs left as the empty bar (`base`), all
// on whole pixels. A row too dense for every run to get a pixel (hundreds of blocks in a short
// bar at the shared scale) is drawn pixel by pixel instead: each column takes the colour of what
// covers most of it, paled by the share of it that is free, so allocations with free gaps
// between them look lighter than solid ones rather than hiding the gaps.
namespace SegmentBarPainter {
void paint(QPainter &p, const AllocatorState &state, const SegmentLayout &layout, const QRect &bar,
           int fromX, int toX, const QColor &base);
} // namespace SegmentBarPainter

} // namespace VramScope
