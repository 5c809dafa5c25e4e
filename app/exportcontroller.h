// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "plotexport.h"

#include <QObject>

class QAction;
class QMenu;

namespace VramScope {

class ComparisonView;
class MainWindow;

// File > Export: the annotated timeline of the current tab as PNG (size and 1x/2x chosen in a
// list), the one-file HTML report, and the image on the clipboard. When the current tab is a
// comparison, the HTML report is its comparison form. Files are written with QSaveFile, so a
// failed export leaves no partial file.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(MainWindow *window, QMenu *exportMenu);

    QAction *exportPngAction() const { return m_png; }
    QAction *exportHtmlAction() const { return m_html; }
    QAction *copyImageAction() const { return m_copy; }

    // The non-interactive halves, for tests and scripts. False with *error on failure.
    bool exportPng(const QString &path, const PlotExportOptions &options, QString *error) const;
    bool exportHtml(const QString &path, QString *error) const;
    bool copyImage(QString *error) const;

private:
    void updateEnabled();
    void onExportPng();
    void onExportHtml();
    void onCopyImage();
    bool current(DocumentPtr *document, int *deviceIndex, QString *error) const;
    ComparisonView *currentComparison() const;
    QString suggestedPath(const QString &suffix) const;
    void showError(const QString &error);

    MainWindow *m_window;
    QAction *m_png;
    QAction *m_html;
    QAction *m_copy;
};

} // namespace VramScope
