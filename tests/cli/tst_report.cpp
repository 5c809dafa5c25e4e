// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// `vramscope report`: exit codes, atomic writes, a headless run with no display settings, and the
// report opened in real headless Chromium from file://.
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSize>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {
QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("VRAMSCOPE_CLI"));
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

// Runs the CLI as a user on a headless box would: no display and no QT_QPA_PLATFORM.
Run runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString fixture()
{
    return testDataPath(QStringLiteral("oom_expandable.pickle"));
}

QStringList chromiumArgs(const QString &profile)
{
    return {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--user-data-dir=") + profile};
}

// The page as headless Chromium built it from file:// (scripts run), or empty.
QString chromiumDom(const QString &html, const QString &profile)
{
    QProcess dump;
    dump.start(QStringLiteral("/usr/bin/chromium"),
               chromiumArgs(profile) + QStringList{QStringLiteral("--dump-dom"), QUrl::fromLocalFile(html).toString()});
    if (!dump.waitForFinished(120000))
        return {};
    return QString::fromUtf8(dump.readAllStandardOutput());
}

bool chromiumScreenshot(const QString &html, const QString &profile, const QString &shot, int height)
{
    QFile::remove(shot);
    QProcess screenshot;
    screenshot.start(QStringLiteral("/usr/bin/chromium"),
                     chromiumArgs(profile) + QStringList{QStringLiteral("--screenshot=") + shot,
                                                         QStringLiteral("--window-size=1280,%1").arg(height),
                                                         QStringLiteral("--hide-scrollbars"), QUrl::fromLocalFile(html).toString()});
    return screenshot.waitForFinished(120000) && QFileInfo(shot).size() > 10000;
}

// The size in a PNG's IHDR (big-endian, right after the signature and the chunk header); an
// empty size when the file is not a PNG.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    return QSize(int(qFromBigEndian<quint32>(header.constData() + 16)), int(qFromBigEndian<quint32>(header.constData() + 20)));
}

// The page's bytes when it is an HTML document with no URL in it, else empty.
QByteArray offlinePage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray page = file.readAll();
    if (!page.startsWith("<!DOCTYPE html>") || page.contains("http://") || page.contains("https://"))
        return {};
    return page;
}

QString before()
{
    return testDataPath(QStringLiteral("ab/before.pickle"));
}

