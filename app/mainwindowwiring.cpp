// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The main window's wiring: which command does what, how loading shows, and which commands are
// enabled for the current tab. The documents themselves are followed in mainwindow.cpp.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "allocatorstatepanel.h"
#include "compareopener.h"
#include "documentcontroller.h"
#include "documentpanels.h"
#include "documenttabs.h"
#include "documentview.h"
#include "examplesnapshot.h"
#include "filechangewatcher.h"
#include "loadstatus.h"
#include "mainactions.h"
#include "messagebanner.h"
#include "paneldocks.h"
#include "pastemessagedialog.h"
#include "rulescontroller.h"
#include "settings.h"
#include "startpage.h"
#include "timelineplot.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QStatusBar>

namespace VramScope {

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a->openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(a->reload, &QAction::triggered, this, [this] {
        if (DocumentView *view = currentView())
            m_controller->reload(view->document()->path);
    });
    connect(a->closeTab, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->clearRecent, &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        m_start->setRecentFiles({});
        updateRecentMenu();
    });
    connect(a->cancelLoad, &QAction::triggered, m_controller, &DocumentController::cancel);
    connect(a->resetZoom, &QAction::triggered, this, [this] {
        if (DocumentView *view = currentView())
            view->resetZoom();
    });
    connect(a->categoriesMode, &QAction::triggered, this, [this] {
        if (DocumentView *view = currentView())
            view->setAllocationsMode(false);
    });
    connect(a->allocationsMode, &QAction::triggered, this, [this] {
        if (DocumentView *view = currentView())
            view->setAllocationsMode(true);
    });
    connect(a->timeAxis, &QAction::toggled, this, [this](bool on) {
        if (DocumentView *view = currentView())
            view->setTimeAxis(on);
    });
    connect(a, &MainActions::recentFileTriggered, this,
            [this](const QString &path) { openFiles({path}); });
    connect(a->goToMoment, &QAction::triggered, this,
            [this] { m_docks->panels()->goToMoment(currentView()); });
    connect(a->nextDevice, &QAction::triggered, this, [this] {
        DocumentView *view = currentView();
        if (view && view->document()->devices.size() > 1)
            view->setDeviceIndex((view->deviceIndex() + 1) % int(view->document()->devices.size()));
    });
    connect(a->pasteMessage, &QAction::triggered, this,
            [this] { PasteMessageDialog::showFor(this); });
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog::show(this); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // File > Compare..., File > Open Ranks Folder...; a double-clicked rank opens here.
    // Comparisons and ranks load with the same options (category rules) as the tabs.
    m_compare = new CompareOpener(this, a->compare, a->openRanks, m_banner,
                                  [this] { return m_controller->options(); });
    connect(m_compare, &CompareOpener::openFileRequested, this, [this](const QString &path) {
        openFiles({path});
        raise(); // the ranks window asked: show the tab that is about to appear
        activateWindow();
    });
    // Analysis > Category Rules...
    m_rules = new RulesController(
        this, m_settings.get(), m_controller, [this] { return openPaths(); },
        [this] { return m_compare->reanalyse(); });
    connect(a->categoryRules, &QAction::triggered, m_rules, &RulesController::showEditor);
    connect(m_rules, &RulesController::failed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message.toHtmlEscaped());
    });
    connect(m_rules, &RulesController::applied, this, [this](int documents, int windows) {
        statusBar()->showMessage(
            windows > 0 ? tr("Re-analysing %n snapshot(s) and the comparison and ranks windows "
                             "with the category rules",
                             nullptr, documents)
                        : tr("Re-analysing %n snapshot(s) with the category rules", nullptr,
                             documents),
            5000);
    });

    // The Allocator State panel's row scale and order are the user's: restored here, stored when changed.
    AllocatorStatePanel *allocator = m_docks->allocator();
    allocator->setScale(m_settings->segmentScale());
    connect(allocator, &AllocatorStatePanel::scaleChanged, this,
            [this](SegmentScale scale) { m_settings->setSegmentScale(scale); });
    allocator->setOrder(m_settings->segmentOrder());
    connect(allocator, &AllocatorStatePanel::orderChanged, this,
            [this](SegmentOrder order) { m_settings->setSegmentOrder(order); });

    connect(m_start, &StartPage::openFileRequested, this, &MainWindow::showOpenDialog);
    connect(m_start, &StartPage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_start, &StartPage::openRecentRequested, this,
            [this](const QString &path) { openFiles({path}); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_fileWatcher, &FileChangeWatcher::fileChanged, this, &MainWindow::onFileChanged);
}

void MainWindow::connectLoading()
{
    connect(m_controller, &DocumentController::loadStarted, m_loadStatus, &LoadStatus::start);
    connect(m_controller, &DocumentController::progressChanged, m_loadStatus,
            &LoadStatus::setProgress);
    connect(m_controller, &DocumentController::idle, m_loadStatus, &LoadStatus::finish);
    connect(m_controller, &DocumentController::idle, this, &MainWindow::updateTitleAndActions);
    connect(m_controller, &DocumentController::loadStarted, this,
            &MainWindow::updateTitleAndActions);
    connect(m_loadStatus, &LoadStatus::cancelRequested, m_controller, &DocumentController::cancel);
    connect(m_controller, &DocumentController::documentLoaded, this, &MainWindow::onDocumentLoaded);
    connect(m_controller, &DocumentController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &DocumentController::loadCanceled, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Stopped loading %1").arg(QFileInfo(path).fileName()), 5000);
    });
}

void MainWindow::updateTitleAndActions()
{
    DocumentView *view = currentView();
    if (view) {
        setWindowTitle(
            tr("%1 — %2").arg(QFileInfo(view->document()->path).fileName(), view->deviceName()));
    } else {
        setWindowTitle(QString());
    }
    MainActions *a = m_actions;
    const bool hasView = view != nullptr;
    for (QAction *action : {a->reload, a->closeTab, a->resetZoom, a->categoriesMode,
                            a->allocationsMode, a->goToMoment})
        action->setEnabled(hasView);
    a->nextDevice->setEnabled(hasView && view->document()->devices.size() > 1);
    a->timeAxis->setEnabled(hasView && view->plot()->hasTimeAxis());
    a->cancelLoad->setEnabled(m_controller->isLoading());
    a->openExample->setEnabled(ExampleSnapshot::isAvailable());
    if (hasView) {
        const bool allocations = view->plot()->mode() == TimelinePlot::Mode::Allocations;
        (allocations ? a->allocationsMode : a->categoriesMode)->setChecked(true);
        const QSignalBlocker blocker(a->timeAxis);
        a->timeAxis->setChecked(view->plot()->axisMode() == EventAxis::Mode::Time);
    }
}

} // namespace VramScope
