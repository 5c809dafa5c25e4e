// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace VramScope {

// A pasted log made matchable. Log prefixes ("[rank3]: ", "(VllmWorker rank=1 pid=254) ",
// timestamps, glog headers, srun labels, ANSI colours, box-drawing borders) are stripped per
// line; then all whitespace is removed, so terminal line wraps (even inside a word or a number)
// and re-indentation cannot break a match. Patterns are written without spaces accordingly.
class OomText
{
public:
    explicit OomText(const QString &raw);

    const QString &compact() const { return m_compact; }
    const QStringList &lines() const { return m_lines; } // cleaned lines, whitespace kept
    int lineAt(qsizetype compactPos) const;              // -1 when out of range
    int rankOfLine(int line) const;                      // rank from the stripped prefix, or -1

private:
    QStringList m_lines;
    std::vector<int> m_rank; // per line
    QString m_compact;
    std::vector<int> m_line; // per compact character
};

} // namespace VramScope
