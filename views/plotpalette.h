// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QColor>
#include <QPalette>

namespace VramScope {

// Colours of the timeline. Categories use the Okabe-Ito palette, which stays distinguishable
// under the common colour-vision deficiencies; lines follow the widget palette (light or dark).
class PlotPalette
{
public:
    static QColor category(Category c);
    static QColor category(int c) { return category(Category(c)); }
    // One band of the allocations mode: the category hue, alternating lightness so that
    // neighbouring allocations of one category stay apart.
    static QColor band(Category c, int bandIndex);
    static QColor summarizedBand() { return QColor(0xbb, 0xbb, 0xbb); }
    static QColor allocatedLine(const QPalette &palette);
    static QColor reservedLine() { return QColor(0xd5, 0x5e, 0x00); } // vermillion
    static QColor oom() { return QColor(0xc0, 0x1c, 0x28); }
    static QColor peak(const QPalette &palette);
    static QColor snapshotMarker() { return QColor(0x88, 0x88, 0x88); }
    static QColor annotation(int index);
    static QColor cursor(const QPalette &palette);
    static QColor selection(const QPalette &palette);
};

} // namespace VramScope
