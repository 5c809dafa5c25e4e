// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The safe pickle VM and schema reader: readPickleSnapshot over the raw bytes.
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    auto source = Fuzz::memorySource(data, size);
    Fuzz::readPickle(*source, false);
    return 0;
}
