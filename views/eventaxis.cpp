// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "eventaxis.h"

#include <algorithm>
#include <cmath>

namespace VramScope {

EventAxis::EventAxis(const std::vector<TraceEntry> *trace, qint64 eventCount, Mode mode)
    : m_trace(trace)
    , m_count(eventCount)
    , m_mode(mode)
{
    if (m_trace)
        m_count = std::min<qint64>(m_count, qint64(m_trace->size()));
    if (m_mode == Mode::Time && !hasTime(m_trace))
        m_mode = Mode::EventIndex;
    if (m_mode == Mode::Time)
        m_t0 = m_trace->front().timeUs;
}

bool EventAxis::hasTime(const std::vector<TraceEntry> *trace)
{
    return trace && !trace->empty() && trace->front().timeUs != NoTime
        && trace->back().timeUs != NoTime && trace->back().timeUs >= trace->front().timeUs;
}

double EventAxis::padding() const
{
    // A little room after the last event, so a marker there (the OOM) is not on the frame.
    if (m_mode == Mode::EventIndex)
        return std::max(1.0, double(m_count) * 0.005);
    const double span = double(m_trace->back().timeUs - m_t0) / 1e6;
    return std::max(span * 0.01, 1e-6);
}

double EventAxis::x(qint64 index) const
{
    if (m_mode == Mode::EventIndex)
        return double(index);
    if (m_count == 0)
        return 0;
    if (index < 0)
        return -padding();
    index = std::min(index, m_count - 1);
    const qint64 t = (*m_trace)[size_t(index)].timeUs;
    return t == NoTime ? 0 : double(t - m_t0) / 1e6;
}

qint64 EventAxis::indexAt(double xValue) const
{
    if (m_mode == Mode::EventIndex) {
        const double f = std::floor(xValue);
        if (f < 0)
            return -1;
        return std::min<qint64>(qint64(f), std::max<qint64>(m_count - 1, -1));
    }
    return indexAtTimeUs(m_t0 + qint64(std::llround(xValue * 1e6)));
}

qint64 EventAxis::indexAtTimeUs(qint64 t) const
{
    if (!hasTime(m_trace))
        return -1;
    const auto begin = m_trace->begin();
    const auto end = begin + m_count;
    const auto it = std::upper_bound(begin, end, t, [](qint64 v, const TraceEntry &e) {
        return v < e.timeUs;
    });
    return qint64(it - begin) - 1;
}

double EventAxis::xAtTimeUs(qint64 t) const
{
    if (m_mode == Mode::Time)
        return double(t - m_t0) / 1e6;
    return double(indexAtTimeUs(t));
}

double EventAxis::fullLower() const
{
    return m_mode == Mode::EventIndex ? -1 : -padding();
}

double EventAxis::fullUpper() const
{
    if (m_mode == Mode::EventIndex)
        return double(std::max<qint64>(m_count, 0)) + padding();
    return x(m_count - 1) + padding();
}

qint64 EventAxis::timeUs(qint64 index) const
{
    if (!m_trace || index < 0 || index >= qint64(m_trace->size()))
        return NoTime;
    return (*m_trace)[size_t(index)].timeUs;
}

qint64 EventAxis::relativeTimeUs(qint64 index) const
{
    if (!hasTime(m_trace))
        return NoTime;
    const qint64 t = timeUs(index);
    return t == NoTime ? NoTime : t - m_trace->front().timeUs;
}

} // namespace VramScope
