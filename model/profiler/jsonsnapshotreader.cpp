// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/jsonsnapshotreader.h"

#include "modeltr.h"
#include "profiler/jsonstream.h"
#include "profiler/kinetotracereader.h"
#include "profiler/profilertimelinereader.h"

namespace VramScope {

bool readJsonSnapshot(ByteSource &source, const QString &path, LoadMonitor *monitor,
                      const std::function<void(qint64)> &progress, Snapshot *out,
                      LoadError *error, const ProfilerReadOptions &options)
{
    JsonSourceStream stream(source, path, monitor, progress, options, Tr::tr("Reading profiler JSON"));
    const char first = stream.peekNonSpace(0);
    const char second = first == '[' ? stream.peekNonSpace(1) : '\0';
    if (stream.stopped()) {
        *error = stream.stopError();
        return false;
    }
    if (first == '{' || (first == '[' && second == '{'))
        return KinetoTraceReader(options).read(stream, out, error);
    if (first == '[')
        return ProfilerTimelineReader(options).read(stream, out, error);
    *error = LoadError::badInput(path, 0, first == '\0'
                                              ? Tr::tr("the file is empty")
                                              : Tr::tr("not JSON: expected '{' or '['"));
    return false;
}

} // namespace VramScope
