// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

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

// The HTML report from the OOM fixture: structure, escaping, no URL, the embedded image and the
// envelope of the hover readout, all checked against the loaded document's own numbers.
class tst_HtmlReportWriter : public QObject
{
    Q_OBJECT

private:
    DocumentPtr m_doc;
    ReportTemplate m_template;
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

    void badDevice()
    {
        QVERIFY(HtmlReportWriter(m_template).write(*m_doc, 7, ReportPlot{}).isEmpty());
        QString error;
        QVERIFY(!ReportTemplate::load(QStringLiteral("/nonexistent/report"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("/nonexistent/report/report.html")));
    }
};

QTEST_GUILESS_MAIN(tst_HtmlReportWriter)
#include "tst_htmlreportwriter.moc"
