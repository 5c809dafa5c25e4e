// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The load and redraw benchmark (bench/run.sh drives it; numbers go to bench/RESULTS.md).
//   vramscope_bench load FILE     whole open: decompress + parse + replay + categories + diagnosis
//   vramscope_bench redraw FILE   one zoom/pan redraw of the timeline at full width, offscreen
//   vramscope_bench progress|cancel FILE   see bench_progress.cpp
// Each prints one JSON line.
#include "benchmodes.h"
#include "io/inputopener.h"
#include "snapshot/picklesnapshotreader.h"
#include "snapshotloader.h"
#include "timeline/timelinebuilder.h"
#include "timelineplot.h"

#include "qcustomplotinclude.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace VramScope;

namespace {
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void print(const QJsonObject &o)
{
    printJson(o);
}

int load(const QString &file)
{
    const qint64 rssBefore = peakRssKiB();
    QElapsedTimer t;
    t.start();
    const LoadResult r = loadSnapshot(file);
    const qint64 ms = t.elapsed();
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error.message()));
        return 2;
    }
    qint64 events = 0;
    for (const DeviceTimeline &d : r.document->devices)
        events += d.eventCount;
    print({{QStringLiteral("wall_ms"), ms},
           {QStringLiteral("peak_rss_kib"), peakRssKiB()},
           {QStringLiteral("rss_before_kib"), rssBefore},
           {QStringLiteral("events"), events}});
    return 0;
}

// Where the time of one open goes: parse, replay, analysis.
int phases(const QString &file)
{
    QElapsedTimer t;
    t.start();
    LoadError err;
    OpenedInput in = openInput(file, InputLimits{}, &err);
    if (!in.source)
        return 2;
    auto doc = std::make_shared<Document>();
    auto snap = std::make_shared<Snapshot>();
    if (!readPickleSnapshot(*in.source, file, nullptr, {}, snap.get(), &err))
        return 2;
    const qint64 parseMs = t.restart();
    const qint64 rssAfterParse = peakRssKiB();
    for (int d : devicesWithData(*snap)) {
        DeviceTimeline tl;
        buildDeviceTimeline(*snap, d, &tl);
        doc->devices.push_back(std::move(tl));
    }
    const qint64 replayMs = t.restart();
    const qint64 rssAfterReplay = peakRssKiB();
    doc->snapshot = snap;
    analyzeDocument(*doc, AnalysisOptions{});
    print({{QStringLiteral("parse_ms"), parseMs}, {QStringLiteral("replay_ms"), replayMs},
           {QStringLiteral("analysis_ms"), t.elapsed()}, {QStringLiteral("peak_rss_kib"), peakRssKiB()},
           {QStringLiteral("peak_rss_after_parse_kib"), rssAfterParse},
           {QStringLiteral("peak_rss_after_replay_kib"), rssAfterReplay},
           {QStringLiteral("intervals"), qint64(doc->devices.empty() ? 0 : doc->devices[0].intervals.size())},
           {QStringLiteral("allocated_changes"), doc->devices.empty() ? 0 : doc->devices[0].allocated.changeCount()}});
    return 0;
}

// The app's own timeline widget (views/timelineplot: category bands, lines, markers), at full
// width offscreen: each round sets a new x range (the envelope is recomputed for the pixels) and
// replots immediately, as a wheel zoom or a drag pan does.
int redraw(const QString &file, int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const LoadResult r = loadSnapshot(file);
    if (!r.ok())
        return 2;
    const qint64 events = r.document->devices.at(0).eventCount;
    TimelinePlot plot;
    plot.resize(1920, 600);
    plot.show();
    plot.setDocument(r.document, 0);
    plot.plot()->replot(QCustomPlot::rpImmediateRefresh); // lays out the axis rect (warm-up)
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    const int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
        const qint64 width = std::max<qint64>(events >> (i % 6), 2); // zoom in and pan
        const qint64 first = (events - width) * i / rounds;
        plot.plot()->xAxis->setRange(double(first), double(first + width - 1));
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    print({{QStringLiteral("redraw_ms"), double(t.nsecsElapsed()) / 1e6 / rounds},
           {QStringLiteral("points"), plot.lastPointCount()},
           {QStringLiteral("events"), events}});
    return 0;
}
} // namespace

void VramScope::printJson(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: vramscope_bench load|phases|redraw|progress|cancel FILE\n");
        return 1;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString file = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("load"))
        return load(file);
    if (mode == QLatin1String("phases"))
        return phases(file);
    if (mode == QLatin1String("redraw"))
        return redraw(file, argc, argv);
    if (mode == QLatin1String("progress"))
        return benchProgress(file);
    if (mode == QLatin1String("cancel"))
        return benchCancel(file);
    return 1;
}
