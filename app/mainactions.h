// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace VramScope {

// Every command of the main window as a QAction with a shortcut, and the menu bar built from
// them. The window connects the actions; this class only creates and arranges them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    // Dock toggles come from the docks themselves; they get shortcuts and a place in View.
    void addDockToggles(const QList<QAction *> &toggles);
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    void setRecentFiles(const QStringList &paths); // rebuilds File > Open Recent
    QList<QAction *> allActions() const;

    QAction *open;
    QAction *openExample;
    QAction *compare;   // File > Compare... (A/B)
    QAction *openRanks; // File > Open Ranks Folder...
    QAction *reload;
    QAction *closeTab;
    QAction *quit;
    QAction *clearRecent;
    QAction *cancelLoad;
    QAction *resetZoom;
    QAction *categoriesMode;
    QAction *allocationsMode;
    QAction *timeAxis;
    QAction *goToMoment;
    QAction *nextDevice;
    QAction *categoryRules; // Analysis > Category Rules...
    QAction *pasteMessage;
    QAction *about;
    QAction *aboutQt;

Q_SIGNALS:
    void recentFileTriggered(const QString &path);

private:
    QAction *make(const QString &text, const QKeySequence &shortcut);
    QMainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_modeGroup = nullptr;
};

} // namespace VramScope
