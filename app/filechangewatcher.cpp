// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "filechangewatcher.h"

#include <QFileInfo>

namespace VramScope {

FileChangeWatcher::FileChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(700);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileChangeWatcher::onChanged);
    connect(&m_timer, &QTimer::timeout, this, &FileChangeWatcher::flush);
}

void FileChangeWatcher::watch(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.insert(absolute);
    if (!m_watcher.files().contains(absolute))
        m_watcher.addPath(absolute);
}

void FileChangeWatcher::unwatch(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.remove(absolute);
    m_pending.remove(absolute);
    m_watcher.removePath(absolute);
}

QStringList FileChangeWatcher::watched() const
{
    return QStringList(m_paths.cbegin(), m_paths.cend());
}

void FileChangeWatcher::onChanged(const QString &path)
{
    if (!m_paths.contains(path))
        return;
    m_pending.insert(path);
    m_timer.start(); // restarts: wait until the writes stop
}

void FileChangeWatcher::flush()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &path : pending) {
        // Copies often replace the file, which drops it from the watcher.
        if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
        if (QFileInfo::exists(path))
            Q_EMIT fileChanged(path);
    }
}

} // namespace VramScope
