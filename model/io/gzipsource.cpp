// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/gzipsource.h"

#include "modeltr.h"

#include <zlib.h>

#include <algorithm>

namespace VramScope {

namespace {
constexpr qint64 InputChunk = qint64(256) << 10;
// Bounds one inflate call's output so the limits are checked at least once per MiB.
constexpr qint64 MaxOutputPerCall = qint64(1) << 20;
} // namespace

struct GzipSource::Stream
{
    z_stream z{};
    bool initialized = false;
};

GzipSource::GzipSource(std::unique_ptr<ByteSource> input, const InputLimits &limits)
    : m_input(std::move(input))
    , m_stream(std::make_unique<Stream>())
    , m_limits(limits)
    , m_in(size_t(InputChunk))
{
    // 15 + 32: maximum window, automatic gzip/zlib header detection.
    if (inflateInit2(&m_stream->z, 15 + 32) == Z_OK)
        m_stream->initialized = true;
    else
        m_error = Tr::tr("cannot initialise zlib: %1")
                      .arg(QString::fromLatin1(m_stream->z.msg ? m_stream->z.msg : "?"));
}

GzipSource::~GzipSource()
{
    if (m_stream->initialized)
        inflateEnd(&m_stream->z);
}

qint64 GzipSource::compressedBytesConsumed() const
{
    return m_compressedRead - qint64(m_stream->z.avail_in);
}

qint64 GzipSource::fail(const QString &reason)
{
    m_error = reason;
    return -1;
}

bool GzipSource::refill()
{
    z_stream &z = m_stream->z;
    const qint64 r = m_input->read(m_in.data(), qint64(m_in.size()));
    if (r < 0) {
        m_error = m_input->errorString();
        return false;
    }
    if (r == 0)
        m_inputEnd = true;
    m_compressedRead += r;
    z.next_in = reinterpret_cast<Bytef *>(m_in.data());
    z.avail_in = uInt(r);
    return true;
}

// After a member's trailer: another member may follow (gzip -c a b > ab.gz). Trailing NUL
// padding is ignored, as gzip itself does. Returns false on a read error.
bool GzipSource::startNextMember()
{
    z_stream &z = m_stream->z;
    for (;;) {
        while (z.avail_in > 0 && *z.next_in == 0) {
            ++z.next_in;
            --z.avail_in;
        }
        if (z.avail_in > 0)
            break;
        if (m_inputEnd || !refill())
            break;
    }
    if (!m_error.isEmpty())
        return false;
    if (z.avail_in == 0) {
        m_finished = true;
        return true;
    }
    inflateReset(&z);
    m_memberEnded = false;
    return true;
}

qint64 GzipSource::read(char *dst, qint64 n)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_finished || n <= 0)
        return 0;
    z_stream &z = m_stream->z;
    const qint64 want = std::min({n, MaxOutputPerCall, decompressionHeadroom(m_limits, m_produced)});
    z.next_out = reinterpret_cast<Bytef *>(dst);
    z.avail_out = uInt(want);

    while (z.avail_out == uInt(want)) {
        if (m_memberEnded) {
            if (!startNextMember())
                return -1;
            if (m_finished)
                return 0;
        }
        if (z.avail_in == 0 && !m_inputEnd && !refill())
            return -1;
        const uInt outBefore = z.avail_out;
        const int ret = inflate(&z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            m_memberEnded = true;
            continue;
        }
        if (ret == Z_OK)
            continue;
        if (ret == Z_BUF_ERROR) {
            // No progress was possible: either more input is needed or there is none left.
            if (m_inputEnd && z.avail_in == 0 && z.avail_out == outBefore) {
                return fail(Tr::tr("truncated gzip stream: the data ends at compressed byte %1 "
                                   "before the end of the stream")
                                .arg(compressedBytesConsumed()));
            }
            continue;
        }
        const QString zmsg = QString::fromLatin1(z.msg ? z.msg : zError(ret));
        return fail(Tr::tr("corrupt gzip data at compressed byte %1: %2")
                        .arg(compressedBytesConsumed())
                        .arg(zmsg));
    }

    const qint64 produced = want - qint64(z.avail_out);
    m_produced += produced;
    const QString limit =
        decompressionLimitError(m_limits, m_produced, compressedBytesConsumed());
    if (!limit.isEmpty())
        return fail(Tr::tr("gzip: %1").arg(limit));
    return produced;
}

} // namespace VramScope
