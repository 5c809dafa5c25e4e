// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/oommessageparser.h"

#include "modeltr.h"
#include "oommessage/hostmemorydetector.h"
#include "oommessage/oomjudge.h"
#include "oommessage/oomtext.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace VramScope {

namespace {

using RE = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

// A format_size() value in the compact (whitespace-free) text: two capture groups.
#define SZ R"((\d+(?:\.\d+)?)(bytes|byte|KiB|MiB|GiB|TiB|KB|MB|GB|TB|B))"

enum class AnchorType { Caching, Mps, Async, Bare };

struct Anchor
{
    qsizetype pos = 0;
    AnchorType type = AnchorType::Caching;
    QString token;   // backend word before "out of memory", or the bare wording id
    int device = -1; // from the anchor itself (cudaMallocAsync)
};

qint64 sizeAt(const QRegularExpressionMatch &m, int group)
{
    if (!m.hasMatch() || m.capturedLength(group) == 0)
        return UnknownBytes;
    return OomMessageParser::sizeToBytes(m.capturedView(group), m.capturedView(group + 1));
}

qint64 findSize(const QString &seg, const RE &re)
{
    return sizeAt(re.match(seg), 1);
}

OomBackend backendFromToken(const QString &token, const QString &segment, const QString &before)
{
    const QString t = token.toUpper();
    if (t == QLatin1String("CUDA"))
        return OomBackend::Cuda;
    if (t == QLatin1String("HIP"))
        return OomBackend::RocmHip;
    if (t == QLatin1String("XPU"))
        return OomBackend::Xpu;
    if (!t.isEmpty())
        return OomBackend::Other;
    if (segment.contains(QLatin1String("PYTORCH_HIP_ALLOC_CONF"), Qt::CaseInsensitive))
        return OomBackend::RocmHip;
    if (before.contains(QLatin1String("torch.cuda.OutOfMemoryError"), Qt::CaseInsensitive))
        return OomBackend::Cuda;
    return OomBackend::Unknown;
}

std::vector<Anchor> findAnchors(const QString &c)
{
    static const RE caching(QStringLiteral(R"((CUDA|HIP|XPU|NPU|MLU|MTIA|MUSA)?outofmemory\.?Triedtoallocate)"), CI);
    static const RE mps(QStringLiteral(R"(MPSbackendoutofmemory)"), CI);
    static const RE async(QStringLiteral(R"(Allocationondevice(\d+)?wouldexceedallowedmemory)"), CI);
    std::vector<Anchor> anchors;
    for (auto it = caching.globalMatch(c); it.hasNext();) {
        const auto m = it.next();
        anchors.push_back({m.capturedStart(0), AnchorType::Caching, m.captured(1), -1});
    }
    for (auto it = mps.globalMatch(c); it.hasNext();)
        anchors.push_back({it.next().capturedStart(0), AnchorType::Mps, QStringLiteral("MPS"), -1});
    for (auto it = async.globalMatch(c); it.hasNext();) {
        const auto m = it.next();
        anchors.push_back({m.capturedStart(0), AnchorType::Async, QStringLiteral("CUDA"),
                           m.capturedLength(1) ? m.captured(1).toInt() : -1});
    }
    if (anchors.empty()) {
        // A paste that starts after "Tried to allocate": the capacity clause still identifies it.
        static const RE fragment(QStringLiteral(R"((?:GPU|Device)\d+hasatotalcapac|\((?:GPU|NPU|MLU)\d+;)" SZ
                                                R"(totalcapacity)"), CI);
        for (auto it = fragment.globalMatch(c); it.hasNext();)
            anchors.push_back({it.next().capturedStart(0), AnchorType::Caching, QString(), -1});
    }
    std::sort(anchors.begin(), anchors.end(), [](const Anchor &a, const Anchor &b) { return a.pos < b.pos; });
    return anchors;
}

// OOMs that carry no numbers at all, most specific first: {pattern, wording, backend}.
struct BareWording
{
    const char *pattern;
    const char *wording;
    OomBackend backend;
};
const BareWording BareWordings[] = {
    {R"(THCudaCheckFAIL[^\n]{0,300}?error=2:outofmemory)", "thc", OomBackend::Cuda},
    {R"(cudaruntimeerror\(2\):outofmemory)", "thc", OomBackend::Cuda},
    {R"(CUDAerror:outofmemory)", "cuda-error", OomBackend::Cuda},
    {R"(HIPerror:outofmemory)", "hip-error", OomBackend::RocmHip},
    {R"(hipErrorOutOfMemory)", "hip-error", OomBackend::RocmHip},
    {R"(cudaErrorMemoryAllocation)", "cuda-error", OomBackend::Cuda},
    {R"(CUBLAS_STATUS_ALLOC_FAILED)", "cublas-alloc", OomBackend::Cuda},
    {R"(CUDNN_STATUS_ALLOC_FAILED)", "cudnn-alloc", OomBackend::Cuda},
    {R"(UR_RESULT_ERROR_OUT_OF_DEVICE_MEMORY)", "xpu-ur", OomBackend::Xpu},
    {R"(CUDAoutofmemory)", "truncated", OomBackend::Cuda},
    {R"(HIPoutofmemory)", "truncated", OomBackend::RocmHip},
    {R"(XPUoutofmemory)", "truncated", OomBackend::Xpu},
    {R"(torch\.cuda\.OutOfMemoryError)", "exception-name", OomBackend::Cuda},
    {R"((?<![A-Za-z.])(?:torch\.)?OutOfMemoryError)", "exception-name", OomBackend::Unknown},
};

// Reads the fields of one anchored message; returns how many fields it found.
int readCaching(const QString &s, const Anchor &a, const QString &before, OomMessage &m)
{
    static const RE request(QStringLiteral(R"(Triedtoallocate)" SZ), CI);
    // 0.4.1-2.0: "(GPU 0; 7.79 GiB total capacity; 6.31 GiB already allocated; 11.38 MiB free;
    // [4.00 GiB allowed;] 6.49 GiB reserved in total by PyTorch)" ("X cached)" before 1.4).
    static const RE parenDevice(QStringLiteral(R"(\((?:GPU|NPU|MLU|XPU|device)(\d+);)"), CI);
    static const RE parenCapacity(QStringLiteral(SZ R"(totalcapacity)"), CI);
    static const RE parenAllocated(QStringLiteral(SZ R"(alreadyallocated)"), CI);
    static const RE parenFree(QStringLiteral(R"(;)" SZ R"(free)"), CI);
    static const RE allowed(QStringLiteral(SZ R"(allowed;)"), CI);
    static const RE parenReserved(QStringLiteral(SZ R"(reservedintotalbyPyTorch)"), CI);
    static const RE parenCached(QStringLiteral(SZ R"(cached\))"), CI);
    // 2.1+: "GPU 0 has a total capacity of X of which Y is free. [Process N has Z memory in use.]
    // [Including non-PyTorch memory, this process has W memory in use.] [A allowed; ]Of the
    // allocated memory B is allocated by PyTorch, [with P allocated in private pools (e.g., CUDA
    // Graphs), ]and C is reserved by PyTorch but unallocated." (2.1 spelled "capacty").
    static const RE sentDevice(QStringLiteral(R"((?:GPU|Device|NPU|MLU)(\d+)hasatotalcapac)"), CI);
    static const RE sentCapacity(QStringLiteral(R"(totalcapaci?tyof)" SZ), CI);
    static const RE sentFree(QStringLiteral(R"(ofwhich)" SZ R"(isfree)"), CI);
    static const RE thisProcess(QStringLiteral(R"(thisprocesshas)" SZ R"(memoryinuse)"), CI);
    static const RE process(QStringLiteral(R"(Process(\d+)has)" SZ R"(memoryinuse)"), CI);
    static const RE sentAllocated(QStringLiteral(R"(Oftheallocatedmemory)" SZ R"(isallocatedbyPyTorch)"), CI);
    static const RE privatePools(QStringLiteral(R"(with)" SZ R"(allocatedinprivatepools)"), CI);
    static const RE unallocated(QStringLiteral(SZ R"(isreservedbyPyTorchbutunallocated)"), CI);

    m.backend = backendFromToken(a.token, s, before);
    m.requestedBytes = findSize(s, request);
    m.allowedBytes = findSize(s, allowed);
    int found = m.requestedBytes != UnknownBytes;
    if (const auto d = parenDevice.match(s); d.hasMatch()) {
        const qint64 cached = findSize(s, parenCached);
        m.wording = cached != UnknownBytes ? QStringLiteral("paren-cached") : QStringLiteral("paren-reserved");
        m.device = d.captured(1).toInt();
        m.capacityBytes = findSize(s, parenCapacity);
        m.allocatedBytes = findSize(s, parenAllocated);
        m.freeBytes = findSize(s, parenFree);
        m.reservedBytes = findSize(s, parenReserved);
        if (cached != UnknownBytes) {
            m.reservedUnallocatedBytes = cached; // before 1.4 "cached" was reserved - allocated
            if (m.allocatedBytes != UnknownBytes)
                m.reservedBytes = m.allocatedBytes + cached;
        } else if (m.reservedBytes != UnknownBytes && m.allocatedBytes != UnknownBytes) {
            m.reservedUnallocatedBytes = m.reservedBytes - m.allocatedBytes;
        }
        const bool complete = m.capacityBytes != UnknownBytes && m.allocatedBytes != UnknownBytes
                              && m.freeBytes != UnknownBytes && m.reservedBytes != UnknownBytes;
        m.truncated = !complete;
        return found + 1 + complete * 4;
    }
    if (const auto d = sentDevice.match(s); d.hasMatch()) {
        m.wording = QStringLiteral("sentence");
        m.device = d.captured(1).toInt();
        m.capacityBytes = findSize(s, sentCapacity);
        m.freeBytes = findSize(s, sentFree);
        m.thisProcessBytes = findSize(s, thisProcess);
        m.allocatedBytes = findSize(s, sentAllocated);
        m.privatePoolBytes = findSize(s, privatePools);
        m.reservedUnallocatedBytes = findSize(s, unallocated);
        if (m.allocatedBytes != UnknownBytes && m.reservedUnallocatedBytes != UnknownBytes)
            m.reservedBytes = m.allocatedBytes + m.reservedUnallocatedBytes;
        std::vector<qint64> others;
        for (auto it = process.globalMatch(s); it.hasNext();)
            others.push_back(sizeAt(it.next(), 2));
        if (m.thisProcessBytes == UnknownBytes && !others.empty() && m.reservedBytes != UnknownBytes) {
            // Inside a container NVML's PIDs differ from getpid(), so this process is listed as
            // "Process N": take the smallest entry that holds everything PyTorch reserved.
            auto self = others.end();
            for (auto it = others.begin(); it != others.end(); ++it) {
                if (*it >= m.reservedBytes && (self == others.end() || *it < *self))
                    self = it;
            }
            if (self != others.end()) {
                m.thisProcessBytes = *self;
                others.erase(self);
                m.notes.append(Tr::tr("No process is named as this one; the process holding at "
                                      "least what PyTorch reserved is taken as this process (PIDs "
                                      "differ inside containers)."));
            }
        }
        if (m.thisProcessBytes != UnknownBytes || !others.empty()) {
            m.otherProcessesBytes = 0;
            for (qint64 v : others)
                m.otherProcessesBytes += std::max<qint64>(v, 0);
        }
        // XPU builds before the free query print "has a total capacity of X. Of the allocated".
        const bool xpuNoFree = m.backend == OomBackend::Xpu && m.freeBytes == UnknownBytes
                               && s.contains(QLatin1String("Oftheallocatedmemory"), Qt::CaseInsensitive);
        const bool complete = m.capacityBytes != UnknownBytes && m.allocatedBytes != UnknownBytes
                              && m.reservedUnallocatedBytes != UnknownBytes
                              && (m.freeBytes != UnknownBytes || xpuNoFree);
        m.truncated = !complete;
        return found + 1 + complete * 4;
    }
    m.wording = QStringLiteral("request-only");
    m.truncated = true;
    return found;
}

int readMps(const QString &s, OomMessage &m)
{
    static const RE mpsAllocated(QStringLiteral(R"(MPSallocated:)" SZ), CI);
    static const RE other(QStringLiteral(R"(otherallocations:)" SZ), CI);
    static const RE maxAllowed(QStringLiteral(R"(maxallowed:)" SZ), CI);
    static const RE request(QStringLiteral(R"(Triedtoallocate)" SZ R"((?:on(private|shared)pool)?)"), CI);
    m.backend = OomBackend::Mps;
    m.wording = QStringLiteral("mps");
    m.reservedBytes = findSize(s, mpsAllocated); // the MPS allocator's heaps, cached buffers included
    m.outsidePyTorchBytes = findSize(s, other);  // other Metal allocations of this process
    m.capacityBytes = findSize(s, maxAllowed);   // the high-watermark limit
    const auto r = request.match(s);
    m.requestedBytes = sizeAt(r, 1);
    m.mpsPool = r.captured(3).toLower();
    m.device = 0;
    m.truncated = m.reservedBytes == UnknownBytes || m.outsidePyTorchBytes == UnknownBytes
                  || m.requestedBytes == UnknownBytes;
    return 1 + (m.reservedBytes != UnknownBytes) + (m.requestedBytes != UnknownBytes) + !m.truncated * 3;
}

int readAsync(const QString &s, const Anchor &a, OomMessage &m)
{
    static const RE allocated(QStringLiteral(R"(Currentlyallocated:)" SZ), CI);
    static const RE requested(QStringLiteral(R"(Requested:)" SZ), CI);
    static const RE limit(QStringLiteral(R"(Devicelimit:)" SZ), CI);
    static const RE free(QStringLiteral(R"(Free\(accordingtoCUDA\):)" SZ), CI);
    static const RE cap(QStringLiteral(R"(PyTorchlimit\(setbyuser-suppliedmemoryfraction\):)" SZ), CI);
    m.backend = OomBackend::Cuda;
    m.wording = QStringLiteral("cuda-malloc-async");
    m.device = a.device;
    m.allocatedBytes = findSize(s, allocated);
    m.requestedBytes = findSize(s, requested);
    m.capacityBytes = findSize(s, limit);
    m.freeBytes = findSize(s, free);
    m.allowedBytes = findSize(s, cap);
    if (m.allowedBytes != UnknownBytes && m.capacityBytes != UnknownBytes && m.allowedBytes >= m.capacityBytes)
        m.allowedBytes = UnknownBytes; // no fraction set: the limit is the whole device
    m.truncated = m.allocatedBytes == UnknownBytes || m.requestedBytes == UnknownBytes
                  || m.capacityBytes == UnknownBytes || m.freeBytes == UnknownBytes;
    m.notes.append(Tr::tr("cudaMallocAsync backend: it keeps no reserved-but-unallocated cache, so "
                          "fragmentation cannot be read from this message."));
    return 1 + (m.requestedBytes != UnknownBytes) + !m.truncated * 4;
}

} // namespace

