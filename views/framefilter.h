// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshot/snapshot.h"

#include <QString>

namespace VramScope {

// Tells user code from library and native frames, so tables can name "where in your code".
class FrameFilter
{
public:
    static constexpr FrameId NoFrame = 0xffffffffu;

    // Native frames: C/C++/CUDA sources, or no file/line at all.
    static bool isNative(const Snapshot &snapshot, const Frame &frame);
    // Python frames inside torch/ or the Python standard library (or frozen importlib).
    static bool isLibrary(const Snapshot &snapshot, const Frame &frame);
    // First (innermost) frame of the stack that is Python and not library code; falls back to
    // the first Python frame, then the first frame; NoFrame for an empty stack.
    static FrameId topUserFrame(const Snapshot &snapshot, StackId stack);
    // "model.py:42 forward" (file name only, for tables); full path in fullText().
    static QString shortText(const Snapshot &snapshot, FrameId frame);
    static QString fullText(const Snapshot &snapshot, FrameId frame);
};

} // namespace VramScope
