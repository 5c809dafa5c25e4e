// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"

#include <QByteArray>

#include <memory>

namespace VramScope {

// Lets a caller look at the first bytes of a stream (to sniff its format) without losing them:
// read() returns the peeked bytes first, then the rest of the underlying source.
class PeekSource : public ByteSource
{
public:
    explicit PeekSource(std::unique_ptr<ByteSource> input);

    // Returns up to n bytes from the current position without consuming them; fewer at the end
    // of the stream or on an error (then errorString() is set and read() will fail after the
    // buffered bytes).
    QByteArray peek(qint64 n);

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_input->inputBytesConsumed(); }
    qint64 inputSize() const override { return m_input->inputSize(); }
    qint64 payloadSizeHint() const override { return m_input->payloadSizeHint(); }

private:
    std::unique_ptr<ByteSource> m_input;
    QByteArray m_buffer;
    qint64 m_bufferPos = 0;
    bool m_inputEnd = false;
};

} // namespace VramScope
