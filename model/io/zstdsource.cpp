// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/zstdsource.h"

#include "modeltr.h"

#include <zstd.h>

#include <algorithm>

namespace VramScope {

namespace {
constexpr qint64 MaxOutputPerCall = qint64(1) << 20;
} // namespace

struct ZstdSource::Stream
{
    ZSTD_DCtx *dctx = nullptr;
};

ZstdSource::ZstdSource(std::unique_ptr<ByteSource> input, const InputLimits &limits)
    : m_input(std::move(input))
    , m_stream(std::make_unique<Stream>())
    , m_limits(limits)
    , m_in(ZSTD_DStreamInSize())
{
    m_stream->dctx = ZSTD_createDCtx();
    if (!m_stream->dctx)
        m_error = Tr::tr("cannot initialise zstd");
}

ZstdSource::~ZstdSource()
{
    ZSTD_freeDCtx(m_stream->dctx);
}

qint64 ZstdSource::fail(const QString &reason)
{
    m_error = reason;
    return -1;
}

// ZSTD_FRAMEHEADERSIZE_MAX, which zstd.h keeps in its static-linking-only part.
constexpr qint64 FrameHeaderMax = 18;

bool ZstdSource::refill()
{
    qint64 r = m_input->read(m_in.data(), qint64(m_in.size()));
    // The first read may return only the few bytes sniffed for the magic: read on up to a whole
    // frame header, so its content size can be looked at below.
    while (m_compressedRead == 0 && r > 0 && r < FrameHeaderMax) {
        const qint64 more = m_input->read(m_in.data() + r, qint64(m_in.size()) - r);
        if (more < 0)
            r = more;
        else if (more == 0)
            break; // the end; the next refill sees it again
        else
            r += more;
    }
    if (r < 0) {
        m_error = m_input->errorString();
        return false;
    }
    if (r == 0)
        m_inputEnd = true;
    if (m_compressedRead == 0 && r > 0) {
        // zstd writes the content size into the frame header when it knows it (files): a hint
        // for reserving, bounded as any output is (a lying header only shrinks the reservation).
        const unsigned long long declared = ZSTD_getFrameContentSize(m_in.data(), size_t(r));
        if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR) {
            qint64 bound
                = m_limits.maxDecompressedBytes > 0 ? m_limits.maxDecompressedBytes : INT64_MAX;
            if (m_limits.maxRatio > 0 && inputSize() > 0
                && inputSize() < INT64_MAX / m_limits.maxRatio)
                bound = std::min(bound,
                                 std::max(RatioAllowanceBytes, inputSize() * m_limits.maxRatio));
            m_sizeHint = qint64(std::min<unsigned long long>(declared, quint64(bound)));
        }
    }
    m_compressedRead += r;
    m_inPos = 0;
    m_inSize = r;
    return true;
}

qint64 ZstdSource::read(char *dst, qint64 n)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_finished || n <= 0)
        return 0;
    const qint64 want = std::min({n, MaxOutputPerCall, decompressionHeadroom(m_limits, m_produced)});
    ZSTD_outBuffer out{dst, size_t(want), 0};

    while (out.pos == 0) {
        if (m_inPos == m_inSize && !m_inputEnd && !refill())
            return -1;
        if (m_inputEnd && m_inPos == m_inSize && m_lastHint == 0) {
            m_finished = true; // every frame complete and flushed
            return 0;
        }
        ZSTD_inBuffer in{m_in.data(), size_t(m_inSize), size_t(m_inPos)};
        const size_t ret = ZSTD_decompressStream(m_stream->dctx, &out, &in);
        m_inPos = qint64(in.pos);
        if (ZSTD_isError(ret)) {
            return fail(Tr::tr("corrupt zstd data at compressed byte %1: %2")
                            .arg(compressedBytesConsumed())
                            .arg(QString::fromLatin1(ZSTD_getErrorName(ret))));
        }
        m_lastHint = ret;
        if (out.pos == 0 && m_inputEnd && m_inPos == m_inSize && ret != 0) {
            return fail(Tr::tr("truncated zstd stream: the data ends at compressed byte %1 "
                               "before the end of the frame")
                            .arg(compressedBytesConsumed()));
        }
    }

    m_produced += qint64(out.pos);
    const QString limit =
        decompressionLimitError(m_limits, m_produced, compressedBytesConsumed());
    if (!limit.isEmpty())
        return fail(Tr::tr("zstd: %1").arg(limit));
    return qint64(out.pos);
}

} // namespace VramScope
