// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "clicommands.h"
#include "clidiagnose.h"

#include "oommessage/oommessageparser.h"
#include "snapshotloader.h"
#include "summaryjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace VramScope {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString bytesText(qint64 b)
{
    return b == UnknownBytes ? Cli::tr("unknown") : formatBytes(b);
}

void printLadder(const LadderResult &ladder, QTextStream &out)
{
    for (size_t i = 0; i < ladder.rungs.size(); ++i) {
        const RungEstimate &r = ladder.rungs[i];
        out << (int(i) == ladder.recommended ? QStringLiteral("  -> ") : QStringLiteral("     "))
            << rungId(r.rung) << QStringLiteral(": ") << rungLabel(r.rung)
            << Cli::tr(", frees about %1").arg(bytesText(r.estimatedSavingsBytes))
            << (r.coversShortfall ? Cli::tr(" (covers the shortfall)") : QString())
            << (r.changesScience ? Cli::tr(" [changes the science]") : QString()) << '\n';
    }
}

int diagnoseMessage(const QString &textArg, bool json, QTextStream &out, QTextStream &err)
{
    QString text = textArg;
    if (textArg == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << Cli::tr("vramscope diagnose: cannot read standard input\n");
            return 3;
        }
        text = QString::fromUtf8(in.readAll());
    }
    const OomMessage m = OomMessageParser::parse(text);
    if (json) {
        out << QString::fromUtf8(QJsonDocument(oomMessageToJson(m)).toJson(QJsonDocument::Indented));
    } else if (m.kind == OomMessage::Kind::NotRecognised) {
        out << Cli::tr("Not recognised as an out-of-memory message.\n");
    } else if (m.kind == OomMessage::Kind::HostMemory) {
        out << Cli::tr("Host memory, not a GPU OOM: %1\n").arg(m.notes.join(QLatin1Char(' ')));
    } else {
        out << Cli::tr("GPU out of memory (%1, device %2)\n").arg(oomBackendId(m.backend)).arg(m.device);
        out << Cli::tr("  requested %1, capacity %2, allocated %3, reserved %4, free %5\n")
                   .arg(bytesText(m.requestedBytes), bytesText(m.capacityBytes), bytesText(m.allocatedBytes),
                        bytesText(m.reservedBytes), bytesText(m.freeBytes));
        out << Cli::tr("Verdict: %1. %2\n").arg(verdictLabel(m.verdict), m.verdictReason);
        printLadder(m.ladder, out);
    }
    return m.kind == OomMessage::Kind::NotRecognised ? 2 : 0;
}
} // namespace

int runDiagnose(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file, message;
    bool json = false, haveMessage = false;
    LoadOptions options;
    int device = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--message") && hasValue) {
            message = args[++i];
            haveMessage = true;
        } else if (a == QLatin1String("--device") && hasValue) {
            device = args[++i].toInt(&ok);
        } else if (a == QLatin1String("--capacity") && hasValue) {
            options.analysis.capacityBytes = args[++i].toLongLong(&ok);
        } else if (a == QLatin1String("--rules") && hasValue) {
            options.analysis.rulesFile = args[++i];
        } else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty()) {
            file = a;
        } else {
            ok = false;
        }
        if (!ok) {
            err << Cli::tr("vramscope diagnose: unexpected or invalid argument '%1'\n").arg(a);
            return 1;
        }
    }
    if (haveMessage)
        return diagnoseMessage(message, json, out, err);
    if (file.isEmpty()) {
        err << Cli::tr("vramscope diagnose: no file given (or --message TEXT)\n");
        return 1;
    }
    if (const int code = checkRulesFile(options.analysis.rulesFile, err))
        return code;
    const LoadResult result = loadSnapshot(file, options);
    if (!result.ok()) {
        err << Cli::tr("vramscope: %1\n").arg(result.error.message());
        return result.error.exitCode();
    }
    const Document &doc = *result.document;
    if (device < 0)
        device = doc.defaultDevice();
    size_t index = doc.devices.size();
    for (size_t i = 0; i < doc.devices.size(); ++i) {
        if (doc.devices[i].device == device)
            index = i;
    }
    if (index == doc.devices.size() || index >= doc.diagnoses.size()) {
        err << Cli::tr("vramscope: %1: device %2 has no trace entries or segments\n").arg(file).arg(device);
        return 2;
    }
    const Diagnosis &d = doc.diagnoses[index];
    if (json) {
        QJsonObject o = diagnosisToJson(d);
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("device"), device);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << Cli::tr("%1, device %2: %3 at event %4\n").arg(file).arg(device)
               .arg(momentKindId(d.momentKind)).arg(d.momentIndex);
    out << Cli::tr("Allocated %1, reserved %2, requested %3, device free %4\n")
               .arg(bytesText(d.allocatedBytes), bytesText(d.reservedBytes),
                    bytesText(d.requestedBytes), bytesText(d.deviceFreeBytes));
    out << Cli::tr("Bands at the moment:\n");
    for (int c = 0; c < CategoryCount; ++c) {
        if (d.bands[size_t(c)] > 0)
            out << QStringLiteral("  %1%2 %3\n").arg(Category(c) == d.tallest ? QStringLiteral("* ") : QStringLiteral("  "),
                                                       categoryLabel(Category(c)), formatBytes(d.bands[size_t(c)]));
    }
    out << Cli::tr("Verdict: %1. %2\n").arg(verdictLabel(d.verdict), d.verdictReason);
    printLadder(d.ladder, out);
    for (const StepHint &h : d.hints)
        out << Cli::tr("Hint: %1\n").arg(h.message);
    for (const HealthNote &h : d.health)
        out << Cli::tr("Capture: %1\n  next time: %2\n").arg(h.message, h.recapture);
    return 0;
}

} // namespace VramScope
