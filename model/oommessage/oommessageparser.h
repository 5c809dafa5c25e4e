// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "oommessage/oommessage.h"

#include <QString>

namespace VramScope {

// Reads pasted exception text or a log excerpt into an OomMessage: the numbers of every PyTorch
// wording from 0.4 to today (CUDA caching allocator in its three sentence shapes, cudaMallocAsync,
// ROCm/HIP, XPU, MPS, THC/cuda runtime errors, cuBLAS/cuDNN allocation failures), host-RAM kills,
// or "not recognised". When the text holds several OOM messages the most complete one (the last
// on ties) is read. Fills the verdict and the ladder from the numbers alone (OomJudge).
// Stateless and thread-safe.
class OomMessageParser
{
public:
    static OomMessage parse(const QString &text);

    // "20.00 MiB" style sizes (format_size): number and unit, binary multiples; -1 when invalid.
    static qint64 sizeToBytes(QStringView number, QStringView unit);
};

} // namespace VramScope
