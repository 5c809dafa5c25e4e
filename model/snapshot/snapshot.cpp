// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshot/snapshot.h"

namespace VramScope {

namespace {
const char *const ActionNames[TraceActionCount] = {
    "alloc", "free_requested", "free_completed", "segment_alloc", "segment_free",
    "segment_map", "segment_unmap", "snapshot", "oom", "unknown",
};
} // namespace

QString traceActionName(TraceAction action)
{
    return QLatin1String(ActionNames[int(action)]);
}

TraceAction traceActionFromName(QStringView name)
{
    for (int i = 0; i < TraceActionCount - 1; ++i) {
        if (name == QLatin1String(ActionNames[i]))
            return TraceAction(i);
    }
    return TraceAction::Unknown;
}

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::BareSegmentList: return QStringLiteral("1.13-segments");
    case Layout::History20: return QStringLiteral("2.0-history");
    case Layout::Frames21: return QStringLiteral("2.1+");
    case Layout::ProfilerTimeline: return QStringLiteral("profiler-memory-timeline");
    case Layout::KinetoTrace: return QStringLiteral("kineto-trace");
    }
    return QString();
}

QString compressionName(Compression c)
{
    switch (c) {
    case Compression::None: return QStringLiteral("none");
    case Compression::Gzip: return QStringLiteral("gzip");
    case Compression::Zstd: return QStringLiteral("zstd");
    }
    return QString();
}

QString Snapshot::frameText(FrameId id) const
{
    const Frame &f = frames[id];
    return strings.string(f.filename) + QLatin1Char(':') + QString::number(f.line)
           + QLatin1Char(':') + strings.string(f.name);
}

} // namespace VramScope
