// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/reporttemplate.h"

#include "modeltr.h"

#include <QFile>

namespace VramScope {

namespace {
// A template file may open with an HTML comment for the people editing it; the page itself must
// start with its doctype, so the comment is dropped.
QString withoutLeadingComment(const QString &text)
{
    if (!text.startsWith(QLatin1String("<!--")))
        return text;
    const qsizetype end = text.indexOf(QLatin1String("-->"));
    if (end < 0)
        return text;
    qsizetype from = end + 3;
    while (from < text.size() && text[from] == QLatin1Char('\n'))
        ++from;
    return text.mid(from);
}
} // namespace

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
    QString shell, body;
    if (!read(page, &body) || !read(QStringLiteral("page.html"), &shell)
        || !read(QStringLiteral("report.css"), &t.css) || !read(script, &t.js))
        return {};
    // Both pages share page.html (doctype, CSP, style, script, footer); the body goes in once,
    // here, so the writers fill one template as before.
    t.html = withoutLeadingComment(shell).replace(QLatin1String("{{BODY}}"), withoutLeadingComment(body));
    return t;
}

} // namespace VramScope
