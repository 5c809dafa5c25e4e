// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QVector>

#include <array>

namespace VramScope {

struct Document;
class EventAxis;

// The points the category timeline draws for one visible x range: per bucket three points at the
// same key (max, min, value at the bucket's end) so lsStepLeft draws the full min..max extent of
// every pixel column and continues at the true end value. Sized by buckets, never by events.
struct StackedEnvelope
{
    QVector<double> keys;
    QVector<double> allocated;
    QVector<double> reserved;
    // Cumulative: stacked[c] = bytes of categories 0..c. The top equals `allocated`.
    std::array<QVector<double>, CategoryCount> stacked;
    double maxValue = 0; // largest value fed to any graph

    // deviceIndex indexes Document::devices. buckets ~ plot width in pixels.
    static StackedEnvelope build(const Document &document, int deviceIndex, const EventAxis &axis,
                                 double xLower, double xUpper, int buckets);
};

} // namespace VramScope
