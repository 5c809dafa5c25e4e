// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "loaderror.h"
#include "snapshot/snapshot.h"

#include <memory>

namespace VramScope {

// Bounds that stop decompression bombs: the stream fails with a clear error once it has produced
// more than maxDecompressedBytes, or more than maxRatio times the compressed size (after a 64 MiB
// allowance). Documented in docs/limits.md.
struct InputLimits
{
    qint64 maxDecompressedBytes = qint64(64) << 30; // 64 GiB
    qint64 maxRatio = 2000;
};

enum class Payload : quint8 { Pickle, Json, Unknown };

struct OpenedInput
{
    std::unique_ptr<ByteSource> source; // the payload bytes, decompressed / base64-decoded
    Compression compression = Compression::None;
    Container container = Container::Pickle;
    Payload payload = Payload::Unknown;
};

// Sniffs the file by content (gzip 1f 8b, zstd 28 b5 2f fd, pickle 80 xx, '<' HTML from
// _memory_viz.py with the base64 pickle inside, '{' / '[' JSON), never by name. The file is opened
// read-only. On failure returns an empty source and fills *error.
OpenedInput openInput(const QString &path, const InputLimits &limits, LoadError *error);

} // namespace VramScope
