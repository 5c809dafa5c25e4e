// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "loaderror.h"
#include "profiler/profilerreadoptions.h"
#include "snapshot/snapshot.h"


namespace VramScope {

class JsonSourceStream;
class LoadMonitor;

// The VRAMScope category id (analysis/category.h) for a profiler category index
// (_CATEGORY_TO_INDEX: 0 PARAMETER … 6 AUTOGRAD_DETAIL, 7 Unknown); "unknown" when out of range.
const char *profilerCategoryId(int profilerIndex);

// Reads the JSON written by torch.profiler's export_memory_timeline (format.md e), after any gzip
// decompression:
//  * coalesced `[times, sizes]`: sizes[i] = 9 numbers, [1 + category index] = bytes held at
//    times[i]; times in ns (2023) or µs (newer), told apart by magnitude; int or float sizes;
//  * raw `[[t_ns, action, bytes, category], …]` (.raw.json.gz): signed byte deltas per category.
// Neither has addresses, so the bytes of every category become a LIFO stack of fake allocations
// (profiler/fakeallocations.h) whose alloc entries carry TraceExtra::category: replaying the one
// device trace (device 0; the files do not name the device) gives the exact bytes per category
// at every time. In a coalesced row all decreases are emitted before the increases, so the
// replayed peak is the peak of the rows. Negative values are clamped to 0 with a warning.
class ProfilerTimelineReader
{
public:
    explicit ProfilerTimelineReader(const ProfilerReadOptions &options = {}) : m_options(options) {}

    // Fills *out (format, deviceTraces[0], extras, strings, warnings). On failure returns false
    // and fills *error with the byte offset and reason; *out is then unspecified.
    bool read(ByteSource &source, const QString &path, LoadMonitor *monitor,
              const ProgressFunction &progress, Snapshot *out, LoadError *error) const;
    // The same, from a stream the caller already peeked at (readJsonSnapshot).
    bool read(JsonSourceStream &stream, Snapshot *out, LoadError *error) const;

private:
    ProfilerReadOptions m_options;
};

} // namespace VramScope
