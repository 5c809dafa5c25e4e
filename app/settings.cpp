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
const QString RulesFileKey = QStringLiteral("analysis/rulesFile");
const QString SegmentScaleKey = QStringLiteral("allocatorState/segmentScale");
// Words, not enum numbers, in the file: readable, and safe if the enum is ever reordered.
const QString FitRowValue = QStringLiteral("fit");
const QString SharedValue = QStringLiteral("shared");
const QString SegmentOrderKey = QStringLiteral("allocatorState/segmentOrder");
const QString MostFreeValue = QStringLiteral("mostFree");
const QString AddressValue = QStringLiteral("address");
const QString LargestValue = QStringLiteral("largest");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_settings(std::move(backend))
{}

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

QString Settings::rulesFile() const
{
    return m_settings->value(RulesFileKey).toString();
}

void Settings::setRulesFile(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(RulesFileKey);
    else
        m_settings->setValue(RulesFileKey, QFileInfo(path).absoluteFilePath());
}

// Fit is the default: it is the scale at which fragmentation inside the many small segments of
// a real snapshot is visible at all (see SegmentMapView).
SegmentScale Settings::segmentScale() const
{
    return m_settings->value(SegmentScaleKey).toString() == SharedValue ? SegmentScale::Shared
                                                                        : SegmentScale::FitRow;
}

void Settings::setSegmentScale(SegmentScale scale)
{
    m_settings->setValue(SegmentScaleKey,
                         scale == SegmentScale::Shared ? SharedValue : FitRowValue);
}

SegmentOrder Settings::segmentOrder() const
{
    const QString v = m_settings->value(SegmentOrderKey).toString();
    return v == MostFreeValue ? SegmentOrder::MostFree
           : v == AddressValue ? SegmentOrder::Address
                               : SegmentOrder::Largest;
}

void Settings::setSegmentOrder(SegmentOrder order)
{
    m_settings->setValue(SegmentOrderKey, order == SegmentOrder::MostFree ? MostFreeValue
                                          : order == SegmentOrder::Address ? AddressValue
                                                                           : LargestValue);
}

// Writes are atomic without our help: QConfFileSettingsPrivate::syncConfFile() in qtbase
// src/corelib/io/qsettings.cpp writes the ini/conf file through
// `QSaveFile sf(confFile->name); sf.setDirectWriteFallback(!atomicSyncOnly);` and commit()s it,
// i.e. a temporary file beside it renamed over the old one, under a QLockFile. atomicSyncOnly is
// QSettings::isAtomicSyncRequired(), true unless someone turns it off (we never do), so a crash
// mid-write leaves the previous settings intact. tests/app/tst_settings checks the file is
// replaced (new inode) and that no temporary file is left beside it.
void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace VramScope
