// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/ladder.h"

#include "modeltr.h"

#include <algorithm>

namespace VramScope {

QString rungId(Rung r)
{
    switch (r) {
    case Rung::MicrobatchAccum: return QStringLiteral("microbatch_accum");
    case Rung::Bf16: return QStringLiteral("bf16");
    case Rung::Checkpointing: return QStringLiteral("checkpointing");
    case Rung::ExpandableSegments: return QStringLiteral("expandable_segments");
    case Rung::SdpaFlash: return QStringLiteral("sdpa_flash");
    case Rung::ShorterSeq: return QStringLiteral("shorter_seq");
    case Rung::Optimizer8bit: return QStringLiteral("optimizer_8bit");
    case Rung::ZeroFsdp: return QStringLiteral("zero_fsdp");
    case Rung::Offload: return QStringLiteral("offload");
    case Rung::Lora: return QStringLiteral("lora");
    }
    return {};
}

bool rungFromId(QStringView id, Rung *out)
{
    for (int i = 0; i < RungCount; ++i) {
        if (id == rungId(Rung(i))) {
            *out = Rung(i);
            return true;
        }
    }
    return false;
}

QString rungLabel(Rung r)
{
    switch (r) {
    case Rung::MicrobatchAccum: return Tr::tr("Smaller micro-batch + gradient accumulation");
    case Rung::Bf16: return Tr::tr("bf16 autocast");
    case Rung::Checkpointing: return Tr::tr("Activation checkpointing");
    case Rung::ExpandableSegments: return Tr::tr("Expandable segments");
    case Rung::SdpaFlash: return Tr::tr("SDPA / FlashAttention");
    case Rung::ShorterSeq: return Tr::tr("Shorter sequences / lower resolution");
    case Rung::Optimizer8bit: return Tr::tr("8-bit or paged optimizer");
    case Rung::ZeroFsdp: return Tr::tr("FSDP / ZeRO sharding");
    case Rung::Offload: return Tr::tr("CPU / NVMe offload");
    case Rung::Lora: return Tr::tr("LoRA / QLoRA");
    }
    return {};
}

QString rungExplanation(Rung r)
{
    switch (r) {
    case Rung::MicrobatchAccum:
        return Tr::tr("Halve the micro-batch and double the gradient-accumulation steps: the "
                      "effective batch and the math stay the same; activations, temporaries and "
                      "inputs shrink with the micro-batch.");
    case Rung::Bf16:
        return Tr::tr("Run the forward pass under torch.autocast(dtype=torch.bfloat16): "
                      "activations take half the bytes; usually faster, numerics change slightly.");
    case Rung::Checkpointing:
        return Tr::tr("Recompute activations in backward instead of keeping them "
                      "(torch.utils.checkpoint with use_reentrant=False): about 20-30% more "
                      "compute.");
    case Rung::ExpandableSegments:
        return Tr::tr("Set PYTORCH_ALLOC_CONF=expandable_segments:True (older releases: "
                      "PYTORCH_CUDA_ALLOC_CONF) so cached memory can be reused for large "
                      "requests; then try max_split_size_mb. Only fixes fragmentation.");
    case Rung::SdpaFlash:
        return Tr::tr("Use torch.nn.functional.scaled_dot_product_attention or FlashAttention "
                      "so the seq x seq attention score matrix is never materialized.");
    case Rung::ShorterSeq:
        return Tr::tr("Use shorter sequences, a lower resolution or length bucketing. This "
                      "CHANGES THE SCIENCE: declare it and re-verify the results.");
    case Rung::Optimizer8bit:
        return Tr::tr("Use an 8-bit or paged optimizer (e.g. bitsandbytes): optimizer state drops "
                      "from about 8 to about 2 bytes per parameter, with almost no accuracy "
                      "change.");
    case Rung::ZeroFsdp:
        return Tr::tr("Shard optimizer state (ZeRO-1), gradients (ZeRO-2) and parameters "
                      "(ZeRO-3 / FSDP) over N GPUs; needs at least two GPUs and a fast "
                      "interconnect.");
    case Rung::Offload:
        return Tr::tr("Offload optimizer state (and parameters) to CPU or NVMe memory: frees the "
                      "device at a multi-x slowdown.");
    case Rung::Lora:
        return Tr::tr("Fine-tune adapters only (LoRA / QLoRA with a 4-bit frozen base). A "
                      "different capacity: this CHANGES THE SCIENCE.");
    }
    return {};
}

bool rungChangesScience(Rung r)
{
    return r == Rung::ShorterSeq || r == Rung::Lora;
}

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::None: return QStringLiteral("none");
    case Verdict::Capacity: return QStringLiteral("capacity");
    case Verdict::Fragmentation: return QStringLiteral("fragmentation");
    case Verdict::External: return QStringLiteral("external");
    case Verdict::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::None: return Tr::tr("No out-of-memory");
    case Verdict::Capacity: return Tr::tr("True OOM: the working set does not fit");
    case Verdict::Fragmentation: return Tr::tr("Fragmentation");
    case Verdict::External: return Tr::tr("Memory held outside PyTorch");
    case Verdict::Unknown: return Tr::tr("Out of memory (cause unknown)");
    }
    return {};
}

