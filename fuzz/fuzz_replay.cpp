// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The snapshot schema reader plus the timeline replay of every device it found.
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return VramScope::Fuzz::fuzzPickleInput(data, size, true);
}
