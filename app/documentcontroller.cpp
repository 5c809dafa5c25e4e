// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "documentcontroller.h"

#include <QFileInfo>

namespace VramScope {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
    , m_loader([this](const QString &path) { return loadSnapshotAsync(path, m_options); })
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DocumentController::onFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &DocumentController::onProgress);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) {
                m_stage = text;
                onProgress();
            });
}

DocumentController::~DocumentController()
{
    // A running load holds only its own data; tell it to stop and let the pool finish it.
    m_watcher.cancel();
}

void DocumentController::open(const QString &path)
{
    m_queue.append({path, false});
    if (!isLoading())
        startNext();
}

void DocumentController::open(const QStringList &paths)
{
    for (const QString &path : paths)
        m_queue.append({path, false});
    if (!isLoading())
        startNext();
}

void DocumentController::reload(const QString &path)
{
    m_queue.append({path, true});
    if (!isLoading())
        startNext();
}

void DocumentController::startNext()
{
    if (m_queue.isEmpty()) {
        m_current.clear();
        Q_EMIT idle();
        return;
    }
    const Request request = m_queue.takeFirst();
    m_current = request.path;
    m_currentIsReload = request.reload;
    m_stage = tr("Opening %1").arg(QFileInfo(request.path).fileName());
    Q_EMIT loadStarted(request.path);
    Q_EMIT progressChanged(0, m_stage);
    // setFuture() detaches the watcher from any previous (cancelled) load: its result is lost.
    m_watcher.setFuture(m_loader(request.path));
}

void DocumentController::cancel()
{
    if (!isLoading())
        return;
    const QString path = m_current;
    m_queue.clear();
    m_watcher.cancel(); // the worker stops at its next check; whatever it delivers is ignored
    m_current.clear();
    Q_EMIT loadCanceled(path);
    Q_EMIT idle();
}

void DocumentController::onProgress()
{
    if (isLoading())
        Q_EMIT progressChanged(m_watcher.progressValue(), m_stage);
}

void DocumentController::onFinished()
{
    // A late signal of a cancelled load may arrive after the next load started: ignore it.
    if (!isLoading() || !m_watcher.future().isFinished())
        return;
    const QString path = m_current;
    const bool isReload = m_currentIsReload;
    const QFuture<LoadResult> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_current.clear();
        Q_EMIT loadCanceled(path);
    } else {
        const LoadResult result = future.result();
        m_current.clear();
        if (result.ok())
            Q_EMIT documentLoaded(result.document, path, isReload);
        else if (result.error.code == LoadError::Code::Cancelled)
            Q_EMIT loadCanceled(path);
        else
            Q_EMIT loadFailed(path, result.error.isError()
                                        ? result.error.message()
                                        : tr("%1: the loader returned no document").arg(path));
    }
    startNext();
}

} // namespace VramScope
