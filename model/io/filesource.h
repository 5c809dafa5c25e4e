// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"

#include <QFile>

namespace VramScope {

// The raw bytes of a file, opened read-only and unbuffered (the readers above keep their own
// chunk buffers). inputBytesConsumed() is the number of bytes read from disk so far.
class FileSource : public ByteSource
{
public:
    explicit FileSource(const QString &path);

    // Opens the file read-only. On failure returns false and errorString() says why.
    bool open();
    QString path() const { return m_file.fileName(); }

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_consumed; }
    qint64 inputSize() const override { return m_size; }
    qint64 payloadSizeHint() const override { return m_size; }

private:
    QFile m_file;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
};

} // namespace VramScope
