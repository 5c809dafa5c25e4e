// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <array>

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
    static QString signedBytes(qint64 bytes); // "+1.00 MiB", "-512 B", "0 B"
    static QString duration(qint64 microseconds);

    // Pieces shared by the single report and the comparison form.
    // The stacked bar of the non-empty categories; the segments are shares of `whole` (the sum of
    // bands when whole <= 0), so two bars drawn against the same whole compare by length.
    static QString bandBar(const std::array<qint64, CategoryCount> &bands, const QString &label,
                           qint64 whole = 0);
    static QString pngDataUri(const QByteArray &png); // empty for no image
    static QString footer(const QDateTime &generated);
    static QString language(); // the <html lang> of the user's locale
};

} // namespace VramScope
