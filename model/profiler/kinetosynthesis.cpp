// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "modeltr.h"
#include "profiler/fakeallocations.h"
#include "profiler/jsonstream.h"
#include "profiler/kinetorecords.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace VramScope {

namespace {
constexpr double AbsoluteTsUs = 1e14; // ts above this (≈ 3 years in µs) is since the epoch

// Newer Kineto writes ts relative to baseTimeNanoseconds, older ones since the epoch.
qint64 kinetoTimeUs(double ts, qint64 baseUs)
{
    return std::llround(ts) + (std::abs(ts) < AbsoluteTsUs ? baseUs : 0);
}

// record_function ranges as annotations of every device with a trace, in time order.
void addAnnotations(const KinetoRecords &records, qint64 baseUs, Snapshot *out)
{
    for (const KinetoAnnotation &a : records.annotations) {
        const StringId name = out->strings.intern(a.name);
        const qint64 start = kinetoTimeUs(a.ts, baseUs);
        const qint64 end = start + std::llround(a.dur);
        for (size_t d = 0; d < out->deviceTraces.size(); ++d) {
            if (out->deviceTraces[d].empty())
                continue;
            out->annotations.push_back({start, qint32(d), name, true});
            out->annotations.push_back({end, qint32(d), name, false});
        }
    }
    std::stable_sort(out->annotations.begin(), out->annotations.end(),
                     [](const Annotation &a, const Annotation &b) { return a.timeUs < b.timeUs; });
}

// Fills events without ts with the previous event's time, then sorts by time (stable: events
// sharing a timestamp keep their file order).
void orderByTime(std::vector<KinetoRecord> &records)
{
    double previous = 0;
    for (KinetoRecord &r : records) {
        if (std::isnan(r.ts))
            r.ts = previous;
        previous = r.ts;
    }
    const auto byTs = [](const KinetoRecord &a, const KinetoRecord &b) { return a.ts < b.ts; };
    if (!std::is_sorted(records.begin(), records.end(), byTs))
        std::stable_sort(records.begin(), records.end(), byTs);
}

class DeviceSynthesis
{
public:
    DeviceSynthesis(std::vector<TraceEntry> &out, qint64 baseUs)
        : m_out(out), m_baseUs(baseUs), m_blocks(FakeAddressSpace::BlockBase),
          m_segments(FakeAddressSpace::SegmentBase), m_reserved(&m_segments, true),
          m_noAddr(&m_blocks, false)
    {
    }

    qint64 timeUs(double ts) const { return kinetoTimeUs(ts, m_baseUs); }

    void add(const KinetoRecord &r)
    {
        const qint64 t = timeUs(r.ts);
        if (r.flags & KinetoRecord::HasReserved)
            m_reserved.setTotal(quint64(std::max<qint64>(0, r.totalReserved)), t, m_out);
        if (r.flags & KinetoRecord::IsOom) {
            m_out.push_back(makeTraceEntry(TraceAction::Oom, 0, quint64(std::abs(r.bytes)), t));
            return;
        }
        if (r.bytes > 0) {
            const quint64 n = quint64(r.bytes);
            if (r.flags & KinetoRecord::HasAddr) {
                m_out.push_back(makeTraceEntry(TraceAction::Alloc, r.addr, n, t));
                m_open[r.addr] = n;
            } else {
                m_noAddr.grow(n, t, m_out);
            }
        } else if (r.bytes < 0) {
            const quint64 n = quint64(-(r.bytes + 1)) + 1;
            if (r.flags & KinetoRecord::HasAddr) {
                m_out.push_back(makeTraceEntry(TraceAction::FreeRequested, r.addr, n, t));
                m_out.push_back(makeTraceEntry(TraceAction::FreeCompleted, r.addr, n, t));
                if (m_open.erase(r.addr) == 0)
                    m_unmatched.push_back({r.addr, n}); // allocated before the trace
            } else {
                m_noAddr.shrink(n, t, m_out);
            }
        }
        m_live += r.bytes;
        if ((r.flags & KinetoRecord::HasAllocated) && m_live != r.totalAllocated) {
            if (m_mismatches++ == 0)
                m_firstMismatchTs = r.ts;
        }
    }

