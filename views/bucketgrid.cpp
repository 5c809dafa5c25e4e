// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "bucketgrid.h"

#include <algorithm>

namespace VramScope {

BucketGrid::BucketGrid(qint64 first, qint64 last, int maxBuckets)
    : m_first(first)
    , m_last(last)
    , m_span(std::max<qint64>(last - first + 1, 0))
    , m_count(int(std::min<qint64>(m_span, std::max(maxBuckets, 1))))
{
}

int BucketGrid::bucketOf(qint64 index) const
{
    if (index <= m_first)
        return 0;
    if (index >= m_last)
        return m_count - 1;
    // Largest b with start(b) <= index.
    return int(((index - m_first + 1) * m_count - 1) / m_span);
}

BucketGrid::Buckets BucketGrid::resample(const StepSeries &series) const
{
    Buckets out;
    if (m_count <= 0)
        return out;
    out.min.assign(size_t(m_count), 0);
    out.max.assign(size_t(m_count), 0);
    out.end.assign(size_t(m_count), 0);
    std::vector<bool> seen(size_t(m_count), false);
    // The envelope may use its own bucket boundaries or skip unchanged stretches; fold every
    // point into the bucket of our grid that holds its index.
    for (const EnvelopePoint &p : series.envelope(m_first, m_last, m_count)) {
        const size_t b = size_t(bucketOf(p.index));
        if (!seen[b]) {
            out.min[b] = p.min;
            out.max[b] = p.max;
            seen[b] = true;
        } else {
            out.min[b] = std::min(out.min[b], p.min);
            out.max[b] = std::max(out.max[b], p.max);
        }
    }
    for (int b = 0; b < m_count; ++b) {
        const qint64 endValue = series.valueAt(end(b));
        out.end[size_t(b)] = endValue;
        if (!seen[size_t(b)]) {
            // No point: the value held through the whole bucket.
            out.min[size_t(b)] = out.max[size_t(b)] = endValue;
        } else {
            out.min[size_t(b)] = std::min(out.min[size_t(b)], endValue);
            out.max[size_t(b)] = std::max(out.max[size_t(b)], endValue);
        }
    }
    return out;
}

} // namespace VramScope
