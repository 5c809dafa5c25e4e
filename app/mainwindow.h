// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;

namespace VramScope {

class AllocationsPanel;
class AllocatorStatePanel;
class CompareOpener;
class DiagnosisPanel;
class DocumentController;
class DocumentTabs;
class DocumentView;
class FileChangeWatcher;
class LoadStatus;
class MainActions;
class MessageBanner;
class PanelDocks;
class RulesController;
class Settings;
class StackPanel;
class StartPage;
class SummaryPanel;

// The application window: start page or document tabs, the panels as docks, loading in the
// status bar, errors in an inline banner. Files arrive by Open, recent files, drag and drop
// anywhere on the window (two with Ctrl: a comparison), the command line, a reload, or a
// double-clicked rank. The parts live in their own classes: MainActions (commands and menus),
// PanelDocks, DocumentTabs, RulesController, CompareOpener, ExportController; this class
// connects them (mainwindowwiring.cpp) and follows the documents.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr); // the application's QSettings
    // Tests pass their own settings; null means the application's QSettings.
    explicit MainWindow(std::unique_ptr<Settings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openExample();

    DocumentController *controller() const { return m_controller; }
    DocumentView *currentView() const;
    QTabWidget *tabs() const;
    MessageBanner *banner() const { return m_banner; }
    StartPage *startPage() const { return m_start; }
    LoadStatus *loadStatus() const { return m_loadStatus; }
    AllocationsPanel *allocationsPanel() const;
    StackPanel *stackPanel() const;
    SummaryPanel *summaryPanel() const;
    AllocatorStatePanel *allocatorPanel() const;
    DiagnosisPanel *diagnosisPanel() const;
    MainActions *actions() const { return m_actions; }
    FileChangeWatcher *fileWatcher() const { return m_fileWatcher; }
    CompareOpener *compareOpener() const { return m_compare; }
    RulesController *rules() const { return m_rules; }
    QStringList openPaths() const; // the files shown in tabs, in tab order

Q_SIGNALS:
    void documentShown(VramScope::DocumentView *view);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions(); // mainwindowwiring.cpp
    void connectLoading(); // mainwindowwiring.cpp
    void updateTitleAndActions();
    void onDocumentLoaded(const DocumentPtr &document, const QString &path, bool isReload);
    void onLoadFailed(const QString &path, const QString &message);
    void onFileChanged(const QString &path);
    void onCurrentTabChanged();
    void showOpenDialog();
    void closeTab(int index);
    void updateRecentMenu();

    std::unique_ptr<Settings> m_settings;
    DocumentController *m_controller;
    FileChangeWatcher *m_fileWatcher;
    MainActions *m_actions;
    MessageBanner *m_banner;
    QStackedWidget *m_pages;
    StartPage *m_start;
    DocumentTabs *m_tabs;
    LoadStatus *m_loadStatus;
    PanelDocks *m_docks;
    CompareOpener *m_compare = nullptr;
    RulesController *m_rules = nullptr;
};

} // namespace VramScope
