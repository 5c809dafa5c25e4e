// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace VramScope {

// Recognises the host-RAM failures people mistake for GPU OOMs: the kernel's OOM killer
// ("Killed", exit code 137 / -9, SIGKILL, dmesg "Out of memory: Killed process", OOMKilled pods,
// DataLoader workers killed by signal) and CPU allocator failures (DefaultCPUAllocator, MemoryError).
class HostMemoryDetector
{
public:
    struct Finding
    {
        bool found = false;
        QString wording;     // "host-kill" or "host-alloc"
        QString evidence;    // the text that matched
        QString explanation; // translated: why this is not a GPU problem and what to check
    };
    static Finding detect(const QStringList &lines);
};

} // namespace VramScope
