// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/timealignment.h"

#include "document.h"

#include <algorithm>

namespace VramScope {

namespace {
int indexOf(const Document &doc, int device)
{
    const int ordinal = device < 0 ? doc.defaultDevice() : device;
    for (size_t i = 0; i < doc.devices.size(); ++i) {
        if (doc.devices[i].device == ordinal)
            return int(i);
    }
    return -1;
}

bool hasSteps(const Document &doc, int device)
{
    const int i = indexOf(doc, device);
    return i >= 0 && size_t(i) < doc.diagnoses.size() && doc.diagnoses[size_t(i)].phases.stepCount() > 0;
}

bool hasTimes(const Document &doc, int device)
{
    const int ordinal = device < 0 ? doc.defaultDevice() : device;
    if (!doc.snapshot || ordinal < 0 || size_t(ordinal) >= doc.snapshot->deviceTraces.size())
        return false;
    const auto &trace = doc.snapshot->deviceTraces[size_t(ordinal)];
    return !trace.empty() && trace.front().timeUs != NoTime && trace.back().timeUs != NoTime;
}
} // namespace

TimeAlignment::Mode TimeAlignment::commonMode(const Document &a, int deviceA, const Document &b, int deviceB)
{
    if (hasSteps(a, deviceA) && hasSteps(b, deviceB))
        return Mode::Step;
    if (hasTimes(a, deviceA) && hasTimes(b, deviceB))
        return Mode::RelativeTime;
    return Mode::EventIndex;
}

TimeAlignment TimeAlignment::build(const Document &doc, int device, Mode mode)
{
    TimeAlignment t;
    t.m_mode = mode;
    const int i = indexOf(doc, device);
    if (i < 0)
        return t;
    t.m_eventCount = doc.devices[size_t(i)].eventCount;
    if (mode == Mode::Step && size_t(i) < doc.diagnoses.size())
        t.m_stepStarts = doc.diagnoses[size_t(i)].phases.stepStarts();
    if (mode == Mode::RelativeTime && hasTimes(doc, device)) {
        const auto &trace = doc.snapshot->deviceTraces[size_t(doc.devices[size_t(i)].device)];
        t.m_timeUs.reserve(trace.size());
        qint64 last = trace.front().timeUs;
        for (const TraceEntry &e : trace) {
            last = e.timeUs == NoTime ? last : e.timeUs;
            t.m_timeUs.push_back(last);
        }
    }
    if ((mode == Mode::Step && t.m_stepStarts.empty()) || (mode == Mode::RelativeTime && t.m_timeUs.empty()))
        t.m_mode = Mode::EventIndex;
    return t;
}

double TimeAlignment::xAt(qint64 event) const
{
    switch (m_mode) {
    case Mode::Step: {
        // Steps start at m_stepStarts[k]; the span before the first step maps to [-1, 0).
        const auto it = std::upper_bound(m_stepStarts.begin(), m_stepStarts.end(), event);
        const qint64 k = qint64(it - m_stepStarts.begin()) - 1;
        if (k < 0) {
            const qint64 first = m_stepStarts.front();
            return first <= 0 ? -1.0 : -1.0 + double(event + 1) / double(first + 1);
        }
        const qint64 start = m_stepStarts[size_t(k)];
        const qint64 end = size_t(k + 1) < m_stepStarts.size() ? m_stepStarts[size_t(k + 1)] : m_eventCount;
        return double(k) + (end > start ? double(event - start) / double(end - start) : 0.0);
    }
    case Mode::RelativeTime:
        if (event < 0)
            return 0.0;
        return double(m_timeUs[size_t(std::min<qint64>(event, qint64(m_timeUs.size()) - 1))] - m_timeUs.front()) / 1e6;
    case Mode::EventIndex:
        break;
    }
    return double(event);
}

QString alignmentModeId(TimeAlignment::Mode mode)
{
    switch (mode) {
    case TimeAlignment::Mode::Step:
        return QStringLiteral("step");
    case TimeAlignment::Mode::RelativeTime:
        return QStringLiteral("relative_time");
    case TimeAlignment::Mode::EventIndex:
        break;
    }
    return QStringLiteral("event_index");
}

} // namespace VramScope
