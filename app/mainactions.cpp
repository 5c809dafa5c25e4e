// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace VramScope {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    open = make(tr("&Open…"), QKeySequence::Open);
    openExample = make(tr("Open &Example"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    compare = make(tr("Co&mpare…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setStatusTip(tr("Compare two snapshots: what changed from A (before) to B (after)"));
    openRanks = make(tr("Open Ran&ks Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    openRanks->setStatusTip(tr("Which rank ran out of memory first, and which are imbalanced"));
    reload = make(tr("&Reload"), QKeySequence(Qt::Key_F5));
    closeTab = make(tr("&Close"), QKeySequence::Close);
    quit = make(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    clearRecent = make(tr("Clear &Recent Files"), QKeySequence());
    cancelLoad = make(tr("&Cancel Loading"), QKeySequence(Qt::Key_Escape));
    resetZoom = make(tr("&Reset Zoom"), QKeySequence(Qt::Key_Home));
    categoriesMode = make(tr("By &Category"), QKeySequence(Qt::CTRL | Qt::Key_1));
    allocationsMode = make(tr("By &Allocation"), QKeySequence(Qt::CTRL | Qt::Key_2));
    timeAxis = make(tr("&Time Axis"), QKeySequence(Qt::CTRL | Qt::Key_T));
    goToMoment = make(tr("&Go to OOM / Peak"), QKeySequence(Qt::CTRL | Qt::Key_G));
    nextDevice = make(tr("Next &Device"), QKeySequence(Qt::CTRL | Qt::Key_D));
    categoryRules = make(tr("Category &Rules…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    categoryRules->setStatusTip(
        tr("Your own frame pattern → category rules, applied to the open snapshots"));
    pasteMessage = make(tr("&Paste OOM Message…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteMessage->setStatusTip(
        tr("Explain a pasted out-of-memory error: its numbers, verdict and fixes"));
    about = make(tr("&About VRAMScope"), QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), QKeySequence());
    aboutQt->setMenuRole(QAction::AboutQtRole);

    categoriesMode->setCheckable(true);
    allocationsMode->setCheckable(true);
    categoriesMode->setChecked(true);
    m_modeGroup = new QActionGroup(this);
    m_modeGroup->addAction(categoriesMode);
    m_modeGroup->addAction(allocationsMode);
    timeAxis->setCheckable(true);
    goToMoment->setToolTip(tr("Put the cursor on the OOM (or the peak) and list what was live"));

    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(openExample);
    file->addAction(compare);
    file->addAction(openRanks);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(reload);
    m_exportMenu = file->addMenu(tr("&Export")); // filled by ExportController
    file->addSeparator();
    file->addAction(cancelLoad);
    file->addAction(closeTab);
    file->addSeparator();
    file->addAction(quit);

    m_viewMenu = bar->addMenu(tr("&View"));
    m_viewMenu->addAction(categoriesMode);
    m_viewMenu->addAction(allocationsMode);
    m_viewMenu->addAction(timeAxis);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(resetZoom);
    m_viewMenu->addAction(goToMoment);
    m_viewMenu->addAction(nextDevice);
    m_viewMenu->addSeparator();

    QMenu *analysis = bar->addMenu(tr("&Analysis"));
    analysis->addAction(categoryRules);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(pasteMessage);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

QAction *MainActions::make(const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
            shortcut.toString(QKeySequence::NativeText)));
    }
    m_window->addAction(action); // shortcuts work even with the menu bar hidden
    return action;
}

void MainActions::addDockToggles(const QList<QAction *> &toggles)
{
    int n = 1;
    for (QAction *toggle : toggles) {
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n++)));
        m_viewMenu->addAction(toggle);
    }
}

void MainActions::setRecentFiles(const QStringList &paths)
{
    m_recentMenu->clear();
    int n = 0;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QAction *action
            = m_recentMenu->addAction(n < 9 ? QStringLiteral("&%1 %2").arg(n + 1).arg(name) : name);
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this,
                [this, path] { Q_EMIT recentFileTriggered(path); });
        ++n;
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(clearRecent);
    clearRecent->setEnabled(!paths.isEmpty());
}

QList<QAction *> MainActions::allActions() const
{
    return {open,        openExample, reload,     closeTab,       quit,
            clearRecent, cancelLoad,  resetZoom,  categoriesMode, allocationsMode,
            timeAxis,    goToMoment,  nextDevice, categoryRules,  pasteMessage,
            about,       aboutQt,     compare,    openRanks};
}

} // namespace VramScope
