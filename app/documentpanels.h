// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace VramScope {

class AllocationsPanel;
class AllocatorStatePanel;
class DiagnosisPanel;
class DocumentView;
class StackPanel;
class SummaryPanel;

// Keeps the dock panels on the current tab: the live allocations at its cursor (or at the OOM
// moment), the allocator state there, the selected allocation's stack, the summary, the
// diagnosis. Selection syncs between the allocations table, the plot and the segment map.
class DocumentPanels : public QObject
{
    Q_OBJECT
public:
    DocumentPanels(AllocationsPanel *allocations, StackPanel *stack, SummaryPanel *summary,
                   AllocatorStatePanel *allocator, DiagnosisPanel *diagnosis,
                   QObject *parent = nullptr);

    void attach(DocumentView *view); // once per new tab
    void show(DocumentView *view);   // the current tab changed (null: no tab)
    // Moves the cursor to the diagnosis moment (OOM, else peak) and selects the largest there.
    void goToMoment(DocumentView *view);

private:
    void showMoment(DocumentView *view, qint64 event, const QString &label, bool selectLargest);
    void onIntervalSelected(qint64 interval);

    AllocationsPanel *m_allocations;
    StackPanel *m_stack;
    SummaryPanel *m_summary;
    AllocatorStatePanel *m_allocator;
    DiagnosisPanel *m_diagnosis;
    bool m_diagnosisRaised = false; // the first document opens on the diagnosis
    DocumentView *m_current = nullptr;
};

} // namespace VramScope
