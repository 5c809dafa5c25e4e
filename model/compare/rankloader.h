// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotloader.h"

#include <QFuture>
#include <QStringList>

#include <vector>

namespace VramScope {

// Loads many per-rank snapshots in parallel (QtConcurrent, one worker per core) with one combined
// progress and one cancel.
class RankLoader
{
public:
    // A folder's snapshot files (hidden files and .md/.txt/.log/.expected.json skipped), in
    // natural name order.
    static QStringList filesInFolder(const QString &dir);

    // Blocking. Results are parallel to files. monitor (may be null) receives the mean progress of
    // all files; cancelling it stops every load.
    static std::vector<LoadResult> load(const QStringList &files, const LoadOptions &options = {},
                                        LoadMonitor *monitor = nullptr);

    // On a worker thread; progress (0..1000) and stage text through the future; cancel() stops all.
    static QFuture<std::vector<LoadResult>> loadAsync(const QStringList &files, const LoadOptions &options = {});
};

} // namespace VramScope
