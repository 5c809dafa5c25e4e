// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"
#include "io/inputlimits.h"
#include "loaderror.h"
#include "snapshot/snapshot.h"

#include <memory>

namespace VramScope {

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
