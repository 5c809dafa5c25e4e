// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"

#include <memory>
#include <vector>

namespace VramScope {

// The snapshot embedded in the HTML written by PyTorch's _memory_viz.py (trace_plot,
// segment_plot): finds the first JSON `"base64": "` value (add_local_files' local_files) and
// streams its decoded bytes, ending at the closing quote. The HTML is scanned with a fixed
// buffer, so a file of any size needs bounded memory. _memory_viz.py pads the pickle with 1-3
// NULs before encoding; they are returned as ordinary trailing bytes after the pickle's STOP.
// Error offsets are byte offsets in the HTML text.
class Base64Source : public ByteSource
{
public:
    explicit Base64Source(std::unique_ptr<ByteSource> html);

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_input->inputBytesConsumed(); }
    qint64 inputSize() const override { return m_input->inputSize(); }

    // Offset in the HTML text of the first base64 character; -1 until found.
    qint64 payloadOffset() const { return m_payloadOffset; }

private:
    int nextByte(); // -1 at the end of the HTML, -2 on a read error
    bool findPayload();
    bool decodeChar(int c, bool *done);
    bool decodeQuads(char *dst, qint64 n, qint64 *out);
    qint64 fail(const QString &reason);
    qint64 offset() const { return m_bufferOffset + m_inPos - 1; } // of the last byte read

    std::unique_ptr<ByteSource> m_input;
    std::vector<char> m_in;
    qint64 m_inPos = 0;
    qint64 m_inLen = 0;
    qint64 m_bufferOffset = 0; // HTML offset of m_in[0]
    qint64 m_payloadOffset = -1;
    quint32 m_acc = 0;    // bits of the current base64 quad
    int m_quadChars = 0;  // characters in the current quad
    bool m_padding = false;
    bool m_escape = false;
    char m_pending[3] = {};
    int m_pendingPos = 0;
    int m_pendingLen = 0;
    bool m_done = false;
};

} // namespace VramScope
