// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"
#include "snapshot/snapshot.h"

#include <QStringList>

#include <limits>
#include <string>
#include <vector>

namespace VramScope {

class JsonSourceStream;

// One CUDA "[memory]" / "[OutOfMemory]" event of a Kineto trace, as read (internal to
// KinetoTraceReader).
struct KinetoRecord
{
    enum Kind { Memory = 1, Oom = 2 };
    enum Flag : quint8 { HasAddr = 1, HasAllocated = 2, HasReserved = 4, IsOom = 8 };
    double ts = std::numeric_limits<double>::quiet_NaN(); // µs; NaN when the event had none
    quint64 addr = 0;
    qint64 bytes = 0;
    qint64 totalAllocated = 0;
    qint64 totalReserved = 0;
    quint8 flags = 0;
};

// A record_function range ("cat": "user_annotation", e.g. ProfilerStep#3).
struct KinetoAnnotation
{
    std::string name;
    double ts = 0;  // µs
    double dur = 0; // µs
};

struct KinetoRecords
{
    std::vector<std::vector<KinetoRecord>> devices; // index = CUDA device id
    std::vector<KinetoAnnotation> annotations;
    qint64 count = 0;        // records and annotations kept
    qint64 memoryEvents = 0; // memory events of any device type
    qint64 baseTimeNs = 0;   // "baseTimeNanoseconds": newer Kineto writes ts relative to it
    bool hasBaseTime = false;
    QStringList warnings;
    void warnOnce(const QString &text)
    {
        if (!warnings.contains(text))
            warnings << text;
    }
};

// Turns the records into deviceTraces (see KinetoTraceReader). Checks cancellation.
bool synthesizeKinetoTrace(KinetoRecords &records, JsonSourceStream &stream, Snapshot *out,
                           LoadError *error);

} // namespace VramScope
