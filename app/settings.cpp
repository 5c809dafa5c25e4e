// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace VramScope {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString RecentKey = QStringLiteral("files/recent");
const QString LastDirKey = QStringLiteral("files/lastDirectory");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_settings(std::move(backend))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(RecentKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(RecentKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(RecentKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings->remove(RecentKey);
}

QString Settings::lastDirectory() const
{
    return m_settings->value(LastDirKey, QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(LastDirKey, directory);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace VramScope
