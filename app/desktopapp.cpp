// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "desktopapp.h"

#include "apptranslator.h"
#include "compareopener.h"
#include "documentcontroller.h"
#include "documentview.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace VramScope {

namespace {

// --screenshot FILE: once the first document is shown and drawn, save the window and quit.
// Used for the README and for looking at the app under xvfb-run.
void arrangeScreenshot(MainWindow *window, const QString &file, bool allocationsMode)
{
    window->resize(1400, 900); // the same picture whatever geometry was saved
    QObject::connect(window, &MainWindow::documentShown, window, [window, file, allocationsMode](DocumentView *view) {
        if (allocationsMode)
            view->setAllocationsMode(true);
        // Give the worker threads (live allocations, bands) time to deliver, then grab.
        QTimer::singleShot(1500, window, [window, file] {
            const bool ok = window->grab().save(file);
            qInfo("screenshot %s: %s", qPrintable(file), ok ? "saved" : "FAILED");
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    QObject::connect(window->controller(), &DocumentController::loadFailed, window,
                     [](const QString &, const QString &message) {
                         qWarning("%s", qPrintable(message));
                         QCoreApplication::exit(2);
                     });
}

} // namespace

int runDesktopApp(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VRAMScope"));
    QApplication::setOrganizationDomain(QStringLiteral("vramscope.org"));
    QApplication::setApplicationName(QStringLiteral("VRAMScope"));
    QApplication::setApplicationDisplayName(QStringLiteral("VRAMScope"));
    QApplication::setApplicationVersion(QStringLiteral(VRAMSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vramscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vramscope/icons/vramscope.svg")));

    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language, e.g. de."),
                                        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window to FILE once the first snapshot is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption allocationsOption(
        QStringLiteral("allocations"), QApplication::translate("main", "Start in the allocations mode."));
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addOption(allocationsOption);
    const QCommandLineOption compareOption(
        QStringLiteral("compare"), QApplication::translate("main", "Compare two snapshots: A (before) and B (after)."));
    const QCommandLineOption ranksOption(
        QStringLiteral("ranks"), QApplication::translate("main", "Open a folder (or files) of per-rank snapshots."));
    parser.addOption(compareOption);
    parser.addOption(ranksOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Snapshots to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // main() already took --lang out of argv (langOption stays for --help).
    AppTranslator::installPreferred(&app);

    if (parser.isSet(compareOption) || parser.isSet(ranksOption))
        return runCompareWindow(parser.isSet(ranksOption), parser.positionalArguments(), parser.value(screenshotOption));
    MainWindow window;
    if (parser.isSet(screenshotOption))
        arrangeScreenshot(&window, parser.value(screenshotOption), parser.isSet(allocationsOption));
    window.show();
    window.openFiles(parser.positionalArguments());
    return QApplication::exec();
}

} // namespace VramScope
