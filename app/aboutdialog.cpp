// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "qcustomplotinclude.h"

#include <QMessageBox>
#include <QSysInfo>

#ifndef VRAMSCOPE_VERSION
#define VRAMSCOPE_VERSION "unknown"
#endif

namespace VramScope {

QString AboutDialog::text()
{
    return tr("<h3>VRAMScope %1</h3>"
              "<p>Opens PyTorch CUDA memory snapshots, rebuilds the memory timeline and shows "
              "what the memory was at the peak and at an out-of-memory error.</p>"
              "<table>"
              "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
              "<tr><td>QCustomPlot</td><td>%4</td></tr>"
              "<tr><td>System</td><td>%5</td></tr>"
              "</table>"
              "<p>License: MIT.</p>")
        .arg(QStringLiteral(VRAMSCOPE_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(QCUSTOMPLOT_VERSION_STR),
             QSysInfo::prettyProductName().toHtmlEscaped());
}

void AboutDialog::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About VRAMScope"), text());
}

} // namespace VramScope
