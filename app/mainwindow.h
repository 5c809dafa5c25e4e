// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QStackedWidget;
class QTabWidget;

namespace VramScope {

class AllocationsPanel;
class AllocatorStatePanel;
class DiagnosisPanel;
class DocumentController;
class DocumentPanels;
class DocumentView;
class FileChangeWatcher;
class LoadStatus;
class MainActions;
class MessageBanner;
class Settings;
class StackPanel;
class StartPage;
class SummaryPanel;

// The application window: start page or document tabs, the panels as docks, loading in the
// status bar, errors in an inline banner. Files arrive by Open, recent files, drag and drop
// anywhere on the window, the command line, or a reload.
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
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    StartPage *startPage() const { return m_start; }
    LoadStatus *loadStatus() const { return m_loadStatus; }
    AllocationsPanel *allocationsPanel() const { return m_allocations; }
    StackPanel *stackPanel() const { return m_stack; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    AllocatorStatePanel *allocatorPanel() const { return m_allocator; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }
    MainActions *actions() const { return m_actions; }
    FileChangeWatcher *fileWatcher() const { return m_fileWatcher; }

Q_SIGNALS:
    void documentShown(VramScope::DocumentView *view);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void onDocumentLoaded(const DocumentPtr &document, const QString &path, bool isReload);
    void onLoadFailed(const QString &path, const QString &message);
    void onFileChanged(const QString &path);
    void onCurrentTabChanged();
    void showOpenDialog();
    void closeTab(int index);
    void updateTitleAndActions();
    void updateRecentMenu();
    int tabOfPath(const QString &path) const;
    void setDocksShown(bool shown); // the start page has no use for the panels

    std::unique_ptr<Settings> m_settings;
    DocumentController *m_controller;
    FileChangeWatcher *m_fileWatcher;
    MainActions *m_actions;
    MessageBanner *m_banner;
    QStackedWidget *m_pages;
    StartPage *m_start;
    QTabWidget *m_tabs;
    LoadStatus *m_loadStatus;
    AllocationsPanel *m_allocations = nullptr;
    StackPanel *m_stack = nullptr;
    SummaryPanel *m_summary = nullptr;
    AllocatorStatePanel *m_allocator = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    DocumentPanels *m_panels = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QDockWidget *> m_docksHiddenForStart;
    bool m_docksHidden = false;
    bool m_defaultDockSizes = false; // no saved layout yet: size the docks on first show
};

} // namespace VramScope
