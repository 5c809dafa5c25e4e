// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace VramScope {

// Runs another source (a decompressor) on a thread of its own, a few chunks ahead of the reader,
// so decompression takes the second core while the parser takes the first: a .zst opens in about
// the time of the raw pickle. Memory stays bounded (MaxChunks x ChunkBytes in flight). Errors of
// the inner source arrive, with its message, after the bytes it produced before them. Destroying
// the source stops the thread within one chunk's work (cancel).
class PrefetchSource : public ByteSource
{
public:
    explicit PrefetchSource(std::unique_ptr<ByteSource> input);
    ~PrefetchSource() override;
    PrefetchSource(const PrefetchSource &) = delete;
    PrefetchSource &operator=(const PrefetchSource &) = delete;

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override
    {
        return m_inputConsumed.load(std::memory_order_relaxed);
    }
    qint64 inputSize() const override { return m_inputSize; }
    qint64 payloadSizeHint() const override { return m_sizeHint.load(std::memory_order_relaxed); }

    static constexpr size_t ChunkBytes = 1 << 20;
    static constexpr size_t MaxChunks = 4;

private:
    void run();

    std::unique_ptr<ByteSource> m_input;
    const qint64 m_inputSize;
    std::atomic<qint64> m_inputConsumed{0};
    std::atomic<qint64> m_sizeHint{-1}; // the inner source's, taken by the thread after each chunk
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_ready; // filled chunks, oldest first
    bool m_end = false;                    // the inner source ended (or failed: m_innerError)
    bool m_failed = false;
    QString m_innerError;
    bool m_stop = false;
    std::vector<char> m_current; // the chunk being read
    size_t m_currentPos = 0;
    std::thread m_thread;
};

} // namespace VramScope
