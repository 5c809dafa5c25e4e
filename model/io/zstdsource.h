// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "io/inputlimits.h"

#include <memory>
#include <vector>

namespace VramScope {

// Streaming zstd decompression over another ByteSource; several concatenated frames (and
// skippable frames) form one stream. Memory stays bounded: a fixed input buffer plus the frame's
// window, which zstd caps at 128 MiB (window log 27) unless the frame asks for more, which is an
// error. read() returns -1 on corrupt or truncated data, or once the InputLimits are exceeded;
// errorString() names the compressed offset. Progress is that of the underlying source.
class ZstdSource : public ByteSource
{
public:
    ZstdSource(std::unique_ptr<ByteSource> input, const InputLimits &limits);
    ~ZstdSource() override;
    ZstdSource(const ZstdSource &) = delete;
    ZstdSource &operator=(const ZstdSource &) = delete;

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_input->inputBytesConsumed(); }
    qint64 inputSize() const override { return m_input->inputSize(); }
    qint64 payloadSizeHint() const override { return m_sizeHint; }

    qint64 bytesProduced() const { return m_produced; }
    qint64 compressedBytesConsumed() const { return m_compressedRead - (m_inSize - m_inPos); }

private:
    struct Stream;
    bool refill();
    qint64 fail(const QString &reason);

    std::unique_ptr<ByteSource> m_input;
    std::unique_ptr<Stream> m_stream;
    InputLimits m_limits;
    std::vector<char> m_in;
    qint64 m_inPos = 0;
    qint64 m_inSize = 0;
    qint64 m_compressedRead = 0;
    qint64 m_produced = 0;
    size_t m_lastHint = 1; // ZSTD_decompressStream's last return value: 0 = frame complete
    bool m_inputEnd = false;
    bool m_finished = false;
    qint64 m_sizeHint = -1; // the first frame's declared content size, bounded by the limits
};

} // namespace VramScope
