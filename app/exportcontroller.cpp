// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "clireport.h"
#include "comparisonreport.h"
#include "comparisonview.h"
#include "documentview.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace VramScope {

namespace {
struct PngChoice
{
    QSize size;
    double scale;
};
constexpr int StatusTimeoutMs = 5000;
} // namespace

ExportController::ExportController(MainWindow *window, QMenu *exportMenu)
    : QObject(window)
    , m_window(window)
{
    m_png = exportMenu->addAction(tr("&PNG Image…"));
    m_png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_html = exportMenu->addAction(tr("&HTML Report…"));
    m_html->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    exportMenu->addSeparator();
    m_copy = exportMenu->addAction(tr("&Copy Image to Clipboard"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    for (QAction *a : {m_png, m_html, m_copy})
        m_window->addAction(a); // shortcuts work with the menu bar hidden
    connect(m_png, &QAction::triggered, this, &ExportController::onExportPng);
    connect(m_html, &QAction::triggered, this, &ExportController::onExportHtml);
    connect(m_copy, &QAction::triggered, this, &ExportController::onCopyImage);
    connect(exportMenu, &QMenu::aboutToShow, this, &ExportController::updateEnabled);
    connect(m_window, &MainWindow::documentShown, this, &ExportController::updateEnabled);
    connect(m_window->tabs(), &QTabWidget::currentChanged, this, &ExportController::updateEnabled);
    updateEnabled();
}

bool ExportController::current(DocumentPtr *document, int *deviceIndex, QString *error) const
{
    DocumentView *view = m_window->currentView();
    if (!view || !view->document() || view->deviceIndex() < 0) {
        if (error)
            *error = tr("Open a snapshot first.");
        return false;
    }
    *document = view->document();
    *deviceIndex = view->deviceIndex();
    return true;
}

ComparisonView *ExportController::currentComparison() const
{
    QWidget *tab = m_window->tabs()->currentWidget();
    if (!tab)
        return nullptr;
    if (auto *view = qobject_cast<ComparisonView *>(tab))
        return view;
    return tab->findChild<ComparisonView *>();
}

void ExportController::updateEnabled()
{
    DocumentPtr document;
    int device = -1;
    const bool ok = current(&document, &device, nullptr);
    for (QAction *a : {m_png, m_copy})
        a->setEnabled(ok);
    m_html->setEnabled(ok || currentComparison());
}

bool ExportController::exportPng(const QString &path, const PlotExportOptions &options,
                                 QString *error) const
{
    DocumentPtr document;
    int device = -1;
    if (!current(&document, &device, error))
        return false;
    const PlotExport::Result plot = PlotExport::render(document, device, options);
    const QByteArray png = PlotExport::toPng(plot.image);
    if (png.isEmpty()) {
        if (error)
            *error = tr("%1: could not render the timeline").arg(document->path);
        return false;
    }
    return writeFileAtomically(path, png, error);
}

bool ExportController::exportHtml(const QString &path, QString *error) const
{
    if (ComparisonView *comparison = currentComparison()) {
        const auto [a, b] = comparison->documents();
        if (!a || !b) {
            if (error)
                *error = tr("The comparison has not finished loading.");
            return false;
        }
        const QByteArray html = buildComparisonReport(a, b, comparison->comparison(), PlotExportOptions(), error);
        return !html.isEmpty() && writeFileAtomically(path, html, error);
    }
    DocumentPtr document;
    int device = -1;
    if (!current(&document, &device, error))
        return false;
    const QByteArray html = buildHtmlReport(document, device, PlotExportOptions(), error);
    return !html.isEmpty() && writeFileAtomically(path, html, error);
}

bool ExportController::copyImage(QString *error) const
{
    DocumentPtr document;
    int device = -1;
    if (!current(&document, &device, error))
        return false;
    PlotExportOptions options;
    options.scale = m_window->devicePixelRatioF();
    const PlotExport::Result plot = PlotExport::render(document, device, options);
    if (plot.isNull()) {
        if (error)
            *error = tr("%1: could not render the timeline").arg(document->path);
        return false;
    }
    QApplication::clipboard()->setImage(plot.image);
    return true;
}

QString ExportController::suggestedPath(const QString &suffix) const
{
    if (ComparisonView *comparison = currentComparison()) {
        const auto [a, b] = comparison->documents();
        if (a && b) {
            const QFileInfo info(a->path);
            return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-vs-")
                + QFileInfo(b->path).completeBaseName() + suffix;
        }
    }
    DocumentView *view = m_window->currentView();
    if (!view || !view->document())
        return {};
    const QFileInfo info(view->document()->path);
    QString base = info.fileName();
    for (const QString &ext : {QStringLiteral(".zst"), QStringLiteral(".gz"), QStringLiteral(".pickle"),
                               QStringLiteral(".pkl"), QStringLiteral(".json"), QStringLiteral(".html")}) {
        if (base.endsWith(ext))
            base.chop(ext.size());
    }
    return info.absolutePath() + QLatin1Char('/') + base + QStringLiteral("-cuda%1").arg(view->deviceName().section(QLatin1Char(':'), 1)) + suffix;
}

void ExportController::showError(const QString &error)
{
    QMessageBox::warning(m_window, tr("Export failed"), error);
}

void ExportController::onExportPng()
{
    const QList<PngChoice> choices = {{QSize(1200, 560), 1.0}, {QSize(1200, 560), 2.0},
                                      {QSize(1600, 800), 1.0}, {QSize(1600, 800), 2.0},
                                      {QSize(2400, 1000), 1.0}};
    QStringList items;
    for (const PngChoice &c : choices) {
        items << tr("%1 × %2 at %3x (%4 × %5 pixels)")
                     .arg(c.size.width()).arg(c.size.height()).arg(c.scale)
                     .arg(qRound(c.size.width() * c.scale)).arg(qRound(c.size.height() * c.scale));
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(m_window, tr("Export PNG"), tr("Image size:"), items,
                                               1, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export PNG"),
                                                      suggestedPath(QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const PngChoice &c = choices[qMax(0, items.indexOf(item))];
    PlotExportOptions options;
    options.size = c.size;
    options.scale = c.scale;
    QString error;
    if (!exportPng(path, options, &error))
        showError(error);
    else
        m_window->statusBar()->showMessage(tr("Exported %1").arg(path), StatusTimeoutMs);
}

void ExportController::onExportHtml()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export HTML Report"),
                                                      suggestedPath(QStringLiteral("-report.html")),
                                                      tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHtml(path, &error))
        showError(error);
    else
        m_window->statusBar()->showMessage(tr("Exported %1").arg(path), StatusTimeoutMs);
}

void ExportController::onCopyImage()
{
    QString error;
    if (!copyImage(&error))
        showError(error);
    else
        m_window->statusBar()->showMessage(tr("Timeline image copied"), StatusTimeoutMs);
}

} // namespace VramScope
