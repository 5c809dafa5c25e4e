// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/stepseries.h"

#include <vector>

namespace VramScope {

// Equal index ranges over events [first, last], about one per pixel. Every series is resampled
// onto the same grid so that stacked series line up bucket by bucket.
class BucketGrid
{
public:
    struct Buckets
    {
        std::vector<qint64> min, max, end; // per bucket; end = value after the bucket's last event
    };

    BucketGrid(qint64 first, qint64 last, int maxBuckets);

    int count() const { return m_count; }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    qint64 start(int bucket) const { return m_first + qint64(bucket) * m_span / m_count; }
    qint64 end(int bucket) const { return start(bucket + 1) - 1; }
    int bucketOf(qint64 index) const;

    // O(buckets + log changes): one StepSeries::envelope() call, never a pass over events.
    Buckets resample(const StepSeries &series) const;

private:
    qint64 m_first = 0;
    qint64 m_last = -1;
    qint64 m_span = 0;
    int m_count = 0;
};

} // namespace VramScope
