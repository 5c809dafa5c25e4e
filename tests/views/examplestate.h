// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// The bundled example at its OOM, as the segment map tests use it: the dump's own blocks (the
// OOM is the last event), 252 segments from 2 MiB to 308 MiB.
#include "segmentmapview.h"
#include "snapshotloader.h"

#include <memory>

namespace VramScope::Testing {

struct Fixture
{
    DocumentPtr doc;
    std::shared_ptr<const AllocatorState> state;
    quint32 tinyAllocated = 0; // the 512-byte allocation in a 2 MiB segment
    quint32 tinyFree = 0;      // the 512-byte free block right after it
};

inline Fixture exampleAtOom()
{
    Fixture f;
    const LoadResult r = loadSnapshot(
        QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/example_oom.pickle.zst"));
    if (!r.ok())
        return f;
    f.doc = r.document;
    const DeviceTimeline &device = f.doc->devices.front();
    f.state = std::make_shared<const AllocatorState>(
        AllocatorStateBuilder::atEvent(*f.doc->snapshot, device, device.ooms.back().index));
    const auto &blocks = f.state->blocks;
    for (const StateSegment &seg : f.state->segments) {
        for (quint32 i = seg.firstBlock; i + 1 < seg.firstBlock + seg.blockCount; ++i) {
            if (seg.size == 2097152 && blocks[i].kind == StateBlockKind::Allocated
                && blocks[i].size == 512 && blocks[i + 1].kind == StateBlockKind::Free
                && blocks[i + 1].size == 512) {
                f.tinyAllocated = i;
                f.tinyFree = i + 1;
            }
        }
    }
    return f;
}

// The first allocation of `bytes` in a segment of `segmentBytes`, or -1.
inline int findAllocation(const AllocatorState &st, quint64 bytes, quint64 segmentBytes)
{
    for (const StateSegment &s : st.segments) {
        for (quint32 i = s.firstBlock; s.size == segmentBytes && i < s.firstBlock + s.blockCount;
             ++i) {
            const StateBlock &b = st.blocks[i];
            if (b.size == bytes && b.kind == StateBlockKind::Allocated && b.interval >= 0)
                return int(i);
        }
    }
    return -1;
}

inline int rowOf(const SegmentMapView &map, quint32 block)
{
    for (int r = 0; r < map.rowCount(); ++r) {
        const StateSegment &s = *map.segmentOfRow(r);
        if (block >= s.firstBlock && block < s.firstBlock + s.blockCount)
            return r;
    }
    return -1;
}

} // namespace VramScope::Testing