    // Memory allocated before the trace, as allocs at the start: one at the address of each free
    // of an unknown address, then one (fake address) for the rest of Total Allocated before the
    // first event. So the trace starts from 0 allocated bytes.
    void addPreexisting(const KinetoRecord &first, QStringList *warnings)
    {
        std::vector<TraceEntry> pre;
        const qint64 t = timeUs(first.ts);
        quint64 unmatched = 0;
        for (const auto &[addr, size] : m_unmatched) {
            pre.push_back(makeTraceEntry(TraceAction::Alloc, addr, size, t));
            unmatched += size;
        }
        if (first.flags & KinetoRecord::HasAllocated) {
            const qint64 rest = before(first) - qint64(unmatched);
            if (rest < 0)
                warnings->append(Tr::tr("The trace frees %1 bytes more than its Total Allocated "
                                        "accounts for.").arg(-rest));
            else if (rest > 0)
                pre.push_back(makeTraceEntry(TraceAction::Alloc, m_blocks.take(quint64(rest)),
                                             quint64(rest), t));
        }
        m_out.insert(m_out.begin(), pre.begin(), pre.end());
    }

    // Checks the replay against Total Allocated (exact when the file is consistent).
    void startLive(const KinetoRecord &first)
    {
        if (first.flags & KinetoRecord::HasAllocated)
            m_live = before(first);
    }
    qint64 mismatches() const { return m_mismatches; }
    double firstMismatchTs() const { return m_firstMismatchTs; }

private:
    static qint64 before(const KinetoRecord &first) // Total Allocated before the first event
    {
        return first.totalAllocated - ((first.flags & KinetoRecord::IsOom) ? 0 : first.bytes);
    }

    std::vector<TraceEntry> &m_out;
    qint64 m_baseUs;
    FakeAddressSpace m_blocks;
    FakeAddressSpace m_segments;
    FakeLifo m_reserved;
    FakeLifo m_noAddr;
    std::unordered_map<quint64, quint64> m_open;
    std::vector<std::pair<quint64, quint64>> m_unmatched; // frees of unknown addresses
    qint64 m_live = 0;
    qint64 m_mismatches = 0;
    double m_firstMismatchTs = 0;
};
} // namespace

bool synthesizeKinetoTrace(KinetoRecords &records, JsonSourceStream &stream, Snapshot *out,
                           LoadError *error)
{
    if (records.count == qint64(records.annotations.size())) { // no CUDA memory events
        const QString reason = records.memoryEvents > 0
            ? Tr::tr("the trace has memory events, but none of a CUDA device")
            : Tr::tr("the trace has no memory events (record it with "
                     "torch.profiler.profile(profile_memory=True))");
        *error = LoadError::badInput(stream.path(), -1, reason);
        return false;
    }
    out->format.container = Container::Json;
    out->format.layout = Layout::KinetoTrace;
    out->format.pickleProtocol = -1;
    out->hasTraceKey = true;
    out->deviceTraces.assign(records.devices.size(), {});
    const qint64 baseUs = records.hasBaseTime ? records.baseTimeNs / 1000 : 0;
    qint64 total = 0;
    for (size_t d = 0; d < records.devices.size(); ++d) {
        std::vector<KinetoRecord> &recs = records.devices[d];
        if (recs.empty())
            continue;
        orderByTime(recs);
        std::vector<TraceEntry> &trace = out->deviceTraces[d];
        trace.reserve(recs.size() * 2 + 8);
        DeviceSynthesis synth(trace, baseUs);
        synth.startLive(recs.front());
        for (size_t i = 0; i < recs.size(); ++i) {
            synth.add(recs[i]);
            if ((i & 65535) == 65535 && stream.checkCanceled()) {
                *error = stream.stopError();
                return false;
            }
        }
        synth.addPreexisting(recs.front(), &records.warnings);
        if (synth.mismatches() > 0)
            records.warnOnce(Tr::tr("Device %1: the replayed allocated bytes differ from the trace's "
                                    "Total Allocated at %2 of %3 events (first at ts %4 µs).")
                                 .arg(d).arg(synth.mismatches()).arg(recs.size())
                                 .arg(synth.firstMismatchTs(), 0, 'f', 3));
        total += qint64(trace.size());
        if (total > stream.options().maxEvents) {
            *error = LoadError::badInput(stream.path(), -1,
                                         Tr::tr("more than %1 trace entries").arg(stream.options().maxEvents));
            return false;
        }
        std::vector<KinetoRecord>().swap(recs); // free as we go
    }
    addAnnotations(records, baseUs, out);
    out->warnings << records.warnings;
    return true;
}

} // namespace VramScope
