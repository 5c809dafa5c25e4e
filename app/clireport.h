// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "plotexport.h"

#include <QStringList>
#include <QTextStream>

namespace VramScope {

// `vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N]
// [--width W --height H] [--scale S]` (docs/cli.md). With --compare the page is the comparison
// form (FILE = A, before) and --png writes the aligned A/B plot. Rendering the plot needs a QApplication, so this command starts its
// own (offscreen: it never needs a display) instead of the CLI's QCoreApplication.
int runReportCommand(int argc, char **argv);
// The command itself; needs a running QApplication.
int runReport(const QStringList &args, QTextStream &out, QTextStream &err);

// The embedded timeline of one device: drawn at twice the pixels of options.size, at 1x past a
// size budget. Shared by both forms of the report.
ReportPlot renderReportPlot(const DocumentPtr &document, int deviceIndex, const PlotExportOptions &options);
// Shared with File > Export: the whole HTML report of one device (the plot drawn at twice the
// pixels of options.size). Empty with *error set when the template or the plot is missing.
QByteArray buildHtmlReport(const DocumentPtr &document, int deviceIndex,
                           const PlotExportOptions &options, QString *error);
// QSaveFile: a temporary beside the target, renamed on commit, so a failure never leaves a
// partial file. *error names the file and the reason.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace VramScope
