// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace VramScope {

using StringId = quint32; // 0 is the empty string

// Interns UTF-8 strings: every distinct string is stored once in one flat buffer.
class StringTable
{
public:
    StringTable();
    StringId intern(std::string_view utf8);
    std::string_view view(StringId id) const;
    QString string(StringId id) const { return QString::fromUtf8(view(id).data(), qsizetype(view(id).size())); }
    int count() const { return int(m_views.size()); }
    // Looks a string up without adding it; returns -1 when absent.
    qint64 find(std::string_view utf8) const;
    size_t bytesUsed() const;

private:
    // Chunks never move once allocated, so the views stay valid as the table grows.
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::vector<std::unique_ptr<char[]>> m_large;
    size_t m_chunkUsed = 0;
    size_t m_bytes = 0;
    std::vector<std::string_view> m_views;
    std::unordered_map<std::string_view, StringId> m_index;
};

} // namespace VramScope
