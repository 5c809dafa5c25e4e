// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "stackedenvelope.h"

#include "bucketgrid.h"
#include "document.h"
#include "eventaxis.h"

#include <algorithm>

namespace VramScope {

namespace {

enum BucketPoint { PointMax, PointMin, PointEnd, PointsPerBucket };

qint64 phaseValue(const BucketGrid::Buckets &b, size_t i, int phase)
{
    return phase == PointMax ? b.max[i] : phase == PointMin ? b.min[i] : b.end[i];
}

// Stacks one point (all categories at one phase) so that the top equals `total`. Categories
// come from the analysis and normally add up to `allocated`; when they do not (no analysis yet,
// or max-of-each-bucket overshoots) the shares are scaled, and without any data all is Unknown.
void appendStacked(StackedEnvelope &out, const std::array<qint64, CategoryCount> &parts,
                   qint64 total)
{
    double sum = 0;
    for (qint64 p : parts)
        sum += double(std::max<qint64>(p, 0));
    double acc = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        double share = 0;
        if (sum > 0)
            share = double(std::max<qint64>(parts[size_t(c)], 0)) * double(total) / sum;
        else if (Category(c) == Category::Unknown)
            share = double(total);
        acc += share;
        out.stacked[size_t(c)].append(c == CategoryCount - 1 ? double(total) : acc);
    }
}

} // namespace

StackedEnvelope StackedEnvelope::build(const Document &document, int deviceIndex,
                                       const EventAxis &axis, double xLower, double xUpper,
                                       int buckets)
{
    StackedEnvelope out;
    if (deviceIndex < 0 || deviceIndex >= int(document.devices.size()))
        return out;
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    const CategorySeries *cats = deviceIndex < int(document.categories.size())
        ? &document.categories[size_t(deviceIndex)]
        : nullptr;
    const qint64 count = axis.eventCount();

    const auto appendPoint = [&](double key, qint64 alloc, qint64 res,
                                 const std::array<qint64, CategoryCount> &parts, bool area) {
        // Trace times may step back by a microsecond; keys must not (alreadySorted).
        out.keys.append(out.keys.isEmpty() ? key : std::max(key, out.keys.constLast()));
        out.allocated.append(double(alloc));
        out.reserved.append(double(res));
        if (area) {
            out.areaKeys.append(out.keys.constLast());
            appendStacked(out, parts, alloc);
        }
        out.maxValue = std::max({out.maxValue, double(alloc), double(res)});
    };
    const auto partsAt = [&](qint64 index) {
        std::array<qint64, CategoryCount> parts{};
        if (cats) {
            for (int c = 0; c < CategoryCount; ++c)
                parts[size_t(c)] = cats->bytes[size_t(c)].valueAt(index);
        }
        return parts;
    };

    // The state before the first event, when the view reaches back that far.
    if (count == 0 || xLower < axis.x(0))
        appendPoint(axis.x(-1), dev.allocated.valueAt(-1), dev.reserved.valueAt(-1), partsAt(-1),
                    true);

    if (count == 0)
        appendPoint(axis.fullUpper(), dev.allocated.valueAt(-1), dev.reserved.valueAt(-1),
                    partsAt(-1), true);
    if (count > 0) {
        const qint64 first = std::max<qint64>(axis.indexAt(xLower), 0);
        const qint64 last = std::clamp<qint64>(axis.indexAt(xUpper), first, count - 1);
        const BucketGrid grid(first, last, buckets);
        const BucketGrid::Buckets alloc = grid.resample(dev.allocated);
        const BucketGrid::Buckets res = grid.resample(dev.reserved);
        std::array<BucketGrid::Buckets, CategoryCount> catBuckets;
        if (cats) {
            for (int c = 0; c < CategoryCount; ++c)
                catBuckets[size_t(c)] = grid.resample(cats->bytes[size_t(c)]);
        }
        out.keys.reserve(out.keys.size() + grid.count() * PointsPerBucket + 1);
        for (int b = 0; b < grid.count(); ++b) {
            const double key = axis.x(grid.start(b));
            for (int phase = 0; phase < PointsPerBucket; ++phase) {
                std::array<qint64, CategoryCount> parts{};
                if (cats) {
                    for (int c = 0; c < CategoryCount; ++c)
                        parts[size_t(c)] = phaseValue(catBuckets[size_t(c)], size_t(b), phase);
                }
                appendPoint(key, phaseValue(alloc, size_t(b), phase),
                            phaseValue(res, size_t(b), phase), parts, phase == PointMax);
            }
        }
        // Close the last step at the right edge of the view.
        const double right = std::min(xUpper, axis.fullUpper());
        if (grid.count() > 0 && right > out.keys.constLast()) {
            const size_t b = size_t(grid.count() - 1);
            std::array<qint64, CategoryCount> parts{};
            if (cats) {
                for (int c = 0; c < CategoryCount; ++c)
                    parts[size_t(c)] = catBuckets[size_t(c)].end[b];
            }
            appendPoint(right, alloc.end[b], res.end[b], parts, true);
        }
    }
    return out;
}

} // namespace VramScope
