// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/inputlimits.h"

#include "modeltr.h"

#include <limits>

namespace VramScope {

namespace {

QString ratioText(qint64 produced, qint64 consumed)
{
    if (consumed <= 0)
        return Tr::tr("unbounded");
    return Tr::tr("%1:1").arg(double(produced) / double(consumed), 0, 'f', 0);
}

} // namespace

QString decompressionLimitError(const InputLimits &limits, qint64 produced, qint64 consumed)
{
    if (limits.maxDecompressedBytes > 0 && produced > limits.maxDecompressedBytes) {
        return Tr::tr("decompressed size exceeds the limit of %1 bytes (ratio %2); "
                      "see docs/limits.md")
            .arg(limits.maxDecompressedBytes)
            .arg(ratioText(produced, consumed));
    }
    if (limits.maxRatio > 0 && produced > RatioAllowanceBytes) {
        qint64 allowed = 0;
        const bool overflow = __builtin_mul_overflow(limits.maxRatio, consumed, &allowed);
        if (!overflow && produced > allowed) {
            return Tr::tr("decompression ratio exceeds the limit of %1:1 (%2 bytes from %3 "
                          "compressed bytes, ratio %4); see docs/limits.md")
                .arg(limits.maxRatio)
                .arg(produced)
                .arg(consumed)
                .arg(ratioText(produced, consumed));
        }
    }
    return {};
}

qint64 decompressionHeadroom(const InputLimits &limits, qint64 produced)
{
    if (limits.maxDecompressedBytes <= 0)
        return std::numeric_limits<qint64>::max();
    return qMax<qint64>(limits.maxDecompressedBytes - produced + 1, 1);
}

} // namespace VramScope
