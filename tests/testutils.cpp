// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

QString testDataPath(const QString &name)
{
    return QStringLiteral(VRAMSCOPE_TEST_DATA "/") + name;
}

#include <QDir>

QString sharedCorpusPath()
{
    const QDir dir(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/../shared/corpus"));
    return dir.exists() ? dir.absolutePath() : QString();
}
