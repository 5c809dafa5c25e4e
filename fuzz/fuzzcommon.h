// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Shared by the libFuzzer targets: every reader gets the fuzzer's bytes and must end in success or
// a LoadError that names the file and a reason; anything else (crash, sanitizer report, hang,
// huge allocation) is a finding.
#pragma once

#include "io/bytesource.h"
#include "io/inputlimits.h"
#include "io/memorysource.h"
#include "snapshot/picklesnapshotreader.h"
#include "timeline/timelinebuilder.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace VramScope::Fuzz {

inline const QString &fuzzPath()
{
    static const QString path = QStringLiteral("fuzz-input");
    return path;
}

// Decompression limits small enough that a bomb stops within a fuzz iteration's time budget.
inline InputLimits fuzzLimits()
{
    InputLimits limits;
    limits.maxDecompressedBytes = qint64(32) << 20;
    limits.maxRatio = 2000;
    return limits;
}

inline std::unique_ptr<ByteSource> memorySource(const uint8_t *data, size_t size)
{
    return std::make_unique<MemorySource>(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
}

// A failed read must carry the path and a reason: an empty message is a bug too.
inline void checkError(bool ok, const LoadError &error)
{
    if (ok)
        return;
    if (!error.isError() || error.reason.isEmpty() || !error.message().contains(fuzzPath()))
        std::abort();
}

// Reads a snapshot pickle from source; on success replays every device when replay is set.
inline void readPickle(ByteSource &source, bool replay)
{
    Snapshot snapshot;
    LoadError error;
    const bool ok = readPickleSnapshot(source, fuzzPath(), nullptr, {}, &snapshot, &error);
    checkError(ok, error);
    if (!ok || !replay)
        return;
    for (int device : devicesWithData(snapshot)) {
        DeviceTimeline timeline;
        if (!buildDeviceTimeline(snapshot, device, &timeline))
            std::abort(); // returns false only when cancelled, and nothing cancels here
    }
}

// Qt's warnings (e.g. the builder's notes about odd entries) would flood the fuzzer's output.
inline void quietQt();

// The whole body of fuzz_pickle (replay false) and fuzz_replay (replay true): the raw bytes as a
// snapshot pickle.
inline int fuzzPickleInput(const uint8_t *data, size_t size, bool replay)
{
    quietQt();
    auto source = memorySource(data, size);
    readPickle(*source, replay);
    return 0;
}

// The whole body of fuzz_gzip and fuzz_zstd (Decompressor: GzipSource or ZstdSource): first the
// decompressor drained alone in odd-sized reads (1, 8, 57, ... bytes), where a read must never
// return more than asked, an error must carry a message and the output must stop at the limit;
// then a fresh one feeding the pickle reader as the loader does.
template<class Decompressor>
int fuzzDecompressorInput(const uint8_t *data, size_t size)
{
    quietQt();
    {
        Decompressor source(memorySource(data, size), fuzzLimits());
        std::vector<char> buffer(70000);
        qint64 total = 0;
        qint64 chunk = 1;
        for (;;) {
            const qint64 n = source.read(buffer.data(), chunk);
            if (n < 0) {
                if (source.errorString().isEmpty())
                    std::abort();
                break;
            }
            if (n == 0)
                break;
            if (n > chunk)
                std::abort();
            total += n;
            if (total > fuzzLimits().maxDecompressedBytes + 1)
                std::abort(); // the limit was overshot
            chunk = chunk * 7 % qint64(buffer.size()) + 1;
        }
    }
    Decompressor source(memorySource(data, size), fuzzLimits());
    readPickle(source, false);
    return 0;
}

inline void quietQt()
{
    static const bool once = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
            if (type == QtFatalMsg) {
                fprintf(stderr, "qFatal: %s\n", qPrintable(msg));
                std::abort();
            }
        });
        return true;
    }();
    (void)once;
}

} // namespace VramScope::Fuzz
