// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QVector>

#include <array>

namespace VramScope {

struct Document;
class EventAxis;

// The points the category timeline draws for one visible x range, sized by buckets (about one per
// pixel), never by events. Lines get three points per bucket at the same key (max, min, value at
// the bucket's end), so lsStepLeft draws the full min..max extent of every pixel column and
// continues at the true end value. The stacked areas get one point per bucket, the bucket's
// maximum: filled polygons that double back on themselves in every pixel column are very slow
// to rasterize, and the line on top already shows the dips.
struct StackedEnvelope
{
    QVector<double> keys;
    QVector<double> allocated;
    QVector<double> reserved;
    QVector<double> areaKeys;
    // Cumulative: stacked[c] = bytes of categories 0..c. The top equals the allocated maximum.
    std::array<QVector<double>, CategoryCount> stacked;
    double maxValue = 0; // largest value fed to any graph

    // deviceIndex indexes Document::devices. buckets ~ plot width in pixels.
    static StackedEnvelope build(const Document &document, int deviceIndex, const EventAxis &axis,
                                 double xLower, double xUpper, int buckets);
};

} // namespace VramScope
