// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

// Human-readable units for labels, tooltips and tables (binary prefixes, as PyTorch prints).
namespace DisplayFormat {
QString bytes(qint64 bytes, int precision = 1); // "1.5 GiB"
QString bytesExact(qint64 bytes);              // "1,610,612,736 bytes"
QString duration(qint64 microseconds);         // "12.3 ms", "2.5 s", "3 min 12 s"
QString seconds(double seconds);               // axis labels: "0", "250 ms", "1.5 s", "2 min"
QString count(qint64 n);                       // locale thousands separators
QString stream(quint64 handle);                // a raw cudaStream_t: "0" (default) or "0x7f3a..."
// The unit a byte axis should use for a given range: 1, 1024, 1024^2 ... and its suffix.
qint64 byteUnitFor(qint64 bytes);
QString byteUnitSuffix(qint64 unit);
} // namespace DisplayFormat

} // namespace VramScope
