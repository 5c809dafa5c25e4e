// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/rankloader.h"

#include "compare/ranksoverview.h"
#include "modeltr.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace VramScope {

namespace {
// Per-file monitor: forwards cancellation from the combined monitor and reports its share.
class CombinedProgress
{
public:
    CombinedProgress(size_t n, LoadMonitor *outer) : m_permille(n, 0), m_outer(outer) {}
    void report(size_t i, int permille)
    {
        QMutexLocker lock(&m_mutex);
        m_permille[i] = permille;
        const qint64 sum = std::accumulate(m_permille.begin(), m_permille.end(), qint64(0));
        const int done = int(std::count(m_permille.begin(), m_permille.end(), 1000));
        if (m_outer) {
            m_outer->report(int(sum / qint64(m_permille.size())),
                            Tr::tr("Loading %1 ranks (%2 done)").arg(m_permille.size()).arg(done));
        }
    }
    bool isCanceled() const { return m_outer && m_outer->isCanceled(); }

private:
    QMutex m_mutex;
    std::vector<int> m_permille;
    LoadMonitor *m_outer;
};

class FileMonitor : public LoadMonitor
{
public:
    FileMonitor(CombinedProgress &combined, size_t index) : m_combined(combined), m_index(index) {}
    bool isCanceled() const override { return m_combined.isCanceled() || LoadMonitor::isCanceled(); }
    void report(int permille, const QString &) override { m_combined.report(m_index, permille); }

private:
    CombinedProgress &m_combined;
    size_t m_index;
};

class PromiseMonitor : public LoadMonitor
{
public:
    explicit PromiseMonitor(QPromise<std::vector<LoadResult>> &promise) : m_promise(promise) {}
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void report(int permille, const QString &stage) override
    {
        m_promise.setProgressValueAndText(permille, stage);
    }

private:
    QPromise<std::vector<LoadResult>> &m_promise;
};

// Rank loads get their own pool so that loadAsync's coordinator, which runs on the global pool,
// never waits for a slot it occupies itself.
Q_GLOBAL_STATIC(QThreadPool, g_rankPool) // joined at exit

QThreadPool *rankPool()
{
    QThreadPool *pool = g_rankPool();
    pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    return pool;
}
} // namespace

QStringList RankLoader::filesInFolder(const QString &dir)
{
    const QDir d(dir);
    QStringList out;
    const QFileInfoList entries = d.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort);
    for (const QFileInfo &fi : entries) {
        const QString name = fi.fileName();
        if (!name.endsWith(QLatin1String(".expected.json")) && !name.endsWith(QLatin1String(".md"))
            && !name.endsWith(QLatin1String(".txt")) && !name.endsWith(QLatin1String(".log")))
            out << fi.filePath();
    }
    std::sort(out.begin(), out.end(), naturalLess);
    return out;
}

std::vector<LoadResult> RankLoader::load(const QStringList &files, const LoadOptions &options, LoadMonitor *monitor)
{
    CombinedProgress combined(size_t(files.size()), monitor);
    std::vector<size_t> indices(size_t(files.size()));
    std::iota(indices.begin(), indices.end(), size_t(0));
    const QList<LoadResult> results =
        QtConcurrent::blockingMapped<QList<LoadResult>>(rankPool(), indices, [&](size_t i) {
            FileMonitor fileMonitor(combined, i);
            LoadResult r = loadSnapshot(files[qsizetype(i)], options, &fileMonitor);
            combined.report(i, 1000);
            return r;
        });
    return std::vector<LoadResult>(results.begin(), results.end());
}

QFuture<std::vector<LoadResult>> RankLoader::loadAsync(const QStringList &files, const LoadOptions &options)
{
    return QtConcurrent::run([files, options](QPromise<std::vector<LoadResult>> &promise) {
        promise.setProgressRange(0, 1000);
        PromiseMonitor monitor(promise);
        promise.addResult(load(files, options, &monitor));
    });
}

} // namespace VramScope
