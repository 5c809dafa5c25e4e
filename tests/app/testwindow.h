// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"
#include "settings.h"

#include <QSettings>
#include <QSignalSpy>

#include <memory>

// A shown main window whose settings live in `iniPath` (never the user's own settings).
inline std::unique_ptr<VramScope::MainWindow> makeTestWindow(const QString &iniPath)
{
    auto window = std::make_unique<VramScope::MainWindow>(std::make_unique<VramScope::Settings>(
        std::make_unique<QSettings>(iniPath, QSettings::IniFormat)));
    window->resize(1200, 800);
    window->show();
    return window;
}

// Opens `path` and waits for its document tab (loads run on a worker thread).
inline bool openAndWait(VramScope::MainWindow &window, const QString &path)
{
    QSignalSpy shown(&window, &VramScope::MainWindow::documentShown);
    window.openFiles({path});
    return shown.wait(20000);
}
