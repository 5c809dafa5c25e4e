// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timeline/devicetimeline.h"

namespace VramScope {

std::vector<quint32> DeviceTimeline::liveAt(qint64 event) const
{
    std::vector<quint32> live;
    // Intervals are sorted by allocIndex, so the scan stops at the first one born later.
    for (size_t i = 0; i < intervals.size(); ++i) {
        const AllocationInterval &a = intervals[i];
        if (a.allocIndex > event)
            break;
        if (a.liveAfter(event))
            live.push_back(quint32(i));
    }
    return live;
}

} // namespace VramScope
