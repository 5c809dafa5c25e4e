// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The `vramscope summary` contract: every fixture's JSON matches the golden numbers computed by
// the independent stdlib-only script tests/tools/golden_summary.py; exit codes for bad input.
#include "snapshotloader.h"
#include "summaryjson.h"
#include "testutils.h"

#include <QDir>
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

QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("VRAMSCOPE_CLI"));
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