qint64 OomMessageParser::sizeToBytes(QStringView number, QStringView unit)
{
    bool ok = false;
    const double v = number.toDouble(&ok);
    if (!ok || v < 0)
        return UnknownBytes;
    const QString u = unit.toString().toLower();
    double mult = 1;
    if (u.startsWith(QLatin1Char('k')))
        mult = 1024.0;
    else if (u.startsWith(QLatin1Char('m')))
        mult = 1024.0 * 1024.0;
    else if (u.startsWith(QLatin1Char('g')))
        mult = 1024.0 * 1024.0 * 1024.0;
    else if (u.startsWith(QLatin1Char('t')))
        mult = 1024.0 * 1024.0 * 1024.0 * 1024.0;
    else if (u != QLatin1String("b") && u != QLatin1String("byte") && u != QLatin1String("bytes"))
        return UnknownBytes;
    const double bytes = v * mult;
    return bytes > 9.0e18 ? UnknownBytes : qRound64(bytes);
}

OomMessage OomMessageParser::parse(const QString &text)
{
    const OomText t(text);
    const QString &c = t.compact();
    const std::vector<Anchor> anchors = findAnchors(c);
    OomMessage best;
    int bestScore = -1;
    for (size_t i = 0; i < anchors.size(); ++i) {
        const Anchor &a = anchors[i];
        const qsizetype end = i + 1 < anchors.size() ? anchors[i + 1].pos : c.size();
        const QString segment = c.mid(a.pos, std::min<qsizetype>(end - a.pos, 4000));
        const QString before = c.mid(std::max<qsizetype>(0, a.pos - 64), std::min<qsizetype>(a.pos, 64));
        OomMessage m;
        m.kind = OomMessage::Kind::GpuOom;
        int score = 0;
        if (a.type == AnchorType::Mps)
            score = readMps(segment, m);
        else if (a.type == AnchorType::Async)
            score = readAsync(segment, a, m);
        else
            score = readCaching(segment, a, before, m);
        m.rank = t.rankOfLine(t.lineAt(a.pos));
        if (score >= bestScore) {
            best = m;
            bestScore = score;
        }
    }
    if (!anchors.empty()) {
        best.occurrences = int(anchors.size());
        if (anchors.size() > 1)
            best.notes.append(Tr::tr("%n OOM message(s) in the text; the most complete one is read.",
                                     nullptr, int(anchors.size())));
    } else {
        for (const BareWording &w : BareWordings) {
            const RE re(QString::fromLatin1(w.pattern), CI);
            const QRegularExpressionMatch match = re.match(c);
            if (!match.hasMatch())
                continue;
            best.kind = OomMessage::Kind::GpuOom;
            best.backend = w.backend;
            best.wording = QString::fromLatin1(w.wording);
            best.occurrences = 1;
            best.rank = t.rankOfLine(t.lineAt(match.capturedStart(0)));
            best.truncated = best.wording == QLatin1String("truncated")
                             || best.wording == QLatin1String("exception-name");
            best.notes.append(Tr::tr("This wording carries no numbers: the verdict needs the "
                                     "allocator's message or a memory snapshot."));
            break;
        }
    }
    const HostMemoryDetector::Finding host = HostMemoryDetector::detect(t.lines());
    if (best.kind == OomMessage::Kind::GpuOom) {
        if (host.found)
            best.notes.append(Tr::tr("The log also shows the process being killed (%1); the GPU "
                                     "OOM above came first.").arg(host.evidence));
    } else if (host.found) {
        best.kind = OomMessage::Kind::HostMemory;
        best.wording = host.wording;
        best.notes.append(host.explanation);
    }
    if (best.truncated && best.kind == OomMessage::Kind::GpuOom)
        best.notes.append(Tr::tr("The message looks cut off: only the numbers present were read."));
    OomJudge::judge(best);
    return best;
}

} // namespace VramScope
