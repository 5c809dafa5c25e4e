// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace VramScope {

// The big buffers of a load (a device's trace, its intervals, its step series) are written once and
// then read all over by the replay and the analysis. Backed by 2 MiB pages they cost far fewer page
// faults and TLB misses: on 1 M entries the whole open took ~40 % less CPU (bench/RESULTS.md).
// Only advice (transparent huge pages in "madvise" mode, Debian's default); elsewhere a no-op.
// Call it on memory not touched yet, i.e. right after reserving.
void adviseHugePages(const void *data, size_t bytes);

template<typename T>
void reserveHuge(std::vector<T> &v, size_t count)
{
    v.reserve(count);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

} // namespace VramScope
