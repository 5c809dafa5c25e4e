// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshot/snapshot.h"

#include <algorithm>

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

const TraceExtra *Snapshot::extraOf(const TraceEntry &e) const
{
    // The flag keeps the common case (no extra) free of any search.
    if (!(e.flags & TraceEntry::HasExtra))
        return nullptr;
    // A handful of devices at most: a linear scan for the trace that holds `e`.
    const std::less<const TraceEntry *> before;
    for (size_t d = 0; d < deviceTraces.size(); ++d) {
        const std::vector<TraceEntry> &trace = deviceTraces[d];
        if (trace.empty() || before(&e, trace.data()) || !before(&e, trace.data() + trace.size()))
            continue;
        return extraAt(d, quint64(&e - trace.data()));
    }
    // A copy of an entry that has an extra: the caller broke extraOf's contract. Debug (and the
    // sanitizer CI build) stops here; a release build loses only the rare fields.
    Q_ASSERT_X(false, "Snapshot::extraOf", "entry is not an element of deviceTraces");
    return nullptr;
}

const TraceExtra *Snapshot::extraAt(size_t device, quint64 entry) const
{
    if (device >= deviceExtraRefs.size())
        return nullptr;
    const TraceExtraRefs &refs = deviceExtraRefs[device];
    const auto it = std::lower_bound(refs.begin(), refs.end(), entry,
                                     [](const TraceExtraRef &r, quint64 i) { return r.entry < i; });
    if (it == refs.end() || it->entry != entry || it->extra >= extras.size())
        return nullptr;
    return &extras[it->extra];
}

void Snapshot::appendEntry(size_t device, TraceEntry e, quint32 extra)
{
    if (deviceTraces.size() <= device)
        deviceTraces.resize(device + 1);
    std::vector<TraceEntry> &trace = deviceTraces[device];
    if (extra != NoExtra) {
        if (deviceExtraRefs.size() <= device)
            deviceExtraRefs.resize(device + 1);
        deviceExtraRefs[device].push_back({quint64(trace.size()), extra});
        e.flags |= TraceEntry::HasExtra;
    } else {
        e.flags &= quint8(~TraceEntry::HasExtra);
    }
    trace.push_back(e);
}

} // namespace VramScope
