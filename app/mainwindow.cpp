// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "allocationspanel.h"
#include "compareopener.h"
#include "allocatorstatepanel.h"
#include "diagnosispanel.h"
#include "documentcontroller.h"
#include "documentpanels.h"
#include "documentview.h"
#include "examplesnapshot.h"
#include "exportcontroller.h"
#include "filechangewatcher.h"
#include "loadstatus.h"
#include "mainactions.h"
#include "messagebanner.h"
#include "pastemessagedialog.h"
#include "settings.h"
#include "stackpanel.h"
#include "startpage.h"
#include "summarypanel.h"
#include "timelineplot.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace VramScope {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<Settings>())
    , m_controller(new DocumentController(this))
    , m_fileWatcher(new FileChangeWatcher(this))
    , m_actions(new MainActions(this))
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_tabs(new QTabWidget(this))
    , m_loadStatus(new LoadStatus(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_loadStatus);

    createDocks();
    connectActions();
    new ExportController(this, m_actions->exportMenu()); // File > Export, owned by the window
    m_start->setExampleAvailable(ExampleSnapshot::isAvailable());
    m_start->setRecentFiles(m_settings->recentFiles());
    updateRecentMenu();
    resize(1280, 820);
    restoreGeometry(m_settings->windowGeometry());
    m_defaultDockSizes = !restoreState(m_settings->windowState());
    setDocksShown(false);
    updateTitleAndActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_allocations = new AllocationsPanel(this);
    m_stack = new StackPanel(this);
    m_summary = new SummaryPanel(this);
    m_allocator = new AllocatorStatePanel(this);
    const auto addDock = [this](QWidget *panel, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        m_docks.append(dock);
        return dock;
    };
    QDockWidget *allocations = addDock(m_allocations, tr("Allocations"), QStringLiteral("AllocationsDock"));
    QDockWidget *stack = addDock(m_stack, tr("Stack"), QStringLiteral("StackDock"));
    QDockWidget *summary = addDock(m_summary, tr("Summary"), QStringLiteral("SummaryDock"));
    QDockWidget *allocator = addDock(m_allocator, tr("Allocator State"), QStringLiteral("AllocatorDock"));
    QDockWidget *diagnosis = addDock(m_diagnosis = new DiagnosisPanel(this), tr("Diagnosis"), QStringLiteral("DiagnosisDock"));
    splitDockWidget(allocations, stack, Qt::Horizontal);
    tabifyDockWidget(stack, summary);
    tabifyDockWidget(summary, allocator);
    tabifyDockWidget(allocations, diagnosis);
    stack->raise();
    QList<QAction *> toggles;
    for (QDockWidget *dock : std::as_const(m_docks))
        toggles.append(dock->toggleViewAction());
    m_actions->addDockToggles(toggles);

    m_panels = new DocumentPanels(m_allocations, m_stack, m_summary, m_allocator, m_diagnosis, this);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a->openExample, &QAction::triggered, this, &MainWindow::openExample);
    new CompareOpener(this, a->compare, a->openRanks, m_banner); // File > Compare..., Open Ranks Folder...
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
    connect(a, &MainActions::recentFileTriggered, this, [this](const QString &path) { openFiles({path}); });
    connect(a->goToMoment, &QAction::triggered, this, [this] { m_panels->goToMoment(currentView()); });
    connect(a->nextDevice, &QAction::triggered, this, [this] {
        DocumentView *view = currentView();
        if (view && view->document()->devices.size() > 1)
            view->setDeviceIndex((view->deviceIndex() + 1) % int(view->document()->devices.size()));
    });
    connect(a->pasteMessage, &QAction::triggered, this, [this] { PasteMessageDialog::showFor(this); });
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog::show(this); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_start, &StartPage::openFileRequested, this, &MainWindow::showOpenDialog);
    connect(m_start, &StartPage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_start, &StartPage::openRecentRequested, this,
            [this](const QString &path) { openFiles({path}); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_fileWatcher, &FileChangeWatcher::fileChanged, this, &MainWindow::onFileChanged);

    connect(m_controller, &DocumentController::loadStarted, m_loadStatus, &LoadStatus::start);
    connect(m_controller, &DocumentController::progressChanged, m_loadStatus, &LoadStatus::setProgress);
    connect(m_controller, &DocumentController::idle, m_loadStatus, &LoadStatus::finish);
    connect(m_controller, &DocumentController::idle, this, &MainWindow::updateTitleAndActions);
    connect(m_controller, &DocumentController::loadStarted, this, &MainWindow::updateTitleAndActions);
    connect(m_loadStatus, &LoadStatus::cancelRequested, m_controller, &DocumentController::cancel);
    connect(m_controller, &DocumentController::documentLoaded, this, &MainWindow::onDocumentLoaded);
    connect(m_controller, &DocumentController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &DocumentController::loadCanceled, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Stopped loading %1").arg(QFileInfo(path).fileName()), 5000);
    });
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths)
        files.append(QFileInfo(path).absoluteFilePath());
    if (!files.isEmpty())
        m_controller->open(files);
}

