// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VramScope {

struct Document;
class EventAxis;

// The hover tooltip of the timeline: event and time, allocated, reserved, bytes per category at
// that instant, and the allocation under the mouse. O(log events) per call.
class TimelineHoverText
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::TimelineHoverText)
public:
    // interval: index into DeviceTimeline::intervals under the mouse, or -1.
    static QString build(const Document &document, int deviceIndex, const EventAxis &axis,
                         qint64 event, qint64 interval = -1);
    static QString eventLabel(const EventAxis &axis, qint64 event); // "Event 12 · 1.25 s"
};

} // namespace VramScope
