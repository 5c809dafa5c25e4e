// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace VramScope {

struct Document;

// Live requested bytes after `event` (-1: window start) on one device, grouped by the top user
// frame of the allocation stack ("file:line:name"): FrameClassifier's evidence frame when it lies
// outside torch/; for C++-only stacks the autograd node (`...Backward0::apply`, AccumulateGrad),
// else the innermost frame that is not allocator or traceback bookkeeping. Allocations without
// frames are grouped under the empty string.
QHash<QString, qint64> bytesByLocation(const Document &doc, int deviceOrdinal, qint64 event);

} // namespace VramScope
