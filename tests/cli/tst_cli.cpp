// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The `vramscope summary` contract: every fixture's JSON matches the golden numbers computed by
// the independent stdlib-only script tests/tools/golden_summary.py; exit codes for bad input.
#include "snapshotloader.h"
#include "summaryjson.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace VramScope;

namespace {
// Every key of `expected` must be in `actual` with the same value (actual may hold more).
QString compareSubset(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
            const QString d = compareSubset(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.size() != a.size())
            return path + QStringLiteral(": %1 items, expected %2").arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = compareSubset(e[i], a[i], path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isDouble() && actual.isDouble()) {
        if (qint64(expected.toDouble()) != qint64(actual.toDouble()))
            return path + QStringLiteral(": %1, expected %2").arg(qint64(actual.toDouble())).arg(qint64(expected.toDouble()));
        return {};
    }
    return expected == actual ? QString()
                              : path + QStringLiteral(": %1, expected %2")
                                           .arg(actual.toVariant().toString(), expected.toVariant().toString());
}

// The trace_plot/segment_plot pages in corpus/related: HTML that embeds a base64 pickle.
QStringList corpusHtmlEmbeds(const QString &corpus)
{
    QStringList pages;
    const QDir related(corpus + QStringLiteral("/related"));
    for (const QString &name : related.entryList({QStringLiteral("*.html")}, QDir::Files)) {
        QFile f(related.filePath(name));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("\"base64\""))
            pages << related.filePath(name);
    }
    return pages;
}

QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("VRAMSCOPE_CLI"));
}

