// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>

namespace VramScope {

// Loads snapshots off the UI thread, one at a time (further requests queue), and hands each
// finished immutable Document to the UI. Cancel takes effect at once for the UI: the running
// load is told to stop and its late result, if any, is dropped (generation id).
class DocumentController : public QObject
{
    Q_OBJECT
public:
    using Loader = std::function<QFuture<LoadResult>(const QString &path)>;

    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    // Tests inject a loader; the default is loadSnapshotAsync() with options().
    void setLoader(Loader loader) { m_loader = std::move(loader); }
    // The user's category rules file for the loads started from now on (empty = built-in only).
    void setRulesFile(const QString &path) { m_options.analysis.rulesFile = path; }
    QString rulesFile() const { return m_options.analysis.rulesFile; }
    const LoadOptions &options() const { return m_options; }

    void open(const QString &path);
    void open(const QStringList &paths);
    void reload(const QString &path); // the result replaces the tab showing this path
    void cancel();                    // the running load and everything queued
    bool isLoading() const { return !m_current.isEmpty(); }
    QString loadingPath() const { return m_current; }

Q_SIGNALS:
    void loadStarted(const QString &path);
    void progressChanged(int permille, const QString &stage);
    void documentLoaded(const VramScope::DocumentPtr &document, const QString &path, bool isReload);
    void loadFailed(const QString &path, const QString &message);
    void loadCanceled(const QString &path);
    void idle();

private:
    struct Request
    {
        QString path;
        bool reload = false;
    };
    void startNext();
    void onFinished();
    void onProgress();

    LoadOptions m_options;
    Loader m_loader;
    QList<Request> m_queue;
    QFutureWatcher<LoadResult> m_watcher;
    QString m_current;
    bool m_currentIsReload = false;
    QString m_stage;
};

} // namespace VramScope
