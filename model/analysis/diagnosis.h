// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "analysis/evidence.h"
#include "analysis/freeblockanalyzer.h"
#include "analysis/ladder.h"
#include "analysis/phase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace VramScope {

struct StepHint
{
    QString id;      // first_backward, first_optimizer_step, evaluation, long_batch, leak
    QString message; // translated
};

struct HealthNote
{
    QString id;        // no_trace, state_only, no_frames, cpp_only_frames, ring_overflow,
                       // preexisting_share, trace_ends_early, dump_after_oom
    QString message;   // translated
    QString recapture; // the exact torch call to use next time
};

// The answer for one device at the OOM moment (or the peak): see ../shared/docs/ladder.md and
// docs/diagnosis.md. Byte counts are UnknownBytes where the file cannot tell.
struct Diagnosis
{
    enum class MomentKind { None, Oom, Peak, Dump };
    MomentKind momentKind = MomentKind::None;
    qint64 momentIndex = -1;      // event index (-1: window start / dump of a state-only file)
    qint64 momentTimeUs = NoTime; // NoTime when the file has no time_us
    std::array<qint64, CategoryCount> bands{}; // live bytes per category at the moment
    Category tallest = Category::Unknown;      // tallest known band (Unknown only if it is all)

    qint64 requestedBytes = UnknownBytes;   // the failing request (oom entry: rounded size)
    qint64 deviceFreeBytes = UnknownBytes;  // driver-visible free bytes (oom entry)
    qint64 allocatedBytes = 0;              // live requested bytes at the moment
    qint64 reservedBytes = 0;               // segment bytes at the moment
    qint64 capacityBytes = UnknownBytes;    // from AnalysisOptions
    qint64 outsidePyTorchBytes = UnknownBytes; // capacity - reserved - device free
    qint64 shortfallBytes = UnknownBytes;   // request - free
    qint64 largestFreeBlockBytes = UnknownBytes; // in the request's (pool, stream) at an OOM
    FreeBlockReport freeBlocks;             // per (pool, stream)
    Category requestCategory = Category::Unknown;
    CategoryEvidence requestEvidence;       // why the request got that category
    bool requestIsAttention = false;

    Verdict verdict = Verdict::None;
    QString verdictReason;
    LadderResult ladder;
    std::vector<StepHint> hints;
    std::vector<HealthNote> health;

    Phase phaseAtMoment = Phase::Unknown;
    int stepAtMoment = -1;
    PhaseMap phases;                       // forward/backward/optimizer runs and steps
    bool freeStacksAreFreeTime = false;
    std::vector<CategoryEvidence> evidence; // parallel to DeviceTimeline::intervals
    std::array<qint64, CategoryCount> intervalCounts{}; // allocations per category
    QStringList notes;                      // translated remarks (approximations, assumptions)

    const RungEstimate *recommendedRung() const
    {
        return ladder.recommended < 0 ? nullptr : &ladder.rungs[size_t(ladder.recommended)];
    }
};

QString momentKindId(Diagnosis::MomentKind kind); // "none", "oom", "peak", "dump"

// The JSON of `vramscope diagnose` (docs/diagnosis.md): moment{kind,index,time_us}, bands{},
// tallest, requested_bytes, device_free_bytes, allocated_bytes, reserved_bytes,
// largest_free_block_bytes, verdict, rungs[]{id,estimated_savings_bytes,covers_shortfall,
// changes_science}, recommended_rung, hints[] (ids), health[]{id,message,recapture}.
QJsonObject diagnosisToJson(const Diagnosis &diagnosis);

} // namespace VramScope
