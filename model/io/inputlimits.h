// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

// Bounds that stop decompression bombs: the stream fails with a clear error once it has produced
// more than maxDecompressedBytes, or more than maxRatio times the compressed size (after a 64 MiB
// allowance). A value <= 0 disables that check. Documented in docs/limits.md.
struct InputLimits
{
    qint64 maxDecompressedBytes = qint64(64) << 30; // 64 GiB
    qint64 maxRatio = 2000;
};

// Output up to this size is never rejected for its ratio: small, highly repetitive files are fine.
constexpr qint64 RatioAllowanceBytes = qint64(64) << 20;

// Returns an empty string while `produced` decompressed bytes from `consumed` compressed bytes are
// within `limits`, otherwise the user-visible reason (naming the limit and docs/limits.md).
QString decompressionLimitError(const InputLimits &limits, qint64 produced, qint64 consumed);

// How many more bytes a decompressor may produce before the absolute limit is exceeded by one;
// used to bound each output chunk so the limit is never overshot by more than a byte.
qint64 decompressionHeadroom(const InputLimits &limits, qint64 produced);

} // namespace VramScope