std::vector<Rung> rungsForBand(Category band, bool attention, int fp32Evidence)
{
    switch (band) {
    case Category::Activation: {
        std::vector<Rung> r{Rung::MicrobatchAccum};
        if (fp32Evidence >= 0)
            r.push_back(Rung::Bf16);
        r.push_back(Rung::Checkpointing);
        r.push_back(Rung::ShorterSeq);
        return r;
    }
    case Category::Temporary:
        return {attention ? Rung::SdpaFlash : Rung::MicrobatchAccum};
    case Category::OptimizerState:
        return {Rung::Optimizer8bit, Rung::ZeroFsdp, Rung::Offload};
    case Category::Gradient:
        return {Rung::ZeroFsdp};
    case Category::Parameter:
        return {Rung::ZeroFsdp, Rung::Offload, Rung::Lora};
    case Category::Input:
        return {Rung::MicrobatchAccum};
    case Category::Unknown:
        break;
    }
    return {};
}

namespace {

qint64 part(qint64 bytes, double fraction)
{
    return bytes <= 0 ? 0 : qint64(double(bytes) * fraction);
}

// Savings of one rung from the measured bands. attacked decides the ZeRO stage and what offload
// moves. Returns UnknownBytes when the bands are unknown (message-only diagnosis).
RungEstimate estimate(Rung rung, Category attacked, const LadderInput &in)
{
    RungEstimate e;
    e.rung = rung;
    e.changesScience = rungChangesScience(rung);
    const auto &b = in.bands;
    const qint64 act = b[int(Category::Activation)];
    const qint64 tmp = b[int(Category::Temporary)];
    const qint64 inp = b[int(Category::Input)];
    const qint64 opt = b[int(Category::OptimizerState)];
    const qint64 grad = b[int(Category::Gradient)];
    const qint64 par = b[int(Category::Parameter)];
    const qint64 req = std::max<qint64>(in.requestedBytes, 0);
    const Category rc = in.requestCategory;
    const bool reqScales = rc == Category::Activation || rc == Category::Temporary
                           || rc == Category::Input;
    if (rung == Rung::ExpandableSegments) {
        e.estimatedSavingsBytes = in.reservedUnallocatedBytes;
        e.basis = Tr::tr("makes the reserved-but-unallocated bytes usable");
    } else if (!in.bandsKnown) {
        e.basis = Tr::tr("no band measurements: open a snapshot for an estimate");
    } else {
        switch (rung) {
        case Rung::MicrobatchAccum:
            e.estimatedSavingsBytes = part(act + tmp + inp, 0.5) + (reqScales ? part(req, 0.5) : 0);
            e.basis = Tr::tr("half of the activation, temporary and input bands");
            break;
        case Rung::Bf16:
            e.estimatedSavingsBytes = part(act, 0.5)
                                      + (rc == Category::Activation ? part(req, 0.5) : 0);
            e.basis = in.fp32Evidence > 0
                          ? Tr::tr("half of the activation band (no autocast seen)")
                          : Tr::tr("half of the activation band, if it is fp32 (precision "
                                   "unknown)");
            break;
        case Rung::Checkpointing:
            e.estimatedSavingsBytes = part(act, 0.7);
            e.basis = Tr::tr("about 70% of the activation band (layer inputs stay)");
            break;
        case Rung::SdpaFlash:
            e.estimatedSavingsBytes = in.attentionTemporaryBytes + (in.requestIsAttention ? req : 0);
            e.basis = Tr::tr("the attention score temporaries (and the failing request when it "
                             "is one)");
            break;
        case Rung::ShorterSeq:
            e.estimatedSavingsBytes = part(act + inp, 0.5) + part(in.attentionTemporaryBytes, 0.75)
                                      + part(tmp - in.attentionTemporaryBytes, 0.5)
                                      + (reqScales ? part(req, in.requestIsAttention ? 0.75 : 0.5)
                                                   : 0);
            e.basis = Tr::tr("halved length: half the activations, three quarters of the "
                             "attention temporaries");
            break;
        case Rung::Optimizer8bit:
            e.estimatedSavingsBytes = part(opt, 0.75)
                                      + (rc == Category::OptimizerState ? part(req, 0.75) : 0);
            e.basis = Tr::tr("three quarters of the optimizer-state band");
            break;
        case Rung::ZeroFsdp: {
            const double f = 1.0 - 1.0 / std::max(2, in.shardDevices);
            qint64 sharded = opt;
            if (attacked == Category::Gradient)
                sharded += grad;
            if (attacked == Category::Parameter)
                sharded += grad + par;
            e.estimatedSavingsBytes = part(sharded, f);
            e.basis = attacked == Category::Parameter ? Tr::tr("ZeRO-3 over %1 GPUs").arg(in.shardDevices)
                      : attacked == Category::Gradient ? Tr::tr("ZeRO-2 over %1 GPUs").arg(in.shardDevices)
                                                       : Tr::tr("ZeRO-1 over %1 GPUs").arg(in.shardDevices);
            break;
        }
        case Rung::Offload:
            e.estimatedSavingsBytes = opt + (attacked == Category::Parameter ? par : 0);
            e.basis = attacked == Category::Parameter
                          ? Tr::tr("the optimizer-state and parameter bands move to the host")
                          : Tr::tr("the optimizer-state band moves to the host");
            break;
        case Rung::Lora:
            e.estimatedSavingsBytes = grad + opt + part(par, 0.75);
            e.basis = Tr::tr("gradients and optimizer state of the frozen base, three quarters "
                             "of the parameters (4-bit base)");
            break;
        case Rung::ExpandableSegments:
            break;
        }
    }
    const bool failing = in.verdict == Verdict::Capacity || in.verdict == Verdict::Fragmentation;
    e.coversShortfall = failing && in.shortfallBytes != UnknownBytes
                        && e.estimatedSavingsBytes != UnknownBytes
                        && e.estimatedSavingsBytes >= in.shortfallBytes;
    return e;
}

bool contains(const LadderResult &r, Rung rung)
{
    return std::any_of(r.rungs.begin(), r.rungs.end(),
                       [rung](const RungEstimate &e) { return e.rung == rung; });
}

} // namespace

