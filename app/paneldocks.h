// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace VramScope {

class AllocationsPanel;
class AllocatorStatePanel;
class DiagnosisPanel;
class DocumentPanels;
class StackPanel;
class SummaryPanel;

// The panels of the main window as docks: created and arranged (allocations table on the left,
// stack / summary / allocator state tabbed on the right, diagnosis behind the table), hidden
// while the start page shows and given their first sizes when no saved layout exists.
class PanelDocks : public QObject
{
    Q_OBJECT
public:
    explicit PanelDocks(QMainWindow *window);

    AllocationsPanel *allocations() const { return m_allocations; }
    StackPanel *stack() const { return m_stack; }
    SummaryPanel *summary() const { return m_summary; }
    AllocatorStatePanel *allocator() const { return m_allocator; }
    DiagnosisPanel *diagnosis() const { return m_diagnosis; }
    DocumentPanels *panels() const { return m_panels; } // keeps them on the current tab
    QList<QAction *> toggleActions() const;

    // After restoreState(): false = no saved layout, so size the docks when first shown.
    void setLayoutRestored(bool restored) { m_defaultSizes = !restored; }
    // The start page has no use for the panels: hide the visible ones, bring them back later.
    void setShown(bool shown);

private:
    QMainWindow *m_window;
    AllocationsPanel *m_allocations;
    StackPanel *m_stack;
    SummaryPanel *m_summary;
    AllocatorStatePanel *m_allocator;
    DiagnosisPanel *m_diagnosis;
    DocumentPanels *m_panels;
    QList<QDockWidget *> m_docks;
    QList<QDockWidget *> m_hiddenForStart;
    bool m_hidden = false;
    bool m_defaultSizes = false;
};

} // namespace VramScope
