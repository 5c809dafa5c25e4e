// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The streaming gzip decompressor: first drained alone in odd-sized reads, then feeding the
// pickle reader as the loader does (Fuzz::fuzzDecompressorInput).
#include "fuzzcommon.h"
#include "io/gzipsource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return VramScope::Fuzz::fuzzDecompressorInput<VramScope::GzipSource>(data, size);
}
