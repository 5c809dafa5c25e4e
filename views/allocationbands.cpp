// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocationbands.h"

#include "bucketgrid.h"
#include "document.h"
#include "eventaxis.h"

#include <algorithm>
#include <numeric>

namespace VramScope {

namespace {

// Whether an allocation holds memory after any event of the bucket [s, e].
bool liveSomewhere(const AllocationInterval &iv, qint64 s, qint64 e)
{
    return iv.allocIndex <= e && (iv.freeCompletedIndex == NotFreed || iv.freeCompletedIndex > s);
}

} // namespace

std::vector<quint32> AllocationBands::selectLargest(const DeviceTimeline &timeline, int n)
{
    const auto &intervals = timeline.intervals;
    std::vector<quint32> order(intervals.size());
    std::iota(order.begin(), order.end(), 0u);
    const size_t keep = std::min(order.size(), size_t(std::max(n, 0)));
    const auto bySize = [&](quint32 a, quint32 b) {
        return intervals[a].size != intervals[b].size ? intervals[a].size > intervals[b].size
                                                      : a < b;
    };
    std::nth_element(order.begin(), order.begin() + qsizetype(keep), order.end(), bySize);
    order.resize(keep);
    // Stack order: allocation order (intervals are sorted by allocIndex), so long-lived
    // allocations from the start sit at the bottom.
    std::sort(order.begin(), order.end());
    return order;
}

AllocationBands AllocationBands::build(const Document &document, int deviceIndex,
                                       const std::vector<quint32> &top, const EventAxis &axis,
                                       double xLower, double xUpper, int buckets)
{
    AllocationBands out;
    if (deviceIndex < 0 || deviceIndex >= int(document.devices.size()))
        return out;
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    out.intervals = top;
    const size_t n = top.size();
    out.lower.resize(n);
    out.upper.resize(n);
    out.firstPoint.assign(n, -1);
    out.lastPoint.assign(n, -1);

    // heights[k] for one point; stacked from zero, the summarized rest on top.
    std::vector<qint64> heights(n, 0);
    const auto appendPoint = [&](double key, qint64 total) {
        const int p = int(out.keys.size());
        out.keys.append(p == 0 ? key : std::max(key, out.keys.constLast()));
        double y = 0;
        for (size_t k = 0; k < n; ++k) {
            out.lower[k].append(y);
            y += double(heights[k]);
            out.upper[k].append(y);
            if (heights[k] > 0) {
                if (out.firstPoint[k] < 0)
                    out.firstPoint[k] = p;
                out.lastPoint[k] = p;
            }
        }
        out.restLower.append(y);
        y = std::max(y, double(total));
        out.restUpper.append(y);
        out.maxValue = std::max(out.maxValue, y);
    };
    const auto setHeights = [&](auto live) {
        for (size_t k = 0; k < n; ++k) {
            const AllocationInterval &iv = dev.intervals[top[k]];
            heights[k] = live(iv) ? qint64(iv.size) : 0;
        }
    };

    const qint64 count = axis.eventCount();
    if (count == 0 || xLower < axis.x(0)) {
        setHeights([](const AllocationInterval &iv) { return iv.liveAfter(-1); });
        appendPoint(axis.x(-1), dev.allocated.valueAt(-1));
    }
    if (count == 0) {
        appendPoint(axis.fullUpper(), dev.allocated.valueAt(-1));
        return out;
    }
    const qint64 first = std::max<qint64>(axis.indexAt(xLower), 0);
    const qint64 last = std::clamp<qint64>(axis.indexAt(xUpper), first, count - 1);
    const BucketGrid grid(first, last, buckets);
    const BucketGrid::Buckets alloc = grid.resample(dev.allocated);
    // One point per bucket: every allocation live somewhere in it, over the bucket's maximum, so
    // no allocation and no peak vanishes when a pixel covers many events.
    for (int b = 0; b < grid.count(); ++b) {
        const qint64 s = grid.start(b);
        const qint64 e = grid.end(b);
        setHeights([&](const AllocationInterval &iv) { return liveSomewhere(iv, s, e); });
        appendPoint(axis.x(s), alloc.max[size_t(b)]);
    }
    const double right = std::min(xUpper, axis.fullUpper());
    if (grid.count() > 0 && right > out.keys.constLast())
        appendPoint(right, alloc.end[size_t(grid.count() - 1)]);
    return out;
}

int AllocationBands::bandAt(double key, double value) const
{
    if (keys.isEmpty())
        return -1;
    // The last point at or before key holds the value drawn there (step left).
    const auto it = std::upper_bound(keys.cbegin(), keys.cend(), key);
    if (it == keys.cbegin())
        return -1;
    const qsizetype p = (it - keys.cbegin()) - 1;
    for (size_t k = 0; k < upper.size(); ++k) {
        if (upper[k][p] > lower[k][p] && value >= lower[k][p] && value < upper[k][p])
            return int(k);
    }
    return -1;
}

} // namespace VramScope
