// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/peeksource.h"

#include <cstring>

namespace VramScope {

PeekSource::PeekSource(std::unique_ptr<ByteSource> input)
    : m_input(std::move(input))
{
}

QByteArray PeekSource::peek(qint64 n)
{
    if (m_bufferPos > 0) {
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
    }
    while (m_buffer.size() < n && !m_inputEnd && m_error.isEmpty()) {
        const qint64 have = m_buffer.size();
        m_buffer.resize(n);
        const qint64 r = m_input->read(m_buffer.data() + have, n - have);
        m_buffer.resize(have + qMax<qint64>(r, 0));
        if (r < 0)
            m_error = m_input->errorString();
        else if (r == 0)
            m_inputEnd = true;
    }
    return m_buffer.left(n);
}

qint64 PeekSource::read(char *dst, qint64 n)
{
    if (n <= 0)
        return 0;
    const qint64 buffered = m_buffer.size() - m_bufferPos;
    if (buffered > 0) {
        const qint64 count = qMin(n, buffered);
        std::memcpy(dst, m_buffer.constData() + m_bufferPos, size_t(count));
        m_bufferPos += count;
        if (m_bufferPos == m_buffer.size()) {
            m_buffer.clear();
            m_bufferPos = 0;
        }
        return count;
    }
    if (!m_error.isEmpty())
        return -1;
    if (m_inputEnd)
        return 0;
    const qint64 r = m_input->read(dst, n);
    if (r < 0)
        m_error = m_input->errorString();
    return r;
}

} // namespace VramScope
