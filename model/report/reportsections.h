// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace VramScope {

struct Document;
struct DeviceTimeline;
struct Diagnosis;

// The HTML fragments of the report, one per section, each with its own heading. Every string
// that comes from the file (paths, frames, names) goes through escape().
class ReportSections
{
public:
    // HTML text escaping (& < > " '), plus "://" as ":&#47;&#47;" so no URL survives verbatim.
    static QString escape(QStringView text);
    static QString title(const Document &document, int deviceIndex);
    static QString header(const Document &document, int deviceIndex);
    static QString verdict(const Diagnosis &diagnosis);
    static QString bands(const Diagnosis &diagnosis);
    static QString ladder(const Diagnosis &diagnosis);
    static QString topAllocations(const Document &document, int deviceIndex, int count);
    static QString health(const Diagnosis &diagnosis);
    static QString bytes(qint64 bytes); // "unknown" for UnknownBytes
    static QString duration(qint64 microseconds);
};

} // namespace VramScope