// `vramscope diagnose` on one device of a real file, checked against the independent script's
// summary of that device: an OOM device's moment is its last oom entry with that entry's request
// and free bytes, and the bands add up to the allocated bytes. The bands are logged, so the run
// prints each file's breakdown at its moment.
QStringList diagnosisMismatches(const QString &file, const QJsonObject &golden)
{
    const int device = golden.value(QStringLiteral("device")).toInt();
    const QString where = QStringLiteral("%1 (device %2): ").arg(file).arg(device);
    QProcess p;
    p.start(cliPath(), {QStringLiteral("diagnose"), file, QStringLiteral("--device"), QString::number(device),
                        QStringLiteral("--json")});
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return {where + QStringLiteral("diagnose failed: ") + QString::fromUtf8(p.readAllStandardError())};
    const QJsonObject d = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject moment = d.value(QStringLiteral("moment")).toObject();
    const QJsonObject bands = d.value(QStringLiteral("bands")).toObject();
    QStringList out;
    qint64 sum = 0;
    QString breakdown;
    for (auto it = bands.begin(); it != bands.end(); ++it) {
        sum += it.value().toInteger();
        if (it.value().toInteger() > 0)
            breakdown += QStringLiteral(" %1=%2").arg(it.key()).arg(it.value().toInteger());
    }
    qInfo("%s%s %lld, verdict %s, tallest %s, rung %s:%s", qPrintable(where),
          qPrintable(moment.value(QStringLiteral("kind")).toString()), moment.value(QStringLiteral("index")).toInteger(),
          qPrintable(d.value(QStringLiteral("verdict")).toString()), qPrintable(d.value(QStringLiteral("tallest")).toString()),
          qPrintable(d.value(QStringLiteral("recommended_rung")).toString()), qPrintable(breakdown));
    if (sum != d.value(QStringLiteral("allocated_bytes")).toInteger())
        out << where + QStringLiteral("bands add up to %1, allocated is %2").arg(sum).arg(d.value(QStringLiteral("allocated_bytes")).toInteger());
    const QJsonArray ooms = golden.value(QStringLiteral("oom_events")).toArray();
    if (ooms.isEmpty())
        return out;
    const QJsonObject last = ooms.last().toObject();
    const std::pair<qint64, qint64> pairs[] = {
        {moment.value(QStringLiteral("index")).toInteger(), last.value(QStringLiteral("index")).toInteger()},
        {d.value(QStringLiteral("requested_bytes")).toInteger(), last.value(QStringLiteral("requested_bytes")).toInteger()},
        {d.value(QStringLiteral("device_free_bytes")).toInteger(), last.value(QStringLiteral("device_free_bytes")).toInteger()},
    };
    if (moment.value(QStringLiteral("kind")).toString() != QLatin1String("oom"))
        out << where + QStringLiteral("the moment is not the oom entry");
    for (const auto &[got, want] : pairs) {
        if (got != want)
            out << where + QStringLiteral("diagnosis says %1 where the last oom entry says %2").arg(got).arg(want);
    }
    return out;
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void goldenSummaries_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        const QDir data(testDataPath(QString()));
        const QStringList goldens = data.entryList({QStringLiteral("*.expected.json")});
        for (const QString &g : goldens) {
            const QString fixture = g.chopped(int(qstrlen(".expected.json")));
            QString path = data.filePath(fixture);
            if (!QFile::exists(path)) // the bundled example lives with the resources
                path = QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/examples/") + fixture;
            QTest::newRow(qPrintable(fixture)) << path << data.filePath(g);
        }
        if (goldens.isEmpty())
            QTest::newRow("none") << QString() << QString();
    }

    void goldenSummaries()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        if (fixture.isEmpty())
            QFAIL("no *.expected.json golden files in tests/data");
        QFile f(expected);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(f.readAll()).object();
        const LoadResult r = loadSnapshot(fixture);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const QString diff = compareSubset(golden, summaryToJson(*r.document), QStringLiteral("summary"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Every snapshot of the shared corpus loads (when the corpus is beside the clone).
    void sharedCorpus()
    {
        const QString corpus = sharedCorpusPath();
        if (corpus.isEmpty())
            QSKIP("../shared/corpus is absent: the corpus-wide load test did not run");
        const QDir dir(corpus + QStringLiteral("/snapshots"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            const LoadResult r = loadSnapshot(dir.filePath(name));
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
        }
        // The HTML pages _memory_viz.py writes embed the pickle in base64.
        for (const QString &html : corpusHtmlEmbeds(corpus)) {
            const LoadResult r = loadSnapshot(html);
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
        }
    }

    // On every real snapshot, the summary equals the independent script's. Python needs about
    // 1 s and 8 MB of RAM per MB of pickle, so by default files over 64 MB are left out, by name;
    // VRAMSCOPE_CORPUS_GOLDEN_MAX_MB raises the limit for a full local run.
    void corpusGolden()
    {
        const QString corpus = sharedCorpusPath();
        if (corpus.isEmpty())
            QSKIP("../shared/corpus is absent: the corpus-wide golden comparison did not run");
        if (cliPath().isEmpty())
            QSKIP("VRAMSCOPE_CLI not set (run through ctest)");
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("the golden comparison runs in the normal build only (sharedCorpus loads under ASan)");
#endif
        const QDir dir(corpus + QStringLiteral("/snapshots"));
        QStringList files;
        for (const QString &name : dir.entryList(QDir::Files))
            files << dir.filePath(name);
        files << corpusHtmlEmbeds(corpus);
        bool limitSet = false;
        const qint64 maxMb = qEnvironmentVariableIntValue("VRAMSCOPE_CORPUS_GOLDEN_MAX_MB", &limitSet);
        const qint64 maxBytes = (limitSet ? maxMb : 64) << 20;
        QStringList mismatches;
        for (const QString &file : std::as_const(files)) {
            if (QFileInfo(file).size() > maxBytes) {
                qInfo("corpusGolden: %s is over %lld MB, not compared", qPrintable(file), maxBytes >> 20);
                continue;
            }
            QProcess py;
            py.start(QStringLiteral("python3"), {QStringLiteral(VRAMSCOPE_SOURCE_DIR "/tests/tools/golden_summary.py"), file});
            QVERIFY2(py.waitForFinished(300000), qPrintable(file));
            if (py.exitCode() != 0) {
                mismatches << file + QStringLiteral(": golden_summary.py failed: ")
                                  + QString::fromUtf8(py.readAllStandardError()).trimmed();
                continue;
            }
            const QJsonObject golden = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
            const LoadResult r = loadSnapshot(file);
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            const QString diff = compareSubset(golden, summaryToJson(*r.document), QStringLiteral("summary"));
            if (!diff.isEmpty())
                mismatches << file + QStringLiteral(": ") + diff;
            for (const QJsonValue &device : golden.value(QStringLiteral("devices")).toArray())
                mismatches << diagnosisMismatches(file, device.toObject());
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrText");
        QTest::addRow("ok") << QStringList{QStringLiteral("summary"), testDataPath(QStringLiteral("small_p4.pickle"))} << 0 << QString();
        QTest::addRow("missing file") << QStringList{QStringLiteral("summary"), QStringLiteral("/nonexistent/x.pickle")} << 3 << QStringLiteral("/nonexistent/x.pickle");
        QTest::addRow("no file") << QStringList{QStringLiteral("summary")} << 1 << QStringLiteral("no file given");
        QTest::addRow("missing rules file") << QStringList{QStringLiteral("diagnose"), testDataPath(QStringLiteral("small_p4.pickle")), QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.txt")} << 3 << QStringLiteral("/nonexistent/rules.txt");
        QTest::addRow("bad rules line") << QStringList{QStringLiteral("diagnose"), testDataPath(QStringLiteral("small_p4.pickle")), QStringLiteral("--rules"), testDataPath(QStringLiteral("bad_rules.txt"))} << 2 << QStringLiteral("bad_rules.txt:3");
        QTest::addRow("compare, missing rules") << QStringList{QStringLiteral("compare"), testDataPath(QStringLiteral("small_p4.pickle")), testDataPath(QStringLiteral("small_p4.pickle")), QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.txt")} << 3 << QStringLiteral("/nonexistent/rules.txt");
        QTest::addRow("ranks, bad rules") << QStringList{QStringLiteral("ranks"), testDataPath(QStringLiteral("small_p4.pickle")), QStringLiteral("--rules"), testDataPath(QStringLiteral("bad_rules.txt"))} << 2 << QStringLiteral("bad_rules.txt:3");
        QTest::addRow("bad input") << QStringList{QStringLiteral("summary"), testDataPath(QStringLiteral("small_p4.pickle")).replace(QStringLiteral("small_p4.pickle"), QStringLiteral("../testutils.h"))} << 2 << QStringLiteral("testutils.h");
    }

    // The real binary: no display needed, one-line errors, documented exit codes.
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrText);
        if (cliPath().isEmpty())
            QSKIP("VRAMSCOPE_CLI not set (run through ctest)");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), code);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(stderrText), qPrintable(stderrText));
    }

    // The OOM fixture: the moment is its last oom entry (numbers from the fixture's construction,
    // see tests/data/README.md), and the ladder uses ladder.md's rung ids.
    void diagnoseOomFixture()
    {
        if (cliPath().isEmpty())
            QSKIP("VRAMSCOPE_CLI not set (run through ctest)");
        QProcess p;
        p.start(cliPath(), {QStringLiteral("diagnose"), testDataPath(QStringLiteral("oom_expandable.pickle")),
                            QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject moment = o.value(QStringLiteral("moment")).toObject();
        QCOMPARE(moment.value(QStringLiteral("kind")).toString(), QStringLiteral("oom"));
        QCOMPARE(moment.value(QStringLiteral("index")).toInteger(), 3109);
        QCOMPARE(o.value(QStringLiteral("requested_bytes")).toInteger(), 412090368);
        QCOMPARE(o.value(QStringLiteral("device_free_bytes")).toInteger(), 315097088);
        const QStringList rungIds = {QStringLiteral("microbatch_accum"), QStringLiteral("bf16"),
            QStringLiteral("checkpointing"), QStringLiteral("expandable_segments"), QStringLiteral("sdpa_flash"),
            QStringLiteral("shorter_seq"), QStringLiteral("optimizer_8bit"), QStringLiteral("zero_fsdp"),
            QStringLiteral("offload"), QStringLiteral("lora")};
        const QJsonArray rungs = o.value(QStringLiteral("rungs")).toArray();
        QVERIFY(!rungs.isEmpty());
        for (const QJsonValue &r : rungs)
            QVERIFY(rungIds.contains(r.toObject().value(QStringLiteral("id")).toString()));
    }

    void diagnoseMessage()
    {
        if (cliPath().isEmpty())
            QSKIP("VRAMSCOPE_CLI not set (run through ctest)");
        QProcess p;
        p.start(cliPath(), {QStringLiteral("diagnose"), QStringLiteral("--message"),
                            QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. "
                                           "GPU 0 has a total capacity of 23.65 GiB of which 1.37 GiB is free. "
                                           "Including non-PyTorch memory, this process has 22.27 GiB memory in use. "
                                           "Of the allocated memory 21.58 GiB is allocated by PyTorch, and 233.70 MiB "
                                           "is reserved by PyTorch but unallocated."),
                            QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("requested_bytes")).toInteger(), qint64(2) << 30);
        QCOMPARE(o.value(QStringLiteral("device")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("cuda"));
    }

    void jsonShape()
    {
        if (cliPath().isEmpty())
            QSKIP("VRAMSCOPE_CLI not set (run through ctest)");
        QProcess p;
        p.start(cliPath(), {QStringLiteral("summary"), testDataPath(QStringLiteral("small_p4.pickle")), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toObject().value(QStringLiteral("pickle_protocol")).toInt(), 4);
        const QJsonObject d = o.value(QStringLiteral("devices")).toArray().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("trace_entries")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("peak_allocated_bytes")).toInteger(), 500);
        QCOMPARE(d.value(QStringLiteral("peak_reserved_index")).toInteger(), 0);
        QCOMPARE(d.value(QStringLiteral("actions")).toObject().value(QStringLiteral("alloc")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
