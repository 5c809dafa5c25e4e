// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/bytesource.h"

#include <QByteArray>

namespace VramScope {

// A ByteSource over bytes already in memory (tests, embedded payloads). Keeps a shallow copy of
// the QByteArray; inputSize() is its size and inputBytesConsumed() the read position.
class MemorySource : public ByteSource
{
public:
    explicit MemorySource(QByteArray data);

    qint64 read(char *dst, qint64 n) override;
    qint64 inputBytesConsumed() const override { return m_pos; }
    qint64 inputSize() const override { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace VramScope
