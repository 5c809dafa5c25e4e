// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "segmentlayout.h"

#include <algorithm>
#include <cmath>

namespace VramScope {

namespace {

// Bytes from the segment start, clamped into the segment: a malformed dump may list a block
// outside its segment, and the bar must still be drawn left to right.
quint64 offsetIn(const StateSegment &seg, quint64 addr)
{
    return addr <= seg.addr ? 0 : std::min(addr - seg.addr, seg.size);
}

// Pixels per byte such that sum(max(minWidth, scale * bytes)) == width, given
// bytes.size() * minWidth < width. The smallest runs are pinned at the minimum one after the
// other until the rest, scaled to the remaining width, are all at least the minimum.
double solveScale(std::vector<quint64> bytes, double width, double minWidth)
{
    std::sort(bytes.begin(), bytes.end());
    double rest = 0;
    for (const quint64 b : bytes)
        rest += double(b);
    for (size_t pinned = 0; pinned < bytes.size(); ++pinned) {
        if (rest <= 0)
            break;
        const double scale = (width - double(pinned) * minWidth) / rest;
        if (scale * double(bytes[pinned]) >= minWidth)
            return scale;
        rest -= double(bytes[pinned]);
    }
    return 0; // only zero-byte runs: all of them get the minimum
}

} // namespace

bool SegmentLayout::looksAlike(const StateBlock &a, const StateBlock &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind == StateBlockKind::Free || a.category == b.category;
}

int SegmentLayout::snap(double x)
{
    return int(std::floor(x + 0.5));
}

SegmentLayout::SegmentLayout(const AllocatorState &state, const StateSegment &seg, double left,
                             double width, double minRunWidth)
    : m_state(&state)
    , m_segment(&seg)
    , m_left(left)
    , m_width(width)
{
    const auto &blocks = state.blocks;
    const quint32 end = seg.firstBlock + seg.blockCount;
    for (quint32 i = seg.firstBlock; i < end; ++i) {
        if (i > seg.firstBlock && looksAlike(blocks[i - 1], blocks[i])) {
            ++m_runs.back().blockCount;
            continue;
        }
        // The first run starts at the segment start: a gap before the first block is its own.
        const quint64 offset
            = m_runs.empty() ? 0 : std::max(m_runs.back().offset, offsetIn(seg, blocks[i].addr));
        m_runs.push_back({offset, 0, i, 1});
    }
    if (m_runs.empty())
        m_runs.push_back({0, 0, seg.firstBlock, 0});
    m_runs.push_back({seg.size, 0, end, 0});

    const size_t n = m_runs.size() - 1;
    std::vector<quint64> bytes(n);
    for (size_t i = 0; i < n; ++i)
        bytes[i] = m_runs[i + 1].offset - m_runs[i].offset;
    // At most half the bar goes to minimums, whatever the number of runs.
    m_minWidth = std::min(minRunWidth, width / double(2 * n));
    const double scale = solveScale(bytes, width, m_minWidth);
    double x = left;
    for (size_t i = 0; i < n; ++i) {
        m_runs[i].x = x;
        x += std::max(m_minWidth, scale * double(bytes[i]));
    }
    m_runs.back().x = left + width; // not the sum: no rounding error at the right edge
}

int SegmentLayout::runAt(double x) const
{
    if (m_runs.size() < 2 || x <= m_left || x > right())
        return -1;
    // The first run whose end is at or right of x: run i spans (x_i, x_i+1].
    const auto it = std::lower_bound(m_runs.begin() + 1, m_runs.end(), x,
                                     [](const Run &r, double v) { return r.x < v; });
    return int(it - m_runs.begin()) - 1;
}

int SegmentLayout::runOfBlock(quint32 block) const
{
    const auto it = std::upper_bound(m_runs.begin(), m_runs.end() - 1, block,
                                     [](quint32 b, const Run &r) { return b < r.firstBlock; });
    return int(it - m_runs.begin()) - 1;
}

double SegmentLayout::xInRun(int run, quint64 offset) const
{
    const Run &r = m_runs[size_t(run)];
    const quint64 bytes = m_runs[size_t(run) + 1].offset - r.offset;
    if (bytes == 0)
        return r.x;
    const double share = double(std::clamp(offset, r.offset, r.offset + bytes) - r.offset);
    return r.x + (runEnd(run) - r.x) * share / double(bytes);
}

double SegmentLayout::blockStart(quint32 block) const
{
    const int run = runOfBlock(block);
    // The run's first block starts where the run does, even after a gap the run absorbed.
    if (run < 0 || block == m_runs[size_t(run)].firstBlock)
        return run < 0 ? m_left : m_runs[size_t(run)].x;
    return xInRun(run, offsetIn(*m_segment, m_state->blocks[block].addr));
}

double SegmentLayout::blockEnd(quint32 block) const
{
    const int run = runOfBlock(block);
    if (run < 0)
        return m_left;
    const Run &r = m_runs[size_t(run)];
    if (block + 1 == r.firstBlock + r.blockCount)
        return runEnd(run);
    const StateBlock &b = m_state->blocks[block];
    return xInRun(run, offsetIn(*m_segment, b.addr + b.size));
}

int SegmentLayout::blockAt(double x) const
{
    const int run = runAt(x);
    if (run < 0 || m_runs[size_t(run)].blockCount == 0)
        return -1;
    const Run &r = m_runs[size_t(run)];
    const auto first = m_state->blocks.begin() + r.firstBlock;
    const auto last = first + r.blockCount;
    // The first block whose end is right of x (blocks inside a run are proportional).
    const auto it = std::partition_point(first, last, [&](const StateBlock &b) {
        return blockEnd(quint32(&b - m_state->blocks.data())) < x;
    });
    return int((it == last ? last - 1 : it) - m_state->blocks.begin());
}

} // namespace VramScope
