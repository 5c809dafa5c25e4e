// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timeline/stepseries.h"

#include "io/hugepages.h"

#include <algorithm>
#include <limits>

namespace VramScope {

namespace {
constexpr size_t Fanout = 8; // each pyramid level is 1/8 of the one below: < 1/7 extra memory
}

void StepSeries::append(qint64 index, qint64 v)
{
    if (m_index.empty()) {
        // The capacity reserved before the first change is still untouched: 2 MiB pages for it
        // (io/hugepages.h; done here, not in reserve(), to keep this widely included header as is).
        adviseHugePages(m_index.data(), m_index.capacity() * sizeof(qint32));
        adviseHugePages(m_value.data(), m_value.capacity() * sizeof(qint64));
    }
    Q_ASSERT(index >= INT32_MIN && index <= INT32_MAX);
    if (!m_index.empty() && m_index.back() == index) {
        m_value.back() = v; // several changes at one event: the last one holds after it
        return;
    }
    m_index.push_back(qint32(index));
    m_value.push_back(v);
}

void StepSeries::finish(qint64 eventCount, qint64 initialValue)
{
    m_count = eventCount;
    m_initial = initialValue;
    // No shrink_to_fit: it would copy both arrays; callers reserve what they need.
    m_levelMax.clear();
    m_levelMin.clear();
    const std::vector<qint64> *maxBelow = &m_value;
    const std::vector<qint64> *minBelow = &m_value;
    while (maxBelow->size() > Fanout) {
        std::vector<qint64> mx((maxBelow->size() + Fanout - 1) / Fanout);
        std::vector<qint64> mn(mx.size());
        for (size_t j = 0; j < mx.size(); ++j) {
            const size_t lo = j * Fanout, hi = std::min(lo + Fanout, maxBelow->size());
            mx[j] = *std::max_element(maxBelow->begin() + qsizetype(lo), maxBelow->begin() + qsizetype(hi));
            mn[j] = *std::min_element(minBelow->begin() + qsizetype(lo), minBelow->begin() + qsizetype(hi));
        }
        m_levelMax.push_back(std::move(mx));
        m_levelMin.push_back(std::move(mn));
        maxBelow = &m_levelMax.back();
        minBelow = &m_levelMin.back();
    }
}

qint64 StepSeries::valueAt(qint64 index) const
{
    auto it = std::upper_bound(m_index.begin(), m_index.end(), index);
    if (it == m_index.begin())
        return m_initial;
    return m_value[size_t(it - m_index.begin() - 1)];
}

// Extreme over change positions [lo, hi): whole aligned pyramid blocks where they fit.
template<typename Pick>
static qint64 rangeExtreme(const std::vector<qint64> &values,
                           const std::vector<std::vector<qint64>> &levels, size_t lo, size_t hi,
                           qint64 start, Pick pick)
{
    qint64 best = start;
    size_t i = lo;
    while (i < hi) {
        int level = -1;
        size_t span = 1;
        while (level + 1 < int(levels.size()) && i % (span * Fanout) == 0 && i + span * Fanout <= hi) {
            span *= Fanout;
            ++level;
        }
        best = pick(best, level < 0 ? values[i] : levels[size_t(level)][i / span]);
        i += span;
    }
    return best;
}

qint64 StepSeries::rangeMax(size_t lo, size_t hi) const
{
    return rangeExtreme(m_value, m_levelMax, lo, hi, std::numeric_limits<qint64>::min(),
                        [](qint64 a, qint64 b) { return std::max(a, b); });
}

qint64 StepSeries::rangeMin(size_t lo, size_t hi) const
{
    return rangeExtreme(m_value, m_levelMin, lo, hi, std::numeric_limits<qint64>::max(),
                        [](qint64 a, qint64 b) { return std::min(a, b); });
}

// First position in [from, end) whose index is above `index`, for a search that only moves
// forward: gallops from `from` so that consecutive buckets touch nearby memory, not the whole
// array (a redraw does ~10 series x 2000 buckets of these on millions of changes).
static size_t upperBoundFrom(const std::vector<qint32> &keys, size_t from, qint64 index)
{
    size_t step = 1, lo = from, hi = from;
    while (hi < keys.size() && keys[hi] <= index) {
        lo = hi + 1;
        hi = std::min(keys.size(), hi + step);
        step *= 2;
    }
    return size_t(std::upper_bound(keys.begin() + qsizetype(lo), keys.begin() + qsizetype(hi), index)
                  - keys.begin());
}

std::vector<EnvelopePoint> StepSeries::envelope(qint64 first, qint64 last, int buckets) const
{
    std::vector<EnvelopePoint> out;
    first = std::max<qint64>(first, -1);
    last = std::min(last, m_count - 1);
    if (buckets <= 0 || last < first)
        return out;
    const qint64 span = last - first + 1;
    const qint64 n = std::min<qint64>(buckets, span);
    out.reserve(size_t(n));
    // Changes at positions [lo, hi) fall inside the bucket after its first event; the value at
    // its start is the one set by the change before lo. Each lo starts at the previous hi.
    size_t lo = size_t(std::upper_bound(m_index.begin(), m_index.end(), first) - m_index.begin());
    for (qint64 b = 0; b < n; ++b) {
        const qint64 a = first + span * b / n;
        const qint64 z = first + span * (b + 1) / n - 1; // inclusive
        if (lo < m_index.size() && m_index[lo] == a)
            ++lo; // a change at the bucket's first event sets its start value
        const qint64 startValue = lo == 0 ? m_initial : m_value[lo - 1];
        const size_t hi = upperBoundFrom(m_index, lo, z);
        EnvelopePoint p{a, startValue, startValue};
        if (hi > lo) {
            p.max = std::max(p.max, rangeMax(lo, hi));
            p.min = std::min(p.min, rangeMin(lo, hi));
        }
        out.push_back(p);
        lo = hi;
    }
    return out;
}

qint64 StepSeries::maxValue() const
{
    return m_value.empty() ? m_initial : std::max(m_initial, rangeMax(0, m_value.size()));
}

} // namespace VramScope
