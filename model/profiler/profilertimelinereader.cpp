// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/profilertimelinereader.h"

#include "modeltr.h"
#include "profiler/fakeallocations.h"
#include "profiler/jsonstream.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace VramScope {

namespace {
constexpr int ProfilerCategories = 8; // _CATEGORY_TO_INDEX: 7 categories + Unknown
constexpr int RowWidth = 1 + ProfilerCategories;
constexpr qint64 NsEpochThreshold = 100'000'000'000'000'000; // 1e17: ns since 1973, µs never

enum Warning { WarnNegative = 1, WarnIndexZero = 2, WarnOverFree = 4, WarnAction = 8, WarnCategory = 16 };

class TimelineHandler final : public JsonSaxHandler
{
public:
    TimelineHandler(Snapshot *out, const ProfilerReadOptions &options)
        : m_snap(out), m_options(options), m_space(FakeAddressSpace::BlockBase)
    {
        m_snap->format.container = Container::Json;
        m_snap->format.layout = Layout::ProfilerTimeline;
        m_snap->format.pickleProtocol = -1;
        m_snap->hasTraceKey = true;
        m_snap->deviceTraces.assign(1, {});
        m_trace = &m_snap->deviceTraces[0];
        m_snap->deviceExtraRefs.assign(1, {});
        for (int i = 0; i < ProfilerCategories; ++i) {
            TraceExtra extra;
            extra.category = m_snap->strings.intern(profilerCategoryId(i));
            m_snap->extras.push_back(extra);
            m_stacks.emplace_back(&m_space, false, quint32(m_snap->extras.size() - 1),
                                  &m_snap->deviceExtraRefs[0]);
        }
    }

    bool startObject() override { return notTimeline(Tr::tr("found an object")); }
    bool endObject() override { return false; }
    bool key(std::string_view) override { return false; }
    bool string(std::string_view) override { return notTimeline(Tr::tr("found a string")); }
    bool literal(const char *name) override
    {
        return notTimeline(Tr::tr("found %1").arg(QString::fromLatin1(name)));
    }

    bool startArray() override
    {
        if (depth() == 1) {
            ++m_element;
            m_recCount = 0;
            if (m_mode == Mode::Coalesced && m_element >= 2)
                return notTimeline(Tr::tr("more than two lists"));
        } else if (depth() == 2) {
            if (m_element == 0)
                return notTimeline(Tr::tr("a list inside the first list"));
            if (m_mode == Mode::Undecided && !becomeCoalesced())
                return false;
            if (m_mode == Mode::Raw)
                return fail(Tr::tr("memory timeline record %1 must be 4 numbers").arg(m_records));
            m_rowCount = 0;
        } else if (depth() >= 3) {
            return notTimeline(Tr::tr("lists nested too deep"));
        }
        return true;
    }

    bool endArray() override
    {
        if (depth() == 2)
            return applyRow();
        if (depth() == 1) {
            if (m_mode == Mode::Raw)
                return applyRecord();
            if (m_mode == Mode::Coalesced && m_rows != qint64(m_first.size()))
                return fail(Tr::tr("memory timeline has %1 times but %2 rows of sizes")
                                .arg(m_first.size()).arg(m_rows));
        }
        return true;
    }

    bool number(const JsonNumber &n) override
    {
        if (!n.isFinite())
            return fail(Tr::tr("memory timeline holds a number that is not finite"));
        if (depth() <= 1)
            return notTimeline(Tr::tr("found a number outside the lists"));
        if (depth() == 3) {
            if (m_rowCount >= RowWidth)
                return fail(Tr::tr("row %1 of sizes has more than %2 numbers").arg(m_rows).arg(RowWidth));
            // Bounded so the cast to quint64 is defined and category totals cannot overflow
            // (found by fuzz_json: 1.7e22 bytes).
            if (std::abs(n.d) > double(MaxProfilerBytes))
                return fail(Tr::tr("row %1 of sizes holds %2 bytes, more than 1 PiB").arg(m_rows).arg(n.d));
            m_row[m_rowCount++] = n.d;
            return true;
        }
        if (m_element == 0) {
            if (qint64(m_first.size()) >= m_options.maxEvents)
                return fail(Tr::tr("more than %1 times").arg(m_options.maxEvents));
            m_first.push_back(n.toInt());
            return true;
        }
        if (m_mode == Mode::Undecided && !becomeRaw())
            return false;
        if (m_mode == Mode::Coalesced)
            return fail(Tr::tr("sizes must be lists of %1 numbers").arg(RowWidth));
        if (m_recCount >= 4)
            return fail(Tr::tr("memory timeline record %1 must be 4 numbers").arg(m_records));
        m_rec[m_recCount++] = n.toInt();
        return true;
    }

