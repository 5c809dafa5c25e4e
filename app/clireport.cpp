// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "clireport.h"

#include "apptranslator.h"
#include "clicommands.h"
#include "comparisonreport.h"
#include "plotexport.h"
#include "report/htmlreportwriter.h"
#include "snapshotloader.h"

#include <QApplication>
#include <QFileInfo>
#include <QFuture>
#include <QSaveFile>
#include <QtConcurrent>

#include <cstdio>

namespace VramScope {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct ReportArgs
{
    QString file, html, png;
    QString compareWith; // --compare B: the comparison form, file = A (before)
    int device = -1;
    PlotExportOptions plot;
    LoadOptions load; // --rules and --capacity, as `vramscope diagnose` takes them
};

// Returns 0, or the exit code of a usage error (after printing it).
int parseArgs(const QStringList &args, ReportArgs *r, QTextStream &err)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue)
            r->html = args[++i];
        else if (a == QLatin1String("--compare") && hasValue)
            r->compareWith = args[++i];
        else if (a == QLatin1String("--png") && hasValue)
            r->png = args[++i];
        else if (a == QLatin1String("--rules") && hasValue)
            r->load.analysis.rulesFile = args[++i];
        else if (a == QLatin1String("--capacity") && hasValue)
            r->load.analysis.capacityBytes = args[++i].toLongLong(&ok);
        else if (a == QLatin1String("--device") && hasValue)
            r->device = args[++i].toInt(&ok);
        else if (a == QLatin1String("--width") && hasValue)
            r->plot.size.setWidth(args[++i].toInt(&ok));
        else if (a == QLatin1String("--height") && hasValue)
            r->plot.size.setHeight(args[++i].toInt(&ok));
        else if (a == QLatin1String("--scale") && hasValue)
            r->plot.scale = args[++i].toDouble(&ok);
        else if (!a.startsWith(QLatin1Char('-')) && r->file.isEmpty())
            r->file = a;
        else
            ok = false;
        if (!ok) {
            err << Cli::tr("vramscope report: unexpected or invalid argument '%1'\n").arg(a);
            return 1;
        }
    }
    const QSize s = r->plot.size;
    if (s.width() < 200 || s.height() < 120 || s.width() > 8000 || s.height() > 8000
        || r->plot.scale < 0.5 || r->plot.scale > 4) {
        err << Cli::tr("vramscope report: the image size must be 200x120 to 8000x8000 and the scale 0.5 to 4\n");
        return 1;
    }
    if (r->file.isEmpty() || (r->html.isEmpty() && r->png.isEmpty())) {
        err << Cli::tr("vramscope report: usage: vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] "
                       "[--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]\n");
        return 1;
    }
    return 0;
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Cli::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ReportPlot renderReportPlot(const DocumentPtr &document, int deviceIndex, const PlotExportOptions &options)
{
    // The page shows the plot at most ~1150 CSS pixels wide: twice the pixels keep it sharp on
    // HiDPI screens and in print. A dense trace compresses badly at 2x (600 KB for a million
    // events), so past a budget the report falls back to 1x and stays small enough to paste.
    constexpr qsizetype PngBudget = 384 * 1024;
    PlotExportOptions embedded = options;
    embedded.scale = std::max(embedded.scale, 2.0);
    ReportPlot plot = PlotExport::reportPlot(PlotExport::render(document, deviceIndex, embedded));
    if (plot.png.size() > PngBudget && options.scale < 2.0) {
        embedded.scale = 1.0;
        plot = PlotExport::reportPlot(PlotExport::render(document, deviceIndex, embedded));
    }
    return plot;
}

QByteArray buildHtmlReport(const DocumentPtr &document, int deviceIndex,
                           const PlotExportOptions &options, QString *error)
{
    const ReportTemplate tpl = ReportTemplate::load(ReportTemplate::resourceDir(), error);
    if (!tpl.isValid())
        return {};
    const ReportPlot plot = renderReportPlot(document, deviceIndex, options);
    const QByteArray html = HtmlReportWriter(tpl).write(*document, deviceIndex, plot);
    if (html.isEmpty() && error)
        *error = Cli::tr("%1: could not render the report").arg(document->path);
    return html;
}

