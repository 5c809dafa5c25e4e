// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/memorysource.h"

#include <cstring>

namespace VramScope {

MemorySource::MemorySource(QByteArray data)
    : m_data(std::move(data))
{
}

qint64 MemorySource::read(char *dst, qint64 n)
{
    const qint64 count = qBound<qint64>(0, n, m_data.size() - m_pos);
    if (count > 0)
        std::memcpy(dst, m_data.constData() + m_pos, size_t(count));
    m_pos += count;
    return count;
}

} // namespace VramScope
