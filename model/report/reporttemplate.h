// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

// The three texts of an HTML report: the page with {{NAME}} placeholders, its stylesheet and its
// script. They live in resources/report/ (compiled in under :/vramscope/report); tests load them
// from the source tree, so the writers never depend on the resource library. page.html is the
// page around both forms (doctype, CSP, style, script, footer) with {{BODY}} where the single
// report's report.html or the comparison form's compare.html goes; report.css serves both, the
// script is report.js or compare.js.
struct ReportTemplate
{
    QString html;
    QString css;
    QString js;

    bool isValid() const { return !html.isEmpty(); }
    // Reads report.html, page.html, report.css and report.js from dir (":/vramscope/report" or a
    // folder).
    // On failure returns an invalid template and sets *error to a message naming the file.
    static ReportTemplate load(const QString &dir, QString *error = nullptr);
    // The same for the comparison form.
    static ReportTemplate loadComparison(const QString &dir, QString *error = nullptr);
    static QString resourceDir() { return QStringLiteral(":/vramscope/report"); }

private:
    static ReportTemplate loadFiles(const QString &dir, const QString &page, const QString &script,
                                    QString *error);
};

} // namespace VramScope
