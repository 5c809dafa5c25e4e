// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

QString testDataPath(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA "/") + name;
}

#include <QDir>
#include <QFile>

bool writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// VRAMSCOPE_CORPUS points the corpus-wide tests at another copy (for example a private set of
// snapshots, or a trial layout before the shared one changes).
QString sharedCorpusPath()
{
    const QString override = qEnvironmentVariable("VRAMSCOPE_CORPUS");
    const QDir dir(override.isEmpty() ? QStringLiteral(VRAMSCOPE_SOURCE_DIR "/../shared/corpus") : override);
    return dir.exists() ? dir.absolutePath() : QString();
}
