// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oommessage/oommessage.h"
#include "oommessage/oommessageparser.h"
#include "oommessage/oomtext.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace VramScope;

namespace {

struct Case
{
    QString id;
    QString source;
    QMap<QString, QString> expect;
    QString text;
};

// The corpus format is described at the top of tests/data/oom_messages.txt.
QList<Case> loadCorpus()
{
    QFile f(testDataPath(QStringLiteral("oom_messages.txt")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Case> cases;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("=== "))) {
            cases.append(Case{line.mid(4).trimmed(), {}, {}, {}});
        } else if (cases.isEmpty()) {
            continue;
        } else if (cases.last().text.isEmpty() && line.startsWith(QLatin1String("source: "))) {
            cases.last().source = line.mid(8);
        } else if (cases.last().text.isEmpty() && line.startsWith(QLatin1String("expect: "))) {
            const QStringList pairs = line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &p : pairs) {
                const qsizetype eq = p.indexOf(QLatin1Char('='));
                cases.last().expect.insert(p.left(eq), p.mid(eq + 1));
            }
        } else {
            cases.last().text += line + QLatin1Char('\n');
        }
    }
    return cases;
}

// Independent of the parser: "2.00GiB" -> bytes, rounded as format_size's reader must round.
qint64 termBytes(const QString &term)
{
    static const QRegularExpression re(QStringLiteral(R"(^([0-9.]+)(bytes|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$)"));
    const auto m = re.match(term);
    if (!m.hasMatch())
        return -2;
    const QString u = m.captured(2);
    const double mult = u.startsWith(QLatin1Char('K')) ? 1024.0
                        : u.startsWith(QLatin1Char('M')) ? 1048576.0
                        : u.startsWith(QLatin1Char('G')) ? 1073741824.0
                        : u.startsWith(QLatin1Char('T')) ? 1099511627776.0
                                                         : 1.0;
    return qint64(std::llround(m.captured(1).toDouble() * mult));
}

// "21.58GiB+233.70MiB-1.37GiB": the parser sums rounded terms, so does this.
qint64 expressionBytes(const QString &expr)
{
    static const QRegularExpression split(QStringLiteral(R"(([+-]?)([^+-]+))"));
    qint64 total = 0;
    for (auto it = split.globalMatch(expr); it.hasNext();) {
        const auto m = it.next();
        const qint64 v = termBytes(m.captured(2));
        if (v < 0)
            return -2;
        total += m.captured(1) == QLatin1String("-") ? -v : v;
    }
    return total;
}

QString kindId(OomMessage::Kind k)
{
    switch (k) {
    case OomMessage::Kind::GpuOom: return QStringLiteral("gpu_oom");
    case OomMessage::Kind::HostMemory: return QStringLiteral("host_memory");
    case OomMessage::Kind::NotRecognised: break;
    }
    return QStringLiteral("not_recognised");
}

} // namespace

class tst_OomMessage : public QObject
{
    Q_OBJECT

private slots:
    void sizeToBytes_data();
    void sizeToBytes();
    void corpusIsLargeAndSourced();
    void corpus_data();
    void corpus();
    void sharedCorpusMessages();
    void logPrefixes_data();
    void logPrefixes();
    void json();
    void notRecognisedHasNoNumbers();
};

void tst_OomMessage::sizeToBytes_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("zero bytes") << "0" << "bytes" << qint64(0);
    QTest::newRow("bytes") << "512" << "bytes" << qint64(512);
    QTest::newRow("KiB") << "896.00" << "KiB" << qint64(917504);
    QTest::newRow("MiB") << "20.00" << "MiB" << qint64(20971520);
    QTest::newRow("MiB fraction") << "233.70" << "MiB" << qint64(245052211);
    QTest::newRow("GiB") << "2.00" << "GiB" << qint64(2147483648);
    QTest::newRow("GB is binary in format_size") << "3.00" << "GB" << qint64(3221225472);
    QTest::newRow("TiB") << "1.50" << "TiB" << qint64(1649267441664);
    QTest::newRow("unknown unit") << "1.00" << "XB" << qint64(-1);
    QTest::newRow("not a number") << "x" << "MiB" << qint64(-1);
}

void tst_OomMessage::sizeToBytes()
{
    QFETCH(QString, number);
    QFETCH(QString, unit);
    QFETCH(qint64, bytes);
    QCOMPARE(OomMessageParser::sizeToBytes(number, unit), bytes);
}

