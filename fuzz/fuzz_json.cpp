// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The JSON readers (profiler memory-timeline exports, Kineto traces), then the replay of what
// they synthesized.
#include "fuzzcommon.h"
#include "profiler/jsonsnapshotreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    auto source = Fuzz::memorySource(data, size);
    Snapshot snapshot;
    LoadError error;
    const bool ok = readJsonSnapshot(*source, Fuzz::fuzzPath(), nullptr, {}, &snapshot, &error);
    Fuzz::checkError(ok, error);
    if (!ok)
        return 0;
    for (int device : devicesWithData(snapshot)) {
        DeviceTimeline timeline;
        if (!buildDeviceTimeline(snapshot, device, &timeline))
            std::abort();
    }
    return 0;
}
