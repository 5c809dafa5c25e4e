// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "apptranslator.h"
#include "clicompare.h"
#include "clidiagnose.h"
#include "clireport.h"
#include "analysis/categoryrules.h"
#include "snapshotloader.h"
#include "summaryjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstring>

namespace VramScope {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char *const Commands[] = {"summary", "diagnose", "compare", "ranks", "report", "--help", "-h", "--version"};

void printUsage(QTextStream &out)
{
    out << Cli::tr("usage: vramscope [--lang LANG] [--allocations] [--screenshot PNG] [FILE...]\n"
                   "                                           open files in the desktop app\n"
                   "       vramscope summary FILE [--json]     what the snapshot holds, per device\n"
                   "       vramscope diagnose FILE [--device N] [--capacity BYTES] [--rules FILE] [--json]\n"
                   "       vramscope diagnose --message TEXT|- [--json]\n"
                   "       vramscope compare A B [--rules FILE] [--json]\n"
                   "                                           what changed from A (before) to B (after)\n"
                   "       vramscope ranks DIR|FILES... [--threshold PERCENT] [--rules FILE] [--json]\n"
                   "       vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]\n"
                   "exit codes: 0 ok, 1 usage, 2 bad input, 3 I/O error, 4 cancelled, 5 internal error\n");
}

int runSummary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file;
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1Char('-')) || !file.isEmpty()) {
            err << Cli::tr("vramscope summary: unexpected argument '%1'\n").arg(a);
            return 1;
        } else
            file = a;
    }
    if (file.isEmpty()) {
        err << Cli::tr("vramscope summary: no file given\n");
        return 1;
    }
    const LoadResult result = loadSnapshot(file);
    if (!result.ok()) {
        err << Cli::tr("vramscope: %1\n").arg(result.error.message());
        return result.error.exitCode();
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(summaryToJson(*result.document)).toJson(QJsonDocument::Indented));
    else
        out << summaryToText(*result.document);
    return 0;
}
} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : Commands) {
        if (std::strcmp(argv[1], c) == 0)
            return true;
    }
    return false;
}

int checkRulesFile(const QString &path, QTextStream &err)
{
    if (path.isEmpty())
        return 0;
    QString error;
    CategoryRules rules;
    if (rules.loadFile(path, &error))
        return 0;
    err << Cli::tr("vramscope: %1\n").arg(error);
    return QFileInfo(path).isReadable() ? 2 : 3;
}

int runCommandLine(int argc, char **argv)
{
    // The report draws the plot, which needs a QApplication instead of the QCoreApplication below.
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0)
        return runReportCommand(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vramscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VRAMSCOPE_VERSION));
    AppTranslator::installPreferred(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version")) {
        out << QStringLiteral("vramscope %1 (Qt %2)\n").arg(QStringLiteral(VRAMSCOPE_VERSION), QLatin1String(qVersion()));
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    if (command == QLatin1String("summary"))
        return runSummary(args, out, err);
    if (command == QLatin1String("diagnose"))
        return runDiagnose(args, out, err);
    if (command == QLatin1String("compare"))
        return runCompare(args, out, err);
    if (command == QLatin1String("ranks"))
        return runRanks(args, out, err);
    printUsage(err);
    return 1;
}

} // namespace VramScope
