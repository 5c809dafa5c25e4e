// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// File > Export on a comparison tab: the HTML Report action writes the comparison form, with
// the numbers of the comparison the tab shows.
#include "testutils.h"

#include "comparisonview.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "settings.h"
#include "snapshotloader.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace VramScope;

class tst_ExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void comparisonTabExportsTheComparisonForm()
    {
        auto settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        MainWindow window(std::move(settings));
        auto *exporter = window.findChild<ExportController *>();
        QVERIFY(exporter);
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("compare.html"));
        QVERIFY(!exporter->exportHtml(path, &error)); // nothing open yet
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));

        const LoadResult a = loadSnapshot(testDataPath(QStringLiteral("ab/before.pickle")));
        const LoadResult b = loadSnapshot(testDataPath(QStringLiteral("ab/after.pickle")));
        QVERIFY(a.ok() && b.ok());
        auto *view = new ComparisonView;
        const SnapshotComparison comparison = SnapshotComparison::compare(*a.document, *b.document);
        view->setComparison(a.document, b.document, comparison);
        window.tabs()->setCurrentIndex(window.tabs()->addTab(view, QStringLiteral("compare")));
        QVERIFY(exporter->exportHtmlAction()->isEnabled());
        QVERIFY(!exporter->exportPngAction()->isEnabled()); // the PNG export is per snapshot

        QVERIFY2(exporter->exportHtml(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(
            QStringLiteral("<title>VRAMScope comparison: before.pickle → after.pickle</title>")));
        QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,iVBORw0KGgo")), 3);
        QCOMPARE(html.count(QLatin1String("<tr class=\"delta-band")), int(CategoryCount));
        QCOMPARE(html.count(QLatin1String("<tr class=\"delta-location\"")),
                 int(comparison.byLocation.size()));
        static const QRegularExpression total(
            QStringLiteral("<tr class=\"delta-total\" data-delta-bytes=\"(-?\\d+)\""));
        QCOMPARE(total.match(html).captured(1).toLongLong(), comparison.totalDelta());
        QVERIFY(!html.contains(QLatin1String("https://"))
                && !html.contains(QLatin1String("http://")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.html")}, QDir::Files).size(), 1);
    }
};

QTEST_MAIN(tst_ExportController)
#include "tst_exportcontroller.moc"
