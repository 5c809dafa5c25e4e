// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshot/stringtable.h"

#include <cstring>

namespace VramScope {

namespace {
constexpr size_t ChunkBytes = 1 << 20;
}

StringTable::StringTable()
{
    m_views.emplace_back();
    m_index.emplace(std::string_view(), 0);
}

StringId StringTable::intern(std::string_view utf8)
{
    if (auto it = m_index.find(utf8); it != m_index.end())
        return it->second;
    const size_t n = utf8.size();
    char *dst = nullptr;
    if (n > ChunkBytes / 4) {
        // Long strings (fx_original_trace, settings) get a buffer of their own.
        m_large.push_back(std::make_unique<char[]>(n));
        dst = m_large.back().get();
    } else {
        if (m_chunks.empty() || m_chunkUsed + n > ChunkBytes) {
            m_chunks.push_back(std::make_unique<char[]>(ChunkBytes));
            m_chunkUsed = 0;
        }
        dst = m_chunks.back().get() + m_chunkUsed;
        m_chunkUsed += n;
    }
    if (n)
        std::memcpy(dst, utf8.data(), n);
    m_bytes += n;
    const std::string_view stored(dst, n);
    const auto id = StringId(m_views.size());
    m_views.push_back(stored);
    m_index.emplace(stored, id);
    return id;
}

std::string_view StringTable::view(StringId id) const
{
    return id < m_views.size() ? m_views[id] : std::string_view();
}

qint64 StringTable::find(std::string_view utf8) const
{
    auto it = m_index.find(utf8);
    return it == m_index.end() ? -1 : qint64(it->second);
}

size_t StringTable::bytesUsed() const
{
    return m_chunks.size() * ChunkBytes + m_bytes + m_views.size() * (sizeof(std::string_view) + 32);
}

} // namespace VramScope
