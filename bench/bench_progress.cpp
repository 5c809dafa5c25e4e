// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Progress and cancel of one whole open, as the app's progress bar and Cancel button see them
// (issue 6: no stage sits at one value for more than a second; cancel takes effect within
// 200 ms at any stage).
//   vramscope_bench progress FILE   the longest time the progress value stood still, and where
//   vramscope_bench cancel FILE     cancels ten loads at 5 %, 15 %, ... 95 % of a full load's
//                                   time and prints the longest wait for loadSnapshot to return
#include "benchmodes.h"

#include "loadmonitor.h"
#include "snapshotloader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <chrono>
#include <thread>

namespace VramScope {

namespace {

// Records when the reported value changes, and the stage shown at that moment.
class StallMonitor : public LoadMonitor
{
public:
    StallMonitor() { m_timer.start(); }
    void report(int permille, const QString &stage) override
    {
        const QMutexLocker lock(&m_mutex);
        m_stage = stage;
        if (permille == m_value)
            return;
        noteStall();
        m_value = permille;
        m_since = m_timer.elapsed();
    }
    void finish()
    {
        const QMutexLocker lock(&m_mutex);
        noteStall();
    }
    QString stage() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_stage;
    }
    qint64 longestStallMs = 0;
    int stallValue = 0;
    QString stallStage;

private:
    void noteStall()
    {
        const qint64 stall = m_timer.elapsed() - m_since;
        if (stall > longestStallMs) {
            longestStallMs = stall;
            stallValue = m_value;
            stallStage = m_stage;
        }
    }
    mutable QMutex m_mutex;
    QElapsedTimer m_timer;
    qint64 m_since = 0;
    int m_value = -1;
    QString m_stage;
};

} // namespace

int benchProgress(const QString &file)
{
    StallMonitor monitor;
    QElapsedTimer t;
    t.start();
    const LoadResult r = loadSnapshot(file, LoadOptions{}, &monitor);
    if (!r.ok())
        return 2;
    monitor.finish();
    printJson({{QStringLiteral("wall_ms"), t.elapsed()},
               {QStringLiteral("longest_stall_ms"), monitor.longestStallMs},
               {QStringLiteral("stall_at_permille"), monitor.stallValue},
               {QStringLiteral("stall_stage"), monitor.stallStage}});
    return 0;
}

int benchCancel(const QString &file)
{
    QElapsedTimer t;
    t.start();
    if (!loadSnapshot(file).ok())
        return 2;
    const qint64 fullMs = t.elapsed();
    qint64 worst = 0;
    QJsonArray points;
    for (int pct = 5; pct < 100; pct += 10) {
        StallMonitor monitor;
        bool cancelled = false;
        std::thread loader([&] { cancelled = !loadSnapshot(file, LoadOptions{}, &monitor).ok(); });
        std::this_thread::sleep_for(std::chrono::milliseconds(fullMs * pct / 100));
        QElapsedTimer wait;
        wait.start();
        const QString stage = monitor.stage();
        monitor.cancel();
        loader.join();
        const qint64 ms = wait.elapsed();
        if (!cancelled)
            continue; // finished before the cancel arrived
        worst = std::max(worst, ms);
        points.append(QJsonObject{{QStringLiteral("at_percent"), pct},
                                  {QStringLiteral("stage"), stage},
                                  {QStringLiteral("cancel_ms"), ms}});
    }
    printJson({{QStringLiteral("full_load_ms"), fullMs},
               {QStringLiteral("max_cancel_ms"), worst},
               {QStringLiteral("points"), points}});
    return 0;
}

} // namespace VramScope
