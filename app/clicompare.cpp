// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "clicommands.h"
#include "clicompare.h"

#include "compare/comparisonjson.h"
#include "compare/rankloader.h"
#include "compare/ranksoverview.h"
#include "compare/snapshotcomparison.h"
#include "snapshotloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QtConcurrent>

namespace VramScope {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printJson(const QJsonObject &o, QTextStream &out)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}
} // namespace

int runCompare(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    bool json = false;
    LoadOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--rules") && i + 1 < args.size()) {
            options.analysis.rulesFile = args[++i]; // both sides, as in `diagnose --rules`
        } else if (a.startsWith(QLatin1Char('-')) || files.size() == 2) {
            err << Cli::tr("vramscope compare: unexpected argument '%1'\n").arg(a);
            return 1;
        } else {
            files << a;
        }
    }
    if (files.size() != 2) {
        err << Cli::tr("vramscope compare: two files needed (A = before, B = after)\n");
        return 1;
    }
    if (const int code = checkRulesFile(options.analysis.rulesFile, err))
        return code;
    // Both load at once, one per core.
    QFuture<LoadResult> fa
        = QtConcurrent::run([f = files[0], options] { return loadSnapshot(f, options); });
    const LoadResult b = loadSnapshot(files[1], options);
    const LoadResult a = fa.result();
    for (const LoadResult *r : {&a, &b}) {
        if (!r->ok()) {
            err << Cli::tr("vramscope: %1\n").arg(r->error.message());
            return r->error.exitCode();
        }
    }
    const SnapshotComparison c = SnapshotComparison::compare(*a.document, *b.document);
    if (json)
        printJson(comparisonToJson(c), out);
    else
        out << comparisonToText(c);
    return 0;
}

int runRanks(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    bool json = false;
    double threshold = RanksOverview::DefaultThreshold;
    LoadOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--rules") && i + 1 < args.size()) {
            options.analysis.rulesFile = args[++i];
        } else if (a == QLatin1String("--threshold") && i + 1 < args.size()) {
            bool ok = false;
            threshold = args[++i].toDouble(&ok) / 100.0;
            if (!ok || threshold < 0) {
                err << Cli::tr("vramscope ranks: --threshold needs a percentage\n");
                return 1;
            }
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << Cli::tr("vramscope ranks: unexpected argument '%1'\n").arg(a);
            return 1;
        } else if (QFileInfo(a).isDir()) {
            const QStringList inDir = RankLoader::filesInFolder(a);
            if (inDir.isEmpty()) {
                err << Cli::tr("vramscope: %1: no snapshot files in this folder\n").arg(a);
                return 3;
            }
            files += inDir;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        err << Cli::tr("vramscope ranks: no folder or files given\n");
        return 1;
    }
    if (const int code = checkRulesFile(options.analysis.rulesFile, err))
        return code;
    const std::vector<LoadResult> results = RankLoader::load(files, options);
    std::vector<RankSummary> ranks;
    for (size_t i = 0; i < results.size(); ++i) {
        if (!results[i].ok()) {
            err << Cli::tr("vramscope: %1\n").arg(results[i].error.message());
            return results[i].error.exitCode();
        }
        ranks.push_back(RankSummary::fromDocument(*results[i].document, QFileInfo(files[qsizetype(i)]).fileName()));
    }
    const RanksOverview overview = RanksOverview::build(std::move(ranks), threshold);
    if (json)
        printJson(ranksToJson(overview), out);
    else
        out << ranksToText(overview);
    return 0;
}

} // namespace VramScope