// Qt's offscreen platform warns about things that do not matter for an image (no runtime dir,
// no window-manager hints); the command reports its own errors, one line each.
static void dropQtChatter(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

int runReportCommand(int argc, char **argv)
{
    qInstallMessageHandler(dropQtChatter);
    // The report is drawn off screen whatever the session has: no display is needed and the
    // image does not depend on the desktop's theme or scale.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vramscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VRAMSCOPE_VERSION));
    AppTranslator::installPreferred(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runReport(QCoreApplication::arguments().mid(2), out, err);
}

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ReportArgs r;
    if (const int code = parseArgs(args, &r, err))
        return code;
    // The report shows the categories and the ladder, so it must use the rules `diagnose` uses.
    if (const int code = checkRulesFile(r.load.analysis.rulesFile, err))
        return code;
    // With --compare both files load at once, one per core, as `vramscope compare` does.
    QFuture<LoadResult> other;
    if (!r.compareWith.isEmpty())
        other = QtConcurrent::run([f = r.compareWith, o = r.load] { return loadSnapshot(f, o); });
    const LoadResult result = loadSnapshot(r.file, r.load);
    const LoadResult resultB = r.compareWith.isEmpty() ? LoadResult() : other.result();
    std::vector<const LoadResult *> loaded{&result};
    if (!r.compareWith.isEmpty())
        loaded.push_back(&resultB);
    for (const LoadResult *one : loaded) {
        if (!one->ok()) {
            err << Cli::tr("vramscope: %1\n").arg(one->error.message());
            return one->error.exitCode();
        }
    }
    const DocumentPtr doc = result.document;
    const DocumentPtr docB = resultB.document;
    const int deviceA = r.device < 0 ? doc->defaultDevice() : r.device;
    const int deviceB = !docB ? -1 : r.device < 0 ? docB->defaultDevice() : r.device;
    const int index = deviceIndexOf(*doc, deviceA);
    if (index < 0 || (docB && deviceIndexOf(*docB, deviceB) < 0)) {
        err << Cli::tr("vramscope: %1: device %2 has no trace entries or segments\n")
                   .arg(index < 0 ? r.file : r.compareWith)
                   .arg(index < 0 ? deviceA : deviceB);
        return 2;
    }

    QByteArray png, html;
    QString error;
    if (docB) {
        const SnapshotComparison comparison = SnapshotComparison::compare(*doc, *docB, deviceA, deviceB);
        if (!r.png.isEmpty())
            png = renderAlignedPlot(doc, docB, comparison, r.plot);
        if (!r.html.isEmpty())
            html = buildComparisonReport(doc, docB, comparison, r.plot, &error);
    } else {
        if (!r.png.isEmpty())
            png = PlotExport::toPng(PlotExport::render(doc, index, r.plot).image);
        if (!r.html.isEmpty())
            html = buildHtmlReport(doc, index, r.plot, &error);
    }
    if (!r.html.isEmpty() && html.isEmpty()) {
        err << Cli::tr("vramscope: %1\n").arg(error);
        return 5;
    }
    if (!r.png.isEmpty() && png.isEmpty()) {
        err << Cli::tr("vramscope: %1: could not render the report\n").arg(r.file);
        return 5;
    }
    if ((!r.png.isEmpty() && !writeFileAtomically(r.png, png, &error))
        || (!r.html.isEmpty() && !writeFileAtomically(r.html, html, &error))) {
        err << Cli::tr("vramscope: %1\n").arg(error);
        return 3;
    }
    if (!r.html.isEmpty())
        out << Cli::tr("Wrote %1 (%2 KiB)\n").arg(QFileInfo(r.html).absoluteFilePath()).arg(html.size() / 1024);
    if (!r.png.isEmpty())
        out << Cli::tr("Wrote %1 (%2 KiB)\n").arg(QFileInfo(r.png).absoluteFilePath()).arg(png.size() / 1024);
    return 0;
}

} // namespace VramScope
