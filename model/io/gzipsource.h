// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "io/inputlimits.h"

#include <memory>
#include <vector>

namespace VramScope {

// Streaming gzip (or zlib) inflate over another ByteSource, including files made of several
// concatenated gzip members. Memory stays bounded: one fixed input buffer plus zlib's 32 KiB
// window; output goes straight into the caller's buffer. read() returns -1 on corrupt or
// truncated data, or once the InputLimits are exceeded; errorString() names the compressed
// offset. Progress (inputBytesConsumed/inputSize) is that of the underlying source.
class GzipSource : public ByteSource
{
public:
    GzipSource(std::unique_ptr<ByteSource> input, const InputLimits &limits);
    ~GzipSource() override;
    GzipSource(const GzipSource &) = delete;
    GzipSource &operator=(const GzipSource &) = delete;

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_input->inputBytesConsumed(); }
    qint64 inputSize() const override { return m_input->inputSize(); }

    // Decompressed bytes produced so far, and compressed bytes inflate has consumed.
    qint64 bytesProduced() const { return m_produced; }
    qint64 compressedBytesConsumed() const;

private:
    struct Stream;
    bool refill();
    bool startNextMember();
    qint64 fail(const QString &reason);

    std::unique_ptr<ByteSource> m_input;
    std::unique_ptr<Stream> m_stream;
    InputLimits m_limits;
    std::vector<char> m_in;
    qint64 m_compressedRead = 0; // bytes taken from m_input so far
    qint64 m_produced = 0;
    bool m_inputEnd = false;
    bool m_memberEnded = false;
    bool m_finished = false;
};

} // namespace VramScope
