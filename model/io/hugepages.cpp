// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/hugepages.h"

#include <QtGlobal>

#include <cstdint>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace VramScope {

void adviseHugePages(const void *data, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t Huge = uintptr_t(2) << 20;
    if (!data || bytes < 2 * Huge)
        return; // too small to hold an aligned huge page worth the call
    const auto begin = (reinterpret_cast<uintptr_t>(data) + Huge - 1) & ~(Huge - 1);
    const auto end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(Huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin,
                MADV_HUGEPAGE); // advice: failure is harmless
#else
    Q_UNUSED(data)
    Q_UNUSED(bytes)
#endif
}

} // namespace VramScope
