// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the profiler reader tests (tst_profilertimelinereader, tst_kinetotracereader): a
// source that hands out small chunks, an independent replay of a read Snapshot's trace, and
// readJson() through the JSON entry point. Header-only, test code only.

#include "io/bytesource.h"
#include "loadmonitor.h"
#include "profiler/jsonsnapshotreader.h"

#include <QMap>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace VramScope::ProfilerReaderTest {

// A QByteArray-backed source handing out at most `chunk` bytes per read (exercises refills);
// fails with an I/O error after failAt bytes when failAt >= 0.
class ChunkedSource final : public ByteSource
{
public:
    explicit ChunkedSource(QByteArray data, qint64 chunk = 1 << 20, qint64 failAt = -1)
        : m_data(std::move(data)), m_chunk(chunk), m_failAt(failAt) {}
    qint64 read(char *dst, qint64 n) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt)
            return m_error = QStringLiteral("disk on fire"), -1;
        const qint64 count = std::min({n, m_chunk, qint64(m_data.size()) - m_pos});
        memcpy(dst, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 inputBytesConsumed() const override { return m_pos; }
    qint64 inputSize() const override { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_chunk, m_failAt, m_pos = 0;
};

// The replay as the timeline builder does it, from 0 bytes: alloc adds until free_completed at
// the same address; segment_alloc adds to reserved, segment_free subtracts.
struct State
{
    qint64 allocated = 0, reserved = 0, peakAllocated = 0;
    int unmatchedFrees = 0;
    QMap<QString, qint64> bytes; // per category id
};

class Replayer
{
public:
    Replayer(const Snapshot &s, int device) : m_s(s), m_trace(s.deviceTraces[size_t(device)]) {}

    // The state after every entry with timeUs <= timeUs; calls must not go back in time.
    const State &until(qint64 timeUs)
    {
        for (; m_next < m_trace.size() && m_trace[m_next].timeUs <= timeUs; ++m_next) {
            const TraceEntry &e = m_trace[m_next];
            if (m_next > 0 && e.timeUs < m_trace[m_next - 1].timeUs)
                QTest::qFail("trace entries must be in time order", __FILE__, __LINE__);
            const TraceExtra *x = m_s.extraOf(e);
            const QString category = x && x->category ? m_s.strings.string(x->category) : QString();
            switch (e.action) {
            case TraceAction::Alloc:
                m_open[e.addr] = {e.size, category};
                m_st.allocated += qint64(e.size);
                m_st.bytes[category] += qint64(e.size);
                break;
            case TraceAction::FreeCompleted: {
                const auto it = m_open.find(e.addr);
                if (it == m_open.end() && ++m_st.unmatchedFrees)
                    break;
                m_st.allocated -= qint64(it->second.first);
                m_st.bytes[it->second.second] -= qint64(it->second.first);
                m_open.erase(it);
                break;
            }
            case TraceAction::SegmentAlloc: m_st.reserved += qint64(e.size); break;
            case TraceAction::SegmentFree: m_st.reserved -= qint64(e.size); break;
            default: break;
            }
            m_st.peakAllocated = std::max(m_st.peakAllocated, m_st.allocated);
        }
        return m_st;
    }

private:
    const Snapshot &m_s;
    const std::vector<TraceEntry> &m_trace;
    size_t m_next = 0;
    State m_st;
    std::unordered_map<quint64, std::pair<quint64, QString>> m_open;
};

struct Read { Snapshot s; LoadError error; bool ok = false; };

inline Read readJson(const QByteArray &json, qint64 chunk = 1 << 20,
                     LoadMonitor *monitor = nullptr, const ProfilerReadOptions &options = {})
{
    Read r;
    ChunkedSource source(json, chunk);
    r.ok = readJsonSnapshot(source, QStringLiteral("test.json"), monitor, {}, &r.s, &r.error, options);
    return r;
}

// The errors() rows of both reader tests: the input is rejected as bad input naming the file,
// with `reason` in it and at `offset` (-2: any offset). Read in 4-byte chunks so that every
// token crosses a chunk boundary somewhere.
inline void verifyReadError(const QByteArray &json, qint64 offset, const QString &reason)
{
    const Read r = readJson(json, 4);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, LoadError::Code::BadInput);
    QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.reason));
    if (offset != -2)
        QCOMPARE(r.error.offset, offset);
    QVERIFY(r.error.message().contains(QStringLiteral("test.json")));
}

} // namespace VramScope::ProfilerReaderTest
