// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/prefetchsource.h"

#include <cstring>

namespace VramScope {

PrefetchSource::PrefetchSource(std::unique_ptr<ByteSource> input)
    : m_input(std::move(input))
    , m_inputSize(m_input->inputSize())
{
    m_thread = std::thread([this] { run(); });
}

PrefetchSource::~PrefetchSource()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchSource::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < MaxChunks; });
            if (m_stop)
                return;
        }
        std::vector<char> chunk(ChunkBytes);
        size_t filled = 0;
        qint64 got = 0;
        // Fill the chunk whole unless the stream ends: fewer hand-overs, fewer wake-ups.
        while (filled < chunk.size()
               && (got = m_input->read(chunk.data() + filled, qint64(chunk.size() - filled))) > 0)
            filled += size_t(got);
        m_inputConsumed.store(m_input->inputBytesConsumed(), std::memory_order_relaxed);
        m_sizeHint.store(m_input->payloadSizeHint(), std::memory_order_relaxed);
        chunk.resize(filled);
        const std::lock_guard lock(m_mutex);
        if (filled > 0)
            m_ready.push_back(std::move(chunk));
        if (got <= 0) {
            m_end = true;
            m_failed = got < 0;
            if (m_failed)
                m_innerError = m_input->errorString();
        }
        m_changed.notify_all();
        if (m_end)
            return;
    }
}

qint64 PrefetchSource::read(char *dst, qint64 n)
{
    if (!m_error.isEmpty())
        return -1;
    qint64 done = 0;
    while (done < n) {
        if (m_currentPos == m_current.size()) {
            std::unique_lock lock(m_mutex);
            if (m_ready.empty() && done > 0)
                break; // hand over what we have rather than wait
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_end; });
            if (m_ready.empty()) { // the inner source ended after everything it produced
                if (m_failed && done == 0) {
                    m_error = m_innerError;
                    return -1;
                }
                break;
            }
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_currentPos = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        const size_t take = std::min(size_t(n - done), m_current.size() - m_currentPos);
        std::memcpy(dst + done, m_current.data() + m_currentPos, take);
        m_currentPos += take;
        done += qint64(take);
    }
    return done;
}

} // namespace VramScope
