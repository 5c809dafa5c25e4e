// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "documentpanels.h"

#include "allocationspanel.h"
#include "allocatorstatepanel.h"
#include "diagnosispanel.h"
#include "documentview.h"
#include "stackpanel.h"
#include "summarypanel.h"
#include "timelineplot.h"

#include <QDockWidget>

namespace VramScope {

DocumentPanels::DocumentPanels(AllocationsPanel *allocations, StackPanel *stack,
                               SummaryPanel *summary, AllocatorStatePanel *allocator,
                               DiagnosisPanel *diagnosis, QObject *parent)
    : QObject(parent)
    , m_allocations(allocations)
    , m_stack(stack)
    , m_summary(summary)
    , m_allocator(allocator)
    , m_diagnosis(diagnosis)
{
    connect(m_allocations, &AllocationsPanel::intervalSelected, this,
            &DocumentPanels::onIntervalSelected);
    // A block clicked in the segment map selects its allocation everywhere.
    connect(m_allocator, &AllocatorStatePanel::intervalSelected, this, [this](qint64 interval) {
        m_allocations->selectInterval(interval);
        onIntervalSelected(interval);
    });
}

void DocumentPanels::attach(DocumentView *view)
{
    connect(view, &DocumentView::cursorEventChanged, this, [this, view](qint64 event) {
        if (view == m_current)
            showMoment(view, event, view->cursorLabel(), false);
    });
    connect(view, &DocumentView::intervalClicked, this, [this, view](qint64 interval) {
        if (view != m_current)
            return;
        m_allocations->selectInterval(interval);
        m_allocator->selectInterval(interval);
        m_stack->setAllocation(view->document(), view->deviceIndex(), interval);
    });
    connect(view, &DocumentView::deviceChanged, this, [this, view] {
        if (view != m_current)
            return;
        m_stack->clear();
        m_diagnosis->setDocument(view->document(), view->deviceIndex());
        goToMoment(view);
    });
    connect(view, &QObject::destroyed, this, [this, view] {
        if (view == m_current)
            m_current = nullptr;
    });
}

void DocumentPanels::show(DocumentView *view)
{
    m_current = view;
    if (!view) {
        m_allocations->clear();
        m_stack->clear();
        m_summary->setDocument(nullptr);
        m_allocator->clear();
        m_diagnosis->clear();
        return;
    }
    m_summary->setDocument(view->document());
    m_diagnosis->setDocument(view->document(), view->deviceIndex());
    auto *dock = qobject_cast<QDockWidget *>(m_diagnosis->parentWidget());
    if (dock && !std::exchange(m_diagnosisRaised, true))
        dock->raise(); // the answer first; the allocations are one tab away
    const qint64 selected = view->selectedInterval();
    if (view->cursorEvent() < -1) {
        goToMoment(view); // first time this tab is shown
        return;
    }
    showMoment(view, view->cursorEvent(), view->cursorLabel(), false);
    m_allocations->selectInterval(selected);
    m_allocator->selectInterval(selected);
    if (selected >= 0)
        m_stack->setAllocation(view->document(), view->deviceIndex(), selected);
    else
        m_stack->clear();
}

void DocumentPanels::goToMoment(DocumentView *view)
{
    if (view)
        showMoment(view, view->momentEvent(), view->momentLabel(), true);
}

void DocumentPanels::showMoment(DocumentView *view, qint64 event, const QString &label,
                                bool selectLargest)
{
    view->setCursorEvent(event, label);
    if (selectLargest)
        m_allocations->selectLargestWhenReady();
    m_allocations->setMoment(view->document(), view->deviceIndex(), event, label);
    m_allocator->setMoment(view->document(), view->deviceIndex(), event, label);
}

void DocumentPanels::onIntervalSelected(qint64 interval)
{
    if (!m_current)
        return;
    m_current->plot()->setSelectedInterval(interval);
    m_allocator->selectInterval(interval);
    m_stack->setAllocation(m_current->document(), m_current->deviceIndex(), interval);
}

} // namespace VramScope
