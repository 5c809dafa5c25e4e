// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "compare/snapshotcomparison.h"
#include "report/comparisonreportwriter.h"
#include "report/comparisonsections.h"
#include "report/htmlreportwriter.h"
#include "report/reportsections.h"
#include "summaryjson.h"
#include "snapshotloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace VramScope;

namespace {
constexpr qint64 MiB = 1024 * 1024;
// tests/tools/make_rank_fixtures.py: 4 layers, 8 MiB scratch; A saves 128 MiB of activations per
// layer and runs out of memory in the third layer, B saves 32 MiB (see tests/cli/tst_compare.cpp).
constexpr qint64 Layers = 4, Scratch = 8 * MiB;

DocumentPtr load(const QString &name)
{
    const LoadResult r = loadSnapshot(testDataPath(name));
    return r.ok() ? r.document : nullptr;
}

// The rows of the comparison page that carry numbers: class, data-category (bands only) and
// the three data-*-bytes attributes.
struct DeltaRow
{
    QString kind, category;
    qint64 a = 0, b = 0, delta = 0;
};

std::vector<DeltaRow> deltaRows(const QString &html)
{
    static const QRegularExpression re(QStringLiteral(
        "<tr class=\"(delta-band|delta-location)[^\"]*\"(?: data-category=\"([a-z_]+)\")? data-a-bytes=\"(-?\\d+)\" "
        "data-b-bytes=\"(-?\\d+)\" data-delta-bytes=\"(-?\\d+)\">"));
    std::vector<DeltaRow> rows;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rows.push_back({m.captured(1), m.captured(2), m.captured(3).toLongLong(), m.captured(4).toLongLong(),
                        m.captured(5).toLongLong()});
    }
    return rows;
}
} // namespace

// The HTML report from the OOM fixture: structure, escaping, no URL, the embedded image and the
// envelope of the hover readout, all checked against the loaded document's own numbers.
class tst_HtmlReportWriter : public QObject
{
    Q_OBJECT

private:
    DocumentPtr m_doc;
    ReportTemplate m_template;
    ReportTemplate m_compareTemplate;
    QString m_html;
    int m_device = -1;
    QString m_lambdaFrameFile;

