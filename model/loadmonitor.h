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

} // namespace VramScope
