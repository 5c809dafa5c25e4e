// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// `vramscope compare` and `vramscope ranks`: the real binary on the fixtures written by
// tests/tools/make_rank_fixtures.py (constants explained in tests/model/tst_comparison.cpp and
// tst_ranks.cpp), JSON numbers and exit codes.
#include "testutils.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Layers = 4, Param = 4 * MiB, Input = 4 * MiB, Scratch = 8 * MiB;

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("VRAMSCOPE_CLI")), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// The rule of tests/app/tst_ruleseditor.cpp: Adam's state (created in _init_group) as "input".
// In oom_expandable.pickle 3,648,471,392 bytes of it are live at the OOM, all of its optimizer
// state band; in the make_rank_fixtures.py files 2 x 4 layers x 4 MiB.
const QByteArray AdamRule = "input adam\\.py:\\d+:_init_group$\n";
constexpr qint64 ExpandableAdamState = 3648471392;

qint64 band(const QJsonObject &side, const char *category)
{
    return side[QStringLiteral("bands")][QLatin1String(category)].toInteger(-1);
}
} // namespace

class tst_Compare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("VRAMSCOPE_CLI")); }

    void compareJson()
    {
        const Run r = run({QStringLiteral("compare"), testDataPath(QStringLiteral("ab/before.pickle")),
                           testDataPath(QStringLiteral("ab/after.pickle")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        const QJsonObject a = o[QStringLiteral("a")].toObject(), b = o[QStringLiteral("b")].toObject();
        QCOMPARE(a[QStringLiteral("file")].toString(), QStringLiteral("before.pickle"));
        QCOMPARE(a[QStringLiteral("moment")][QStringLiteral("kind")].toString(), QStringLiteral("oom"));
        QCOMPARE(b[QStringLiteral("moment")][QStringLiteral("kind")].toString(), QStringLiteral("peak"));
        QCOMPARE(a[QStringLiteral("bands")][QStringLiteral("activation")].toInteger(), 3 * 128 * MiB + Scratch); // in flight
        QCOMPARE(a[QStringLiteral("bands")][QStringLiteral("temporary")].toInteger(), 0);
        QCOMPARE(b[QStringLiteral("bands")][QStringLiteral("temporary")].toInteger(), Scratch);
        QCOMPARE(a[QStringLiteral("bands")][QStringLiteral("optimizer_state")].toInteger(), 2 * Layers * Param);
        QCOMPARE(b[QStringLiteral("bands")][QStringLiteral("activation")].toInteger(), Layers * 32 * MiB);
        QCOMPARE(b[QStringLiteral("bands")][QStringLiteral("parameter")].toInteger(), Layers * Param);
        QCOMPARE(b[QStringLiteral("bands")][QStringLiteral("input")].toInteger(), Input);
        const QJsonObject d = o[QStringLiteral("delta_bands")].toObject();
        QCOMPARE(d[QStringLiteral("activation")].toInteger(), Layers * 32 * MiB - 3 * 128 * MiB - Scratch);
        QCOMPARE(d[QStringLiteral("temporary")].toInteger(), Scratch);
        QCOMPARE(d[QStringLiteral("parameter")].toInteger(), 0);
        const QJsonArray loc = o[QStringLiteral("delta_by_location")].toArray();
        QCOMPARE(loc.size(), 1);
        QCOMPARE(loc[0][QStringLiteral("location")].toString(), QStringLiteral("/home/ml/ddp/model.py:30:forward"));
        QCOMPARE(loc[0][QStringLiteral("delta_bytes")].toInteger(), Layers * 32 * MiB - 3 * 128 * MiB);
        const QJsonObject s = o[QStringLiteral("settings_diff")].toObject();
        QCOMPARE(s.keys(), (QStringList{QStringLiteral("PYTORCH_CUDA_ALLOC_CONF"), QStringLiteral("max_split_size")}));
        QCOMPARE(s[QStringLiteral("max_split_size")][QStringLiteral("a")].toInteger(), -1);
        QVERIFY(o[QStringLiteral("verdict")].toString().contains(QStringLiteral("no longer runs out of memory")));
    }

    void compareText()
    {
        const Run r = run({QStringLiteral("compare"), testDataPath(QStringLiteral("ab/before.pickle")),
                           testDataPath(QStringLiteral("ab/after.pickle"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Verdict:"));
        QVERIFY(r.out.contains("model.py:30:forward"));
        QVERIFY(r.out.contains("max_split_size: -1 -> 134217728"));
    }

    void compareErrors()
    {
        QCOMPARE(run({QStringLiteral("compare"), testDataPath(QStringLiteral("ab/before.pickle"))}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}).exitCode, 1);
        const Run missing = run({QStringLiteral("compare"), testDataPath(QStringLiteral("ab/before.pickle")),
                                 testDataPath(QStringLiteral("ab/missing.pickle"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("missing.pickle"));
        QCOMPARE(run({QStringLiteral("compare"), testDataPath(QStringLiteral("not_a_pickle.bin")),
                      testDataPath(QStringLiteral("ab/after.pickle"))}).exitCode, 2);
    }

    void compareAndRanksTakeRules()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("adam-rules.txt"));
        QVERIFY(writeTestFile(rules, AdamRule));
        const QStringList pair{testDataPath(QStringLiteral("oom_expandable.pickle")),
                               testDataPath(QStringLiteral("ab/after.pickle"))};
        const QStringList withRules{QStringLiteral("--rules"), rules, QStringLiteral("--json")};
        const Run plain = run(QStringList{QStringLiteral("compare")} + pair + QStringList{QStringLiteral("--json")});
        const Run ruled = run(QStringList{QStringLiteral("compare")} + pair + withRules);
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(ruled.exitCode, 0);
        const QJsonObject a0 = json(plain)[QStringLiteral("a")].toObject();
        const QJsonObject a1 = json(ruled)[QStringLiteral("a")].toObject();
        QCOMPARE(band(a0, "input"), 0);
        QCOMPARE(band(a0, "optimizer_state"), ExpandableAdamState);
        QCOMPARE(band(a1, "input") - band(a0, "input"), ExpandableAdamState);
        QCOMPARE(band(a1, "optimizer_state"), 0);
        QCOMPARE(a1[QStringLiteral("tallest")].toString(), QStringLiteral("input"));
        // B follows the same rules: after.pickle's Adam state (the whole band) becomes input too.
        const QJsonObject b1 = json(ruled)[QStringLiteral("b")].toObject();
        QCOMPARE(band(b1, "input"), Input + 2 * Layers * Param);
        QCOMPARE(band(b1, "optimizer_state"), 0);
        QCOMPARE(json(ruled)[QStringLiteral("delta_bands")][QStringLiteral("input")].toInteger(),
                 Input + 2 * Layers * Param - ExpandableAdamState);
        // Moving bytes between bands changes no total.
        QCOMPARE(a1[QStringLiteral("allocated_bytes")], a0[QStringLiteral("allocated_bytes")]);

        // Ranks: only oom_expandable's tallest band was Adam's state; the ranks' stays activation.
        const QStringList ranks{testDataPath(QStringLiteral("oom_expandable.pickle")),
                                testDataPath(QStringLiteral("ranks/rank0.pickle")),
                                testDataPath(QStringLiteral("ranks/rank5.pickle"))};
        const auto tallest = [](const Run &r) {
            QStringList out;
            const QJsonArray list = json(r)[QStringLiteral("ranks")].toArray();
            for (const QJsonValue &k : list)
                out << k[QStringLiteral("tallest")].toString();
            return out;
        };
        const Run ranksPlain = run(QStringList{QStringLiteral("ranks")} + ranks + QStringList{QStringLiteral("--json")});
        const Run ranksRuled = run(QStringList{QStringLiteral("ranks")} + ranks + withRules);
        QCOMPARE(ranksRuled.exitCode, 0);
        QCOMPARE(tallest(ranksPlain), (QStringList{QStringLiteral("optimizer_state"),
                                                   QStringLiteral("activation"), QStringLiteral("activation")}));
        QCOMPARE(tallest(ranksRuled), (QStringList{QStringLiteral("input"), QStringLiteral("activation"),
                                                   QStringLiteral("activation")}));
        // --rules needs its file.
        QCOMPARE(run(QStringList{QStringLiteral("compare")} + pair + QStringList{QStringLiteral("--rules")}).exitCode, 1);
        QCOMPARE(run(QStringList{QStringLiteral("ranks")} + ranks + QStringList{QStringLiteral("--rules")}).exitCode, 1);
    }

    void ranksFolderJson()
    {
        const Run r = run({QStringLiteral("ranks"), testDataPath(QStringLiteral("ranks")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        const QJsonArray ranks = o[QStringLiteral("ranks")].toArray();
        QCOMPARE(ranks.size(), 8);
        for (int i = 0; i < 8; ++i) {
            const QJsonObject k = ranks[i].toObject();
            QCOMPARE(k[QStringLiteral("file")].toString(), QStringLiteral("rank%1.pickle").arg(i));
            QCOMPARE(k[QStringLiteral("device")].toInt(), i);
            const qint64 act = i == 6 ? 96 * MiB : 64 * MiB;
            QCOMPARE(k[QStringLiteral("peak_allocated_bytes")].toInteger(), 3 * Layers * Param + Input + Layers * act + Scratch);
            QVERIFY(k[QStringLiteral("peak_reserved_bytes")].toInteger() >= k[QStringLiteral("peak_allocated_bytes")].toInteger());
            QCOMPARE(k[QStringLiteral("oom")].isNull(), i != 5);
        }
        QCOMPARE(o[QStringLiteral("oom_ranks")].toArray(), QJsonArray{QStringLiteral("rank5.pickle")});
        QCOMPARE(o[QStringLiteral("imbalanced")].toArray(), QJsonArray{QStringLiteral("rank6.pickle")});
    }

    void ranksFilesAndThreshold()
    {
        // Three files: median = rank 5's peak (the same as rank 0's); rank 6 is 128 MiB above.
        const QStringList files{testDataPath(QStringLiteral("ranks/rank6.pickle")),
                                testDataPath(QStringLiteral("ranks/rank0.pickle")),
                                testDataPath(QStringLiteral("ranks/rank5.pickle"))};
        Run r = run(QStringList{QStringLiteral("ranks")} + files + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("ranks")].toArray()[0][QStringLiteral("file")].toString(), QStringLiteral("rank0.pickle"));
        QCOMPARE(o[QStringLiteral("imbalanced")].toArray(), QJsonArray{QStringLiteral("rank6.pickle")});
        // 128 MiB over a 316 MiB median is 40.5%: not flagged at a 50% threshold.
        r = run(QStringList{QStringLiteral("ranks"), QStringLiteral("--threshold"), QStringLiteral("50")} + files
                + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(json(r)[QStringLiteral("imbalanced")].toArray().isEmpty());
        const Run text = run(QStringList{QStringLiteral("ranks")} + files);
        QVERIFY(text.out.contains("Ran out of memory first: rank5.pickle"));
    }

    void ranksErrors()
    {
        QCOMPARE(run({QStringLiteral("ranks")}).exitCode, 1);
        QTemporaryDir empty;
        QCOMPARE(run({QStringLiteral("ranks"), empty.path()}).exitCode, 3);
        QCOMPARE(run({QStringLiteral("ranks"), testDataPath(QStringLiteral("ranks/rank0.pickle")),
                      testDataPath(QStringLiteral("empty.pickle"))}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Compare)
#include "tst_compare.moc"
