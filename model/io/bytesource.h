// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

namespace VramScope {

// A forward-only stream of (decompressed) bytes. Not thread-safe; one reader at a time.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Reads up to n bytes into dst. Returns the count read, 0 at the end, -1 on error
    // (errorString() then says why, e.g. a corrupt gzip stream or the decompression limit).
    virtual qint64 read(char *dst, qint64 n) = 0;
    // Bytes of the underlying file consumed so far and its size: progress, not position.
    virtual qint64 inputBytesConsumed() const = 0;
    virtual qint64 inputSize() const = 0;
    // The payload's size when known ahead (a raw file's size, the content size a zstd frame
    // declares, bounded by the InputLimits), else -1. Only for reserving memory: never trusted.
    virtual qint64 payloadSizeHint() const { return -1; }
    QString errorString() const { return m_error; }

protected:
    QString m_error;
};

} // namespace VramScope
