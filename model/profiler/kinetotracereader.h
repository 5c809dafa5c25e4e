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

// Reads a Chrome trace written by torch.profiler (export_chrome_trace / tensorboard_trace_handler)
// with profile_memory=True, streaming: only the "[memory]" and "[OutOfMemory]" instant events are
// kept (as compact records), never the rest of the document. Accepts the object form
// {"traceEvents": [...]} and the bare-array form [...]. Each event's args: Addr, Bytes (+ alloc,
// − free), Total Allocated, Total Reserved, Device Id, Device Type (c10::DeviceType, 1 = CUDA;
// only CUDA is kept). Values may be numbers or numeric strings; key case is ignored.
//
// One device trace per CUDA device id (deviceTraces[id]), which starts from 0 allocated and 0
// reserved bytes (no segments are emitted; the replay baseline must be 0):
//  * memory allocated before the trace comes first, as `alloc` entries at the time of the first
//    event: one at the address of every free of an address not allocated before in the trace
//    (that free is kept), one at a fake address for the rest of the first event's
//    Total Allocated − Bytes. So the replayed allocated bytes equal Total Allocated after
//    every event (a warning says when the file disagrees with itself);
//  * Bytes > 0 → `alloc` at Addr; Bytes < 0 → `free_requested` + `free_completed` at Addr;
//  * before each event, `segment_alloc`/`segment_free` of fake segments (LIFO) so the replayed
//    reserved bytes equal the event's Total Reserved;
//  * "[OutOfMemory]" → `oom` with the requested bytes;
//  * events without Addr (old PyTorch) use a fake LIFO stack of allocations instead;
//  * record_function ranges ("cat": "user_annotation", ph "X", e.g. ProfilerStep#3) become
//    start/end Snapshot::annotations on every device with a trace.
// Times: ts (µs) plus baseTimeNanoseconds when the trace has it (newer Kineto writes relative ts).
// Events are stably sorted by time per device when the file is not in order.
class KinetoTraceReader
{
public:
    explicit KinetoTraceReader(const ProfilerReadOptions &options = {}) : m_options(options) {}

    bool read(ByteSource &source, const QString &path, LoadMonitor *monitor,
              const ProgressFunction &progress, Snapshot *out, LoadError *error) const;
    bool read(JsonSourceStream &stream, Snapshot *out, LoadError *error) const;

private:
    ProfilerReadOptions m_options;
};

} // namespace VramScope