QString after()
{
    return testDataPath(QStringLiteral("ab/after.pickle"));
}
} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_html;
    QString m_png;
    QTemporaryDir m_compareDir;
    QString m_compareHtml;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "VRAMSCOPE_CLI must name the vramscope binary");
        QVERIFY(m_dir.isValid());
        m_html = m_dir.filePath(QStringLiteral("report.html"));
        m_png = m_dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(m_compareDir.isValid());
        m_compareHtml = m_compareDir.filePath(QStringLiteral("compare.html"));
    }

    void writesBothFiles()
    {
        const Run r = runCli({QStringLiteral("report"), fixture(), QStringLiteral("-o"), m_html,
                              QStringLiteral("--png"), m_png, QStringLiteral("--width"),
                              QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("450")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(m_png), QSize(900, 450));
        const QByteArray page = offlinePage(m_html);
        QVERIFY(page.size() < 2 * 1024 * 1024);
        QCOMPARE(page.count("src=\"data:image/png;base64,iVBORw0KGgo"), 1);
        // Only the two outputs: QSaveFile left no temporary behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("%1/codes/out.html");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/run.pickle"), QStringLiteral("-o"), out}
                                      << 3 << QStringLiteral("/nonexistent/run.pickle");
        QTest::newRow("bad file") << QStringList{testDataPath(QStringLiteral("not_a_pickle.bin")), QStringLiteral("-o"), out}
                                  << 2 << QStringLiteral("not_a_pickle.bin");
        QTest::newRow("no output") << QStringList{fixture()} << 1 << QStringLiteral("usage");
        QTest::newRow("bad size") << QStringList{fixture(), QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("5")}
                                  << 1 << QStringLiteral("200x120");
        QTest::newRow("no such device") << QStringList{fixture(), QStringLiteral("-o"), out, QStringLiteral("--device"), QStringLiteral("7")}
                                        << 2 << QStringLiteral("device 7");
        QTest::newRow("output dir missing") << QStringList{fixture(), QStringLiteral("-o"), QStringLiteral("%1/codes/missing/out.html")}
                                            << 3 << QStringLiteral("missing/out.html");
        QTest::newRow("missing rules file") << QStringList{fixture(), QStringLiteral("-o"), out, QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.txt")}
                                            << 3 << QStringLiteral("/nonexistent/rules.txt");
        QTest::newRow("bad rules line") << QStringList{fixture(), QStringLiteral("-o"), out, QStringLiteral("--rules"), testDataPath(QStringLiteral("bad_rules.txt"))}
                                        << 2 << QStringLiteral("bad_rules.txt:3");
        QTest::newRow("output is a directory") << QStringList{fixture(), QStringLiteral("-o"), QStringLiteral("%1/codes")}
                                               << 3 << QStringLiteral("codes");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("codes")));
        for (QString &a : args)
            a.replace(QLatin1String("%1"), dir.path());
        const Run r = runCli(QStringList{QStringLiteral("report")} + args);
        QVERIFY2(r.exitCode == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.count(QLatin1Char('\n')) <= 2); // a message, not a dump
        // A failed run leaves nothing: no output, no temporary file of QSaveFile.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("codes"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }

    // With --rules the page's bands are those `diagnose --rules` computes: the rule moves the
    // Adam state created in _init_group to "input", which the fixture otherwise has none of.
    void rulesReachTheReport()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("rules.txt"));
        QVERIFY(writeTestFile(rules, "input adam\\.py:\\d+:_init_group$\n"));
        static const QRegularExpression bandRow(QStringLiteral("<tr class=\"band[^\"]*\" data-category=\"([a-z_]+)\""));
        for (const bool withRules : {false, true}) {
            const QStringList extra = withRules ? QStringList{QStringLiteral("--rules"), rules} : QStringList();
            const QString html = dir.filePath(QStringLiteral("r%1.html").arg(withRules));
            const Run r = runCli(QStringList{QStringLiteral("report"), fixture(), QStringLiteral("-o"), html} + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QProcess diagnose;
            diagnose.start(cliPath(), QStringList{QStringLiteral("diagnose"), fixture(), QStringLiteral("--json")} + extra);
            QVERIFY(diagnose.waitForFinished(120000));
            const QJsonObject bands = QJsonDocument::fromJson(diagnose.readAllStandardOutput())
                                          .object().value(QLatin1String("bands")).toObject();
            QStringList expected;
            for (auto it = bands.begin(); it != bands.end(); ++it) {
                if (it.value().toInteger() > 0)
                    expected << it.key();
            }
            QStringList shown;
            for (auto it = bandRow.globalMatch(QString::fromUtf8(offlinePage(html))); it.hasNext();)
                shown << it.next().captured(1);
            shown.sort();
            expected.sort();
            QCOMPARE(shown, expected);
            QCOMPARE(shown.contains(QLatin1String("input")), withRules);
        }
    }

    void chromium()
    {
        const QString chromium = QStringLiteral("/usr/bin/chromium");
        if (!QFileInfo(chromium).isExecutable())
            QSKIP("/usr/bin/chromium is not installed: the browser check of the report did not run");
        if (!QFile::exists(m_html))
            writesBothFiles();
        // The diagnosis' own JSON says which rungs the page must list.
        QProcess diagnose;
        diagnose.start(cliPath(), {QStringLiteral("diagnose"), fixture(), QStringLiteral("--json")});
        QVERIFY(diagnose.waitForFinished(120000));
        const QJsonObject d = QJsonDocument::fromJson(diagnose.readAllStandardOutput()).object();
        QStringList rungs;
        for (const QJsonValue &r : d.value(QLatin1String("rungs")).toArray())
            rungs << r.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!rungs.isEmpty());
        const QString recommended = d.value(QLatin1String("recommended_rung")).toString();

        QTemporaryDir profile;
        const QString dom = chromiumDom(m_html, profile.path());
        QVERIFY2(!dom.isEmpty(), "headless Chromium printed no page");

        static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
        QCOMPARE(title.match(dom).captured(1), QStringLiteral("VRAMScope report: oom_expandable.pickle, cuda:0"));
        // The inline script wrote the decoded image's natural size onto <body>.
        static const QRegularExpression width(QStringLiteral("data-image-width=\"(\\d+)\""));
        const QRegularExpressionMatch w = width.match(dom);
        QVERIFY2(w.hasMatch(), "the page script did not run");
        QVERIFY(w.captured(1).toInt() > 0);
        static const QRegularExpression row(QStringLiteral("<tr class=\"rung([^\"]*)\" data-rung=\"([a-z0-9_]+)\""));
        QStringList rows;
        QString marked;
        for (auto it = row.globalMatch(dom); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            rows << m.captured(2);
            if (m.captured(1).contains(QLatin1String("recommended")))
                marked = m.captured(2);
        }
        QCOMPARE(rows, rungs);
        QCOMPARE(marked, recommended);

        const QString shot = QStringLiteral(VRAMSCOPE_BINARY_DIR "/report-screenshot.png");
        QVERIFY(chromiumScreenshot(m_html, profile.path(), shot, 2000));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void compareWritesBothFiles()
    {
        const QString png = m_compareDir.filePath(QStringLiteral("aligned.png"));
        const Run r = runCli({QStringLiteral("report"), before(), QStringLiteral("--compare"), after(),
                              QStringLiteral("-o"), m_compareHtml, QStringLiteral("--png"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(png), QSize(1200, 560)); // the default size, at 1x
        const QByteArray page = offlinePage(m_compareHtml);
        QVERIFY(page.size() < 4 * 1024 * 1024);
        QCOMPARE(page.count("src=\"data:image/png;base64,iVBORw0KGgo"), 3);
        QCOMPARE(QDir(m_compareDir.path()).entryList(QDir::Files).size(), 2);
    }

    void compareExitCodes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.html"));
        const Run missing = runCli({QStringLiteral("report"), before(), QStringLiteral("--compare"),
                                    QStringLiteral("/nonexistent/after.pickle"), QStringLiteral("-o"), out});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QLatin1String("/nonexistent/after.pickle")), qPrintable(missing.err));
        const Run bad = runCli({QStringLiteral("report"), before(), QStringLiteral("--compare"),
                                testDataPath(QStringLiteral("not_a_pickle.bin")), QStringLiteral("-o"), out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("not_a_pickle.bin")));
        const Run device = runCli({QStringLiteral("report"), before(), QStringLiteral("--compare"), after(),
                                   QStringLiteral("--device"), QStringLiteral("3"), QStringLiteral("-o"), out});
        QCOMPARE(device.exitCode, 2);
        QVERIFY(device.err.contains(QLatin1String("device 3")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void compareChromium()
    {
        if (!QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable())
            QSKIP("/usr/bin/chromium is not installed: the browser check of the comparison report did not run");
        if (!QFile::exists(m_compareHtml))
            compareWritesBothFiles();
        // `vramscope compare --json` says which rows and numbers the page must show.
        QProcess compare;
        compare.start(cliPath(), {QStringLiteral("compare"), before(), after(), QStringLiteral("--json")});
        QVERIFY(compare.waitForFinished(120000));
        const QJsonObject c = QJsonDocument::fromJson(compare.readAllStandardOutput()).object();
        const QJsonArray locations = c.value(QLatin1String("delta_by_location")).toArray();
        const QJsonObject bands = c.value(QLatin1String("delta_bands")).toObject();
        QVERIFY(!locations.isEmpty() && !bands.isEmpty());

        QTemporaryDir profile;
        const QString dom = chromiumDom(m_compareHtml, profile.path());
        QVERIFY2(!dom.isEmpty(), "headless Chromium printed no page");
        static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
        QCOMPARE(title.match(dom).captured(1), QStringLiteral("VRAMScope comparison: before.pickle → after.pickle"));
        // The page script wrote each decoded image's natural width onto it.
        for (const char *id : {"aligned-img", "timeline-a", "timeline-b"}) {
            const QRegularExpression width(QStringLiteral("<img id=\"%1\"[^>]*data-natural-width=\"(\\d+)\"").arg(QLatin1String(id)));
            const QRegularExpressionMatch w = width.match(dom);
            QVERIFY2(w.hasMatch(), id);
            QVERIFY2(w.captured(1).toInt() > 0, id);
        }
        static const QRegularExpression band(QStringLiteral("<tr class=\"delta-band[^\"]*\" data-category=\"([a-z_]+)\"[^>]* data-delta-bytes=\"(-?\\d+)\""));
        int bandRows = 0;
        for (auto it = band.globalMatch(dom); it.hasNext(); ++bandRows) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(2).toLongLong(), bands.value(m.captured(1)).toInteger());
        }
        QCOMPARE(bandRows, int(bands.size()));
        static const QRegularExpression location(QStringLiteral("<tr class=\"delta-location\"[^>]* data-delta-bytes=\"(-?\\d+)\""));
        QList<qint64> deltas;
        for (auto it = location.globalMatch(dom); it.hasNext();)
            deltas << it.next().captured(1).toLongLong();
        QCOMPARE(deltas.size(), locations.size());
        for (qsizetype i = 0; i < deltas.size(); ++i)
            QCOMPARE(deltas[i], locations[i].toObject().value(QLatin1String("delta_bytes")).toInteger());
        QVERIFY(dom.contains(c.value(QLatin1String("verdict")).toString().toHtmlEscaped()));

        const QString shot = QStringLiteral(VRAMSCOPE_BINARY_DIR "/report-compare-screenshot.png");
        QVERIFY(chromiumScreenshot(m_compareHtml, profile.path(), shot, 2900));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
