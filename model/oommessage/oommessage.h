// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ladder.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace VramScope {

enum class OomBackend : quint8 { Unknown, Cuda, RocmHip, Xpu, Mps, Other };
QString oomBackendId(OomBackend b); // "cuda", "rocm-hip", "xpu", "mps", "other", "unknown"

// What a pasted error text says. Every byte count is UnknownBytes unless the text states it;
// nothing is ever guessed. Sizes come from PyTorch's format_size (two decimals, binary units,
// also for the "KB/MB/GB" spelling of older MPS builds), so they are exact to about 0.5%.
struct OomMessage
{
    enum class Kind : quint8 {
        NotRecognised, // no OOM wording found
        GpuOom,        // an accelerator allocation failed
        HostMemory,    // host RAM: the kernel's OOM killer ("Killed", exit 137) or a CPU allocator
    };
    Kind kind = Kind::NotRecognised;
    OomBackend backend = OomBackend::Unknown;
    QString wording; // which format matched: "cuda-1.0-cached", "cuda-2.1", "mps", "thc", ...

    qint64 requestedBytes = UnknownBytes;  // "Tried to allocate" (may be a rounded segment size)
    qint64 capacityBytes = UnknownBytes;   // total capacity / device limit / MPS max allowed
    qint64 allowedBytes = UnknownBytes;    // set_per_process_memory_fraction cap ("X allowed")
    qint64 allocatedBytes = UnknownBytes;  // live tensors ("already allocated", "allocated by PyTorch")
    qint64 reservedBytes = UnknownBytes;   // held by the caching allocator
    qint64 reservedUnallocatedBytes = UnknownBytes; // reserved - allocated ("cached" before 1.5)
    qint64 freeBytes = UnknownBytes;       // driver-visible free bytes
    qint64 privatePoolBytes = UnknownBytes; // "with X allocated in private pools (e.g., CUDA Graphs)"
    qint64 thisProcessBytes = UnknownBytes; // "Including non-PyTorch memory, this process has X"
    qint64 otherProcessesBytes = UnknownBytes; // sum of "Process N has X memory in use" not ours
    qint64 outsidePyTorchBytes = UnknownBytes; // capacity - reserved - free, when all are known
    qint64 shortfallBytes = UnknownBytes;  // requested - what was free to the allocator
    int device = -1;
    int rank = -1;          // from a "[rankN]:" style log prefix
    int occurrences = 0;    // OOM messages in the text (the last one is reported)
    bool truncated = false; // the wording is cut before fields it always carries
    QString mpsPool;        // "private" / "shared" (MPS only)

    Verdict verdict = Verdict::Unknown; // None unless kind == GpuOom
    QString verdictReason;              // translated, with the numbers that decided it
    LadderResult ladder;
    QStringList notes; // translated remarks (host kill explanation, ambiguities, truncation)

    bool isOom() const { return kind == Kind::GpuOom; }
};

// The message-form JSON of `vramscope diagnose --message` (docs/diagnosis.md): requested_bytes,
// capacity_bytes, allocated_bytes, reserved_bytes, reserved_unallocated_bytes, free_bytes,
// device, backend, verdict, rungs[], recommended_rung, plus recognised/kind/notes. Unknown
// numbers are null.
QJsonObject oomMessageToJson(const OomMessage &message);

} // namespace VramScope
