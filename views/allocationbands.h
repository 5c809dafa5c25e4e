// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>

#include <vector>

namespace VramScope {

struct Document;
struct DeviceTimeline;
class EventAxis;

// The "allocations" mode geometry: the largest N allocations each as its own band, stacked from
// zero in allocation order (long-lived ones stay flat at the bottom), topped by one band that
// sums everything else up to the allocated total (PyTorch's Active Memory Timeline).
struct AllocationBands
{
    QVector<double> keys;
    QVector<double> restLower, restUpper; // the summarized band
    std::vector<quint32> intervals;     // band -> index into DeviceTimeline::intervals
    std::vector<QVector<double>> lower; // per band, per key
    std::vector<QVector<double>> upper;
    std::vector<int> firstPoint, lastPoint; // per band: keys where it has height; -1 = none
    double maxValue = 0;

    // O(intervals): run on a worker thread. The n largest intervals, in allocation order.
    static std::vector<quint32> selectLargest(const DeviceTimeline &timeline, int n);
    // O(buckets x bands), never O(events). `top` comes from selectLargest().
    static AllocationBands build(const Document &document, int deviceIndex,
                                 const std::vector<quint32> &top, const EventAxis &axis,
                                 double xLower, double xUpper, int buckets);

    // The band under a point, -1 for the summarized band or nothing.
    int bandAt(double key, double value) const;
    int pointCount() const { return int(keys.size()); }
};

} // namespace VramScope
