// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "filedrop.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace VramScope::FileDrop {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool wantsComparison(const QStringList &files, Qt::KeyboardModifiers modifiers)
{
    return files.size() == 2 && modifiers.testFlag(CompareModifier);
}

std::pair<QString, QString> beforeAfter(const QString &first, const QString &second)
{
    const QDateTime a = QFileInfo(first).lastModified();
    const QDateTime b = QFileInfo(second).lastModified();
    if (a.isValid() && b.isValid() && b < a)
        return {second, first};
    return {first, second};
}

} // namespace VramScope::FileDrop
