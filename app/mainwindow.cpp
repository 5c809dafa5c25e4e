// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "compareopener.h"
#include "documentcontroller.h"
#include "documentpanels.h"
#include "documenttabs.h"
#include "documentview.h"
#include "examplesnapshot.h"
#include "exportcontroller.h"
#include "filechangewatcher.h"
#include "filedrop.h"
#include "loadstatus.h"
#include "mainactions.h"
#include "messagebanner.h"
#include "paneldocks.h"
#include "rulescontroller.h"
#include "settings.h"
#include "startpage.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace VramScope {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{}

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<Settings>())
    , m_controller(new DocumentController(this))
    , m_fileWatcher(new FileChangeWatcher(this))
    , m_actions(new MainActions(this))
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_tabs(new DocumentTabs(this))
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
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_loadStatus);

    m_docks = new PanelDocks(this);
    m_actions->addDockToggles(m_docks->toggleActions());
    connectActions();
    connectLoading();
    new ExportController(this, m_actions->exportMenu()); // File > Export, owned by the window
    m_start->setExampleAvailable(ExampleSnapshot::isAvailable());
    m_start->setRecentFiles(m_settings->recentFiles());
    updateRecentMenu();
    resize(1280, 820);
    restoreGeometry(m_settings->windowGeometry());
    m_docks->setLayoutRestored(restoreState(m_settings->windowState()));
    m_docks->setShown(false);
    updateTitleAndActions();
}

MainWindow::~MainWindow() = default;

QTabWidget *MainWindow::tabs() const
{
    return m_tabs;
}

AllocationsPanel *MainWindow::allocationsPanel() const
{
    return m_docks->allocations();
}

StackPanel *MainWindow::stackPanel() const
{
    return m_docks->stack();
}

SummaryPanel *MainWindow::summaryPanel() const
{
    return m_docks->summary();
}

AllocatorStatePanel *MainWindow::allocatorPanel() const
{
    return m_docks->allocator();
}

DiagnosisPanel *MainWindow::diagnosisPanel() const
{
    return m_docks->diagnosis();
}

DocumentView *MainWindow::currentView() const
{
    return m_tabs->currentView();
}

QStringList MainWindow::openPaths() const
{
    return m_tabs->paths();
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
    const QString filter
        = tr("PyTorch memory snapshots (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)")
          + QStringLiteral(";;") + tr("All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Snapshot"),
                                                            m_settings->lastDirectory(), filter);
    if (paths.isEmpty())
        return;
    m_settings->setLastDirectory(QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

void MainWindow::onDocumentLoaded(const DocumentPtr &document, const QString &path, bool isReload)
{
    Q_UNUSED(isReload) // a reload, or opening the same file again, replaces its tab in place
    auto *view = new DocumentView(document);
    m_docks->panels()->attach(view);
    connect(view, &DocumentView::deviceChanged, this, &MainWindow::updateTitleAndActions);
    connect(view, &DocumentView::viewOptionsChanged, this, &MainWindow::updateTitleAndActions);
    m_tabs->showDocument(view, path);
    m_pages->setCurrentWidget(m_tabs);
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
    m_banner->showMessage(
        MessageBanner::Kind::Error,
        tr("<b>Could not open %1.</b><br>%2")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(), message.toHtmlEscaped()));
}

void MainWindow::onFileChanged(const QString &path)
{
    if (m_tabs->indexOfPath(path) < 0)
        return;
    m_banner->showMessage(
        MessageBanner::Kind::Information,
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
    m_docks->setShown(view != nullptr);
    m_docks->panels()->show(view);
    updateTitleAndActions();
}

void MainWindow::closeTab(int index)
{
    const QString path = m_tabs->closeDocument(index);
    if (path.isEmpty())
        return;
    if (m_tabs->indexOfPath(path) < 0)
        m_fileWatcher->unwatch(path);
    onCurrentTabChanged();
}

void MainWindow::updateRecentMenu()
{
    m_actions->setRecentFiles(m_settings->recentFiles());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileDrop::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = FileDrop::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (FileDrop::wantsComparison(paths, event->modifiers())) {
        const auto [before, after] = FileDrop::beforeAfter(paths[0], paths[1]);
        m_compare->compare(before, after);
    } else {
        openFiles(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_rules->confirmQuit()) {
        event->ignore(); // Cancel: the user keeps working
        return;
    }
    m_controller->cancel();
    m_docks->setShown(true); // save the layout the user chose, not the start page's
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace VramScope
