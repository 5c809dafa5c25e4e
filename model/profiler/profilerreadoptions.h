// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

namespace VramScope {

// No device holds 1 PiB: every byte count a profiler file gives is rejected above it, which also
// keeps the replay's byte sums far from 2^63 (fuzz_json found the overflow without it).
constexpr qint64 MaxProfilerBytes = qint64(1) << 50;

// Called once per 64 KiB input chunk with source.inputBytesConsumed().
using ProgressFunction = std::function<void(qint64)>;

// Options shared by the profiler readers (ProfilerTimelineReader, KinetoTraceReader,
// readJsonSnapshot). The defaults suit files of several GB.
struct ProfilerReadOptions
{
    int maxDepth = 64;                      // JSON nesting
    qint64 maxTokenBytes = qint64(1) << 20; // longest string / number / whitespace run
    qint64 maxEvents = 20'000'000;          // trace entries made, memory events kept
};

} // namespace VramScope
