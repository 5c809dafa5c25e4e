// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analyzer.h"
#include "document.h"
#include "io/inputopener.h"
#include "loaderror.h"
#include "loadmonitor.h"

#include <QFuture>

namespace VramScope {

struct LoadOptions
{
    InputLimits limits;
    AnalysisOptions analysis;
};

struct LoadResult
{
    DocumentPtr document;
    LoadError error;
    bool ok() const { return document && !error.isError(); }
};

// The synchronous core: file -> decompress -> parse -> replay -> analyse -> Document.
// Called by the CLI, tests and benchmarks directly and by loadSnapshotAsync on a worker thread.
// monitor may be null; when it is cancelled the result carries LoadError::Code::Cancelled.
LoadResult loadSnapshot(const QString &path, const LoadOptions &options = {},
                        LoadMonitor *monitor = nullptr);

// Runs loadSnapshot on the global thread pool. Progress (0..1000) and stage text arrive through the
// future's progress; QFuture::cancel() stops the load within a fraction of a second.
QFuture<LoadResult> loadSnapshotAsync(const QString &path, const LoadOptions &options = {});

} // namespace VramScope
