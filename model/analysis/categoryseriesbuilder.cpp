// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/categoryseriesbuilder.h"

#include <algorithm>

namespace VramScope {

CategorySeries buildCategorySeries(const DeviceTimeline &timeline)
{
    struct Delta
    {
        qint64 index;
        qint64 bytes;
        int category;
    };
    std::array<qint64, CategoryCount> initial{};
    std::vector<Delta> deltas;
    deltas.reserve(timeline.intervals.size() * 2);
    for (const AllocationInterval &a : timeline.intervals) {
        const int c = std::min<int>(a.category, CategoryCount - 1);
        const auto size = qint64(a.size);
        if (a.allocIndex < 0)
            initial[c] += size;
        else
            deltas.push_back({a.allocIndex, size, c});
        if (a.freeCompletedIndex != NotFreed)
            deltas.push_back({a.freeCompletedIndex, -size, c});
    }
    std::sort(deltas.begin(), deltas.end(), [](const Delta &x, const Delta &y) { return x.index < y.index; });

    CategorySeries out;
    std::array<qint64, CategoryCount> value = initial;
    std::array<qint64, CategoryCount> appended = initial;
    std::array<bool, CategoryCount> touched{};
    for (size_t i = 0; i < deltas.size();) {
        const qint64 index = deltas[i].index;
        touched.fill(false);
        for (; i < deltas.size() && deltas[i].index == index; ++i) {
            value[size_t(deltas[i].category)] += deltas[i].bytes;
            touched[size_t(deltas[i].category)] = true;
        }
        for (int c = 0; c < CategoryCount; ++c) {
            if (touched[size_t(c)] && value[size_t(c)] != appended[size_t(c)]) {
                out.bytes[size_t(c)].append(index, value[size_t(c)]);
                appended[size_t(c)] = value[size_t(c)];
            }
        }
    }
    for (int c = 0; c < CategoryCount; ++c)
        out.bytes[size_t(c)].finish(timeline.eventCount, initial[size_t(c)]);
    return out;
}

} // namespace VramScope
