// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/diagnoser.h"

#include "loadmonitor.h"

#include "analysis/capturehealth.h"
#include "analysis/stephints.h"
#include "modeltr.h"
#include "oommessage/oomjudge.h"

#include <QLocale>

namespace VramScope {

namespace {

QString bytesText(qint64 v)
{
    return QLocale::c().formattedDataSize(v, 2, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Diagnoser::Diagnoser(const Snapshot &snapshot, const DeviceTimeline &timeline, FrameClassifier &frames,
                     Categorizer &categorizer, const PhaseDetection &phases, std::vector<CategoryEvidence> evidence)
    : m_snapshot(snapshot)
    , m_timeline(timeline)
    , m_frames(frames)
    , m_categorizer(categorizer)
    , m_phases(phases)
    , m_evidence(std::move(evidence))
{
}

void Diagnoser::chooseMoment(Diagnosis &d) const
{
    static const std::vector<TraceEntry> NoTrace;
    const DeviceTimeline &t = m_timeline;
    const auto &trace = size_t(t.device) < m_snapshot.deviceTraces.size() ? m_snapshot.deviceTraces[size_t(t.device)]
                                                                          : NoTrace;
    if (!t.ooms.empty()) {
        d.momentKind = Diagnosis::MomentKind::Oom;
        d.momentIndex = t.ooms.back().index;
        d.momentTimeUs = t.ooms.back().timeUs;
    } else if (t.eventCount > 0) {
        d.momentKind = Diagnosis::MomentKind::Peak;
        d.momentIndex = t.peakAllocatedIndex;
        if (d.momentIndex >= 0 && size_t(d.momentIndex) < trace.size())
            d.momentTimeUs = trace[size_t(d.momentIndex)].timeUs;
    } else {
        d.momentKind = Diagnosis::MomentKind::Dump;
        d.momentIndex = -1;
    }
    d.allocatedBytes = t.eventCount > 0 ? t.allocated.valueAt(d.momentIndex) : t.baselineAllocated;
    d.reservedBytes = t.eventCount > 0 ? t.reserved.valueAt(d.momentIndex) : t.baselineReserved;
    d.phaseAtMoment = d.phases.phaseAt(d.momentIndex);
    d.stepAtMoment = d.momentIndex >= 0 ? d.phases.stepAt(d.momentIndex) : -1;
}

void Diagnoser::measureBands(Diagnosis &d, qint64 *attentionTemporary, bool *largestTemporaryIsAttention) const
{
    qint64 largestTemporary = 0;
    for (size_t i = 0; i < m_timeline.intervals.size(); ++i) {
        const AllocationInterval &a = m_timeline.intervals[i];
        const int c = std::min<int>(a.category, CategoryCount - 1);
        ++d.intervalCounts[size_t(c)];
        if (!a.liveAfter(d.momentIndex))
            continue;
        d.bands[size_t(c)] += qint64(a.size);
        const bool attention = i < m_evidence.size() && (m_evidence[i].flags & CategoryEvidence::AttentionCode);
        if (Category(c) == Category::Temporary) {
            if (attention)
                *attentionTemporary += qint64(a.size);
            if (qint64(a.size) > largestTemporary) {
                largestTemporary = qint64(a.size);
                *largestTemporaryIsAttention = attention;
            }
        }
    }
    qint64 best = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        if (Category(c) != Category::Unknown && d.bands[size_t(c)] > best) {
            best = d.bands[size_t(c)];
            d.tallest = Category(c);
        }
    }
    if (best == 0)
        d.tallest = Category::Unknown;
    else if (d.bands[int(Category::Unknown)] > best)
        d.notes.append(Tr::tr("Unknown bytes (%1) exceed the tallest known band (%2); see the capture "
                              "health notes.").arg(bytesText(d.bands[int(Category::Unknown)]), bytesText(best)));
}

void Diagnoser::judge(Diagnosis &d) const
{
    if (d.momentKind != Diagnosis::MomentKind::Oom) {
        d.verdict = Verdict::None;
        d.verdictReason = d.momentKind == Diagnosis::MomentKind::Peak
                              ? Tr::tr("No OOM in the trace: this is the peak of allocated memory.")
                              : Tr::tr("No history: this is the state at the dump.");
        return;
    }
    // Same reading of the numbers as for a pasted message.
    OomMessage m;
    m.kind = OomMessage::Kind::GpuOom;
    m.wording = QStringLiteral("snapshot");
    m.requestedBytes = d.requestedBytes;
    m.capacityBytes = d.capacityBytes;
    m.allocatedBytes = d.allocatedBytes;
    m.reservedBytes = d.reservedBytes;
    m.reservedUnallocatedBytes = std::max<qint64>(0, d.reservedBytes - d.allocatedBytes);
    m.freeBytes = d.deviceFreeBytes;
    OomJudge::judge(m);
    d.verdict = m.verdict;
    d.verdictReason = m.verdictReason;
    d.shortfallBytes = m.shortfallBytes;
    d.outsidePyTorchBytes = m.outsidePyTorchBytes;
    d.notes += m.notes;
    if (d.verdict == Verdict::Unknown && m.reservedUnallocatedBytes >= d.requestedBytes
        && (d.largestFreeBlockBytes == UnknownBytes || d.largestFreeBlockBytes < d.requestedBytes)) {
        d.verdict = Verdict::Fragmentation;
        d.verdictReason = Tr::tr("%1 reserved but unallocated, at least the %2 request, and no free block "
                                 "that large: fragmentation.")
                              .arg(bytesText(m.reservedUnallocatedBytes), bytesText(d.requestedBytes));
    }
    if (d.verdict == Verdict::Fragmentation && d.largestFreeBlockBytes != UnknownBytes
        && d.largestFreeBlockBytes >= d.requestedBytes)
        d.notes.append(Tr::tr("The reconstructed free blocks show one of %1 in the request's pool and stream; "
                              "the reconstruction is approximate.").arg(bytesText(d.largestFreeBlockBytes)));
}

int Diagnoser::fp32Evidence() const
{
    bool python = false;
    for (const AllocationInterval &a : m_timeline.intervals) {
        if (a.allocStack == EmptyStack)
            continue;
        const quint32 f = m_frames.stack(a.allocStack).flags;
        if (f & FrameClassifier::Autocast)
            return -1;
        python |= (f & FrameClassifier::Python) != 0;
    }
    return python ? 1 : 0;
}

Diagnosis Diagnoser::run(const AnalysisOptions &options, int deviceCount, LoadMonitor *monitor)
{
    // The free-block state at the moment is the long step (a replay back from the dump).
    const auto stop = [monitor](int permille) {
        if (!monitor)
            return false;
        monitor->report(permille, QString());
        return monitor->isCanceled();
    };
    Diagnosis d;
    d.phases = m_phases.map;
    d.freeStacksAreFreeTime = m_phases.freeStacksAreFreeTime;
    d.capacityBytes = options.capacityBytes > 0 ? options.capacityBytes : UnknownBytes;
    chooseMoment(d);
    qint64 attentionTemporary = 0;
    bool largestTemporaryIsAttention = false;
    measureBands(d, &attentionTemporary, &largestTemporaryIsAttention);
    if (stop(150))
        return d;
    SubMonitor freeBlocksPart(monitor, 150, 850, QString());

    const OomEvent *oom = m_timeline.ooms.empty() ? nullptr : &m_timeline.ooms.back();
    if (oom) {
        d.requestedBytes = qint64(oom->requestedBytes);
        if (oom->hasDeviceFree)
            d.deviceFreeBytes = qint64(oom->deviceFreeBytes);
        d.requestEvidence = m_categorizer.classifyRequest(oom->stack, oom->index, oom->requestedBytes,
                                                          &d.requestCategory);
        d.requestIsAttention = d.requestEvidence.flags & CategoryEvidence::AttentionCode;
    }
    d.freeBlocks = d.momentKind == Diagnosis::MomentKind::Dump
                       ? FreeBlockAnalyzer::atDump(m_snapshot, m_timeline.device)
                       : FreeBlockAnalyzer::atEvent(m_snapshot, m_timeline, d.momentIndex, &freeBlocksPart);
    if (d.freeBlocks.available) {
        d.largestFreeBlockBytes = d.freeBlocks.largestFreeBlock();
        if (oom) {
            const auto &trace = m_snapshot.deviceTraces[size_t(m_timeline.device)];
            const TraceExtra *x = m_snapshot.extraOf(trace[size_t(oom->index)]);
            const PoolId pool = x && x->poolIndex < m_snapshot.pools.size() ? m_snapshot.pools[x->poolIndex] : PoolId{};
            const PoolStreamFree *p = d.freeBlocks.find(pool, oom->stream);
            d.largestFreeBlockBytes = p ? p->largestFreeBlockBytes : 0;
        }
        if (d.freeBlocks.reconstructed)
            d.notes.append(Tr::tr("Free blocks at the moment are reconstructed from the trace (sizes rounded "
                                  "to 512 bytes): approximate."));
    }
    if (stop(850))
        return d;
    judge(d);
    if (d.capacityBytes != UnknownBytes && d.deviceFreeBytes != UnknownBytes && d.outsidePyTorchBytes == UnknownBytes)
        d.outsidePyTorchBytes = std::max<qint64>(0, d.capacityBytes - d.reservedBytes - d.deviceFreeBytes);

    LadderInput in;
    in.bands = d.bands;
    in.bandsKnown = true;
    in.verdict = d.verdict;
    in.shortfallBytes = d.shortfallBytes;
    in.reservedUnallocatedBytes = std::max<qint64>(0, d.reservedBytes - d.allocatedBytes);
    in.attentionTemporaryBytes = attentionTemporary;
    in.largestTemporaryIsAttention = largestTemporaryIsAttention;
    in.requestIsAttention = d.requestIsAttention;
    in.requestedBytes = d.requestedBytes;
    in.requestCategory = d.requestCategory;
    in.fp32Evidence = fp32Evidence();
    in.shardDevices = std::max(2, deviceCount);
    d.ladder = climbLadder(in);
    if (d.ladder.recommended < 0 && (d.verdict == Verdict::Capacity || d.verdict == Verdict::Fragmentation)
        && !d.ladder.rungs.empty())
        d.notes.append(Tr::tr("No single rung covers the shortfall: combine the rungs in order."));

    if (stop(900))
        return d;
    d.hints = StepHints::compute(d, m_timeline);
    d.health = CaptureHealth::check(m_snapshot, m_timeline, d, m_frames);
    d.evidence = std::move(m_evidence);
    return d;
}

} // namespace VramScope
