// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace VramScope {

// Tells when an open snapshot changed on disk (a trace re-copied from the remote box). Changes
// are debounced, since a copy writes in many chunks, and replaced files are watched again.
class FileChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileChangeWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void unwatch(const QString &path);
    QStringList watched() const;
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    void fileChanged(const QString &path);

private:
    void onChanged(const QString &path);
    void flush();

    QFileSystemWatcher m_watcher;
    QSet<QString> m_paths;
    QSet<QString> m_pending;
    QTimer m_timer;
};

} // namespace VramScope