LadderResult climbLadder(const LadderInput &in)
{
    LadderResult result;
    if (in.verdict == Verdict::External)
        return result; // the fix is outside the training configuration
    if (in.verdict == Verdict::Fragmentation)
        result.rungs.push_back(estimate(Rung::ExpandableSegments, Category::Unknown, in));

    if (!in.bandsKnown) {
        // Numbers from an error message only: every rung in ladder order, nothing estimated.
        for (int i = 0; i < RungCount; ++i) {
            const Rung r = Rung(i);
            if (r != Rung::ExpandableSegments)
                result.rungs.push_back(estimate(r, Category::Unknown, in));
        }
    } else {
        std::vector<Category> order;
        for (int c = 0; c < CategoryCount; ++c) {
            if (Category(c) != Category::Unknown && in.bands[c] > 0)
                order.push_back(Category(c));
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](Category a, Category b) { return in.bands[int(a)] > in.bands[int(b)]; });
        if (!order.empty())
            result.attacked = order.front();
        const bool attention = in.largestTemporaryIsAttention || in.requestIsAttention;
        for (size_t k = 0; k < order.size() && k < 3; ++k) {
            for (Rung r : rungsForBand(order[k], attention, in.fp32Evidence)) {
                if (!contains(result, r))
                    result.rungs.push_back(estimate(r, order[k], in));
            }
            const bool covered = std::any_of(result.rungs.begin(), result.rungs.end(),
                                             [](const RungEstimate &e) { return e.coversShortfall; });
            if (covered || (in.verdict != Verdict::Capacity && in.verdict != Verdict::Fragmentation))
                break;
        }
    }
    for (size_t i = 0; i < result.rungs.size(); ++i) {
        if (result.rungs[i].coversShortfall) {
            result.recommended = int(i);
            break;
        }
    }
    // Without band measurements the cheapest rung not known to fall short is the honest pointer.
    const bool failing = in.verdict == Verdict::Capacity || in.verdict == Verdict::Fragmentation;
    if (result.recommended < 0 && failing && (!in.bandsKnown || in.shortfallBytes == UnknownBytes)) {
        for (size_t i = 0; i < result.rungs.size(); ++i) {
            if (result.rungs[i].estimatedSavingsBytes == UnknownBytes
                || in.shortfallBytes == UnknownBytes) {
                result.recommended = int(i);
                break;
            }
        }
    }
    return result;
}

} // namespace VramScope
