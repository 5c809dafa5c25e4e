// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QString>

#include <array>
#include <vector>

namespace VramScope {

// The OOM ladder of ../shared/docs/ladder.md, in cost order. The ids are stable (JSON, reports).
enum class Rung : quint8 {
    MicrobatchAccum,
    Bf16,
    Checkpointing,
    ExpandableSegments,
    SdpaFlash,
    ShorterSeq,
    Optimizer8bit,
    ZeroFsdp,
    Offload,
    Lora,
};
constexpr int RungCount = 10;

QString rungId(Rung r);             // "microbatch_accum", ...
bool rungFromId(QStringView id, Rung *out);
QString rungLabel(Rung r);          // translated short name
QString rungExplanation(Rung r);    // translated: what to change and what it costs
bool rungChangesScience(Rung r);    // shorter_seq, lora

// Why the allocation failed (ladder.md "Reading the OOM numbers").
enum class Verdict : quint8 {
    None,          // no OOM at the moment (peak or dump)
    Capacity,      // true OOM: the working set does not fit
    Fragmentation, // enough cached bytes, no block large enough
    External,      // memory held outside PyTorch (other processes, zombies)
    Unknown,       // an OOM, but the numbers needed to tell are missing
};
QString verdictId(Verdict v); // "none", "capacity", "fragmentation", "external", "unknown"
QString verdictLabel(Verdict v);

constexpr qint64 UnknownBytes = -1;

struct RungEstimate
{
    Rung rung = Rung::MicrobatchAccum;
    qint64 estimatedSavingsBytes = UnknownBytes;
    bool coversShortfall = false;
    bool changesScience = false;
    QString basis; // translated: how the estimate was computed
};

// What the ladder needs to know; every byte count may be UnknownBytes.
struct LadderInput
{
    std::array<qint64, CategoryCount> bands{}; // live bytes per category (all 0 = unknown)
    bool bandsKnown = false;
    Verdict verdict = Verdict::None;
    qint64 shortfallBytes = UnknownBytes;          // request minus what was free
    qint64 reservedUnallocatedBytes = UnknownBytes; // what expandable segments would make usable
    qint64 attentionTemporaryBytes = 0;             // live temporaries from attention code
    bool largestTemporaryIsAttention = false;       // the largest live temporary is attention code
    bool requestIsAttention = false;                // the failing request comes from attention code
    qint64 requestedBytes = UnknownBytes;
    Category requestCategory = Category::Unknown;
    int fp32Evidence = 0; // > 0: activations look fp32 (no autocast seen); < 0: autocast seen
    int shardDevices = 2; // N for the ZeRO/FSDP estimate
};

struct LadderResult
{
    std::vector<RungEstimate> rungs; // in ladder order per attacked band, fragmentation first
    int recommended = -1;            // index into rungs, -1 when none covers the shortfall
    Category attacked = Category::Unknown; // the band the rungs were chosen for
};

// ladder.md "From evidence to rungs": fragmentation first, then the rungs attacking the tallest
// band in ladder order, each with a savings estimate set against the shortfall. When no rung of
// the tallest band covers it, the next bands' rungs are appended (at most three bands).
LadderResult climbLadder(const LadderInput &input);

// The rungs that attack one band, in ladder order (ladder.md step 2).
std::vector<Rung> rungsForBand(Category band, bool attention, int fp32Evidence);

} // namespace VramScope
