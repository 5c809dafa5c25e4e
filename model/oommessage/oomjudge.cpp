// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/oomjudge.h"

#include "modeltr.h"

#include <QLocale>

#include <algorithm>

namespace VramScope {

namespace {

constexpr qint64 GiB = qint64(1) << 30;

QString bytesText(qint64 v)
{
    return QLocale::c().formattedDataSize(v, 2, QLocale::DataSizeTraditionalFormat);
}

bool known(qint64 v)
{
    return v != UnknownBytes;
}

void noteWording(OomMessage &m)
{
    const QString &w = m.wording;
    if (w == QLatin1String("cuda-error") || w == QLatin1String("hip-error")
        || w == QLatin1String("thc"))
        m.notes.append(Tr::tr("A CUDA runtime call failed with out of memory outside the caching "
                              "allocator's message (CUDA context creation, a library workspace, "
                              "or PyTorch before 1.0); often the allocator's cache already filled "
                              "the device."));
    else if (w == QLatin1String("cublas-alloc") || w == QLatin1String("cudnn-alloc"))
        m.notes.append(Tr::tr("cuBLAS/cuDNN could not allocate its workspace: the device was full "
                              "when the library needed scratch memory."));
    if (m.requestedBytes == 2 * 1024 * 1024 || m.requestedBytes == 20 * 1024 * 1024)
        m.notes.append(Tr::tr("\"Tried to allocate\" reports the segment the allocator asked the "
                              "driver for; the tensor itself may be smaller."));
}

} // namespace

void OomJudge::judge(OomMessage &m)
{
    m.ladder = {};
    if (m.kind != OomMessage::Kind::GpuOom) {
        m.verdict = Verdict::None;
        return;
    }
    noteWording(m);
    const bool mps = m.backend == OomBackend::Mps;
    if (!mps && !known(m.outsidePyTorchBytes) && known(m.capacityBytes) && known(m.reservedBytes)
        && known(m.freeBytes))
        m.outsidePyTorchBytes = std::max<qint64>(0, m.capacityBytes - m.reservedBytes - m.freeBytes);

    // What the allocator could still have obtained.
    qint64 available = m.freeBytes;
    bool upperBound = false; // available is only a bound: free was not reported
    if (mps && known(m.capacityBytes) && known(m.reservedBytes) && known(m.outsidePyTorchBytes))
        available = std::max<qint64>(0, m.capacityBytes - m.reservedBytes - m.outsidePyTorchBytes);
    if (!known(available) && !mps && known(m.capacityBytes) && known(m.reservedBytes)) {
        available = std::max<qint64>(0, m.capacityBytes - m.reservedBytes);
        upperBound = true;
    }
    bool capBinds = false;
    if (known(m.allowedBytes) && known(m.reservedBytes)) {
        const qint64 underCap = std::max<qint64>(0, m.allowedBytes - m.reservedBytes);
        capBinds = !known(available) || underCap < available;
        available = known(available) ? std::min(available, underCap) : underCap;
    }
    const qint64 req = m.requestedBytes;
    if (known(req) && known(available))
        m.shortfallBytes = std::max<qint64>(0, req - available);
    if (known(m.reservedBytes) && known(m.capacityBytes) && m.reservedBytes > m.capacityBytes)
        m.notes.append(Tr::tr("PyTorch holds more than the device's capacity: on Windows the "
                              "driver spills into shared system memory (WDDM)."));

    const qint64 capacity = m.capacityBytes;
    const qint64 overhead = known(capacity) ? std::max(GiB, capacity / 20) : GiB;
    const qint64 significant = known(capacity) ? capacity / 10 : GiB;
    // format_size prints two decimals: numbers are exact to about half a percent.
    const qint64 slack = std::max<qint64>(
        2 * 1024 * 1024, std::max({m.freeBytes, m.allowedBytes, m.reservedBytes, qint64(0)}) / 100);
    // The caching allocator always states reserved-but-unallocated; without it (a cut paste)
    // fragmentation cannot be excluded.
    const bool cachingWording = m.wording.startsWith(QLatin1String("paren"))
                                || m.wording == QLatin1String("sentence")
                                || m.wording == QLatin1String("request-only");
    // Memory neither PyTorch nor (when the message names it) this process holds, beyond what a
    // driver and CUDA context normally take.
    qint64 foreign = UnknownBytes;
    if (mps) {
        foreign = m.outsidePyTorchBytes;
    } else if (known(capacity) && known(m.freeBytes)) {
        if (known(m.thisProcessBytes))
            foreign = capacity - m.thisProcessBytes - m.freeBytes - std::max(GiB / 2, capacity / 40);
        else if (known(m.reservedBytes))
            foreign = capacity - m.reservedBytes - m.freeBytes - overhead;
    }
    const auto setVerdict = [&m](Verdict v, const QString &reason) {
        m.verdict = v;
        m.verdictReason = reason;
    };

    if (!known(req) || !known(available)) {
        setVerdict(Verdict::Unknown, Tr::tr("The message does not carry the numbers needed for a "
                                            "verdict (the request and what was free)."));
        return;
    }
    if (!mps && known(foreign) && known(m.reservedBytes) && foreign > m.reservedBytes
        && foreign >= m.shortfallBytes && foreign >= significant / 2) {
        setVerdict(Verdict::External,
                   Tr::tr("%1 of the device is held outside PyTorch (capacity minus reserved "
                          "minus free), more than PyTorch itself reserved (%2): another process "
                          "or a zombie holds the memory.")
                       .arg(bytesText(m.outsidePyTorchBytes), bytesText(m.reservedBytes)));
    } else if (!upperBound && available >= req + slack) {
        setVerdict(Verdict::External,
                   Tr::tr("%1 was free for a %2 request, yet the allocation failed: memory is "
                          "held or was taken outside PyTorch (another process, a private memory "
                          "pool, or a racing allocation).")
                       .arg(bytesText(available), bytesText(req)));
    } else if (known(m.reservedUnallocatedBytes) && m.reservedUnallocatedBytes >= req) {
        setVerdict(Verdict::Fragmentation,
                   Tr::tr("%1 is reserved by PyTorch but unallocated, at least the %2 request, "
                          "yet no cached block was large enough: fragmentation. Cutting the "
                          "batch only hides it.")
                       .arg(bytesText(m.reservedUnallocatedBytes), bytesText(req)));
    } else if (cachingWording && !known(m.reservedUnallocatedBytes)) {
        setVerdict(Verdict::Unknown, Tr::tr("The message is cut before the reserved numbers: "
                                            "fragmentation cannot be excluded."));
        return;
    } else if (!mps && known(m.otherProcessesBytes) && m.otherProcessesBytes >= m.shortfallBytes
               && m.otherProcessesBytes >= significant) {
        setVerdict(Verdict::External,
                   Tr::tr("Other processes hold %1 on this device, more than the %2 shortfall: "
                          "free them (or a zombie process) first.")
                       .arg(bytesText(m.otherProcessesBytes), bytesText(m.shortfallBytes)));
    } else if (known(foreign) && foreign >= m.shortfallBytes
               && foreign >= (mps ? capacity / 4 : significant / 2)) {
        setVerdict(Verdict::External,
                   mps ? Tr::tr("%1 is allocated outside the MPS allocator (other allocations), "
                                "more than the %2 shortfall.")
                             .arg(bytesText(m.outsidePyTorchBytes), bytesText(m.shortfallBytes))
                       : Tr::tr("%1 of the device is held outside PyTorch (capacity minus "
                                "reserved minus free), beyond a CUDA context and more than the %2 "
                                "shortfall: another process or a zombie holds it.")
                             .arg(bytesText(m.outsidePyTorchBytes), bytesText(m.shortfallBytes)));
    } else {
        setVerdict(Verdict::Capacity,
                   Tr::tr("The %1 request did not fit in the %2 left free, and the cache held only "
                          "%3 unallocated: the working set does not fit (shortfall %4).")
                       .arg(bytesText(req), bytesText(available),
                            known(m.reservedUnallocatedBytes) ? bytesText(m.reservedUnallocatedBytes)
                                                              : Tr::tr("an unknown amount"),
                            bytesText(m.shortfallBytes)));
        if (known(capacity) && req > capacity)
            m.notes.append(Tr::tr("This single request is larger than the whole device."));
    }
    if (upperBound)
        m.notes.append(Tr::tr("The free bytes were not reported; capacity minus reserved is used "
                              "as an upper bound, so the shortfall is a lower bound."));
    if (capBinds)
        m.notes.append(Tr::tr("A per-process limit (torch.cuda.set_per_process_memory_fraction or "
                              "the MPS high watermark) is below what the device has free."));

    LadderInput in;
    in.bandsKnown = false;
    in.verdict = m.verdict;
    in.shortfallBytes = m.shortfallBytes;
    in.reservedUnallocatedBytes = m.reservedUnallocatedBytes;
    in.requestedBytes = req;
    m.ladder = climbLadder(in);
}

} // namespace VramScope
