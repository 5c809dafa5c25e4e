// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "examplesnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace VramScope {

QString ExampleSnapshot::resourcePath()
{
    return QStringLiteral(":/vramscope/examples/example_oom.pickle.zst");
}

bool ExampleSnapshot::isAvailable()
{
    return QFileInfo::exists(resourcePath());
}

QString ExampleSnapshot::extract(QString *error)
{
    QFile source(resourcePath());
    if (!source.exists()) {
        *error = tr("The example snapshot is not built into this copy of VRAMScope.");
        return {};
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + QStringLiteral("/vramscope-example");
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1 for the example snapshot.").arg(dir);
        return {};
    }
    const QString target = dir + QStringLiteral("/example_oom.pickle.zst");
    if (QFileInfo(target).size() == source.size())
        return target; // extracted before
    QFile::remove(target);
    if (!source.copy(target)) {
        *error = tr("Cannot write the example snapshot to %1: %2").arg(target, source.errorString());
        return {};
    }
    // Resource copies are read-only; the reload watcher must be able to see a fresh file.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace VramScope
