// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "loaderror.h"
#include "profiler/profilerreadoptions.h"

#include <QString>

#include <memory>
#include <string_view>

namespace VramScope {

class LoadMonitor;


// A RapidJSON input stream over a forward-only ByteSource. Reads in 64 KiB chunks; at every
// chunk it checks cancellation and the token-length bound and reports progress (to `progress`,
// else to the monitor as 0..1000 permille of inputSize()). When it must stop (I/O error, cancel,
// a token too long) it pretends the input ended ('\0'), so RapidJSON fails, and stopError()
// tells the real reason.
class JsonSourceStream
{
public:
    using Ch = char;

    JsonSourceStream(ByteSource &source, const QString &path, LoadMonitor *monitor,
                     ProgressFunction progress, const ProfilerReadOptions &options,
                     const QString &stage);

    Ch Peek()
    {
        if (m_pos == m_end && !refill())
            return '\0';
        return *m_pos;
    }
    Ch Take()
    {
        if (m_pos == m_end && !refill())
            return '\0';
        return *m_pos++;
    }
    size_t Tell() const { return size_t(m_base + (m_pos - m_buf.get())); }
    // Output side of the RapidJSON stream concept; unused (no in-situ parsing).
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

    // Called at every SAX callback: the token-length bound counts from here.
    void markToken() { m_tokenStart = qint64(Tell()); }
    // The n-th (0-based) non-whitespace byte ahead, without consuming anything; '\0' at the end.
    char peekNonSpace(int n);

    bool stopped() const { return m_stop.isError(); }
    const LoadError &stopError() const { return m_stop; }
    bool checkCanceled(); // true (and stopped) once the monitor asks to cancel
    const ProfilerReadOptions &options() const { return m_options; }
    const QString &path() const { return m_path; }

private:
    bool refill();
    bool fetchMore(); // appends input after the unconsumed bytes; false at the end or on stop

    ByteSource &m_source;
    QString m_path;
    LoadMonitor *m_monitor;
    ProgressFunction m_progress;
    ProfilerReadOptions m_options;
    QString m_stage;
    std::unique_ptr<char[]> m_buf;
    qint64 m_capacity = 0;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    qint64 m_base = 0; // stream offset of m_buf[0]
    qint64 m_tokenStart = 0;
    int m_lastPermille = -1;
    bool m_eof = false;
    LoadError m_stop;
};

// A JSON number as RapidJSON delivered it.
struct JsonNumber
{
    double d = 0;
    qint64 i = 0;
    bool isInt = false; // i is exact
    qint64 toInt() const;  // rounded; saturates
    bool isFinite() const;
};

// SAX callbacks with container depth tracking. depth(): in start*() and end*(), the number of
// containers around the one starting/ending; in scalar and key callbacks, the number of open
// containers. Returning false aborts the parse; fail() records why.
class JsonSaxHandler
{
public:
    virtual ~JsonSaxHandler() = default;
    virtual bool startObject() = 0;
    virtual bool endObject() = 0;
    virtual bool startArray() = 0;
    virtual bool endArray() = 0;
    virtual bool key(std::string_view key) = 0;
    virtual bool string(std::string_view value) = 0;
    virtual bool number(const JsonNumber &value) = 0;
    virtual bool literal(const char *name) = 0; // null, true, false
    // Called once after the root value ended (false fails the parse).
    virtual bool finish() { return true; }

    int depth() const { return m_depth; }
    const LoadError &error() const { return m_error; }
    void attach(JsonSourceStream *stream) { m_stream = stream; }

protected:
    bool fail(const QString &reason);
    qint64 offset() const { return m_stream ? qint64(m_stream->Tell()) : -1; }

    JsonSourceStream *m_stream = nullptr;
    LoadError m_error;

private:
    friend class JsonSaxAdapter;
    int m_depth = 0;
};

// Parses the stream with the handler. On failure fills *error; the first cause wins: stream
// stop (I/O, cancel, limits), the handler's own error, then the JSON syntax error with offset.
bool parseJsonStream(JsonSourceStream &stream, JsonSaxHandler &handler, LoadError *error);

} // namespace VramScope
