// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/snapshot.h"

#include <vector>

namespace VramScope {

// Maps event indices of one device to plot x and back. Event mode: x = index. Time mode:
// x = seconds since the first event (trace entries are in time order, so both directions are a
// lookup or a binary search: O(log events)). Index -1 is the state before the first event.
class EventAxis
{
public:
    enum class Mode { EventIndex, Time };

    EventAxis() = default;
    // trace may be null (no trace); it must outlive the axis.
    EventAxis(const std::vector<TraceEntry> *trace, qint64 eventCount, Mode mode);

    static bool hasTime(const std::vector<TraceEntry> *trace);

    Mode mode() const { return m_mode; }
    qint64 eventCount() const { return m_count; }
    double x(qint64 index) const;
    // The event whose value holds at x: the last event with x(i) <= x, or -1 before the first.
    qint64 indexAt(double x) const;
    double fullLower() const;
    double fullUpper() const;
    qint64 timeUs(qint64 index) const; // absolute microseconds, NoTime when unknown
    qint64 relativeTimeUs(qint64 index) const; // since the first event, NoTime when unknown
    // The last event at or before an absolute time (-1 before the first); needs trace times.
    qint64 indexAtTimeUs(qint64 timeUs) const;
    // x of an absolute time: exact in time mode, the event index at that time otherwise.
    double xAtTimeUs(qint64 timeUs) const;

private:
    double padding() const;
    const std::vector<TraceEntry> *m_trace = nullptr;
    qint64 m_count = 0;
    qint64 m_t0 = 0;
    Mode m_mode = Mode::EventIndex;
};

} // namespace VramScope
