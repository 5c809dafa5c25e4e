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
} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_html;
    QString m_png;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "VRAMSCOPE_CLI must name the vramscope binary");
        QVERIFY(m_dir.isValid());
        m_html = m_dir.filePath(QStringLiteral("report.html"));
        m_png = m_dir.filePath(QStringLiteral("timeline.png"));
    }

    void writesBothFiles()
    {
        const Run r = runCli({QStringLiteral("report"), fixture(), QStringLiteral("-o"), m_html,
                              QStringLiteral("--png"), m_png, QStringLiteral("--width"),
                              QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("450")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile png(m_png);
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray header = png.read(24);
        QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR: width and height, big-endian, right after the signature and chunk header.
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), 900u);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20), 450u);
        QFile html(m_html);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.size() < 2 * 1024 * 1024);
        QVERIFY(!page.contains("http://") && !page.contains("https://"));
        QVERIFY(page.contains("src=\"data:image/png;base64,iVBORw0KGgo"));
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
        const QStringList common = {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                    QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                    QStringLiteral("--disable-background-networking"),
                                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                    QStringLiteral("--user-data-dir=") + profile.path()};
        const QString url = QUrl::fromLocalFile(m_html).toString();
        QProcess dump;
        dump.start(chromium, common + QStringList{QStringLiteral("--dump-dom"), url});
        QVERIFY(dump.waitForFinished(120000));
        const QString dom = QString::fromUtf8(dump.readAllStandardOutput());
        QVERIFY2(!dom.isEmpty(), qPrintable(QString::fromUtf8(dump.readAllStandardError())));

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
        QFile::remove(shot);
        QProcess screenshot;
        screenshot.start(chromium, common + QStringList{QStringLiteral("--screenshot=") + shot,
                                                        QStringLiteral("--window-size=1280,2000"),
                                                        QStringLiteral("--hide-scrollbars"), url});
        QVERIFY(screenshot.waitForFinished(120000));
        QVERIFY2(QFileInfo(shot).size() > 10000, qPrintable(QString::fromUtf8(screenshot.readAllStandardError())));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
