// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The safe pickle VM and schema reader: readPickleSnapshot over the raw bytes.
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return VramScope::Fuzz::fuzzPickleInput(data, size, false);
}
