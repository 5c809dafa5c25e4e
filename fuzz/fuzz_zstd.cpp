// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The streaming zstd decompressor: first drained alone in odd-sized reads, then feeding the
// pickle reader as the loader does.
#include "fuzzcommon.h"
#include "io/zstdsource.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    {
        ZstdSource source(Fuzz::memorySource(data, size), Fuzz::fuzzLimits());
        std::vector<char> buffer(70000);
        qint64 total = 0;
        qint64 chunk = 1;
        for (;;) {
            const qint64 n = source.read(buffer.data(), chunk);
            if (n < 0) {
                if (source.errorString().isEmpty())
                    std::abort();
                break;
            }
            if (n == 0)
                break;
            if (n > chunk)
                std::abort();
            total += n;
            if (total > Fuzz::fuzzLimits().maxDecompressedBytes + 1)
                std::abort(); // the limit was overshot
            chunk = chunk * 7 % qint64(buffer.size()) + 1;
        }
    }
    ZstdSource source(Fuzz::memorySource(data, size), Fuzz::fuzzLimits());
    Fuzz::readPickle(source, false);
    return 0;
}