    bool finish() override
    {
        if (m_mode == Mode::Undecided) {
            if (m_element == 0 && m_first.size() == 4) { // a raw file with a single record
                if (!becomeRaw())
                    return false;
            } else if (m_element < 0 || (m_element == 1 && m_first.empty())) {
                return fail(Tr::tr("the memory timeline is empty (exported for another device?)"));
            } else if (m_element == 0) {
                return notTimeline(Tr::tr("only one list"));
            } else {
                return fail(Tr::tr("memory timeline has %1 times but no sizes").arg(m_first.size()));
            }
        }
        if (m_minTime == NoTime)
            m_minTime = 0;
        if (m_pendingTimes) { // PREEXISTING (t = -1): at the first real time, as the exporter does
            for (TraceEntry &e : *m_trace) {
                if (e.timeUs == NoTime)
                    e.timeUs = m_minTime;
            }
        }
        return true;
    }

private:
    enum class Mode { Undecided, Coalesced, Raw };

    bool notTimeline(const QString &detail)
    {
        return fail(Tr::tr("not a memory timeline export: expected [times, sizes] or a list of "
                           "[time, action, bytes, category] (%1)").arg(detail));
    }

    void warnOnce(Warning w, const QString &text)
    {
        if (!(m_warned & w)) {
            m_warned |= w;
            m_snap->warnings << text;
        }
    }

    qint64 toTimeUs(qint64 t)
    {
        if (t < 0) {
            m_pendingTimes = true;
            return NoTime;
        }
        const qint64 us = t / m_timeDivisor;
        if (m_minTime == NoTime || us < m_minTime)
            m_minTime = us;
        return us;
    }

    bool becomeCoalesced()
    {
        m_mode = Mode::Coalesced;
        qint64 maxAbs = 0;
        for (qint64 t : m_first)
            maxAbs = std::max(maxAbs, t < 0 ? -(t + 1) : t);
        m_timeDivisor = maxAbs >= NsEpochThreshold ? 1000 : 1; // ns (2023 rev) or µs (newer)
        return true;
    }

    bool becomeRaw()
    {
        m_mode = Mode::Raw;
        m_timeDivisor = 1000; // the raw export keeps the profiler's ns
        if (m_first.size() != 4)
            return fail(Tr::tr("memory timeline record 0 must be 4 numbers"));
        std::copy(m_first.begin(), m_first.end(), m_rec.begin());
        m_recCount = 4;
        m_first.clear();
        if (!applyRecord())
            return false;
        m_recCount = 0;
        return true;
    }

    bool checkBounds()
    {
        if (qint64(m_trace->size()) > m_options.maxEvents)
            return fail(Tr::tr("more than %1 trace entries").arg(m_options.maxEvents));
        if ((++m_work & 4095) == 0 && m_stream->checkCanceled())
            return false;
        return true;
    }

    bool applyRecord()
    {
        if (m_recCount != 4)
            return fail(Tr::tr("memory timeline record %1 must be 4 numbers").arg(m_records));
        const qint64 timeUs = toTimeUs(m_rec[0]);
        if (m_rec[1] < 1 || m_rec[1] > 4)
            warnOnce(WarnAction, Tr::tr("Unknown memory timeline action %1; its bytes were applied.").arg(m_rec[1]));
        int category = int(m_rec[3]);
        if (m_rec[3] < 0 || m_rec[3] >= ProfilerCategories) {
            warnOnce(WarnCategory, Tr::tr("Unknown profiler category %1, counted as unknown.").arg(m_rec[3]));
            category = ProfilerCategories - 1;
        }
        FakeLifo &stack = m_stacks[size_t(category)];
        const qint64 bytes = m_rec[2];
        if (bytes > MaxProfilerBytes || bytes < -MaxProfilerBytes)
            return fail(Tr::tr("memory timeline record %1 holds %2 bytes, more than 1 PiB").arg(m_records).arg(bytes));
        if (bytes > 0) {
            stack.grow(quint64(bytes), timeUs, *m_trace);
        } else if (bytes < 0) {
            const quint64 want = quint64(-(bytes + 1)) + 1;
            if (stack.shrink(want, timeUs, *m_trace) < want)
                warnOnce(WarnOverFree, Tr::tr("The memory timeline frees more bytes of a category "
                                              "than it holds; clamped at 0."));
        }
        ++m_records;
        return checkBounds();
    }

