// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "displayformat.h"
#include "plotexport.h"
#include "plotpalette.h"
#include "snapshotloader.h"

#include <QSet>
#include <QTest>

using namespace VramScope;

// The exported timeline of the OOM fixture: the requested size at 1x and 2x, and an image that
// really shows the bands, the OOM line and the arrow label.
class tst_PlotExport : public QObject
{
    Q_OBJECT

private:
    DocumentPtr m_doc;

    struct PixelStats
    {
        int distinctColours = 0;
        double nonWhiteShare = 0;
        QHash<QRgb, int> counts;
    };
    static PixelStats stats(const QImage &image)
    {
        PixelStats s;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        qint64 nonWhite = 0;
        for (int y = 0; y < rgb.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                const QRgb p = line[x] & 0xffffff;
                ++s.counts[p];
                nonWhite += p != 0xffffff ? 1 : 0;
            }
        }
        s.distinctColours = int(s.counts.size());
        s.nonWhiteShare = double(nonWhite) / (double(rgb.width()) * rgb.height());
        return s;
    }
    static int pixelsOf(const PixelStats &s, const QColor &c) { return s.counts.value(c.rgb() & 0xffffff); }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = loadSnapshot(testDataPath(QStringLiteral("oom_expandable.pickle")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        m_doc = r.document;
    }

    void sizeAndScale_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::newRow("800x400@1x") << QSize(800, 400) << 1.0;
        QTest::newRow("640x360@2x") << QSize(640, 360) << 2.0;
    }
    void sizeAndScale()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        PlotExportOptions options;
        options.size = size;
        options.scale = scale;
        const PlotExport::Result r = PlotExport::render(m_doc, 0, options);
        QVERIFY(!r.isNull());
        QCOMPARE(r.image.size(), size * scale);
        const QByteArray png = PlotExport::toPng(r.image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        QCOMPARE(decoded.size(), size * scale);
        // The axis rect lies inside the image and spans the whole trace.
        QVERIFY(r.axisLeft > 0.0 && r.axisLeft < 0.3);
        QVERIFY(r.axisRight > 0.8 && r.axisRight <= 1.0);
        QVERIFY(r.xLower <= 0.0);
        QVERIFY(r.xUpper >= double(m_doc->devices[0].eventCount - 1));
    }

    void notBlank()
    {
        PlotExportOptions options;
        options.size = QSize(1000, 500);
        const PlotExport::Result r = PlotExport::render(m_doc, 0, options);
        const PixelStats s = stats(r.image);
        QVERIFY2(s.distinctColours > 30, qPrintable(QString::number(s.distinctColours)));
        QVERIFY2(s.nonWhiteShare > 0.15, qPrintable(QString::number(s.nonWhiteShare)));
        // The tallest band (optimizer state) fills a large area in its own colour, the other
        // bands with bytes show too, and the OOM line is drawn.
        const Diagnosis &d = m_doc->diagnoses[0];
        QCOMPARE(d.tallest, Category::OptimizerState);
        QVERIFY(pixelsOf(s, PlotPalette::category(Category::OptimizerState)) > 1000 * 500 / 50);
        QVERIFY(pixelsOf(s, PlotPalette::category(Category::Parameter)) > 1000);
        QVERIFY(pixelsOf(s, PlotPalette::category(Category::Gradient)) > 1000);
        QVERIFY(pixelsOf(s, PlotPalette::oom()) > 100);
    }

    void arrowLabel()
    {
        const Diagnosis &d = m_doc->diagnoses[0];
        const PlotExport::Result r = PlotExport::render(m_doc, 0);
        QVERIFY(r.arrowText.contains(categoryLabel(Category::OptimizerState)));
        QVERIFY(r.arrowText.contains(DisplayFormat::bytes(d.bands[size_t(Category::OptimizerState)])));
        QVERIFY(d.recommendedRung());
        QVERIFY(r.arrowText.contains(rungLabel(d.recommendedRung()->rung)));
        const QString title = PlotExport::titleText(*m_doc, 0);
        QVERIFY(title.startsWith(QStringLiteral("oom_expandable.pickle · cuda:0")));
    }

    void badDevice()
    {
        QVERIFY(PlotExport::render(m_doc, 5).isNull());
        QVERIFY(PlotExport::render(nullptr, 0).isNull());
    }
};

QTEST_MAIN(tst_PlotExport)
#include "tst_plotexport.moc"
