// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "oommessage/oommessage.h"

namespace VramScope {

// The verdict from an error message's numbers alone (ladder.md "Reading the OOM numbers"):
// - fragmentation: reserved-but-unallocated >= the request (the cache holds the bytes, no block
//   is large enough);
// - external: the driver reports enough free memory yet the allocation failed, or memory outside
//   PyTorch (other processes, or capacity - reserved - free beyond the usual CUDA context
//   overhead of max(1 GiB, 5% of capacity)) covers the shortfall and is at least 10% of capacity;
// - capacity: otherwise, when the request and the free bytes are known;
// - unknown: the message lacks the numbers.
// Then fills shortfallBytes, outsidePyTorchBytes, verdictReason and the ladder.
class OomJudge
{
public:
    static void judge(OomMessage &message);
};

} // namespace VramScope