    bool applyRow()
    {
        if (m_rowCount != RowWidth)
            return fail(Tr::tr("row %1 of sizes has %2 numbers, expected %3").arg(m_rows).arg(m_rowCount).arg(RowWidth));
        if (m_rows >= qint64(m_first.size()))
            return fail(Tr::tr("memory timeline has more rows of sizes than times (%1)").arg(m_first.size()));
        const qint64 timeUs = toTimeUs(m_first[size_t(m_rows)]);
        if (m_row[0] != 0)
            warnOnce(WarnIndexZero, Tr::tr("The memory timeline's first size column is not 0; ignored."));
        std::array<quint64, ProfilerCategories> target{};
        for (int c = 0; c < ProfilerCategories; ++c) {
            const double v = std::round(m_row[size_t(c + 1)]);
            if (v < 0)
                warnOnce(WarnNegative, Tr::tr("The memory timeline has negative sizes; clamped at 0."));
            target[size_t(c)] = v > 0 ? quint64(v) : 0;
        }
        for (int c = 0; c < ProfilerCategories; ++c) { // decreases first: no artificial peak
            if (target[size_t(c)] < m_stacks[size_t(c)].total())
                m_stacks[size_t(c)].setTotal(target[size_t(c)], timeUs, *m_trace);
        }
        for (int c = 0; c < ProfilerCategories; ++c) {
            if (target[size_t(c)] > m_stacks[size_t(c)].total())
                m_stacks[size_t(c)].setTotal(target[size_t(c)], timeUs, *m_trace);
        }
        ++m_rows;
        return checkBounds();
    }

    Snapshot *m_snap;
    ProfilerReadOptions m_options;
    std::vector<TraceEntry> *m_trace = nullptr;
    FakeAddressSpace m_space;
    std::vector<FakeLifo> m_stacks;
    Mode m_mode = Mode::Undecided;
    qint64 m_element = -1;      // index of the current top-level list
    std::vector<qint64> m_first; // the first top-level list: times, or the first raw record
    std::array<double, RowWidth> m_row{};
    int m_rowCount = 0;
    qint64 m_rows = 0;
    std::array<qint64, 4> m_rec{};
    int m_recCount = 0;
    qint64 m_records = 0;
    qint64 m_timeDivisor = 1;
    qint64 m_minTime = NoTime;
    bool m_pendingTimes = false;
    int m_warned = 0;
    quint32 m_work = 0;
};
} // namespace

const char *profilerCategoryId(int profilerIndex)
{
    // _CATEGORY_TO_INDEX order. AUTOGRAD_DETAIL (outputs of backward-scope nodes that are neither
    // gradients nor tracked tensors: autograd's short-lived internals) is counted as "temporary".
    static const char *const ids[ProfilerCategories] = {
        "parameter", "optimizer_state", "input",     "temporary",
        "activation", "gradient",       "temporary", "unknown"};
    if (profilerIndex < 0 || profilerIndex >= ProfilerCategories)
        return "unknown";
    return ids[profilerIndex];
}

bool ProfilerTimelineReader::read(ByteSource &source, const QString &path, LoadMonitor *monitor,
                                  const ProgressFunction &progress,
                                  Snapshot *out, LoadError *error) const
{
    JsonSourceStream stream(source, path, monitor, progress, m_options, Tr::tr("Reading memory timeline"));
    return read(stream, out, error);
}

bool ProfilerTimelineReader::read(JsonSourceStream &stream, Snapshot *out, LoadError *error) const
{
    TimelineHandler handler(out, stream.options());
    return parseJsonStream(stream, handler, error);
}

} // namespace VramScope