void tst_OomMessage::corpusIsLargeAndSourced()
{
    const QList<Case> cases = loadCorpus();
    QVERIFY2(cases.size() >= 25, qPrintable(QString::number(cases.size())));
    QSet<QString> ids;
    for (const Case &c : cases) {
        QVERIFY2(!c.source.isEmpty(), qPrintable(c.id));
        QVERIFY2(c.expect.contains(QStringLiteral("kind")), qPrintable(c.id));
        QVERIFY2(!c.text.trimmed().isEmpty(), qPrintable(c.id));
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
    }
}

void tst_OomMessage::corpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("expect");
    for (const Case &c : loadCorpus()) {
        QVariantMap e;
        for (auto it = c.expect.cbegin(); it != c.expect.cend(); ++it)
            e.insert(it.key(), it.value());
        QTest::newRow(qPrintable(c.id)) << c.text << e;
    }
}

void tst_OomMessage::corpus()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, expect);
    const OomMessage m = OomMessageParser::parse(text);
    const auto want = [&](const char *key) { return expect.value(QLatin1String(key)).toString(); };

    QCOMPARE(kindId(m.kind), want("kind"));
    if (expect.contains(QStringLiteral("backend")))
        QCOMPARE(oomBackendId(m.backend), want("backend"));
    if (expect.contains(QStringLiteral("wording")))
        QCOMPARE(m.wording, want("wording"));
    QCOMPARE(m.device, expect.contains(QStringLiteral("device")) ? want("device").toInt() : -1);
    QCOMPARE(m.rank, expect.contains(QStringLiteral("rank")) ? want("rank").toInt() : -1);
    QCOMPARE(m.truncated, want("truncated") == QLatin1String("true"));
    QCOMPARE(verdictId(m.verdict), want("verdict"));
    const QString recommended = m.ladder.recommended < 0 ? QStringLiteral("none")
                                                         : rungId(m.ladder.rungs[m.ladder.recommended].rung);
    QCOMPARE(recommended, want("recommended"));

    // Stated numbers: exactly what the text says, and nothing it does not say.
    const std::pair<const char *, qint64> stated[] = {
        {"requested", m.requestedBytes},
        {"capacity", m.capacityBytes},
        {"allowed", m.allowedBytes},
        {"allocated", m.allocatedBytes},
        {"reserved", m.reservedBytes},
        {"reserved_unallocated", m.reservedUnallocatedBytes},
        {"free", m.freeBytes},
        {"private_pools", m.privatePoolBytes},
        {"this_process", m.thisProcessBytes},
        {"other_processes", m.otherProcessesBytes},
    };
    for (const auto &[key, value] : stated) {
        const qint64 expected = expect.contains(QLatin1String(key)) ? expressionBytes(want(key)) : UnknownBytes;
        QVERIFY2(expected != -2, key);
        if (value != expected)
            QFAIL(qPrintable(QStringLiteral("%1: parsed %2, expected %3")
                                 .arg(QLatin1String(key)).arg(value).arg(expected)));
    }
    const std::pair<const char *, qint64> derived[] = {
        {"outside", m.outsidePyTorchBytes},
        {"shortfall", m.shortfallBytes},
    };
    for (const auto &[key, value] : derived) {
        if (expect.contains(QLatin1String(key)))
            QCOMPARE(value, std::max<qint64>(0, expressionBytes(want(key))));
    }
    if (m.isOom() && m.verdict != Verdict::Unknown)
        QVERIFY(!m.verdictReason.isEmpty());
    if (m.kind == OomMessage::Kind::HostMemory)
        QVERIFY(!m.notes.isEmpty());
}

