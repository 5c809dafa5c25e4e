// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>

namespace VramScope {

// Progress and cancellation for a load. Readers call isCanceled() at least every few thousand
// opcodes/entries and report() once per input chunk, never per opcode. Thread-safe.
class LoadMonitor
{
public:
    virtual ~LoadMonitor() = default;
    virtual bool isCanceled() const { return m_cancel.load(std::memory_order_relaxed); }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    // permille: 0..1000 of the whole load; stage: a translated, user-visible text.
    virtual void report(int permille, const QString &stage) { Q_UNUSED(permille) Q_UNUSED(stage) }

private:
    std::atomic<bool> m_cancel{false};
};

// For long loops: every 65536th iteration tells whether to stop. Keeps a cancel within a few
// milliseconds of any loop over entries or intervals (issue 6: 200 ms).
inline bool canceledEvery64k(const LoadMonitor *monitor, size_t i)
{
    return monitor && (i & 0xffff) == 0 && monitor->isCanceled();
}

// The same, and reports i of n as the progress of the loop. For loops that are a stage of their
// own; a scan before a stage's real work uses canceledEvery64k, or progress would run twice.
inline bool pollCanceled(LoadMonitor *monitor, size_t i, size_t n)
{
    if (!monitor || (i & 0xffff) != 0)
        return false;
    monitor->report(int(qint64(i) * 1000 / qint64(n > 0 ? n : 1)), QString());
    return monitor->isCanceled();
}

// One part of a load: maps the part's 0..1000 onto [from, to] of the whole and shows `stage`
// when the part reports no text of its own. Cancelling the whole cancels the part.
class SubMonitor : public LoadMonitor
{
public:
    SubMonitor(LoadMonitor *whole, int from, int to, QString stage)
        : m_whole(whole), m_from(from), m_to(to), m_stage(std::move(stage))
    {}
    bool isCanceled() const override
    {
        return LoadMonitor::isCanceled() || (m_whole && m_whole->isCanceled());
    }
    void report(int permille, const QString &stage) override
    {
        if (m_whole)
            m_whole->report(m_from + (m_to - m_from) * permille / 1000,
                            stage.isEmpty() ? m_stage : stage);
    }

private:
    LoadMonitor *m_whole;
    int m_from, m_to;
    QString m_stage;
};

} // namespace VramScope
