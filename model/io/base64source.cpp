// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/base64source.h"

#include "modeltr.h"

#include <array>
#include <cstring>

namespace VramScope {

namespace {

constexpr qint64 InputChunk = qint64(64) << 10;
constexpr char Marker[] = "\"base64\"";
constexpr int MarkerLength = int(sizeof(Marker)) - 1;

enum : qint8 { Invalid = -1, Space = -2, Pad = -3, Quote = -4, Backslash = -5 };

constexpr std::array<qint8, 256> makeTable()
{
    std::array<qint8, 256> t{};
    for (auto &v : t)
        v = Invalid;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[quint8(alphabet[i])] = qint8(i);
    t[quint8(' ')] = t[quint8('\t')] = t[quint8('\r')] = t[quint8('\n')] = Space;
    t[quint8('=')] = Pad;
    t[quint8('"')] = Quote;
    t[quint8('\\')] = Backslash;
    return t;
}

constexpr std::array<qint8, 256> DecodeTable = makeTable();

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

Base64Source::Base64Source(std::unique_ptr<ByteSource> html)
    : m_input(std::move(html))
    , m_in(size_t(InputChunk))
{
}

qint64 Base64Source::fail(const QString &reason)
{
    m_error = reason;
    return -1;
}

int Base64Source::nextByte()
{
    if (m_inPos == m_inLen) {
        const qint64 r = m_input->read(m_in.data(), qint64(m_in.size()));
        if (r < 0) {
            m_error = m_input->errorString();
            return -2;
        }
        m_bufferOffset += m_inLen;
        m_inPos = 0;
        m_inLen = r;
        if (r == 0)
            return -1;
    }
    return quint8(m_in[size_t(m_inPos++)]);
}

// Scans for `"base64"`, optional whitespace, `:`, optional whitespace, `"`. Only the marker's
// match position is kept, so memory does not depend on where (or whether) the marker occurs.
bool Base64Source::findPayload()
{
    enum class State { Key, Colon, OpenQuote } state = State::Key;
    int matched = 0;
    for (;;) {
        if (state == State::Key && matched == 0 && m_inPos < m_inLen) {
            // Skip to the next quote: most of a large HTML file is not the marker.
            const char *from = m_in.data() + m_inPos;
            const void *quote = std::memchr(from, '"', size_t(m_inLen - m_inPos));
            m_inPos = quote ? static_cast<const char *>(quote) - m_in.data() : m_inLen;
        }
        const int c = nextByte();
        if (c == -2)
            return false;
        if (c == -1) {
            m_error = Tr::tr("HTML file has no embedded snapshot "
                             "(expected PyTorch _memory_viz.py output)");
            return false;
        }
        if (state == State::Colon && !isSpace(c)) {
            if (c == ':') {
                state = State::OpenQuote;
                continue;
            }
            state = State::Key;
            matched = 0;
        } else if (state == State::OpenQuote && !isSpace(c)) {
            if (c == '"') {
                m_payloadOffset = offset() + 1;
                return true;
            }
            state = State::Key;
            matched = 0;
        }
        if (state != State::Key)
            continue;
        if (c == Marker[matched]) {
            if (++matched == MarkerLength)
                state = State::Colon;
        } else {
            // '"' is the marker's only self-overlap: it may start a new match.
            matched = (c == '"') ? 1 : 0;
        }
    }
}

bool Base64Source::decodeChar(int c, bool *done)
{
    const qint8 v = DecodeTable[size_t(c)];
    if (m_escape) {
        // json.dumps never escapes base64, but other JSON writers may write "\/" for '/'.
        m_escape = false;
        if (c != '/') {
            fail(Tr::tr("unexpected escape sequence in the embedded base64 snapshot at byte %1")
                     .arg(offset()));
            return false;
        }
    } else if (v == Space) {
        return true;
    } else if (v == Backslash) {
        m_escape = true;
        return true;
    } else if (v == Pad) {
        m_padding = true;
        return true;
    } else if (v == Quote) {
        if (m_quadChars == 1) {
            fail(Tr::tr("truncated base64 in the embedded snapshot at byte %1").arg(offset()));
            return false;
        }
        // 2 characters carry 1 byte, 3 carry 2 (with or without '=' padding).
        m_pendingLen = m_quadChars == 0 ? 0 : m_quadChars - 1;
        const quint32 bits = m_acc << (6 * (4 - m_quadChars));
        for (int i = 0; i < m_pendingLen; ++i)
            m_pending[i] = char((bits >> (16 - 8 * i)) & 0xff);
        m_pendingPos = 0;
        *done = true;
        return true;
    } else if (v == Invalid) {
        fail(Tr::tr("invalid character 0x%1 in the embedded base64 snapshot at byte %2")
                 .arg(c, 2, 16, QLatin1Char('0'))
                 .arg(offset()));
        return false;
    }
    if (m_padding) {
        fail(Tr::tr("base64 data continues after '=' padding at byte %1").arg(offset()));
        return false;
    }
    m_acc = (m_acc << 6) | quint32(DecodeTable[size_t(c)]);
    if (++m_quadChars == 4) {
        m_pending[0] = char((m_acc >> 16) & 0xff);
        m_pending[1] = char((m_acc >> 8) & 0xff);
        m_pending[2] = char(m_acc & 0xff);
        m_pendingPos = 0;
        m_pendingLen = 3;
        m_acc = 0;
        m_quadChars = 0;
    }
    return true;
}

// The fast path: whole quads of alphabet characters, decoded straight from the input buffer.
// Anything else (whitespace, escapes, padding, the closing quote) goes through decodeChar().
bool Base64Source::decodeQuads(char *dst, qint64 n, qint64 *out)
{
    if (m_quadChars != 0 || m_escape || m_padding)
        return false;
    const auto *p = reinterpret_cast<const quint8 *>(m_in.data()) + m_inPos;
    const auto *end = reinterpret_cast<const quint8 *>(m_in.data()) + m_inLen;
    qint64 o = *out;
    while (end - p >= 4 && n - o >= 3) {
        const int a = DecodeTable[p[0]], b = DecodeTable[p[1]];
        const int c = DecodeTable[p[2]], d = DecodeTable[p[3]];
        if ((a | b | c | d) < 0)
            break;
        const quint32 v = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        dst[o] = char(v >> 16);
        dst[o + 1] = char((v >> 8) & 0xff);
        dst[o + 2] = char(v & 0xff);
        o += 3;
        p += 4;
    }
    const bool progressed = o != *out;
    m_inPos = p - reinterpret_cast<const quint8 *>(m_in.data());
    *out = o;
    return progressed;
}

qint64 Base64Source::read(char *dst, qint64 n)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_payloadOffset < 0 && !findPayload())
        return -1;
    qint64 out = 0;
    while (out < n) {
        if (m_pendingPos < m_pendingLen) {
            dst[out++] = m_pending[m_pendingPos++];
            continue;
        }
        if (m_done)
            break;
        if (decodeQuads(dst, n, &out))
            continue;
        const int c = nextByte();
        bool ok = c >= 0;
        if (c == -1) {
            m_error = Tr::tr("truncated embedded snapshot: the HTML ends at byte %1 inside the "
                             "base64 data")
                          .arg(m_bufferOffset + m_inLen);
        } else if (ok) {
            ok = decodeChar(c, &m_done);
        }
        if (!ok)
            return out > 0 ? out : -1;
    }
    return out;
}

} // namespace VramScope