// The shared corpus's real message file. Its layout is not ours, so it is cut into paragraphs:
// every paragraph that says "Tried to allocate N" must be a GPU OOM requesting N bytes, with N
// read by termBytes, not by the parser. The parser reports the last OOM of a text, so does this.
void tst_OomMessage::sharedCorpusMessages()
{
    const QString corpus = sharedCorpusPath();
    if (corpus.isEmpty())
        QSKIP("../shared/corpus is absent: its OOM messages were not parsed");
    QFile f(corpus + QStringLiteral("/oom_messages.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpus has no oom_messages.txt");
    static const QRegularExpression tried(
        QStringLiteral(R"(Tried to allocate ([0-9.]+) ?(bytes|KiB|MiB|GiB|TiB|KB|MB|GB|TB))"));
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t\r]*\n)"));
    const QStringList paragraphs = QString::fromUtf8(f.readAll()).split(blankLine);
    QStringList failures;
    int checked = 0;
    for (const QString &paragraph : paragraphs) {
        QRegularExpressionMatch last;
        for (auto it = tried.globalMatch(paragraph); it.hasNext();)
            last = it.next();
        if (!last.hasMatch())
            continue;
        ++checked;
        const qint64 want = termBytes(last.captured(1) + last.captured(2));
        const OomMessage m = OomMessageParser::parse(paragraph);
        if (!m.isOom() || m.requestedBytes != want)
            failures << QStringLiteral("%1: kind %2, requested %3, expected %4")
                            .arg(last.captured(0), kindId(m.kind)).arg(m.requestedBytes).arg(want);
    }
    qInfo("parsed %d corpus messages that state a request", checked);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void tst_OomMessage::logPrefixes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("rank");
    const QString msg = QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 MiB. "
                                       "GPU 0 has a total capacity of 1.00 GiB of which 0 bytes is free. Of the "
                                       "allocated memory 1.00 MiB is allocated by PyTorch, and 0 bytes is reserved "
                                       "by PyTorch but unallocated.");
    QTest::newRow("torchrun") << (QStringLiteral("[rank12]: ") + msg) << 12;
    QTest::newRow("deepspeed") << (QStringLiteral("[default3]:") + msg) << 3;
    QTest::newRow("mpirun") << (QStringLiteral("[1,5]<stderr>:") + msg) << 5;
    QTest::newRow("ray") << (QStringLiteral("(RayWorkerWrapper rank=7 pid=1234, ip=10.0.0.1) ") + msg) << 7;
    QTest::newRow("srun label") << (QStringLiteral("4: ") + msg) << 4;
    QTest::newRow("timestamp") << (QStringLiteral("2024-05-01 12:00:01,123 - ERROR - ") + msg) << -1;
    QTest::newRow("ansi") << (QStringLiteral("\x1b[31m") + msg + QStringLiteral("\x1b[0m")) << -1;
}

void tst_OomMessage::logPrefixes()
{
    QFETCH(QString, line);
    QFETCH(int, rank);
    const OomMessage m = OomMessageParser::parse(line);
    QVERIFY(m.isOom());
    QCOMPARE(m.rank, rank);
    QCOMPARE(m.requestedBytes, qint64(2) << 20);
    QCOMPARE(m.capacityBytes, qint64(1) << 30);
    QCOMPARE(m.allocatedBytes, qint64(1) << 20);
    QCOMPARE(m.verdict, Verdict::Capacity);
}

void tst_OomMessage::json()
{
    const OomMessage m = OomMessageParser::parse(QStringLiteral(
        "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.79 GiB total capacity; "
        "6.31 GiB already allocated; 11.38 MiB free; 6.49 GiB reserved in total by PyTorch)"));
    const QJsonObject o = oomMessageToJson(m);
    const char *keys[] = {"requested_bytes", "capacity_bytes", "allocated_bytes", "reserved_bytes",
                          "reserved_unallocated_bytes", "free_bytes", "device", "backend", "verdict",
                          "rungs", "recommended_rung"};
    for (const char *k : keys)
        QVERIFY2(o.contains(QLatin1String(k)), k);
    QCOMPARE(o.value(QStringLiteral("requested_bytes")).toInteger(), qint64(20) << 20);
    QCOMPARE(o.value(QStringLiteral("device")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("cuda"));
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("fragmentation"));
    QCOMPARE(o.value(QStringLiteral("recommended_rung")).toString(), QStringLiteral("expandable_segments"));
    const QJsonArray rungs = o.value(QStringLiteral("rungs")).toArray();
    QVERIFY(!rungs.isEmpty());
    const QJsonObject first = rungs.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("expandable_segments"));
    QVERIFY(first.value(QStringLiteral("covers_shortfall")).toBool());
    QCOMPARE(first.value(QStringLiteral("changes_science")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("allowed_bytes")).isNull());
}

void tst_OomMessage::notRecognisedHasNoNumbers()
{
    const OomMessage m = OomMessageParser::parse(QStringLiteral("Tried to allocate some coffee: 20.00 MiB of it."));
    QCOMPARE(m.kind, OomMessage::Kind::NotRecognised);
    QCOMPARE(m.requestedBytes, UnknownBytes);
    QCOMPARE(m.verdict, Verdict::None);
    QVERIFY(m.ladder.rungs.empty());
    const QJsonObject o = oomMessageToJson(m);
    QCOMPARE(o.value(QStringLiteral("recognised")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("requested_bytes")).isNull());
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("none"));
    QVERIFY(OomMessageParser::parse(QString()).kind == OomMessage::Kind::NotRecognised);
}

QTEST_GUILESS_MAIN(tst_OomMessage)
#include "tst_oommessage.moc"
