// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/inputopener.h"

#include "io/base64source.h"
#include "io/filesource.h"
#include "io/gzipsource.h"
#include "io/peeksource.h"
#include "io/prefetchsource.h"
#include "io/zstdsource.h"
#include "modeltr.h"

#include <QFileInfo>

namespace VramScope {

namespace {

// Enough to skip a BOM and leading blank lines before '<' or '{'.
constexpr qint64 SniffBytes = 4096;
constexpr qint64 ShownBytes = 8;

enum class Kind { Pickle, Json, Html, Unknown };

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(ShownBytes).toHex(' '));
}

bool startsWith(const QByteArray &head, std::initializer_list<quint8> magic)
{
    if (head.size() < qsizetype(magic.size()))
        return false;
    qsizetype i = 0;
    for (quint8 b : magic) {
        if (quint8(head[i++]) != b)
            return false;
    }
    return true;
}

Kind classify(const QByteArray &head)
{
    switch (quint8(head.at(0))) {
    case 0x80: // PROTO (protocol 2+)
    case '(':  // MARK, EMPTY_LIST, EMPTY_DICT, LIST, DICT: protocol 0/1 starts
    case ']':
    case '}':
    case 'l':
    case 'd':
        return Kind::Pickle;
    default:
        break;
    }
    qsizetype i = startsWith(head, {0xef, 0xbb, 0xbf}) ? 3 : 0;
    while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
        ++i;
    if (i == head.size())
        return Kind::Unknown;
    switch (head.at(i)) {
    case '<': return Kind::Html;
    case '{':
    case '[': return Kind::Json;
    default: return Kind::Unknown;
    }
}

// Formats this app cannot read but can name, so the user knows what to do.
QString unsupportedContainer(const QByteArray &magic)
{
    if (startsWith(magic, {0xfd, '7', 'z', 'X', 'Z', 0x00}))
        return Tr::tr("xz-compressed files are not supported; decompress the file first "
                      "(gzip and zstd are read directly)");
    if (startsWith(magic, {'B', 'Z', 'h'}))
        return Tr::tr("bzip2-compressed files are not supported; decompress the file first "
                      "(gzip and zstd are read directly)");
    if (startsWith(magic, {0x04, 0x22, 0x4d, 0x18}))
        return Tr::tr("lz4-compressed files are not supported; decompress the file first "
                      "(gzip and zstd are read directly)");
    if (startsWith(magic, {'P', 'K', 0x03, 0x04}))
        return Tr::tr("this is a ZIP archive (torch.save output?), not a memory snapshot; "
                      "extract the snapshot first");
    return {};
}

OpenedInput failed(LoadError *error, LoadError e)
{
    if (error)
        *error = std::move(e);
    return {};
}

} // namespace

OpenedInput openInput(const QString &path, const InputLimits &limits, LoadError *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(error, LoadError::io(path, Tr::tr("file not found")));
    if (info.isDir())
        return failed(error, LoadError::io(path, Tr::tr("is a directory, not a snapshot file")));

    auto file = std::make_unique<FileSource>(path);
    if (!file->open()) {
        return failed(error, LoadError::io(path, Tr::tr("cannot open the file for reading: %1")
                                                     .arg(file->errorString())));
    }
    auto raw = std::make_unique<PeekSource>(std::move(file));
    const QByteArray magic = raw->peek(ShownBytes);
    if (!raw->errorString().isEmpty())
        return failed(error, LoadError::io(path, raw->errorString()));
    if (magic.isEmpty())
        return failed(error, LoadError::badInput(path, 0, Tr::tr("file is empty")));

    OpenedInput result;
    std::unique_ptr<PeekSource> payload;
    if (startsWith(magic, {0x1f, 0x8b})) {
        result.compression = Compression::Gzip;
        payload = std::make_unique<PeekSource>(
            std::make_unique<PrefetchSource>(std::make_unique<GzipSource>(std::move(raw), limits)));
    } else if (startsWith(magic, {0x28, 0xb5, 0x2f, 0xfd})) {
        result.compression = Compression::Zstd;
        payload = std::make_unique<PeekSource>(
            std::make_unique<PrefetchSource>(std::make_unique<ZstdSource>(std::move(raw), limits)));
    } else if (const QString unsupported = unsupportedContainer(magic); !unsupported.isEmpty()) {
        return failed(error, LoadError::badInput(path, 0, unsupported));
    } else {
        payload = std::move(raw);
    }

    const bool compressed = result.compression != Compression::None;
    // compressionName() lives with the snapshot schema; io/ names its own formats.
    const QString after = !compressed ? QString()
        : result.compression == Compression::Gzip ? Tr::tr(" (after gzip decompression)")
                                                  : Tr::tr(" (after zstd decompression)");
    const QByteArray head = payload->peek(SniffBytes);
    if (!payload->errorString().isEmpty())
        return failed(error, LoadError::badInput(path, -1, payload->errorString()));
    if (head.isEmpty())
        return failed(error, LoadError::badInput(path, 0, Tr::tr("file is empty%1").arg(after)));

    const Kind kind = classify(head);
    if (kind == Kind::Unknown) {
        return failed(error, LoadError::badInput(
                                 path, 0,
                                 Tr::tr("not a PyTorch memory snapshot: unrecognised leading "
                                        "bytes %1%2")
                                     .arg(hexBytes(head), after)));
    }
    if (kind != Kind::Html) {
        result.container = kind == Kind::Json ? Container::Json : Container::Pickle;
        result.payload = kind == Kind::Json ? Payload::Json : Payload::Pickle;
        result.source = std::move(payload);
        if (error)
            *error = {};
        return result;
    }

    auto embedded = std::make_unique<PeekSource>(std::make_unique<Base64Source>(std::move(payload)));
    const QByteArray decoded = embedded->peek(ShownBytes);
    if (!embedded->errorString().isEmpty())
        return failed(error, LoadError::badInput(path, -1, embedded->errorString()));
    if (decoded.isEmpty())
        return failed(error, LoadError::badInput(path, -1,
                                                 Tr::tr("the HTML file's embedded snapshot is empty")));
    const Kind embeddedKind = classify(decoded);
    if (embeddedKind != Kind::Pickle && embeddedKind != Kind::Json) {
        return failed(error, LoadError::badInput(
                                 path, -1,
                                 Tr::tr("the HTML file's embedded data is not a snapshot "
                                        "(leading bytes %1)")
                                     .arg(hexBytes(decoded))));
    }
    result.container = Container::HtmlEmbed;
    result.payload = embeddedKind == Kind::Json ? Payload::Json : Payload::Pickle;
    result.source = std::move(embedded);
    if (error)
        *error = {};
    return result;
}

} // namespace VramScope
