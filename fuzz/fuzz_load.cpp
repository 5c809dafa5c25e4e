// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The whole loader as the app runs it: the bytes go to a temp file, then loadSnapshot sniffs it
// (gzip / zstd / pickle / HTML / JSON), reads, replays every device and analyses it.
#include "fuzzcommon.h"
#include "snapshotloader.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    static const QString path = QDir::temp().filePath(
        QStringLiteral("vramscope-fuzz-load-%1.bin").arg(qint64(getpid())));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    LoadOptions options;
    options.limits = Fuzz::fuzzLimits();
    const LoadResult result = loadSnapshot(path, options);
    if (!result.ok()) {
        if (result.document || !result.error.message().contains(path)
            || result.error.reason.isEmpty())
            std::abort();
    }
    return 0;
}
