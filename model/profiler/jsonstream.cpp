// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "profiler/jsonstream.h"

#include "loadmonitor.h"
#include "modeltr.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace VramScope {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

JsonSourceStream::JsonSourceStream(ByteSource &source, const QString &path, LoadMonitor *monitor,
                                   ProgressFunction progress, const ProfilerReadOptions &options,
                                   const QString &stage)
    : m_source(source), m_path(path), m_monitor(monitor), m_progress(std::move(progress)),
      m_options(options), m_stage(stage),
      m_buf(new char[ChunkBytes]), m_capacity(ChunkBytes)
{
    m_pos = m_end = m_buf.get();
}

bool JsonSourceStream::checkCanceled()
{
    if (!m_stop.isError() && m_monitor && m_monitor->isCanceled())
        m_stop = LoadError::cancelled(m_path);
    return m_stop.code == LoadError::Code::Cancelled;
}

bool JsonSourceStream::refill()
{
    return fetchMore();
}

bool JsonSourceStream::fetchMore()
{
    if (m_stop.isError() || m_eof)
        return false;
    if (checkCanceled())
        return false;
    if (qint64(Tell()) - m_tokenStart > m_options.maxTokenBytes) {
        m_stop = LoadError::badInput(
            m_path, m_tokenStart,
            Tr::tr("a string, number or run of spaces longer than %1 bytes").arg(m_options.maxTokenBytes));
        return false;
    }
    // Keep the unconsumed bytes (peekNonSpace) at the front, make room for one more chunk.
    const qint64 keep = m_end - m_pos;
    if (keep > 0 && m_pos != m_buf.get())
        std::memmove(m_buf.get(), m_pos, size_t(keep));
    m_base += m_pos - m_buf.get();
    if (m_capacity - keep < ChunkBytes) {
        std::unique_ptr<char[]> bigger(new char[size_t(keep + ChunkBytes)]);
        std::memcpy(bigger.get(), m_buf.get(), size_t(keep));
        m_buf = std::move(bigger);
        m_capacity = keep + ChunkBytes;
    }
    m_pos = m_buf.get();
    m_end = m_pos + keep;
    const qint64 n = m_source.read(m_end, m_capacity - keep);
    if (n < 0) {
        m_stop = LoadError::io(m_path, Tr::tr("read error: %1").arg(m_source.errorString()));
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return keep > 0;
    }
    m_end += n;
    if (m_progress) {
        m_progress(m_source.inputBytesConsumed());
    } else if (const qint64 size = m_source.inputSize(); m_monitor && size > 0) {
        const qint64 done = qBound<qint64>(0, m_source.inputBytesConsumed(), size);
        const int permille = int(done * 1000 / size);
        if (permille != m_lastPermille) {
            m_lastPermille = permille;
            m_monitor->report(permille, m_stage);
        }
    }
    return true;
}

char JsonSourceStream::peekNonSpace(int n)
{
    qint64 i = 0;
    for (;;) {
        while (m_pos + i < m_end) {
            const char c = m_pos[i++];
            if (!isJsonSpace(c) && n-- == 0)
                return c;
        }
        if (i > m_options.maxTokenBytes || !fetchMore())
            return '\0';
    }
}

qint64 JsonNumber::toInt() const
{
    if (isInt)
        return i;
    if (!std::isfinite(d))
        return 0;
    if (d >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    if (d <= -9.2e18)
        return std::numeric_limits<qint64>::min();
    return std::llround(d);
}

bool JsonNumber::isFinite() const
{
    return isInt || std::isfinite(d);
}

bool JsonSaxHandler::fail(const QString &reason)
{
    if (!m_error.isError())
        m_error = LoadError::badInput(m_stream ? m_stream->path() : QString(), offset(), reason);
    return false;
}

// Maps RapidJSON's callbacks to JsonSaxHandler and enforces the depth bound.
class JsonSaxAdapter
{
public:
    JsonSaxAdapter(JsonSaxHandler &h, JsonSourceStream &s) : m_h(h), m_s(s) {}

    bool Null() { return m_s.markToken(), m_h.literal("null"); }
    bool Bool(bool b) { return m_s.markToken(), m_h.literal(b ? "true" : "false"); }
    bool Int(int v) { return integer(v); }
    bool Uint(unsigned v) { return integer(v); }
    bool Int64(int64_t v) { return integer(v); }
    bool Uint64(uint64_t v)
    {
        if (v <= uint64_t(std::numeric_limits<qint64>::max()))
            return integer(qint64(v));
        return Double(double(v));
    }
    bool Double(double d)
    {
        m_s.markToken();
        JsonNumber n;
        n.d = d;
        return m_h.number(n);
    }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }
    bool String(const char *str, rapidjson::SizeType len, bool)
    {
        m_s.markToken();
        return m_h.string(std::string_view(str, len));
    }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        m_s.markToken();
        return m_h.key(std::string_view(str, len));
    }
    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(true); }
    bool EndArray(rapidjson::SizeType) { return end(false); }

private:
    bool integer(qint64 v)
    {
        m_s.markToken();
        JsonNumber n;
        n.i = v;
        n.d = double(v);
        n.isInt = true;
        return m_h.number(n);
    }
    bool start(bool object)
    {
        m_s.markToken();
        if (m_h.m_depth >= m_s.options().maxDepth)
            return m_h.fail(Tr::tr("nested deeper than %1 levels").arg(m_s.options().maxDepth));
        const bool ok = object ? m_h.startObject() : m_h.startArray();
        ++m_h.m_depth;
        return ok;
    }
    bool end(bool object)
    {
        m_s.markToken();
        --m_h.m_depth;
        return object ? m_h.endObject() : m_h.endArray();
    }

    JsonSaxHandler &m_h;
    JsonSourceStream &m_s;
};

bool parseJsonStream(JsonSourceStream &stream, JsonSaxHandler &handler, LoadError *error)
{
    handler.attach(&stream);
    JsonSaxAdapter adapter(handler, stream);
    rapidjson::Reader reader;
    // Recursive parsing (≈10 % faster than kParseIterativeFlag) stays bounded: start() refuses
    // to open a container deeper than maxDepth before RapidJSON recurses into it.
    constexpr unsigned Flags = rapidjson::kParseTrailingCommasFlag | rapidjson::kParseNanAndInfFlag;
    const rapidjson::ParseResult result = reader.Parse<Flags>(stream, adapter);
    LoadError failure;
    if (stream.stopped())
        failure = stream.stopError();
    else if (handler.error().isError())
        failure = handler.error();
    else if (result.IsError())
        failure = LoadError::badInput(
            stream.path(), qint64(result.Offset()),
            Tr::tr("invalid JSON: %1").arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code()))));
    else if (!handler.finish())
        failure = handler.error();
    if (!failure.isError() && stream.checkCanceled())
        failure = stream.stopError();
    if (failure.isError()) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

} // namespace VramScope
