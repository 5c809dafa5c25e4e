// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/kinetotracereader.h"

#include "modeltr.h"
#include "profiler/fakeallocations.h"
#include "profiler/jsonstream.h"
#include "profiler/kinetorecords.h"

#include <charconv>
#include <cmath>
#include <string>

namespace VramScope {

namespace {
constexpr qint64 CudaDeviceType = 1; // c10::DeviceType::CUDA (ROCm builds report CUDA too)
constexpr qint64 MaxDeviceId = 1023;

bool keyIs(std::string_view key, std::string_view lower)
{
    if (key.size() != lower.size())
        return false;
    for (size_t i = 0; i < key.size(); ++i) {
        char c = key[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// "123", "-5", "0x7f00…" or "1.5"; false when not a number.
bool parseNumericString(std::string_view s, JsonNumber *n)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    const bool neg = !s.empty() && s.front() == '-';
    const std::string_view body = neg ? s.substr(1) : s;
    const char *end = s.data() + s.size();
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        quint64 v = 0;
        const auto r = std::from_chars(body.data() + 2, end, v, 16);
        if (r.ec != std::errc() || r.ptr != end)
            return false;
        n->i = neg ? -qint64(v) : qint64(v);
        n->d = double(n->i);
        n->isInt = true;
        return true;
    }
    const auto ri = std::from_chars(s.data(), end, n->i);
    if (ri.ec == std::errc() && ri.ptr == end) {
        n->d = double(n->i);
        n->isInt = true;
        return true;
    }
    const auto rd = std::from_chars(s.data(), end, n->d);
    n->isInt = false;
    return rd.ec == std::errc() && rd.ptr == end && std::isfinite(n->d);
}

class KinetoHandler final : public JsonSaxHandler
{
public:
    explicit KinetoHandler(KinetoRecords *records) : m_rec(records) {}

    bool startObject() override
    {
        if (depth() == 0)
            return true;
        if (m_inEvents && depth() == m_eventsDepth) {
            m_ev = Event();
            m_name.clear();
            m_inEvent = true;
            if ((++m_eventCount & 4095) == 0 && m_stream->checkCanceled())
                return false;
        } else if (m_inEvent && depth() == m_eventsDepth + 1 && m_eventKey == EvArgs) {
            m_inArgs = true;
        }
        return true;
    }

    bool endObject() override
    {
        if (m_inArgs && depth() == m_eventsDepth + 1)
            m_inArgs = false;
        else if (m_inEvent && depth() == m_eventsDepth) {
            m_inEvent = false;
            return finishEvent();
        }
        return true;
    }

    bool startArray() override
    {
        if (depth() == 0) { // Chrome's "JSON Array Format": the events themselves
            m_inEvents = true;
            m_sawEvents = true;
            m_eventsDepth = 1;
        } else if (depth() == 1 && !m_sawEvents && m_topKey == TopEvents) {
            m_inEvents = true;
            m_sawEvents = true;
            m_eventsDepth = 2;
        }
        return true;
    }

    bool endArray() override
    {
        if (m_inEvents && depth() == m_eventsDepth - 1)
            m_inEvents = false;
        return true;
    }

    bool key(std::string_view k) override
    {
        if (depth() == 1 && !m_inEvents) {
            m_topKey = keyIs(k, "traceevents") ? TopEvents
                       : keyIs(k, "basetimenanoseconds") ? TopBaseTime : TopOther;
        } else if (m_inEvent && depth() == m_eventsDepth + 1) {
            m_eventKey = keyIs(k, "name") ? EvName
                         : keyIs(k, "ts") ? EvTs
                         : keyIs(k, "args") ? EvArgs
                         : keyIs(k, "cat") ? EvCat
                         : keyIs(k, "ph") ? EvPh : keyIs(k, "dur") ? EvDur : EvOther;
        } else if (m_inArgs && depth() == m_eventsDepth + 2) {
            m_argKey = keyIs(k, "bytes") ? ArgBytes
                       : keyIs(k, "addr") ? ArgAddr
                       : keyIs(k, "total allocated") ? ArgTotalAllocated
                       : keyIs(k, "total reserved") ? ArgTotalReserved
                       : keyIs(k, "device id") ? ArgDeviceId
                       : keyIs(k, "device type") ? ArgDeviceType : ArgOther;
        }
        return true;
    }

    bool string(std::string_view s) override
    {
        if (m_inEvent && depth() == m_eventsDepth + 1) {
            if (m_eventKey == EvName) {
                m_ev.kind = s == "[memory]" ? KinetoRecord::Memory
                            : s == "[OutOfMemory]" ? KinetoRecord::Oom : 0;
                m_name.assign(s); // kept for user annotations (reuses its capacity)
                return true;
            }
            if (m_eventKey == EvCat) {
                m_ev.userAnnotation = s == "user_annotation"; // record_function ranges
                return true;
            }
            if (m_eventKey == EvPh) {
                m_ev.complete = s == "X";
                return true;
            }
        }
        if (m_inArgs && depth() == m_eventsDepth + 2 && m_argKey == ArgDeviceType) {
            if (keyIs(s, "cuda")) // tolerate a named device type
                return setArg(JsonNumber{double(CudaDeviceType), CudaDeviceType, true});
            if (keyIs(s, "cpu"))
                return setArg(JsonNumber{0, 0, true});
        }
        JsonNumber n;
        if (wantsNumber() && parseNumericString(s, &n))
            return scalar(n);
        return true;
    }

    bool number(const JsonNumber &n) override { return scalar(n); }
    bool literal(const char *) override { return true; }

    bool finish() override
    {
        if (!m_sawEvents)
            return fail(Tr::tr("not a Chrome/Kineto trace: the object has no \"traceEvents\" list"));
        return true;
    }

private:
    enum TopKey { TopOther, TopEvents, TopBaseTime };
    enum EventKey { EvOther, EvName, EvTs, EvArgs, EvCat, EvPh, EvDur };
    enum ArgKey { ArgOther, ArgBytes, ArgAddr, ArgTotalAllocated, ArgTotalReserved, ArgDeviceId, ArgDeviceType };
    struct Event
    {
        KinetoRecord r;
        int kind = 0;
        qint64 deviceId = 0;
        qint64 deviceType = CudaDeviceType;
        bool hasDeviceId = false;
        bool hasDeviceType = false;
        bool hasBytes = false;
        bool hasTs = false;
        bool userAnnotation = false;
        bool complete = false;
        double dur = 0;
    };

    // A value the reader uses (so strings are worth parsing as numbers).
    bool wantsNumber() const
    {
        return (depth() == 1 && !m_inEvents && m_topKey == TopBaseTime)
               || (m_inEvent && depth() == m_eventsDepth + 1 && (m_eventKey == EvTs || m_eventKey == EvDur))
               || (m_inArgs && depth() == m_eventsDepth + 2 && m_argKey != ArgOther);
    }

    bool scalar(const JsonNumber &n)
    {
        if (depth() == 1 && !m_inEvents && m_topKey == TopBaseTime) {
            m_rec->baseTimeNs = n.toInt();
            m_rec->hasBaseTime = true;
        } else if (m_inEvent && depth() == m_eventsDepth + 1 && m_eventKey == EvTs && n.isFinite()) {
            m_ev.r.ts = n.isInt ? double(n.i) : n.d;
            m_ev.hasTs = true;
        } else if (m_inEvent && depth() == m_eventsDepth + 1 && m_eventKey == EvDur && n.isFinite()) {
            m_ev.dur = n.isInt ? double(n.i) : n.d;
        } else if (m_inArgs && depth() == m_eventsDepth + 2) {
            return setArg(n);
        }
        return true;
    }

    // Sizes from the file: "Bytes" is signed (a free is negative), the totals are not; none may
    // pass 1 PiB (toInt() saturates, so huge floats are caught too).
    bool checkedSize(const char *key, qint64 v, bool signedDelta)
    {
        if (!signedDelta && v < 0)
            return fail(Tr::tr("key \"%1\": negative size %2").arg(QLatin1String(key)).arg(v));
        if (v > MaxProfilerBytes || v < -MaxProfilerBytes)
            return fail(Tr::tr("key \"%1\": %2 bytes is more than 1 PiB").arg(QLatin1String(key)).arg(v));
        return true;
    }

    bool setArg(const JsonNumber &n)
    {
        if (!n.isFinite())
            return true;
        const qint64 v = n.toInt();
        switch (m_argKey) {
        case ArgBytes:
            m_ev.r.bytes = v;
            m_ev.hasBytes = true;
            return checkedSize("Bytes", v, true);
        case ArgAddr: m_ev.r.addr = quint64(v); m_ev.r.flags |= KinetoRecord::HasAddr; break;
        case ArgTotalAllocated:
            m_ev.r.totalAllocated = v;
            m_ev.r.flags |= KinetoRecord::HasAllocated;
            return checkedSize("Total Allocated", v, false);
        case ArgTotalReserved:
            m_ev.r.totalReserved = v;
            m_ev.r.flags |= KinetoRecord::HasReserved;
            return checkedSize("Total Reserved", v, false);
        case ArgDeviceId: m_ev.deviceId = v; m_ev.hasDeviceId = true; break;
        case ArgDeviceType: m_ev.deviceType = v; m_ev.hasDeviceType = true; break;
        case ArgOther: break;
        }
        return true;
    }

    bool finishEvent()
    {
        if (m_ev.kind == 0) {
            if (!m_ev.userAnnotation || !m_ev.complete || !m_ev.hasTs)
                return true;
            if (m_rec->count >= m_stream->options().maxEvents)
                return fail(Tr::tr("more than %1 memory events and annotations").arg(m_stream->options().maxEvents));
            m_rec->annotations.push_back({m_name, m_ev.r.ts, std::max(0.0, m_ev.dur)});
            ++m_rec->count;
            return true;
        }
        ++m_rec->memoryEvents;
        // No Device Type (never seen from PyTorch): CUDA when the device index is one.
        const bool cuda = m_ev.hasDeviceType ? m_ev.deviceType == CudaDeviceType
                                             : (!m_ev.hasDeviceId || m_ev.deviceId >= 0);
        if (!cuda)
            return true;
        if (!m_ev.hasBytes) {
            m_rec->warnOnce(Tr::tr("Memory events without \"Bytes\" were skipped."));
            return true;
        }
        if (m_ev.deviceId < 0 || m_ev.deviceId > MaxDeviceId) {
            m_rec->warnOnce(Tr::tr("Memory events of device %1 were skipped.").arg(m_ev.deviceId));
            return true;
        }
        if (!m_ev.hasTs)
            m_rec->warnOnce(Tr::tr("Memory events without \"ts\" got the previous event's time."));
        if (m_ev.kind == KinetoRecord::Oom)
            m_ev.r.flags |= KinetoRecord::IsOom;
        if (m_rec->count >= m_stream->options().maxEvents)
            return fail(Tr::tr("more than %1 memory events and annotations").arg(m_stream->options().maxEvents));
        auto &perDevice = m_rec->devices;
        if (perDevice.size() <= size_t(m_ev.deviceId))
            perDevice.resize(size_t(m_ev.deviceId) + 1);
        perDevice[size_t(m_ev.deviceId)].push_back(m_ev.r);
        ++m_rec->count;
        return true;
    }

    KinetoRecords *m_rec;
    Event m_ev;
    std::string m_name;
    TopKey m_topKey = TopOther;
    EventKey m_eventKey = EvOther;
    ArgKey m_argKey = ArgOther;
    int m_eventsDepth = -1; // depth() at which event objects start
    bool m_inEvents = false;
    bool m_sawEvents = false;
    bool m_inEvent = false;
    bool m_inArgs = false;
    quint32 m_eventCount = 0;
};
} // namespace

bool KinetoTraceReader::read(ByteSource &source, const QString &path, LoadMonitor *monitor,
                             const ProgressFunction &progress, Snapshot *out, LoadError *error) const
{
    JsonSourceStream stream(source, path, monitor, progress, m_options, Tr::tr("Reading Kineto trace"));
    return read(stream, out, error);
}

bool KinetoTraceReader::read(JsonSourceStream &stream, Snapshot *out, LoadError *error) const
{
    KinetoRecords records;
    KinetoHandler handler(&records);
    if (!parseJsonStream(stream, handler, error))
        return false;
    return synthesizeKinetoTrace(records, stream, out, error);
}

} // namespace VramScope
