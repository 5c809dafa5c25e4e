// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/reporttemplate.h"

#include "modeltr.h"

#include <QFile>

namespace VramScope {

ReportTemplate ReportTemplate::load(const QString &dir, QString *error)
{
    return loadFiles(dir, QStringLiteral("report.html"), QStringLiteral("report.js"), error);
}

ReportTemplate ReportTemplate::loadComparison(const QString &dir, QString *error)
{
    return loadFiles(dir, QStringLiteral("compare.html"), QStringLiteral("compare.js"), error);
}

ReportTemplate ReportTemplate::loadFiles(const QString &dir, const QString &page, const QString &script,
                                         QString *error)
{
    ReportTemplate t;
    const auto read = [&](const QString &name, QString *into) {
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = Tr::tr("%1: cannot read the report template: %2")
                             .arg(file.fileName(), file.errorString());
            return false;
        }
        *into = QString::fromUtf8(file.readAll());
        return true;
    };
    if (!read(page, &t.html) || !read(QStringLiteral("report.css"), &t.css) || !read(script, &t.js))
        return {};
    return t;
}

} // namespace VramScope
