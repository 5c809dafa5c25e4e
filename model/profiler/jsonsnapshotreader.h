// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"
#include "profiler/profilerreadoptions.h"
#include "snapshot/snapshot.h"

#include <functional>

namespace VramScope {

class ByteSource;
class LoadMonitor;

// Reads the JSON inputs (profiler memory-timeline exports, Kineto traces with [memory] events)
// into a Snapshot whose synthesized trace entries replay to the file's numbers. Decides by the
// first bytes, in the same single pass: a top-level object, or an array whose first element is
// an object (Chrome's array form) → KinetoTraceReader; any other array → ProfilerTimelineReader.
// progress gets source.inputBytesConsumed() once per 64 KiB chunk; monitor (may be null) is
// polled for cancellation. Sets format.container = Json and format.layout; leaves compression.
// The resulting traces start from 0 allocated / 0 reserved bytes and carry no segments.
bool readJsonSnapshot(ByteSource &source, const QString &path, LoadMonitor *monitor,
                      const std::function<void(qint64)> &progress, Snapshot *out,
                      LoadError *error, const ProfilerReadOptions &options = {});

} // namespace VramScope
