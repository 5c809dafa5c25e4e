// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/hostmemorydetector.h"

#include "modeltr.h"

#include <QRegularExpression>

namespace VramScope {

HostMemoryDetector::Finding HostMemoryDetector::detect(const QStringList &lines)
{
    using RE = QRegularExpression;
    static const RE kills[] = {
        RE(QStringLiteral(R"(^\s*Killed\s*$)")),
        // bash job report: "line 1: 12345 Killed    python train.py"
        RE(QStringLiteral(R"(\b\d+\s+Killed\s+\S)")),
        RE(QStringLiteral(R"(\bexit(?:ed)?\s*(?:with\s*)?(?:code|status)\s*[:=]?\s*137\b)"),
           RE::CaseInsensitiveOption),
        RE(QStringLiteral(R"(\bexit_?code\s*:\s*-9\b|\bexit\s*status\s*-9\b|\breturn_?code\s*[:=]?\s*-9\b)"),
           RE::CaseInsensitiveOption),
        RE(QStringLiteral(R"(\bSIGKILL\b|\bsignal\s*9\b)"), RE::CaseInsensitiveOption),
        RE(QStringLiteral(R"(killed by signal:\s*Killed)"), RE::CaseInsensitiveOption),
        RE(QStringLiteral(R"(Out of memory:\s*Kill(?:ed)?\s+process|\boom[-_ ]kill|\bOOMKilled\b|\bOOM Killed\b)"),
           RE::CaseInsensitiveOption),
    };
    static const RE allocs[] = {
        RE(QStringLiteral(R"(DefaultCPUAllocator:\s*(?:not enough memory|can't allocate memory))")),
        RE(QStringLiteral(R"(\bstd::bad_alloc\b)")),
        RE(QStringLiteral(R"(^\s*MemoryError\b)")),
    };
    Finding f;
    for (const QString &line : lines) {
        for (const RE &re : kills) {
            const auto m = re.match(line);
            if (m.hasMatch()) {
                f.found = true;
                f.wording = QStringLiteral("host-kill");
                f.evidence = line.trimmed().left(200);
                f.explanation = Tr::tr(
                    "Not a GPU out-of-memory: the process was killed (\"%1\"), most often by the "
                    "kernel's OOM killer because HOST RAM ran out (exit code 137 = 128 + SIGKILL). "
                    "Check dmesg or the job scheduler's log; reduce DataLoader workers and "
                    "prefetching, avoid loading the dataset or checkpoints into RAM at once, or "
                    "give the job more host memory.")
                                    .arg(f.evidence);
                return f;
            }
        }
        for (const RE &re : allocs) {
            if (re.match(line).hasMatch()) {
                f.found = true;
                f.wording = QStringLiteral("host-alloc");
                f.evidence = line.trimmed().left(200);
                f.explanation = Tr::tr(
                    "Not a GPU out-of-memory: a HOST (CPU) allocation failed (\"%1\"). The tensor "
                    "or buffer lives in system RAM; reduce what is materialized on the CPU, or give "
                    "the job more host memory.")
                                    .arg(f.evidence);
                return f;
            }
        }
    }
    return f;
}

} // namespace VramScope
