// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace VramScope {

struct EnvelopePoint
{
    qint64 index; // event index where the value starts to hold
    qint64 min;
    qint64 max;
};

// A step function over event indices 0..count-1: value(i) holds after event i. Stored sparsely
// (only where the value changes) with a min/max pyramid so envelope() costs O(buckets), never
// O(events), and never loses a peak at any zoom.
class StepSeries
{
public:
    StepSeries() = default;
    // Appends a change: from event index on, the value is v. Indices must not decrease and fit in
    // 32 bits (they are trace event indices).
    void append(qint64 index, qint64 v);
    void reserve(size_t changes)
    {
        m_index.reserve(changes);
        m_value.reserve(changes);
    }
    void finish(qint64 eventCount, qint64 initialValue); // builds the pyramid
    qint64 valueAt(qint64 index) const;                   // index -1 = initial value
    qint64 initialValue() const { return m_initial; }
    qint64 eventCount() const { return m_count; }
    qint64 changeCount() const { return qint64(m_index.size()); }
    // One point per bucket over events [first, last]: the min and max the series takes inside
    // each of `buckets` equal index ranges. The global maximum always appears.
    std::vector<EnvelopePoint> envelope(qint64 first, qint64 last, int buckets) const;
    qint64 maxValue() const;

private:
    qint64 rangeMax(size_t lo, size_t hi) const; // over change positions [lo, hi)
    qint64 rangeMin(size_t lo, size_t hi) const;
    // 32-bit: event indices are bounded by MaxTraceEntries (snapshot.h); 4 bytes less per change
    // in every series (allocated, reserved, each category) that stays alive with the document.
    std::vector<qint32> m_index;
    std::vector<qint64> m_value;
    // m_levels[k][j] = min/max of values at change positions [j*F^(k+1), (j+1)*F^(k+1))
    std::vector<std::vector<qint64>> m_levelMax, m_levelMin;
    qint64 m_initial = 0;
    qint64 m_count = 0;
};

} // namespace VramScope