    static const QByteArray &fakePng()
    {
        static const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        return png;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        m_doc = r.document;
        m_device = 0;
        QCOMPARE(m_doc->devices[0].device, 0);
        QString error;
        m_template = ReportTemplate::load(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/report"), &error);
        QVERIFY2(m_template.isValid(), qPrintable(error));
        m_compareTemplate = ReportTemplate::loadComparison(QStringLiteral(VRAMSCOPE_SOURCE_DIR "/resources/report"), &error);
        QVERIFY2(m_compareTemplate.isValid(), qPrintable(error));

        // Rename the innermost frame of the largest allocation live at the OOM to a lambda, as
        // Python names them: the report must show it escaped.
        const DeviceTimeline &dev = m_doc->devices[0];
        const Diagnosis &d = m_doc->diagnoses[0];
        std::vector<quint32> live = dev.liveAt(d.momentIndex);
        QVERIFY(!live.empty());
        const quint32 largest = *std::max_element(live.begin(), live.end(), [&](quint32 a, quint32 b) {
            return dev.intervals[a].size < dev.intervals[b].size;
        });
        auto *snapshot = const_cast<Snapshot *>(m_doc->snapshot.get());
        const StackId stack = dev.intervals[largest].allocStack;
        QVERIFY(stack != EmptyStack);
        const FrameId innermost = *snapshot->stack(stack).first;
        snapshot->frames[innermost].name = snapshot->strings.intern("<lambda>");
        m_lambdaFrameFile = snapshot->strings.string(snapshot->frames[innermost].filename);

        const ReportPlot plot{fakePng(), 0.05, 0.95, -1.0, double(dev.eventCount)};
        const QByteArray bytes = HtmlReportWriter(m_template).write(
            *m_doc, m_device, plot, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!bytes.isEmpty());
        m_html = QString::fromUtf8(bytes);
    }

    void structure()
    {
        QVERIFY(m_html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(m_html.contains(QLatin1String("<title>VRAMScope report: oom_expandable.pickle, cuda:0</title>")));
        for (const char *id : {"header", "timeline", "verdict", "bands", "fixes", "allocations", "health", "footer"})
            QVERIFY2(m_html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(!m_html.contains(QLatin1String("{{"))); // every placeholder filled
        QVERIFY(m_html.contains(QStringLiteral("VRAMScope " VRAMSCOPE_VERSION " on 2026-01-02 03:04:05 UTC")));
        QVERIFY(m_html.contains(QLatin1String("prefers-color-scheme: dark")));
        QVERIFY(m_html.contains(QLatin1String("@media print")));
        QVERIFY(m_html.size() < 2 * 1024 * 1024);
    }

    void verdictBandsAndLadder()
    {
        const Diagnosis &d = m_doc->diagnoses[0];
        // The fixture is a capacity OOM whose tallest band is the optimizer state (ladder.md).
        QCOMPARE(verdictId(d.verdict), QStringLiteral("capacity"));
        QVERIFY(m_html.contains(QLatin1String("class=\"verdict verdict-capacity\"")));
        QVERIFY(m_html.contains(ReportSections::escape(d.verdictReason)));
        QVERIFY(m_html.contains(QStringLiteral("<td>%1</td>").arg(formatBytes(d.requestedBytes))));
        QCOMPARE(categoryId(d.tallest), QStringLiteral("optimizer_state"));
        QVERIFY(m_html.contains(QLatin1String("<tr class=\"band tallest\" data-category=\"optimizer_state\">")));
        int bandRows = 0;
        for (qint64 b : d.bands)
            bandRows += b > 0 ? 1 : 0;
        QCOMPARE(m_html.count(QLatin1String("<tr class=\"band")), bandRows);
        QCOMPARE(m_html.count(QLatin1String("<span class=\"seg cat-")), bandRows);

        QCOMPARE(m_html.count(QLatin1String("<tr class=\"rung")), int(d.ladder.rungs.size()));
        QVERIFY(d.recommendedRung());
        QCOMPARE(rungId(d.recommendedRung()->rung), QStringLiteral("optimizer_8bit"));
        QVERIFY(m_html.contains(QLatin1String("<tr class=\"rung recommended\" data-rung=\"optimizer_8bit\">")));
        QCOMPARE(m_html.count(QLatin1String("class=\"badge recommended\"")), 1);
        for (const RungEstimate &r : d.ladder.rungs)
            QVERIFY(m_html.contains(formatBytes(r.estimatedSavingsBytes)));
    }

    void stacksAreEscaped()
    {
        QCOMPARE(m_html.count(QLatin1String("<details class=\"alloc\">")), HtmlReportWriter::TopAllocations);
        // The largest live allocation comes first, with its lambda frame escaped.
        const int first = int(m_html.indexOf(QLatin1String("<details class=\"alloc\">")));
        const int lambda = int(m_html.indexOf(QLatin1String(":&lt;lambda&gt;")));
        QVERIFY(lambda > first);
        QVERIFY(lambda < m_html.indexOf(QLatin1String("</details>"), first));
        QVERIFY(!m_html.contains(QLatin1String("<lambda>")));
        QVERIFY(!m_html.contains(QLatin1String("<module>")));
        QVERIFY(m_html.contains(ReportSections::escape(m_lambdaFrameFile)));
    }

    void noUrlAnywhere()
    {
        // Even file data that holds a URL and markup is written inert.
        Document copy = *m_doc;
        copy.path = QStringLiteral("/runs/<b>x</b> https://example.org/a.pickle");
        const QString html = QString::fromUtf8(HtmlReportWriter(m_template).write(copy, 0, ReportPlot{fakePng()}));
        QVERIFY(!html.contains(QLatin1String("http://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("https://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<b>x</b>")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;x&lt;/b&gt; https:&#47;&#47;example.org/a.pickle")));
        QVERIFY(!m_html.contains(QLatin1String("http://"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("https://"), Qt::CaseInsensitive));
        // No external resource of any kind: every src is a data: URI.
        static const QRegularExpression src(QStringLiteral("\\ssrc=\"([^\"]*)\""));
        auto it = src.globalMatch(m_html);
        int sources = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().captured(1).startsWith(QLatin1String("data:image/png;base64,")));
            ++sources;
        }
        QCOMPARE(sources, 1);
        QVERIFY(!m_html.contains(QLatin1String("<link")));
    }

    void imageAndEnvelope()
    {
        QVERIFY(m_html.contains(QStringLiteral("src=\"data:image/png;base64,%1\"")
                                    .arg(QString::fromLatin1(fakePng().toBase64()))));
        const QString open = QStringLiteral("<script type=\"application/json\" id=\"envelope\">");
        const qsizetype start = m_html.indexOf(open) + open.size();
        const qsizetype end = m_html.indexOf(QLatin1String("</script>"), start);
        QVERIFY(start > open.size() && end > start);
        QJsonParseError error;
        const QJsonObject env = QJsonDocument::fromJson(m_html.mid(start, end - start).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const DeviceTimeline &dev = m_doc->devices[0];
        const int points = int(std::min<qint64>(HtmlReportWriter::EnvelopePoints, dev.eventCount + 1));
        QCOMPARE(env.value(QLatin1String("i")).toArray().size(), points);
        QCOMPARE(env.value(QLatin1String("a")).toArray().size(), points);
        QCOMPARE(env.value(QLatin1String("r")).toArray().size(), points);
        double peak = 0;
        for (const QJsonValue &v : env.value(QLatin1String("a")).toArray())
            peak = std::max(peak, v.toDouble());
        QCOMPARE(qint64(peak), dev.peakAllocated); // the envelope never loses the peak
        QCOMPARE(env.value(QLatin1String("geom")).toObject().value(QLatin1String("x1")).toDouble(), double(dev.eventCount));
        // One series per category with bytes: optimizer state is among them.
        bool optimizer = false;
        for (const QJsonValue &c : env.value(QLatin1String("c")).toArray())
            optimizer = optimizer || c.toObject().value(QLatin1String("id")).toString() == QLatin1String("optimizer_state");
        QVERIFY(optimizer);
    }

    void fillIsSinglePass()
    {
        const QHash<QString, QString> values{{QStringLiteral("A"), QStringLiteral("{{B}}")},
                                             {QStringLiteral("B"), QStringLiteral("b")}};
        QCOMPARE(HtmlReportWriter::fill(QStringLiteral("x{{A}}y{{ B }}z{{C}}"), values),
                 QStringLiteral("x{{B}}ybz"));
        QCOMPARE(HtmlReportWriter::fill(QStringLiteral("open {{A"), values), QStringLiteral("open {{A"));
    }

    void escapeRules()
    {
        QCOMPARE(ReportSections::escape(u"a<b>&\"c'"), QStringLiteral("a&lt;b&gt;&amp;&quot;c&#39;"));
        QCOMPARE(ReportSections::escape(u"see http://x"), QStringLiteral("see http:&#47;&#47;x"));
    }

    QString comparisonHtml(const SnapshotComparison &c) const
    {
        const ComparisonPlots plots{ReportPlot{fakePng()}, ReportPlot{fakePng()}, fakePng()};
        return QString::fromUtf8(ComparisonReportWriter(m_compareTemplate)
                                     .write(c, plots, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)));
    }

    void comparisonStructure()
    {
        const DocumentPtr a = load(QStringLiteral("ab/before.pickle")), b = load(QStringLiteral("ab/after.pickle"));
        QVERIFY(a && b);
        const SnapshotComparison c = SnapshotComparison::compare(*a, *b);
        const QString html = comparisonHtml(c);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<title>VRAMScope comparison: before.pickle → after.pickle</title>")));
        for (const char *id : {"header", "verdict", "aligned", "bands", "locations", "settings", "timelines",
                               "timeline-a", "timeline-b", "aligned-img", "footer"})
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(!html.contains(QLatin1String("{{")));
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy\" content=\"default-src 'none'")));
        QVERIFY(html.contains(QStringLiteral("VRAMScope " VRAMSCOPE_VERSION " on 2026-01-02 03:04:05 UTC")));
        QVERIFY(html.contains(QStringLiteral("<strong>%1</strong>").arg(ReportSections::escape(c.verdict))));
        QVERIFY(html.contains(QLatin1String("class=\"verdict verdict-fixed\""))); // A ran out, B did not
        QVERIFY(html.contains(QStringLiteral("data-alignment=\"%1\"").arg(alignmentModeId(c.alignment))));
        // Three images, every one a data: URI; nothing else is loaded.
        static const QRegularExpression src(QStringLiteral("\\ssrc=\"([^\"]*)\""));
        int sources = 0;
        for (auto it = src.globalMatch(html); it.hasNext(); ++sources)
            QVERIFY(it.next().captured(1).startsWith(QLatin1String("data:image/png;base64,")));
        QCOMPARE(sources, 3);
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("http://"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("https://"), Qt::CaseInsensitive));
        // Both moments in the header: A at its OOM, B at its peak.
        QVERIFY(html.contains(QStringLiteral("the OOM at event %1").arg(c.a.momentIndex)));
        QVERIFY(html.contains(QStringLiteral("the peak at event %1").arg(c.b.momentIndex)));
        // The two allocator settings that differ, with their values.
        QCOMPARE(html.count(QLatin1String("<tr class=\"setting\"")), 2);
        QVERIFY(html.contains(QLatin1String("<tr class=\"setting\" data-key=\"max_split_size\"><td><code>max_split_size</code></td>"
                                            "<td><code>-1</code></td><td><code>134217728</code></td></tr>")));
    }

    void comparisonDeltas_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<qint64>("activationDelta"); // known by construction; -1: not asserted
        QTest::addColumn<int>("locations");
        QTest::newRow("fix of the activations") << QStringLiteral("ab/before.pickle") << QStringLiteral("ab/after.pickle")
                                                << Layers * 32 * MiB - 3 * 128 * MiB - Scratch << 1;
        QTest::newRow("same file") << QStringLiteral("ab/after.pickle") << QStringLiteral("ab/after.pickle") << qint64(0) << 0;
        // Rank 6 keeps 1.5x the activations of rank 0 (96 instead of 64 MiB per layer) at its peak.
        QTest::newRow("uneven ranks") << QStringLiteral("ranks/rank0.pickle") << QStringLiteral("ranks/rank6.pickle")
                                      << Layers * 32 * MiB << -1;
    }
    void comparisonDeltas()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(qint64, activationDelta);
        QFETCH(int, locations);
        const DocumentPtr da = load(a), db = load(b);
        QVERIFY(da && db);
        const SnapshotComparison c = SnapshotComparison::compare(*da, *db);
        const std::vector<DeltaRow> rows = deltaRows(comparisonHtml(c));
        QCOMPARE(rows.size(), size_t(CategoryCount) + c.byLocation.size());
        for (int i = 0; i < CategoryCount; ++i) {
            const DeltaRow &r = rows[size_t(i)];
            QCOMPARE(r.kind, QStringLiteral("delta-band"));
            QCOMPARE(r.category, categoryId(Category(i)));
            QCOMPARE(r.a, c.a.bands[size_t(i)]);
            QCOMPARE(r.b, c.b.bands[size_t(i)]);
            QCOMPARE(r.delta, c.deltaBands[size_t(i)]);
            QCOMPARE(r.delta, r.b - r.a);
            if (Category(i) == Category::Activation && activationDelta != -1)
                QCOMPARE(r.delta, activationDelta);
        }
        if (locations >= 0)
            QCOMPARE(int(c.byLocation.size()), locations);
        for (size_t k = 0; k < c.byLocation.size(); ++k) {
            const DeltaRow &r = rows[size_t(CategoryCount) + k];
            QCOMPARE(r.kind, QStringLiteral("delta-location"));
            QCOMPARE(r.delta, c.byLocation[k].delta());
            QCOMPARE(r.a, c.byLocation[k].aBytes);
            QCOMPARE(r.b, c.byLocation[k].bBytes);
        }
        if (a.startsWith(QLatin1String("ab/before")))
            QCOMPARE(rows[size_t(CategoryCount)].delta, Layers * 32 * MiB - 3 * 128 * MiB);
    }

    void comparisonEscapesLocations()
    {
        const DocumentPtr a = load(QStringLiteral("ab/before.pickle")), b = load(QStringLiteral("ab/after.pickle"));
        QVERIFY(a && b);
        // Python names lambdas "<lambda>": rename B's model.py:30 forward frame to one.
        auto *snapshot = const_cast<Snapshot *>(b->snapshot.get());
        int renamed = 0;
        for (Frame &f : snapshot->frames) {
            if (f.line == 30 && snapshot->strings.string(f.name) == QLatin1String("forward")
                && snapshot->strings.string(f.filename).endsWith(QLatin1String("/model.py"))) {
                f.name = snapshot->strings.intern("<lambda>");
                ++renamed;
            }
        }
        QVERIFY(renamed > 0);
        SnapshotComparison c = SnapshotComparison::compare(*a, *b);
        c.a.file = QStringLiteral("<b>x</b> https://example.org/a.pickle");
        const QString html = comparisonHtml(c);
        // A's forward shrank to nothing and B's lambda grew: two rows, the lambda escaped.
        QCOMPARE(c.byLocation.size(), size_t(2));
        QCOMPARE(html.count(QLatin1String("<tr class=\"delta-location\"")), 2);
        QVERIFY(html.contains(QLatin1String("<code>/home/ml/ddp/model.py:30:&lt;lambda&gt;</code>")));
        QVERIFY(!html.contains(QLatin1String("<lambda>")));
        QVERIFY(!html.contains(QLatin1String("<b>x</b>")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;x&lt;/b&gt; https:&#47;&#47;example.org/a.pickle")));
        QVERIFY(!html.contains(QLatin1String("https://"), Qt::CaseInsensitive));
    }

    void comparisonLocationCap()
    {
        SnapshotComparison c;
        for (int i = 0; i < ComparisonSections::MaxLocations + 5; ++i)
            c.byLocation.push_back({QStringLiteral("train.py:%1:f").arg(i), 0, qint64(i + 1)});
        const QString html = comparisonHtml(c);
        QCOMPARE(html.count(QLatin1String("<tr class=\"delta-location\"")), ComparisonSections::MaxLocations);
        QVERIFY(html.contains(QStringLiteral("… and 5 more locations")));
    }

    void badDevice()
    {
        QVERIFY(HtmlReportWriter(m_template).write(*m_doc, 7, ReportPlot{}).isEmpty());
        QString error;
        QVERIFY(!ReportTemplate::load(QStringLiteral("/nonexistent/report"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("/nonexistent/report/report.html")));
        QVERIFY(!ReportTemplate::loadComparison(QStringLiteral("/nonexistent/report"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("/nonexistent/report/compare.html")));
        QVERIFY(ComparisonReportWriter(ReportTemplate{}).write(SnapshotComparison{}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlReportWriter)
#include "tst_htmlreportwriter.moc"
