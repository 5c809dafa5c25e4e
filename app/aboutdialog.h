// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace VramScope {

// The About box: what VRAMScope is, and the versions it was built with and runs on.
class AboutDialog
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::AboutDialog)
public:
    static QString text();
    static void show(QWidget *parent);
};

} // namespace VramScope
