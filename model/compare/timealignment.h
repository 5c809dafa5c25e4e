// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace VramScope {

struct Document;

// A shared x axis for two snapshots of the same job: by detected training step when both files
// have steps (x = step + fraction of the step's events), else by time since the first event
// (seconds), else by event index.
class TimeAlignment
{
public:
    enum class Mode { Step, RelativeTime, EventIndex };

    // The mode both documents support (devices: ordinals, -1 = the default device).
    static Mode commonMode(const Document &a, int deviceA, const Document &b, int deviceB);
    static TimeAlignment build(const Document &doc, int device, Mode mode);

    Mode mode() const { return m_mode; }
    double xAt(qint64 event) const; // event -1 = window start
    qint64 eventCount() const { return m_eventCount; }

private:
    Mode m_mode = Mode::EventIndex;
    qint64 m_eventCount = 0;
    std::vector<qint64> m_stepStarts; // Step mode
    std::vector<qint64> m_timeUs;     // RelativeTime mode: per event
};

QString alignmentModeId(TimeAlignment::Mode mode); // "step", "relative_time", "event_index"

} // namespace VramScope
