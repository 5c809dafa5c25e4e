// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "segmentscale.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class QSettings;

namespace VramScope {

// Typed access to the user's settings, so keys and defaults live in one place.
class Settings
{
public:
    static constexpr int MaxRecentFiles = 10;

    Settings(); // the application's QSettings (organization/application names)
    explicit Settings(std::unique_ptr<QSettings> backend);
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first, deduplicated, capped
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    // The user's category rules file (docs/rules.md) used for every load; empty = none.
    QString rulesFile() const;
    void setRulesFile(const QString &path);

    // How the Allocator State panel scales its segment rows (default: fit each row).
    SegmentScale segmentScale() const;
    void setSegmentScale(SegmentScale scale);
    // The order of its rows (default: largest first).
    SegmentOrder segmentOrder() const;
    void setSegmentOrder(SegmentOrder order);

    void sync();
    QString fileName() const; // where the settings are stored

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace VramScope
