// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshotloader.h"

#include "modeltr.h"
#include "profiler/jsonsnapshotreader.h"
#include "snapshot/picklesnapshotreader.h"
#include "timeline/timelinebuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace VramScope {

namespace {
// Stages and their share of the 0..1000 progress range, by the time each takes (vramscope_bench
// phases: on 5 M entries parse 1.0 s, replay 0.6 s, analysis 0.9 s), so the bar moves evenly.
constexpr int ParseEnd = 450;
constexpr int ReplayEnd = 700;

class PromiseMonitor final : public LoadMonitor
{
public:
    explicit PromiseMonitor(QPromise<LoadResult> &promise) : m_promise(promise)
    {
        m_promise.setProgressRange(0, 1000);
    }
    bool isCanceled() const override { return m_promise.isCanceled() || LoadMonitor::isCanceled(); }
    void report(int permille, const QString &stage) override
    {
        // Don't spam the progress bar: at most every 50 ms unless the stage changes.
        if (stage == m_stage && m_timer.isValid() && m_timer.elapsed() < 50)
            return;
        m_timer.start();
        m_stage = stage;
        m_promise.setProgressValueAndText(permille, stage);
    }

private:
    QPromise<LoadResult> &m_promise;
    QElapsedTimer m_timer;
    QString m_stage;
};
} // namespace

LoadResult loadSnapshot(const QString &path, const LoadOptions &options, LoadMonitor *monitor)
{
    LoadResult result;
    auto report = [&](int permille, const QString &stage) {
        if (monitor)
            monitor->report(permille, stage);
    };
    report(0, Tr::tr("Opening %1").arg(QFileInfo(path).fileName()));
    OpenedInput input = openInput(path, options.limits, &result.error);
    if (!input.source)
        return result;

    auto snapshot = std::make_shared<Snapshot>();
    snapshot->format.compression = input.compression;
    snapshot->format.container = input.container;
    const qint64 inputSize = std::max<qint64>(1, input.source->inputSize());
    const QString readingText = input.compression == Compression::None
                                    ? Tr::tr("Reading snapshot")
                                    : Tr::tr("Decompressing and reading snapshot");
    auto progress = [&](qint64 consumed) {
        report(int(std::min<qint64>(consumed, inputSize) * ParseEnd / inputSize), readingText);
    };
    bool ok = false;
    if (input.payload == Payload::Pickle)
        ok = readPickleSnapshot(*input.source, path, monitor, progress, snapshot.get(), &result.error);
    else if (input.payload == Payload::Json)
        ok = readJsonSnapshot(*input.source, path, monitor, progress, snapshot.get(), &result.error);
    else
        result.error = LoadError::badInput(path, 0, Tr::tr("not a PyTorch memory snapshot"));
    if (ok && input.compression != Compression::None) {
        // The pickle ends at STOP: read the compressed stream to its end so that a cut or corrupt
        // tail (gzip CRC and size trailer, zstd checksum) is an error, not silently ignored.
        // Bounded by the InputLimits like any decompressed byte.
        std::vector<char> rest(1 << 16);
        qint64 n = 0;
        while ((n = input.source->read(rest.data(), qint64(rest.size()))) > 0) {
            if (monitor && monitor->isCanceled())
                break;
        }
        if (n < 0) {
            result.error = LoadError::badInput(path, -1, input.source->errorString());
            ok = false;
        }
    }
    if (!ok)
        return result;

    auto doc = std::make_shared<Document>();
    doc->path = path;
    doc->fileSize = input.source->inputSize();
    const std::vector<int> devices = devicesWithData(*snapshot);
    for (size_t i = 0; i < devices.size(); ++i) {
        SubMonitor part(monitor, ParseEnd + int((ReplayEnd - ParseEnd) * i / devices.size()),
                        ParseEnd + int((ReplayEnd - ParseEnd) * (i + 1) / devices.size()),
                        Tr::tr("Replaying device %1").arg(devices[i]));
        part.report(0, QString());
        DeviceTimeline timeline;
        if (!buildDeviceTimeline(*snapshot, devices[i], &timeline, &part)) {
            result.error = LoadError::cancelled(path);
            return result;
        }
        doc->warnings.append(timeline.warnings);
        doc->devices.push_back(std::move(timeline));
    }
    doc->warnings = snapshot->warnings + doc->warnings;
    if (devices.empty())
        doc->warnings.append(Tr::tr("the snapshot holds no segments and no trace entries (was memory history recorded?)"));
    doc->snapshot = std::move(snapshot);
    if (monitor && monitor->isCanceled()) {
        result.error = LoadError::cancelled(path);
        return result;
    }
    SubMonitor analysis(monitor, ReplayEnd, 1000, Tr::tr("Analysing"));
    if (!analyzeDocument(*doc, options.analysis, &analysis)) {
        result.error = LoadError::cancelled(path);
        return result;
    }
    report(1000, Tr::tr("Done"));
    result.document = std::move(doc);
    return result;
}

QFuture<LoadResult> loadSnapshotAsync(const QString &path, const LoadOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<LoadResult> &promise) {
        PromiseMonitor monitor(promise);
        LoadResult result = loadSnapshot(path, options, &monitor);
        promise.addResult(std::move(result));
    });
}

const DeviceTimeline *Document::device(int ordinal) const
{
    for (const DeviceTimeline &d : devices) {
        if (d.device == ordinal)
            return &d;
    }
    return nullptr;
}

int Document::defaultDevice() const
{
    int best = -1;
    qint64 bestEvents = -1;
    for (const DeviceTimeline &d : devices) {
        if (!d.ooms.empty())
            return d.device;
        if (d.eventCount > bestEvents) {
            bestEvents = d.eventCount;
            best = d.device;
        }
    }
    return best;
}

} // namespace VramScope