void MainWindow::openExample()
{
    QString error;
    const QString path = ExampleSnapshot::extract(&error);
    if (path.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, error);
    else
        m_controller->open(path);
}

void MainWindow::showOpenDialog()
{
    const QString filter =
        tr("PyTorch memory snapshots (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)")
        + QStringLiteral(";;") + tr("All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Snapshot"),
                                                            m_settings->lastDirectory(), filter);
    if (paths.isEmpty())
        return;
    m_settings->setLastDirectory(QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

DocumentView *MainWindow::currentView() const
{
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

int MainWindow::tabOfPath(const QString &path) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<DocumentView *>(m_tabs->widget(i));
        if (view && view->document()->path == path)
            return i;
    }
    return -1;
}

void MainWindow::onDocumentLoaded(const DocumentPtr &document, const QString &path, bool isReload)
{
    Q_UNUSED(isReload)
    auto *view = new DocumentView(document);
    m_panels->attach(view);
    connect(view, &DocumentView::deviceChanged, this, &MainWindow::updateTitleAndActions);
    connect(view, &DocumentView::viewOptionsChanged, this, &MainWindow::updateTitleAndActions);
    // A reload, or opening the same file again, replaces its tab in place.
    const QString name = QFileInfo(path).fileName();
    const int existing = tabOfPath(path);
    int index = existing;
    if (existing >= 0) {
        QWidget *old = m_tabs->widget(existing);
        m_tabs->blockSignals(true);
        m_tabs->removeTab(existing);
        m_tabs->insertTab(existing, view, name);
        m_tabs->blockSignals(false);
        old->deleteLater();
    } else {
        index = m_tabs->addTab(view, name);
    }
    m_tabs->setTabToolTip(index, path);
    m_pages->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    onCurrentTabChanged();
    if (m_banner->kind() != MessageBanner::Kind::Error)
        m_banner->hide(); // an old reload offer or info is answered by this load

    m_settings->addRecentFile(path);
    m_start->setRecentFiles(m_settings->recentFiles());
    updateRecentMenu();
    m_fileWatcher->watch(path);
    Q_EMIT documentShown(view);
}

void MainWindow::onLoadFailed(const QString &path, const QString &message)
{
    // The previous documents stay open; the banner names the file and the reason.
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("<b>Could not open %1.</b><br>%2")
                              .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                                   message.toHtmlEscaped()));
}

void MainWindow::onFileChanged(const QString &path)
{
    if (tabOfPath(path) < 0)
        return;
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("<b>%1</b> changed on disk.").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    QToolButton *reload = m_banner->addButton(tr("Reload"));
    connect(reload, &QToolButton::clicked, this, [this, path] {
        m_banner->hide();
        m_controller->reload(path);
    });
}

void MainWindow::onCurrentTabChanged()
{
    DocumentView *view = currentView();
    m_pages->setCurrentWidget(view ? static_cast<QWidget *>(m_tabs) : m_start);
    setDocksShown(view != nullptr);
    m_panels->show(view);
    updateTitleAndActions();
}

void MainWindow::setDocksShown(bool shown)
{
    if (shown == !m_docksHidden)
        return;
    m_docksHidden = !shown;
    if (shown) {
        for (QDockWidget *dock : std::as_const(m_docksHiddenForStart))
            dock->show();
        m_docksHiddenForStart.clear();
        if (std::exchange(m_defaultDockSizes, false)) {
            // Allocations table on the left, stack and the other panels on the right.
            resizeDocks({m_docks[0], m_docks[1]}, {width() * 3 / 5, width() * 2 / 5}, Qt::Horizontal);
            resizeDocks({m_docks[0]}, {height() * 2 / 5}, Qt::Vertical);
        }
        return;
    }
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->isVisibleTo(this)) {
            m_docksHiddenForStart.append(dock);
            dock->hide();
        }
    }
}

void MainWindow::closeTab(int index)
{
    auto *view = qobject_cast<DocumentView *>(m_tabs->widget(index));
    if (!view)
        return;
    const QString path = view->document()->path;
    m_tabs->removeTab(index);
    view->deleteLater();
    if (tabOfPath(path) < 0)
        m_fileWatcher->unwatch(path);
    onCurrentTabChanged();
}

void MainWindow::updateTitleAndActions()
{
    DocumentView *view = currentView();
    if (view) {
        setWindowTitle(tr("%1 — %2").arg(QFileInfo(view->document()->path).fileName(),
                                         view->deviceName()));
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

void MainWindow::updateRecentMenu()
{
    m_actions->setRecentFiles(m_settings->recentFiles());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->cancel();
    setDocksShown(true); // save the layout the user chose, not the start page's
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace VramScope
