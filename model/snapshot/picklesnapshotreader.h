// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"
#include "snapshot/snapshot.h"

#include <functional>

namespace VramScope {

class ByteSource;
class LoadMonitor;

// Reads a snapshot pickle (every layout, protocols 0-5) from source into *out. Nothing in the
// pickle is executed. progress receives input bytes consumed, once per chunk.
bool readPickleSnapshot(ByteSource &source, const QString &path, LoadMonitor *monitor,
                        const std::function<void(qint64)> &progress, Snapshot *out,
                        LoadError *error);

} // namespace VramScope
