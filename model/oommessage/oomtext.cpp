// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/oomtext.h"

#include <QRegularExpression>

namespace VramScope {

namespace {

// Removes one known log prefix from the start of line; returns true when one was removed.
// rank is set when the prefix names one.
bool stripPrefix(QString &line, int *rank)
{
    // Each alternative is anchored at the start; the first capture group, if any, is a rank.
    static const QRegularExpression prefixes[] = {
        // torchrun / torch.distributed: "[rank3]: ", "[rank3]:[W611 ...] "
        QRegularExpression(QStringLiteral(R"(^\s*\[rank(\d+)\]:\s?)")),
        // torchrun --tee / deepspeed launcher: "[default0]:"
        QRegularExpression(QStringLiteral(R"(^\s*\[default(\d+)\]:\s?)")),
        // mpirun --tag-output: "[1,3]<stderr>:"
        QRegularExpression(QStringLiteral(R"(^\s*\[\d+,(\d+)\]<std(?:out|err)>:\s?)")),
        // Ray / vLLM workers: "(VllmWorker rank=1 pid=254) ", "(RayWorkerWrapper pid=1234, ip=...) "
        QRegularExpression(QStringLiteral(R"(^\s*\((?:[^()]*?rank=(\d+))?[^()]*?pid=\d+[^()]*\)\s*)")),
        // srun --label: "3: "
        QRegularExpression(QStringLiteral(R"(^\s*(\d{1,4}):\s)")),
        // ISO timestamps with an optional level: "2024-05-01 12:00:01,123 - ERROR - "
        QRegularExpression(QStringLiteral(
            R"(^\s*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?)"
            R"((?:\s*[-|:]?\s*\[?(?:ERROR|WARNING|WARN|INFO|DEBUG|CRITICAL|FATAL)\]?)?\s*[-|:]?\s*)")),
        // glog / absl: "E0611 12:00:00.123456 12345 file.cc:12] "
        QRegularExpression(QStringLiteral(R"(^\s*[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+\s+\S+:\d+\]\s*)")),
        // Messages pasted as Python comments: "# allocated; 47.06 MiB free"
        QRegularExpression(QStringLiteral(R"(^\s*#+\s)")),
        // Rich tracebacks and boxed output.
        QRegularExpression(QStringLiteral(u"^\\s*[\u2502\u2503\u2551]\\s?")),
    };
    for (const QRegularExpression &re : prefixes) {
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch() && m.capturedLength(0) > 0) {
            if (re.captureCount() >= 1 && m.capturedLength(1) > 0 && rank && *rank < 0)
                *rank = m.captured(1).toInt();
            line.remove(0, m.capturedLength(0));
            return true;
        }
    }
    return false;
}

} // namespace

OomText::OomText(const QString &raw)
{
    static const QRegularExpression ansi(QStringLiteral(R"(\x1b\[[0-9;?]*[A-Za-z])"));
    static const QRegularExpression boxRight(QStringLiteral(u"\\s*[\u2502\u2503\u2551]\\s*$"));
    QString text = raw;
    text.remove(ansi);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList rawLines = text.split(QLatin1Char('\n'));
    m_lines.reserve(rawLines.size());
    m_rank.reserve(size_t(rawLines.size()));
    for (QString line : rawLines) {
        int rank = -1;
        for (int guard = 0; guard < 6 && stripPrefix(line, &rank); ++guard) {
        }
        line.remove(boxRight);
        const int index = int(m_lines.size());
        m_lines.append(line);
        m_rank.push_back(rank);
        for (QChar c : std::as_const(line)) {
            if (!c.isSpace()) {
                m_compact.append(c);
                m_line.push_back(index);
            }
        }
    }
}

int OomText::lineAt(qsizetype compactPos) const
{
    if (compactPos < 0 || compactPos >= qsizetype(m_line.size()))
        return -1;
    return m_line[size_t(compactPos)];
}

int OomText::rankOfLine(int line) const
{
    return line >= 0 && line < int(m_rank.size()) ? m_rank[size_t(line)] : -1;
}

} // namespace VramScope
